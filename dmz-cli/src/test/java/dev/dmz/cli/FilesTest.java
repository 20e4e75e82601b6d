package dev.dmz.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dmz.json.EventLog;
import dev.dmz.rules.Decision;
import dev.dmz.rules.staffing.StaffingEvent.Nominated;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files of the command line as a hostile tester finds them: one log by many names and many
 * applies, a crash mid-apply, inputs too large or not files at all, and an output that cannot be
 * written. Each refusal is exit code 2 and one plain line.
 */
@DisplayName("Files: one writer a log, bounded inputs, an output that fails")
class FilesTest {
  private static final String CHARTER = Cli.example("battery-charter.yaml");

  @TempDir
  Path folder;

  /** A person's name for a number, in letters: a real name carries no digits. */
  private static String name(int number) {
    StringBuilder family = new StringBuilder();
    for (int i = 0, n = number; i < 4; i++, n /= 26) {
      family.append((char) ((i == 0 ? 'A' : 'a') + n % 26));
    }
    return "Mira " + family;
  }

  /** A command file nominating engineers of voltaic, by number. */
  private static String nominations(IntStream numbers) {
    return numbers.mapToObj(n -> "{\"format\":\"dmz.command/1\",\"type\":\"Nominate\",\"line\":{\"type\":"
        + "\"NamedEngineer\",\"id\":\"VS-" + n + "\",\"name\":\"" + name(n) + "\",\"employer\":\"voltaic\"},"
        + "\"actor\":{\"kind\":\"PARENT\",\"id\":\"voltaic\"},\"date\":\"2027-02-01\"}\n").collect(Collectors.joining());
  }

  private static int number(Decision decision) {
    return Integer.parseInt(((Nominated) decision.events().get(0)).candidate().id().value().substring(3));
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  /** A file of a size, sparse: made at once, and no disk space taken. */
  private Path sparse(String name, long size) throws IOException {
    Path file = folder.resolve(name);
    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
      out.setLength(size);
    }
    return file;
  }

  /** The command line's main, in a JVM of its own, in the test's folder. */
  private ProcessBuilder dmz(List<String> jvm, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Dmz.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(folder.toFile())
        .redirectError(folder.resolve("stderr.txt").toFile());
  }

