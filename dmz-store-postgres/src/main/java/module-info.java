/**
 * Programs' records in PostgreSQL: {@link dev.dmz.store.postgres.PostgresProgramStore}, a {@link
 * dev.dmz.json.store.ProgramStore} over the embedding system's {@link javax.sql.DataSource}, plain JDBC.
 * The module reads no driver: the PostgreSQL driver (a dependency of the artifact) is found by the
 * user's DataSource.
 */
module dev.dmz.store.postgres {
  requires transitive dev.dmz.json;
  requires transitive java.sql;

  exports dev.dmz.store.postgres;
}
