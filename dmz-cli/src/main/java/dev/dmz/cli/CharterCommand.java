package dev.dmz.cli;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.json.Documents;
import dev.dmz.json.InputLimits;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * What every dmz command has: the charter as its first parameter, the limit of an input's size, the
 * output options, the output.
 */
abstract class CharterCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "CHARTER", description = "The charter: YAML (.yaml, .yml) or JSON.")
  Path charterFile;

  @Option(names = "--max-input-size", paramLabel = "SIZE", converter = SizeConverter.class,
      description = "The most bytes an input file may have, such as 64M or 2G (default: 16M for the "
          + "charter and the commands, 256M for the log). Larger files are refused before they are read.")
  Long maxInputSize;

  @Mixin
  OutputOptions output;

  @Option(names = "--program", paramLabel = "ID",
      description = "With a database as LOG (jdbc:postgresql://...): the key of the program in it.")
  String program;

  @Spec
  CommandSpec spec;

  /**
   * The record in a database that LOG names, if it names one.
   *
   * @param log the LOG argument
   * @return the record, or empty for a log file
   */
  Optional<StoredRecord> database(String log) {
    if (!StoredRecord.isDatabase(log)) {
      if (program != null) {
        throw new ParameterException(spec.commandLine(),
            "--program names a program in a database, but LOG is a file");
      }
      return Optional.empty();
    }
    return Optional.of(StoredRecord.of(log, Optional.ofNullable(program), spec));
  }

  /** The charter, read strictly. */
  ProgramCharter charter() {
    return Documents.CHARTER.read(charterFile, limit(InputLimits.document()));
  }

  /**
   * The most bytes an input may have: {@code --max-input-size}, or the library's limit for its kind.
   *
   * @param otherwise the library's limit
   * @return the limit
   */
  long limit(long otherwise) {
    return maxInputSize == null ? otherwise : maxInputSize;
  }

  /** Where the results go, with what a terminal would act on escaped ({@link Terminal}). */
  PrintWriter out() {
    return Terminal.safe(spec.commandLine().getOut());
  }

  /**
   * Writes out what was printed so far.
   *
   * @throws UnwritableOutput if the output cannot be written (a full disk, a closed pipe)
   */
  void flush() {
    // The escaping writer of out() buffers nothing; the error is the command line's own writer's.
    if (spec.commandLine().getOut().checkError()) {
      throw new UnwritableOutput();
    }
  }

  /** A {@code --max-input-size} value: bytes, or a number with K, M or G. */
  static final class SizeConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      try {
        return InputLimits.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