  private static int exit(Process process) throws InterruptedException {
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("dmz did not end within a minute");
    }
    return process.exitValue();
  }

  private String stderr() throws IOException {
    return Files.readString(folder.resolve("stderr.txt"), StandardCharsets.UTF_8);
  }

  @Nested
  @DisplayName("one log, many applies")
  class OneLog {
    @Test
    @DisplayName("20 applies at once, by the log's name and two symbolic links: every nomination once, "
        + "every apply exit 0")
    void concurrent_applies_lose_nothing() throws Exception {
      int applies = 20;
      int each = 3;
      Cli files = new Cli(folder);
      files.file("charter.yaml", CHARTER);
      Path log = files.file("log.jsonl", "");
      Files.createSymbolicLink(folder.resolve("link-a.jsonl"), log.getFileName());
      Files.createSymbolicLink(folder.resolve("link-b.jsonl"), folder.resolve("link-a.jsonl"));
      List<String> names = List.of("log.jsonl", "link-a.jsonl", "link-b.jsonl");
      List<Callable<Cli>> runs = new ArrayList<>();
      for (int i = 0; i < applies; i++) {
        String commands = "commands-" + i + ".jsonl";
        files.file(commands, nominations(IntStream.range(i * each, (i + 1) * each)));
        String name = names.get(i % names.size());
        runs.add(() -> new Cli(folder).run("apply", "charter.yaml", name, commands));
      }

      ExecutorService threads = Executors.newFixedThreadPool(applies);
      List<Cli> done = new ArrayList<>();
      try {
        List<Future<Cli>> futures = new ArrayList<>();
        runs.forEach(run -> futures.add(threads.submit(run)));
        for (Future<Cli> future : futures) {
          done.add(future.get(60, TimeUnit.SECONDS));
        }
      } finally {
        threads.shutdownNow();
        assertTrue(threads.awaitTermination(10, TimeUnit.SECONDS));
      }

      for (Cli cli : done) {
        assertEquals(0, cli.exit, cli.err);
        assertEquals("", cli.err);
      }
      List<Decision> decisions = EventLog.read(log);
      Set<Integer> seen = new HashSet<>();
      decisions.forEach(d -> assertTrue(seen.add(number(d)), "nominated once: " + number(d)));
      assertEquals(IntStream.range(0, applies * each).boxed().collect(Collectors.toSet()), seen, "none lost");
      assertTrue(Files.isSymbolicLink(folder.resolve("link-a.jsonl")), "a link stays a link");
      assertFalse(names().stream().anyMatch(n -> n.endsWith(".tmp")), "no copy left: " + names());
    }

    @Test
    @DisplayName("a log named by a symbolic link to nothing is refused, not replaced by a new log")
    void a_dangling_link_is_refused() throws IOException {
      Cli cli = new Cli(folder);
      cli.file("charter.yaml", CHARTER);
      cli.file("commands.jsonl", nominations(IntStream.of(1)));
      Path link = Files.createSymbolicLink(folder.resolve("log.jsonl"), Path.of("gone.jsonl"));

      cli.run("apply", "charter.yaml", "log.jsonl", "commands.jsonl");

      assertEquals(2, cli.exit);
      assertEquals("dmz: log.jsonl: is a symbolic link to gone.jsonl, which does not exist\n", cli.err);
      assertTrue(Files.isSymbolicLink(link));
      assertEquals(List.of("charter.yaml", "commands.jsonl", "log.jsonl"), names());
    }

    @Test
    @DisplayName("a new log gets the permissions of any new file (the umask decides), not 600")
    void a_new_log_follows_the_umask() throws IOException {
      assumeTrue(Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null, "a POSIX file system");
      Cli cli = new Cli(folder);
      cli.file("charter.yaml", CHARTER);
      cli.file("commands.jsonl", nominations(IntStream.of(1)));
      Path plain = Files.createFile(folder.resolve("plain"));

      cli.run("apply", "charter.yaml", "log.jsonl", "commands.jsonl");

      assertEquals(0, cli.exit, cli.err);
      assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)),
          PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("log.jsonl"))));
    }

    @Test
    @DisplayName("an apply killed mid-write (kill -9) leaves the old log whole, and the next apply removes "
        + "its copy")
    void a_crash_leaves_no_copy_behind() throws Exception {
      Cli cli = new Cli(folder);
      cli.file("charter.yaml", CHARTER);
      int history = 50_000;
      cli.file("log.jsonl", IntStream.range(0, history).mapToObj(n -> "{\"format\":\"dmz.decision/1\",\"accepted\":true,"
          + "\"command\":{\"type\":\"Nominate\",\"line\":{\"type\":\"NamedEngineer\",\"id\":\"VS-" + n + "\",\"name\":\""
          + name(n) + "\",\"employer\":\"voltaic\"},\"actor\":{\"kind\":\"PARENT\",\"id\":\"voltaic\"},"
          + "\"date\":\"2027-02-01\"},\"events\":[{\"type\":\"Nominated\",\"candidate\":{\"id\":\"VS-" + n
          + "\",\"name\":\"" + name(n) + "\",\"employer\":\"voltaic\"},\"nominatedBy\":\"voltaic\","
          + "\"date\":\"2027-02-01\"}]}\n").collect(Collectors.joining()));
      assertEquals(history, EventLog.read(folder.resolve("log.jsonl")).size(), "the history is a valid log");
      byte[] before = cli.bytes("log.jsonl");
      cli.file("commands.jsonl", nominations(IntStream.of(history)));
      cli.file("nothing.jsonl", "");

      boolean caught = false;
      for (int attempt = 0; attempt < 3 && !caught; attempt++) {
        Process apply = dmz(List.of(), "apply", "charter.yaml", "log.jsonl", "commands.jsonl")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        while (apply.isAlive() && !caught) {
          caught = names().stream().anyMatch(n -> n.startsWith(".log.jsonl.dmz-") && n.endsWith(".tmp"));
          if (caught) {
            apply.destroyForcibly();
          } else {
            Thread.sleep(1);
          }
        }
        exit(apply);
        if (!caught) {
          Files.write(folder.resolve("log.jsonl"), before);
        }
      }
      assumeTrue(caught, "an apply was caught writing its copy in one of three tries");
      byte[] after = cli.bytes("log.jsonl");
      assertTrue(after.length == before.length || EventLog.read(folder.resolve("log.jsonl")).size() == history + 1,
          "the old log, or the new one whole");

      cli.run("apply", "charter.yaml", "log.jsonl", "nothing.jsonl");

      assertEquals(0, cli.exit, cli.err);
      assertEquals(List.of("charter.yaml", "commands.jsonl", "log.jsonl", "log.jsonl.lock", "nothing.jsonl",
          "stderr.txt"), names(), "the killed apply's copy is gone");
    }
  }

  @Nested
  @DisplayName("bounded inputs")
  class Bounded {
    @Test
    @DisplayName("dmz check /dev/zero is refused at once: not a regular file")
    void a_device() {
      assumeTrue(Files.exists(Path.of("/dev/zero")), "a system with /dev/zero");
      Cli cli = new Cli(folder);

      cli.run("check", "/dev/zero");

      assertEquals(2, cli.exit);
      assertEquals("dmz: /dev/zero: is not a regular file\n", cli.err);
      assertEquals("", cli.out);
    }

    @Test
    @DisplayName("a 2 GB charter is refused at once, naming its size and the limit")
    void a_two_gigabyte_charter() throws IOException {
      sparse("huge.yaml", 2L << 30);
      Cli cli = new Cli(folder);

      cli.run("check", "huge.yaml");

      assertEquals(2, cli.exit);
      assertEquals("dmz: huge.yaml: is 2147483648 bytes, more than the 16777216 bytes a charter may have\n",
          cli.err);
    }

    @Test
    @DisplayName("--max-input-size sets the limit of every input: the charter, the commands, the log")
    void max_input_size() {
      Cli cli = new Cli(folder);
      cli.file("charter.yaml", CHARTER);
      cli.file("commands.jsonl", nominations(IntStream.range(0, 20)));
      cli.run("apply", "charter.yaml", "log.jsonl", "commands.jsonl");
      long charter = cli.bytes("charter.yaml").length;
      long log = cli.bytes("log.jsonl").length;
      long commands = cli.bytes("commands.jsonl").length;
      assertTrue(charter < commands && charter < log, "the charter is the smallest file");

      cli.run("check", "charter.yaml", "--max-input-size", "1K");
      assertEquals(2, cli.exit);
      assertEquals("dmz: charter.yaml: is " + charter + " bytes, more than the 1024 bytes a charter may have\n",
          cli.err);

      cli.run("apply", "charter.yaml", "log.jsonl", "commands.jsonl", "--max-input-size", String.valueOf(charter));
      assertEquals(2, cli.exit);
      assertEquals("dmz: commands.jsonl: is " + commands + " bytes, more than the " + charter + " bytes a command "
          + "file may have\n", cli.err);

      cli.run("report", "charter.yaml", "log.jsonl", "--from", "2027-02-01", "--to", "2027-02-28",
          "--max-input-size", String.valueOf(charter));
      assertEquals(2, cli.exit);
      assertEquals("dmz: log.jsonl: is " + log + " bytes, more than the " + charter + " bytes an event log may "
          + "have\n", cli.err);

      cli.run("report", "charter.yaml", "log.jsonl", "--from", "2027-02-01", "--to", "2027-02-28",
          "--max-input-size", "1M");
      assertEquals(0, cli.exit, cli.err);
    }

    @Test
    @DisplayName("a --max-input-size that is not a size is explained")
    void a_wrong_size() {
      Cli cli = new Cli(folder);
      cli.file("charter.yaml", CHARTER);

      cli.run("check", "charter.yaml", "--max-input-size", "lots");

      assertEquals(2, cli.exit);
      assertEquals("dmz: Invalid value for option '--max-input-size': 'lots' is not a size: write a number of "
          + "bytes above 0, optionally followed by K, M or G, such as 16M\nTry 'dmz check --help' for more.\n",
          cli.err);
    }

    @Test
    @DisplayName("an input within the limit but beyond java's memory is one line, not an OutOfMemoryError")
    void beyond_memory() throws Exception {
      new Cli(folder).file("big.yaml", CHARTER.replace("name: \"Battery", "name: \"" + "B".repeat(40 << 20)));

      int exit = exit(dmz(List.of("-Xmx32m"), "check", "big.yaml", "--max-input-size", "64M")
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start());

      assertEquals(2, exit, stderr());
      assertTrue(stderr().matches("dmz: the input does not fit in the [0-9]+ MB of memory java may use: give it "
          + "more, such as java -Xmx4g -jar dmz.jar\n"), stderr());
    }
  }

  @Nested
  @DisplayName("an output that cannot be written")
  class Output {
    private final OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw new IOException("No space left on device");
      }
    };

    private String err;

    private int run(String... args) {
      String[] resolved = Stream.of(args).map(a -> a.endsWith(".yaml") || a.endsWith(".jsonl")
          ? folder.resolve(a).toString() : a).toArray(String[]::new);
      StringWriter text = new StringWriter();
      int exit = Dmz.run(full, new PrintWriter(text), resolved);
      err = text.toString();
      return exit;
    }

    @Test
    @DisplayName("check and report into a full disk: exit 2, the reason in one line")
    void check_and_report() {
      Cli cli = new Cli(folder);
      cli.file("charter.yaml", CHARTER);
      cli.file("commands.jsonl", nominations(IntStream.of(1)));
      cli.run("apply", "charter.yaml", "log.jsonl", "commands.jsonl");

      assertEquals(2, run("check", "charter.yaml"));
      assertEquals("dmz: cannot write the output: No space left on device\n", err);
      assertEquals(2, run("report", "charter.yaml", "log.jsonl", "--from", "2027-02-01", "--to", "2027-02-28"));
      assertEquals("dmz: cannot write the output: No space left on device\n", err);
      assertEquals(2, run("check", "--help"));
      assertEquals("dmz: cannot write the output: No space left on device\n", err);
    }

    @Test
    @DisplayName("apply into a full disk: exit 2, and the log as it was, since it is written after the output")
    void apply() {
      Cli cli = new Cli(folder);
      cli.file("charter.yaml", CHARTER);
      cli.file("commands.jsonl", nominations(IntStream.of(1)));
      cli.file("more.jsonl", nominations(IntStream.of(2)));
      cli.run("apply", "charter.yaml", "log.jsonl", "commands.jsonl");
      byte[] before = cli.bytes("log.jsonl");

      assertEquals(2, run("apply", "charter.yaml", "log.jsonl", "more.jsonl"));
      assertEquals("dmz: cannot write the output: No space left on device\n", err);
      assertArrayEquals(before, cli.bytes("log.jsonl"));
      assertEquals(2, run("apply", "charter.yaml", "log.jsonl", "more.jsonl", "--json"));
      assertArrayEquals(before, cli.bytes("log.jsonl"));
    }

    @Test
    @DisplayName("a PrintWriter that fails is exit 2 too, without a reason to give")
    void a_failing_print_writer() {
      Cli cli = new Cli(folder);
      cli.file("charter.yaml", CHARTER);
      StringWriter text = new StringWriter();

      int exit = Dmz.run(new PrintWriter(new OutputStreamWriter(full, StandardCharsets.UTF_8)),
          new PrintWriter(text), "check", folder.resolve("charter.yaml").toString());

      assertEquals(2, exit);
      assertEquals("dmz: cannot write the output\n", text.toString());
    }

    @Test
    @DisplayName("java -jar dmz.jar check > /dev/full: exit 2 and one line")
    void dev_full() throws Exception {
      assumeTrue(Files.exists(Path.of("/dev/full")), "a system with /dev/full");
      new Cli(folder).file("charter.yaml", CHARTER);

      int exit = exit(dmz(List.of(), "check", "charter.yaml").redirectOutput(new File("/dev/full")).start());

      assertEquals(2, exit, stderr());
      assertEquals("dmz: cannot write the output: No space left on device\n", stderr());
    }
  }
}
