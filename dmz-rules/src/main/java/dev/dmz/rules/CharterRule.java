package dev.dmz.rules;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A readiness rule: a pure function from a charter to every finding of one rule. It never throws for
 * a charter that builds, and returns no finding when the charter satisfies it.
 *
 * <p>An embedding system adds its own beside the built-in ones:
 *
 * <pre>{@code
 * CharterRule atMostFiveSuppliers = CharterRule.of(RuleId.of("ACME-MAX-SUPPLIERS"), charter ->
 *     charter.parties(PartyRole.SUPPLIER).size() <= 5 ? List.of() : List.of(Finding.error(...)));
 * RuleBook book = RuleBook.standard().withCharterRule(atMostFiveSuppliers);
 * }</pre>
 */
public interface CharterRule {

  /**
   * The rule's id; every finding it returns carries it.
   *
   * @return the id
   */
  RuleId id();

  /**
   * Checks a charter.
   *
   * @param charter the charter
   * @return every finding, in a stable order; empty when the charter satisfies the rule
   */
  List<Finding> check(ProgramCharter charter);

  /**
   * A rule from a function.
   *
   * @param id the rule's id
   * @param check the check
   * @return the rule
   */
  static CharterRule of(RuleId id, Function<ProgramCharter, List<Finding>> check) {
    Objects.requireNonNull(id, "id is null");
    Objects.requireNonNull(check, "check is null");
    return new CharterRule() {
      @Override
      public RuleId id() {
        return id;
      }

      @Override
      public List<Finding> check(ProgramCharter charter) {
        return List.copyOf(check.apply(charter));
      }

      @Override
      public String toString() {
        return id.value();
      }
    };
  }
}
