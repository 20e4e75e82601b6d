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

  /** Where the results go, with what a terminal would act on escaped ({@link Terminal}). */
  PrintWriter out() {
    return Terminal.safe(spec.commandLine().getOut());
  }
}
