package dev.dmz.cli;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.json.DocumentException;
import dev.dmz.json.store.ProgramId;
import dev.dmz.store.postgres.PostgresProgramStore;
import java.nio.file.Path;
import java.util.Optional;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * A program's record in PostgreSQL, named on the command line by a JDBC URL where a log's path would
 * stand ({@code jdbc:postgresql://host/database?user=...}) and {@code --program ID}. The URL is never
 * printed, since it may hold a password: the record is called "program ID" in what dmz prints.
 *
 * @param store the store in that database
 * @param id the program
 */
record StoredRecord(PostgresProgramStore store, ProgramId id) {
  /** How a JDBC URL of PostgreSQL starts. */
  static final String JDBC = "jdbc:postgresql:";

  /**
   * Whether a LOG argument names a database rather than a file.
   *
   * @param log the argument
   * @return true for a JDBC URL of PostgreSQL
   */
  static boolean isDatabase(String log) {
    return log.startsWith(JDBC);
  }

  /**
   * The record a JDBC URL and a program's key name.
   *
   * @param url the JDBC URL
   * @param program the {@code --program} option
   * @param spec the command, for a wrong command line's message
   * @return the record
   * @throws ParameterException if {@code --program} is missing or the URL is not one the driver reads
   */
  static StoredRecord of(String url, Optional<String> program, CommandSpec spec) {
    String key = program.orElseThrow(() -> new ParameterException(spec.commandLine(),
        "a database as LOG needs --program ID: the key of the program in it"));
    ProgramId id;
    try {
      id = ProgramId.of(key);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--program: " + e.getMessage());
    }
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    try {
      dataSource.setURL(url);
    } catch (IllegalArgumentException e) {
      // not the driver's message: it repeats the URL, password and all
      throw new ParameterException(spec.commandLine(), "LOG is not a JDBC URL of PostgreSQL that the driver reads "
          + "(jdbc:postgresql://host:port/database?user=...)");
    }
    return new StoredRecord(PostgresProgramStore.over(dataSource), id);
  }

  /**
   * Checks that a charter is the one the program was created with; a program the database does not
   * have is left to the store to name.
   *
   * @param charter the charter the command line was given
   * @param file its file, for the message
   * @throws DocumentException if the program was created with another charter
   */
  void requireCharter(ProgramCharter charter, Path file) {
    if (!store.charter(id).map(charter::equals).orElse(true)) {
      throw new DocumentException(file.toString(), 1, 1, "$", "is not the charter " + name() + " was created with");
    }
  }

  /**
   * What the record is called in what dmz prints.
   *
   * @return "program ID"
   */
  String name() {
    return "program " + id;
  }
}
