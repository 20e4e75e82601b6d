package dev.dmz.core.charter;

import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How the program settles disagreements: how disputes are settled, which matters are escalated to
 * whom (the escalation matrix), and how decisions binding several companies are made.
 *
 * <pre>{@code
 * Norms.builder()
 *     .disputeSettlement("The lead mediates; unresolved disputes go to the steering board.")
 *     .addEscalation(Escalation.of("scope change", Decider.allParents()))
 *     .crossCompanyDecisions(DecisionRule.LEAD_DECIDES)
 *     .build();
 * }</pre>
 *
 * Every part may be missing, so that the rule {@code DMZ-NORMS} can say which one is.
 */
@Value.Immutable
@DmzStyle
public abstract class Norms implements WithNorms {
  Norms() {}

  /**
   * How disputes between parents or engineers are settled.
   *
   * <p>It may run over several lines, separated by {@code \n} (and no other line break); it holds no
   * other control character and no bidirectional control ({@link dev.dmz.core.value.Require#lines}).
   * Whoever shows it to a person escapes or indents its lines.
   *
   * @return the procedure, or empty when the norms do not say
   */
  public abstract Optional<String> disputeSettlement();

  /**
   * The escalation matrix: each matter once, with who decides it.
   *
   * @return the lines, possibly empty
   */
  public abstract List<Escalation> escalations();

  /**
   * How decisions binding more than one company are made.
   *
   * @return the rule, or empty when the norms do not say
   */
  public abstract Optional<DecisionRule> crossCompanyDecisions();

  /**
   * Who decides a matter under these norms.
   *
   * @param matter the matter, as the escalation matrix names it
   * @return the decider, or empty when the matrix does not name the matter
   */
  public Optional<Decider> deciderOf(String matter) {
    return escalations().stream()
        .filter(e -> e.matter().equals(matter))
        .map(Escalation::decidedBy)
        .findFirst();
  }

  /**
   * A builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Norms}. */
  public static final class Builder extends ImmutableNorms.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    disputeSettlement().ifPresent(text -> {
      Require.notBlank("Norms.disputeSettlement", text);
      Require.lines("Norms.disputeSettlement", text);
    });
    Require.unique("Norms.escalations", escalations(), Escalation::matter);
  }
}
