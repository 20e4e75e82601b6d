/**
 * Generators of DMZ charters for jqwik properties: {@link
 * dev.dmz.testkit.charter.CharterArbitraries} makes ready charters of a given {@link
 * dev.dmz.testkit.charter.CharterSize}, charters that break exactly one readiness rule, and the
 * values charters are made of (party ids and names, people's names, named engineers, placeholder and
 * headcount lines, amounts of money, program periods).
 *
 * <pre>{@code
 * Arbitrary<ProgramCharter> ready = CharterArbitraries.readyCharters();
 * Arbitrary<ProgramCharter> noNorms = CharterArbitraries.breaking(DmzRule.NORMS);
 * }</pre>
 */
package dev.dmz.testkit.charter;
