package dev.dmz.cli;

import picocli.CommandLine.Option;

/** The options every dmz command takes. */
final class OutputOptions {

  /** Whether to print JSON instead of tables. */
  @Option(names = "--json", description = "Print JSON for programs to read, instead of tables.")
  boolean json;

  /** Whether an error shows its stack trace. */
  @Option(names = "--debug", description = "On an error, also print the stack trace (for reporting a bug).")
  boolean debug;
}
