package dev.dmz.cli;

import dev.dmz.core.value.Dates;
import dev.dmz.core.value.InvalidValueException;
import dev.dmz.core.value.Text;
import dev.dmz.json.DocumentException;
import dev.dmz.json.SettingException;
import dev.dmz.json.VersionConflict;
import dev.dmz.json.store.StoreException;
import dev.dmz.json.store.UnknownProgram;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * The {@code dmz} command line: {@code check}, {@code apply}, {@code report}, {@code verify} and {@code
 * migrate}. Errors are one plain
 * line on standard error, never a stack trace (unless {@code --debug}): {@code dmz: } and the message,
 * with what a terminal would act on escaped and cut after {@value Text#LINE} characters ({@link
 * Text#line}); a value inside it is shown escaped and cut after {@value Text#SHOWN} ({@link
 * Text#quoted}). What the commands print is escaped as well ({@link Terminal}).
 */
@Command(name = "dmz", mixinStandardHelpOptions = true, version = "dmz 0.1.0",
    description = {
        "Checks and runs cross-company engineering programs set up as a DMZ: named engineers of "
            + "an OEM and its suppliers under one neutral program lead, after the walls are signed.",
        "",
        "A program is a charter (a YAML or JSON file) and an event log (JSON Lines, one decision a "
            + "line: a command with its events, or with the reasons it was refused, each chained to the "
            + "one before by SHA-256). Commands (JSON "
            + "Lines, one command a line) are decided by the rule book and recorded in the log. Every "
            + "read of a log decides its commands again: a line the rules could not have produced is "
            + "refused, naming the line and the rule; dmz verify checks the chain too, and that the log "
            + "extends a head you kept."},
    subcommands = {CheckCommand.class, ApplyCommand.class, ReportCommand.class, VerifyCommand.class,
        MigrateCommand.class, HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:all went through: the charter is ready, every command was accepted",
        "1:the rules said no: readiness findings, or refused commands",
        "2:the input could not be read, the command line is wrong, or the output could not be "
            + "written; nothing was changed",
        "3:an error inside dmz (run again with --debug and report it)"},
    footerHeading = "%nExamples:%n",
    footer = {
        "  dmz check charter.yaml",
        "  dmz apply charter.yaml log.jsonl commands.jsonl",
        "  dmz report charter.yaml log.jsonl --from 2027-02-01 --to 2027-02-28",
        "  dmz verify charter.yaml log.jsonl --since 42:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "  dmz help apply"})
public final class Dmz {

  /** All went through. */
  static final int OK = 0;

  /** The rules said no. */
  static final int FINDINGS = 1;

  /** The input could not be read. */
  static final int UNREADABLE = 2;

  /** A bug in dmz. */
  static final int INTERNAL = 3;

  /** The PostgreSQL driver's logger, held so that its level stays set. */
  private static final java.util.logging.Logger DRIVER_LOG = java.util.logging.Logger.getLogger("org.postgresql");

  static {
    // the driver's warnings are lines of their own on standard error; its errors reach dmz as exceptions
    DRIVER_LOG.setLevel(java.util.logging.Level.OFF);
  }

  private Dmz() {}

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(new FileOutputStream(FileDescriptor.out), err, args));
  }

  /**
   * Runs the command line.
   *
   * @param out where results go
   * @param err where errors go
   * @param args the arguments
   * @return the exit code: 2 too if what went to {@code out} could not be written ({@link
   *     PrintWriter#checkError()})
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, Optional::empty, err, args);
  }

  /**
   * Runs the command line with its results going to a stream, in UTF-8; a failure to write them is
   * named with the stream's reason, such as {@code No space left on device}.
   *
   * @param out where results go
   * @param err where errors go
   * @param args the arguments
   * @return the exit code
   */
  static int run(OutputStream out, PrintWriter err, String... args) {
    Watched watched = new Watched(out);
    return run(new PrintWriter(new OutputStreamWriter(watched, StandardCharsets.UTF_8)), watched::failure, err,
        args);
  }

  private static int run(PrintWriter out, Supplier<Optional<String>> whyOutputFailed, PrintWriter err,
      String... args) {
    AtomicBoolean outputFailureTold = new AtomicBoolean();
    CommandLine line = new CommandLine(new Dmz())
        .registerConverter(LocalDate.class, Dmz::date)
        .setOut(out)
        .setErr(err)
        .setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? UNREADABLE : INTERNAL)
        .setParameterExceptionHandler((e, arguments) -> {
          err.println(line(e.getMessage()));
          err.println("Try 'dmz " + (e.getCommandLine().getParent() == null ? ""
              : e.getCommandLine().getCommandName() + " ") + "--help' for more.");
          return UNREADABLE;
        })
        .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
          int code;
          if (e instanceof UnwritableOutput) {
            err.println(outputFailure(whyOutputFailed));
            outputFailureTold.set(true);
            code = UNREADABLE;
          } else {
            code = failure(e, err);
          }
          Object command = commandLine.getCommand();
          if (command instanceof CharterCommand && ((CharterCommand) command).output.debug) {
            e.printStackTrace(err);
          }
          return code;
        });
    int code;
    try {
      code = line.execute(args);
    } catch (OutOfMemoryError e) {
      err.println("dmz: the input does not fit in the " + (Runtime.getRuntime().maxMemory() >> 20)
          + " MB of memory java may use: give it more, such as java -Xmx4g -jar dmz.jar");
      code = UNREADABLE;
    }
    if (out.checkError() && !outputFailureTold.get()) {
      err.println(outputFailure(whyOutputFailed));
      code = UNREADABLE;
    }
    err.flush();
    return code;
  }

  private static String outputFailure(Supplier<Optional<String>> why) {
    return "dmz: cannot write the output" + why.get().map(reason -> ": " + reason).orElse("");
  }

  private static LocalDate date(String text) {
    return Dates.parse(text, CommandLine.TypeConversionException::new);
  }

  private static int failure(Exception e, PrintWriter err) {
    if (e instanceof DocumentException || e instanceof InvalidValueException || e instanceof SettingException
        || e instanceof StoreException || e instanceof UnknownProgram || e instanceof VersionConflict) {
      err.println(line(e.getMessage()));
      return UNREADABLE;
    }
    if (e instanceof UncheckedIOException) {
      err.println(line(io(e.getCause(), e.getMessage())));
      return UNREADABLE;
    }
    if (e instanceof IOException) {
      err.println(line(io(e, e.getMessage())));
      return UNREADABLE;
    }
    err.println(line("an error inside dmz: " + e + " (run again with --debug to see where)"));
    return INTERNAL;
  }

  /** The error line: one line, escaped, of bounded length, whatever the message held. */
  static String line(String message) {
    return "dmz: " + Text.line(String.valueOf(message));
  }

  private static String io(Throwable cause, String message) {
    if (cause instanceof NoSuchFileException) {
      return ((NoSuchFileException) cause).getFile() + ": no such file";
    }
    if (cause instanceof AccessDeniedException) {
      return ((AccessDeniedException) cause).getFile() + ": permission denied";
    }
    if (cause instanceof FileSystemException && ((FileSystemException) cause).getReason() != null
        && ((FileSystemException) cause).getFile() != null) {
      return cause.getMessage();
    }
    return "cannot read or write a file: " + message;
  }

  /** An output stream that remembers why writing to it failed. */
  private static final class Watched extends FilterOutputStream {
    private volatile String failure;

    Watched(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      try {
        out.write(bytes, offset, length);
      } catch (IOException e) {
        failure = e.getMessage();
        throw e;
      }
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        failure = e.getMessage();
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        failure = e.getMessage();
        throw e;
      }
    }

    Optional<String> failure() {
      return Optional.ofNullable(failure);
    }
  }
}
