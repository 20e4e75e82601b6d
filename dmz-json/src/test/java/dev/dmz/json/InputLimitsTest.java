package dev.dmz.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.testkit.program.SampleProgram;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Input limits: a file's size and kind are checked before it is read")
class InputLimitsTest {
  private static final ProgramCharter CHARTER = SampleProgram.charter();
  private static final String COMMAND = "{\"format\":\"dmz.command/1\",\"type\":\"Admit\",\"engineer\":\"e-1\","
      + "\"actor\":{\"kind\":\"LEAD\",\"id\":\"lead-1\"},\"date\":\"2027-02-03\"}\n";

  @TempDir
  Path folder;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** A file of a size, sparse: made at once, and no disk space taken. */
  private Path sparse(String name, long size) throws IOException {
    Path file = folder.resolve(name);
    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
      out.setLength(size);
    }
    return file;
  }

  private static String refusal(Executable read) {
    UncheckedIOException e = assertThrows(UncheckedIOException.class, read);
    assertEquals(FileSystemException.class, e.getCause().getClass());
    assertEquals(e.getCause().getMessage(), e.getMessage());
    return e.getMessage();
  }

  @Nested
  @DisplayName("the defaults")
  class Defaults {
    @Test
    @DisplayName("16M for a charter or any one document, 16M for a command file, 256M for an event log")
    void the_defaults() {
      assertEquals(16L * 1024 * 1024, InputLimits.document());
      assertEquals(16L * 1024 * 1024, InputLimits.commandFile());
      assertEquals(256L * 1024 * 1024, InputLimits.eventLog());
    }

    @Test
    @DisplayName("a system property sets another limit for its kind only")
    void a_system_property_sets_another() throws IOException {
      Path charter = file("charter.json", Documents.CHARTER.writeJson(CHARTER));
      Path commands = file("commands.jsonl", COMMAND);
      System.setProperty("dmz.maxDocumentSize", "1k");
      try {
        assertEquals(1024, InputLimits.document());
        assertEquals(charter + ": is " + Files.size(charter) + " bytes, more than the 1024 bytes a charter may "
            + "have", refusal(() -> Documents.CHARTER.read(charter)));
        assertEquals(1, CommandFile.read(commands).size());
      } finally {
        System.clearProperty("dmz.maxDocumentSize");
      }
    }

    @Test
    @DisplayName("a system property that is not a size is named")
    void a_wrong_system_property_is_named() {
      System.setProperty("dmz.maxEventLogSize", "lots");
      try {
        assertEquals("-Ddmz.maxEventLogSize=lots: 'lots' is not a size: write a number of bytes above 0, "
            + "optionally followed by K, M or G, such as 16M",
            assertThrows(IllegalArgumentException.class, InputLimits::eventLog).getMessage());
      } finally {
        System.clearProperty("dmz.maxEventLogSize");
      }
    }
  }

  @Nested
  @DisplayName("sizes")
  class Sizes {
    @Test
    @DisplayName("bytes, or a number with K, M or G in either case, in powers of 1024")
    void sizes_are_read() {
      assertEquals(4096, InputLimits.parse("4096"));
      assertEquals(512L << 10, InputLimits.parse("512k"));
      assertEquals(16L << 20, InputLimits.parse("16M"));
      assertEquals(3L << 30, InputLimits.parse(" 3g "));
    }

    @Test
    @DisplayName("nothing, zero, a fraction, a sign, another unit, or too many digits is not a size")
    void wrong_sizes_are_named() {
      for (String wrong : List.of("", "M", "0", "0K", "1.5G", "-1", "+1", "12 M", "12T", "12MB", "1234567890123", "999999999999G")) {
        assertEquals("'" + wrong + "' is not a size: write a number of bytes above 0, optionally followed by "
            + "K, M or G, such as 16M",
            assertThrows(IllegalArgumentException.class, () -> InputLimits.parse(wrong)).getMessage(), wrong);
      }
    }
  }

  @Nested
  @DisplayName("too large")
  class TooLarge {
    @Test
    @DisplayName("a charter over its limit is refused, naming its size and the limit")
    void a_charter() throws IOException {
      Path charter = file("charter.yaml", Documents.CHARTER.writeYaml(CHARTER));
      long size = Files.size(charter);

      assertEquals(charter + ": is " + size + " bytes, more than the " + (size - 1) + " bytes a charter may have",
          refusal(() -> Documents.CHARTER.read(charter, size - 1)));
      assertEquals(CHARTER, Documents.CHARTER.read(charter, size));
      assertEquals("maxBytes must not be negative, was -1",
          assertThrows(IllegalArgumentException.class, () -> Documents.CHARTER.read(charter, -1)).getMessage());
    }

    @Test
    @DisplayName("a command file and an event log over their limits are refused")
    void a_command_file_and_a_log() throws IOException {
      Path commands = file("commands.jsonl", COMMAND);
      Path log = file("log.jsonl", "\n\n\n");

      assertEquals(commands + ": is " + COMMAND.length() + " bytes, more than the 10 bytes a command file may "
          + "have", refusal(() -> CommandFile.read(commands, 10)));
      assertEquals(log + ": is 3 bytes, more than the 2 bytes an event log may have",
          refusal(() -> EventLog.read(log, 2)));
      assertEquals(log + ": is 3 bytes, more than the 2 bytes an event log may have",
          refusal(() -> EventLog.replay(log, CHARTER, dev.dmz.rules.RuleBook.standard(), 2)));
      assertEquals(List.of(), EventLog.read(log, 3));
    }

    @Test
    @DisplayName("a 2 GB file is refused at once, before it is read, whatever its kind")
    void a_two_gigabyte_file() throws IOException {
      Path huge = sparse("huge.yaml", 2L << 30);

      assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
        assertEquals(huge + ": is 2147483648 bytes, more than the 16777216 bytes a charter may have",
            refusal(() -> Documents.CHARTER.read(huge)));
        assertEquals(huge + ": is 2147483648 bytes, more than the 16777216 bytes a command file may have",
            refusal(() -> CommandFile.read(huge)));
        assertEquals(huge + ": is 2147483648 bytes, more than the 268435456 bytes an event log may have",
            refusal(() -> EventLog.replay(huge, CHARTER)));
        assertEquals(huge + ": is 2147483648 bytes, more than the 2146435072 bytes dmz reads as one text",
            refusal(() -> Documents.CHARTER.read(huge, 4L << 30)));
      });
    }
  }

  @Nested
  @DisplayName("not a regular file")
  class NotAFile {
    @Test
    @DisplayName("a device such as /dev/zero is refused before it is read")
    void a_device() {
      Path zero = Path.of("/dev/zero");
      assumeTrue(Files.exists(zero), "a system with /dev/zero");

      assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
        assertEquals("/dev/zero: is not a regular file", refusal(() -> Documents.CHARTER.read(zero)));
        assertEquals("/dev/zero: is not a regular file", refusal(() -> CommandFile.read(zero)));
        assertEquals("/dev/zero: is not a regular file", refusal(() -> EventLog.read(zero)));
      });
    }

    @Test
    @DisplayName("a directory is refused")
    void a_directory() {
      assertEquals(folder + ": is a directory", refusal(() -> Documents.CHARTER.read(folder)));
      assertEquals(folder + ": is a directory", refusal(() -> EventLog.read(folder)));
    }
  }
}
