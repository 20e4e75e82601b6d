package dev.dmz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** docs/cli.md shows what {@code --help} prints, for dmz and for each of its commands, as it stands. */
@DisplayName("The command line's page, docs/cli.md")
class CliDocsTest {
  private static final Path PAGE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize()
      .getParent().resolve("docs").resolve("cli.md");

  @Test
  @DisplayName("shows dmz --help and each command's --help word for word")
  void showsEveryHelp() throws IOException {
    String page = normalise(Files.readString(PAGE));
    List<List<String>> helps = new ArrayList<>();
    helps.add(List.of("--help"));
    commands().forEach(command -> helps.add(List.of(command, "--help")));
    for (List<String> args : helps) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit = Dmz.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
      assertEquals(0, exit, err::toString);
      String help = normalise(out.toString());
      assertTrue(args.size() == 1 ? help.startsWith("Usage: dmz [") : help.contains("\nUsage: dmz " + args.get(0) + " "),
          help);
      assertTrue(page.contains(help), () -> "docs/cli.md does not show what dmz " + String.join(" ", args)
          + " prints:\n" + help);
    }
  }

  @Test
  @DisplayName("knows the commands: check, apply, report, verify, migrate")
  void knowsTheCommands() {
    assertEquals(List.of("check", "apply", "report", "verify", "migrate"), commands());
  }

  /** The commands dmz declares, help aside: a new one cannot be left out of the page. */
  private static List<String> commands() {
    return Arrays.stream(Dmz.class.getAnnotation(CommandLine.Command.class).subcommands())
        .map(type -> type.getAnnotation(CommandLine.Command.class).name())
        .filter(name -> !name.equals("help"))
        .collect(Collectors.toList());
  }

  /** Line ends as \n, no trailing white space on a line, no blank lines at either end. */
  private static String normalise(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n').lines().map(String::stripTrailing)
        .collect(Collectors.joining("\n")).strip();
  }
}
