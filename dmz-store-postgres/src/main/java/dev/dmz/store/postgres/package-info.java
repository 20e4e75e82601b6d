/**
 * The PostgreSQL program store: {@link dev.dmz.store.postgres.PostgresProgramStore} keeps programs'
 * charters, records and snapshots in three tables ({@code schema.sql}, beside the class), and lets any
 * number of writers, in any number of processes, append to a record at the head they decided on.
 */
package dev.dmz.store.postgres;
