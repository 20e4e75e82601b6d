package dev.dmz.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A log's lines, read from its bytes")
class LogLinesTest {
  @TempDir
  Path folder;

  private Path file(byte[] bytes) throws IOException {
    Path file = folder.resolve("log.jsonl");
    Files.write(file, bytes);
    return file;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Each line given: its text, number, start and whether a line break ends it. */
  private static List<String> lines(Path file, long from, int firstNumber) {
    List<String> lines = new ArrayList<>();
    LogLines.read(file, from, firstNumber, (line, number, start, terminated) -> lines.add(number + "@" + start
        + (terminated ? " " : " unterminated ") + line));
    return lines;
  }

  @Test
  @DisplayName("lines, their numbers and byte offsets, across the reading buffer's ends; blank lines passed over")
  void offsets() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<String> expected = new ArrayList<>();
    int number = 0;
    for (int length : new int[] {1, 300, 65_535, 65_536, 65_537, 0, 200_000, 2, 0, 131_071, 5}) {
      number++;
      String line = length == 0 ? "  " : ("é" + "x".repeat(length)).substring(0, length);
      if (length > 0) {
        expected.add(number + "@" + bytes.size() + " " + line);
      }
      bytes.writeBytes(utf8(line + "\n"));
    }
    expected.add((number + 1) + "@" + bytes.size() + " unterminated last\r");
    bytes.writeBytes(utf8("last\r"));
    Path file = file(bytes.toByteArray());
    assertEquals(expected, lines(file, 0, 1));
    long third = Long.parseLong(expected.get(2).substring(2, expected.get(2).indexOf(' ')));
    assertEquals(expected.subList(2, expected.size()), lines(file, third, 3));
  }

  @Test
  @DisplayName("a byte order mark at the very start is read past; UTF-8 is decoded, a replacement character kept")
  void utf8Text() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(bom);
    bytes.writeBytes(utf8("{\"a\":\"ü €\"}\nreplaced \uFFFD and 😀\n"));
    assertEquals(List.of("1@0 {\"a\":\"ü €\"}", "2@" + (3 + utf8("{\"a\":\"ü €\"}\n").length)
        + " replaced \uFFFD and 😀"), lines(file(bytes.toByteArray()), 0, 1));
  }

  @Test
  @DisplayName("a line that is not UTF-8 is refused at its line, after the lines before it")
  void notUtf8() throws IOException {
    byte[][] malformed = {{(byte) 0xFF}, {(byte) 0xC3, 0x28}, {(byte) 0xC0, (byte) 0xAF},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
        {(byte) 0xE2, (byte) 0x82}};
    for (byte[] bad : malformed) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      bytes.writeBytes(utf8("first\n\nthird "));
      bytes.writeBytes(bad);
      bytes.writeBytes(utf8(" line\nfourth\n"));
      List<String> given = new ArrayList<>();
      Path file = file(bytes.toByteArray());
      DocumentException refused = assertThrows(DocumentException.class, () -> LogLines.read(file, 0, 1,
          (line, number, start, terminated) -> given.add(line)));
      assertEquals(file + ":3:1: $: is not UTF-8 text", refused.getMessage());
      assertEquals(List.of("first"), given);
    }
  }

  @Test
  @DisplayName("a line longer than a document may be is refused; one of exactly the limit is read")
  void longLine() throws IOException {
    String before = System.getProperty("dmz.maxDocumentSize");
    System.setProperty("dmz.maxDocumentSize", "70000");
    try {
      Path file = file(utf8("short\n" + "x".repeat(70_000) + "\n" + "y".repeat(70_001) + "\nlast\n"));
      List<String> given = new ArrayList<>();
      DocumentException refused = assertThrows(DocumentException.class, () -> LogLines.read(file, 0, 1,
          (line, number, start, terminated) -> given.add(number + ":" + line.length())));
      assertEquals(List.of("1:5", "2:70000"), given);
      assertEquals(file + ":3:1: $: is a line longer than " + InputLimits.words(70_000, "a document"),
          refused.getMessage());
    } finally {
      if (before == null) {
        System.clearProperty("dmz.maxDocumentSize");
      } else {
        System.setProperty("dmz.maxDocumentSize", before);
      }
    }
  }
}
