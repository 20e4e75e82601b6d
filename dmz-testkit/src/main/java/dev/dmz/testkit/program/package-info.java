/**
 * Generators of command sequences against a ready program, and the invariants every sequence keeps.
 */
package dev.dmz.testkit.program;
