/**
 * Generators of DMZ charters for properties: {@link dev.dmz.testkit.charter.CharterGenerators} makes
 * ready charters of a given {@link dev.dmz.testkit.charter.CharterSize}, charters that break exactly
 * one readiness rule, and the values charters are made of (party ids and names, people's names, named
 * engineers, placeholder and headcount lines, amounts of money, program periods).
 *
 * <pre>{@code
 * Gen<ProgramCharter> ready = CharterGenerators.readyCharters();
 * Gen<ProgramCharter> noNorms = CharterGenerators.breaking(DmzRuleId.NORMS);
 * }</pre>
 */
package dev.dmz.testkit.charter;
