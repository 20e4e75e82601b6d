package dev.dmz.examples;

import dev.dmz.cli.Dmz;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The tour's last part: the {@code dmz} command line on the example program's files in {@code
 * dmz-examples/programs}. It checks the ready charter and the draft with five mistakes, applies the
 * queued commands to a new event log, and reports on the program's first five months. Each command is
 * printed as a person types it from the repository's root, then what it prints and its exit code; the
 * tour runs it in-process ({@link Dmz#run}), so it needs no jar.
 *
 * <p>The files are found from the repository's root (where {@code mvn -pl dmz-examples exec:java}
 * runs) and from the module's folder (where its tests run). The log lives in a temporary folder, and
 * the output names it {@code dmz-cli/target/log.jsonl}: a person who types the commands at the
 * repository's root writes it (and its lock) beside the jar, in a build folder that exists once the jar
 * is built and that git ignores, not into the repository.
 */
public final class CommandLineTour implements Scenario {
  /** The example program's folder, as a person at the repository's root names it. */
  static final String PROGRAMS = "dmz-examples/programs";
  /** How the tour writes the command a person types. */
  static final String JAR = "java -jar dmz-cli/target/dmz.jar";
  /** The event log's name, in the commands and in what they print: in the build's folder. */
  static final String LOG = "dmz-cli/target/log.jsonl";
  /** The report's period: the program's first five months. */
  static final String FROM = "2027-02-01";
  /** The last day of the report's period. */
  static final String TO = "2027-06-30";
  private static final int WIDTH = 100;

  /**
   * Prints this part of the tour alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Tour.runAlone(new CommandLineTour(), System.out);
  }

  @Override
  public String title() {
    return "The command line";
  }

  @Override
  public void tell(Report report) {
    Path programs = programs();
    report.say("The same rules from a shell, on files: dmz-cli's jar checks a charter (YAML), applies"
        + " commands (JSON Lines) to an event log (JSON Lines) and reports on a period. Build it with mvn -q"
        + " -pl dmz-cli -am package -DskipTests. The tour runs the same commands in-process (Dmz.run), on"
        + " the example program in " + PROGRAMS + ", as a person types them at the repository's root.");
    try (TemporaryFolder folder = TemporaryFolder.create("dmz-cli-tour")) {
      Shell shell = new Shell(report, programs, folder.path());
      report.section("A ready charter");
      shell.run("check", file("battery-charter.yaml"));
      report.section("A draft with five mistakes: every finding, with what would fix it");
      shell.run("check", file("battery-charter-draft.yaml"));
      report.section("Fifteen commands applied to a new log: each decided, each refusal explained");
      shell.run("apply", file("battery-charter.yaml"), LOG, file("battery-commands.jsonl"));
      report.section("Where the program stands after its first five months");
      shell.run("report", file("battery-charter.yaml"), LOG, "--from", FROM, "--to", TO);
    }
  }

  /**
   * The folder of the example program's files: {@code dmz-examples/programs} from the repository's
   * root, {@code programs} from the module's folder.
   *
   * @return the folder, relative to the working directory
   * @throws IllegalStateException if neither is there
   */
  static Path programs() {
    for (Path candidate : List.of(Path.of("dmz-examples", "programs"), Path.of("programs"))) {
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("The example program's files are in dmz-examples/programs: run the"
        + " tour from the repository's root or from dmz-examples, not from " + Path.of("").toAbsolutePath());
  }

  private static String file(String name) {
    return PROGRAMS + "/" + name;
  }

  /** Runs commands as a person would type them, and prints them with their output and exit code. */
  private static final class Shell {
    private final Report report;
    private final Path programs;
    private final Path folder;

    Shell(Report report, Path programs, Path folder) {
      this.report = report;
      this.programs = programs;
      this.folder = folder;
    }

    void run(String... words) {
      String[] args = new String[words.length];
      for (int i = 0; i < words.length; i++) {
        args[i] = words[i].startsWith(PROGRAMS + "/")
            ? programs.resolve(words[i].substring(PROGRAMS.length() + 1)).toString()
            : words[i].equals(LOG) ? folder.resolve("log.jsonl").toString() : words[i];
      }
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit = Dmz.run(new PrintWriter(out), new PrintWriter(err), args);
      report.verbatim(typed(words));
      report.verbatim(asTyped(out.toString()));
      report.verbatim(asTyped(err.toString()));
      report.verbatim("(exit code " + exit + ": " + meaning(exit) + ")" + System.lineSeparator());
    }

    /** What the command printed, naming the files as the person typed them. */
    private String asTyped(String printed) {
      return printed.replace(folder + File.separator, "dmz-cli/target/")
          .replace(programs + File.separator, PROGRAMS + "/")
          .replace("\r\n", "\n").replace("\n", System.lineSeparator());
    }

    /** The command after a prompt, continued on the next line (a shell's backslash) where it is long. */
    private static String typed(String... words) {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder("$ " + JAR);
      for (String word : words) {
        if (line.length() + 1 + word.length() + 2 > WIDTH) {
          lines.add(line.append(" \\").toString());
          line = new StringBuilder("    ");
        } else {
          line.append(' ');
        }
        line.append(word);
      }
      lines.add(line.toString());
      return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    private static String meaning(int exit) {
      return switch (exit) {
        case 0 -> "all went through";
        case 1 -> "the rules said no";
        case 2 -> "the input could not be read; nothing was changed";
        default -> "an error inside dmz";
      };
    }
  }
}
