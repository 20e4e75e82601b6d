/**
 * The program's core: {@link dev.dmz.rules.RuleBook} (the rules a program is held to), {@link
 * dev.dmz.rules.Program} (a running program: apply a command, get a decision), its {@link
 * dev.dmz.rules.ProgramState}, the shapes every wall's commands and events share ({@link
 * dev.dmz.rules.Command}, {@link dev.dmz.rules.Event}, {@link dev.dmz.rules.Decision}), the interfaces
 * of custom rules ({@link dev.dmz.rules.CharterRule}, {@link dev.dmz.rules.CommandRule}) and the ids of
 * the built-in rules ({@link dev.dmz.rules.DmzRuleId}). Each wall is a package of its own, holding all
 * of it: {@code staffing}, {@code commercial}, {@code ip}, {@code nonpoaching}.
 */
package dev.dmz.rules;
