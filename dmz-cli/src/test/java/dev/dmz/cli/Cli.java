package dev.dmz.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command line in-process on files in a folder, and keeps what it printed. */
final class Cli {
  /** The example program the command line is tried on (dmz-examples/programs). */
  static final Path EXAMPLES = Path.of("..", "dmz-examples", "programs");

  private final Path folder;
  int exit;
  String out;
  String err;

  Cli(Path folder) {
    this.folder = folder;
  }

  static String example(String name) {
    try {
      return Files.readString(EXAMPLES.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError("the example " + name + " is missing", e);
    }
  }

  Path file(String name, String text) {
    Path file = folder.resolve(name);
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return file;
  }

  byte[] bytes(String name) {
    try {
      return Files.readAllBytes(folder.resolve(name));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  Cli run(String... args) {
    String[] resolved = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      boolean isFile = args[i].matches("[\\w-]+\\.(yaml|yml|json|jsonl)");
      resolved[i] = isFile ? folder.resolve(args[i]).toString() : args[i];
    }
    StringWriter outText = new StringWriter();
    StringWriter errText = new StringWriter();
    exit = Dmz.run(new PrintWriter(outText), new PrintWriter(errText), resolved);
    out = outText.toString();
    err = errText.toString().replace(folder.toString() + java.io.File.separator, "");
    return this;
  }
}
