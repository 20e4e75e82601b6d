package dev.dmz.json.store;

import dev.dmz.json.Head;
import dev.dmz.rules.Program;

/**
 * A program as its store holds it: the program and the head of its record, at which decisions taken
 * on it are appended.
 *
 * @param id the program's key
 * @param program the program; when loaded from a snapshot, its history and decisions are those since
 *     the snapshot
 * @param head the head of the record the program is the result of
 * @param fromSnapshot how many entries a snapshot spared the load: 0 when the whole record was replayed
 */
public record StoredProgram(ProgramId id, Program program, Head head, long fromSnapshot) {}
