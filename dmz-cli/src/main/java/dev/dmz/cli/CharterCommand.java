package dev.dmz.cli;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.json.Documents;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What every dmz command has: the charter as its first parameter, the output options, the output. */
abstract class CharterCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "CHARTER", description = "The charter: YAML (.yaml, .yml) or JSON.")
  Path charterFile;

  @Mixin
  OutputOptions output;

  @Spec
  CommandSpec spec;

  /** The charter, read strictly. */
  ProgramCharter charter() {
    return Documents.CHARTER.read(charterFile);
  }

  /** Where the results go. */
  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /**
   * Writes out what was printed so far.
   *
   * @throws UnwritableOutput if the output cannot be written (a full disk, a closed pipe)
   */
  void flush() {
    if (out().checkError()) {
      throw new UnwritableOutput();
    }
  }
}
