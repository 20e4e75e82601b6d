/**
 * Where programs' records are kept and how several writers share them: {@link
 * dev.dmz.json.store.ProgramStore} (load by key, append at an expected head, read the entries after a
 * place, snapshots), {@link dev.dmz.json.store.FileProgramStore} (a folder of JSON Lines logs, the
 * embedded default) and {@link dev.dmz.json.store.DecisionRecorder} (decide, append, and on a conflict
 * read the other writer's entries and decide again).
 */
package dev.dmz.json.store;
