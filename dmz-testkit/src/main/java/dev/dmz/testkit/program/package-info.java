/**
 * Programs under test: generators of command sequences against any charter ({@link
 * dev.dmz.testkit.program.ProgramGenerators}), actions for stateful tests ({@link
 * dev.dmz.testkit.program.ProgramActions}), the invariants every step keeps ({@link
 * dev.dmz.testkit.program.Invariants}), a given/when/then fixture for rules ({@link
 * dev.dmz.testkit.program.ProgramFixture}) and a small ready program to start from ({@link
 * dev.dmz.testkit.program.SampleProgram}).
 */
package dev.dmz.testkit.program;
