-- The tables of dmz's PostgreSQL program store (dev.dmz.store.postgres.PostgresProgramStore).
--
-- Apply it once to the database the store's DataSource connects to, either from Java with
-- PostgresProgramStore.createSchema() or with psql:
--
--   psql --dbname=dmz --set=ON_ERROR_STOP=1 --file=schema.sql
--
-- (the file is in the jar: unzip -p dmz-store-postgres-*.jar dev/dmz/store/postgres/schema.sql).
-- Applying it again changes nothing: every statement is IF NOT EXISTS. The tables are created in the
-- first schema of the search_path. The database must be encoded UTF8, so that each line is kept
-- byte for byte.
--
-- Writers need SELECT and INSERT on all three tables, UPDATE on dmz_snapshots, nothing else. No
-- table is ever locked: two appends at the same head both try to insert the same (program,
-- sequence), the primary key lets one in, and the other is told of a version conflict.

-- A program: its key (ProgramId, 1 to 128 characters) and its charter, a dmz.charter/1 JSON document.
CREATE TABLE IF NOT EXISTS dmz_programs (
  program VARCHAR(128) NOT NULL,
  charter TEXT         NOT NULL,
  CONSTRAINT dmz_programs_pk PRIMARY KEY (program)
);

-- A program's record, one entry a row, never updated or deleted by dmz. line is the entry's line
-- exactly as the file store keeps it (a dmz.entry/1 JSON object, no line break): its hash is the
-- SHA-256 of the line without its hash field, and previous is the hash of entry sequence - 1 (64
-- zeros for the first). sequence, previous and hash repeat what the line says, so that the head is
-- read without parsing (loading checks the lines, not these columns).
CREATE TABLE IF NOT EXISTS dmz_entries (
  program  VARCHAR(128) NOT NULL,
  sequence BIGINT       NOT NULL,
  previous CHAR(64)     NOT NULL,
  hash     CHAR(64)     NOT NULL,
  line     TEXT         NOT NULL,
  -- The key that makes optimistic concurrency work: one entry at each place of a record.
  CONSTRAINT dmz_entries_pk PRIMARY KEY (program, sequence),
  CONSTRAINT dmz_entries_program_fk FOREIGN KEY (program) REFERENCES dmz_programs (program),
  CONSTRAINT dmz_entries_sequence_positive CHECK (sequence >= 1)
);

-- A program's latest snapshot: its state (a dmz.snapshot document, kept as given) after entry
-- sequence, whose hash it names. A later snapshot replaces it, an older one is ignored.
CREATE TABLE IF NOT EXISTS dmz_snapshots (
  program  VARCHAR(128) NOT NULL,
  sequence BIGINT       NOT NULL,
  hash     CHAR(64)     NOT NULL,
  document TEXT         NOT NULL,
  CONSTRAINT dmz_snapshots_pk PRIMARY KEY (program),
  CONSTRAINT dmz_snapshots_program_fk FOREIGN KEY (program) REFERENCES dmz_programs (program),
  CONSTRAINT dmz_snapshots_sequence_positive CHECK (sequence >= 1)
);
