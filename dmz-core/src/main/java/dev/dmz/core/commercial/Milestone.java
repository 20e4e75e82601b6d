package dev.dmz.core.commercial;

import dev.dmz.core.party.PartyId;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A result the program owes by a due date, and what its payee is paid when the lead accepts it.
 *
 * <pre>{@code
 * Milestone.builder()
 *     .id(MilestoneId.of("M1"))
 *     .description("Cell-balancing prototype on the test bench")
 *     .dueDate(LocalDate.of(2027, 6, 30))
 *     .payee(PartyId.of("voltaic"))
 *     .amount(Money.ofMajor(CurrencyUnit.EUR, 250_000))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@DmzStyle
public abstract class Milestone implements WithMilestone {
  Milestone() {}

  /**
   * The milestone's id, unique within the commercial model.
   *
   * @return the id
   */
  public abstract MilestoneId id();

  /**
   * What is to be delivered.
   *
   * <p>One line: it holds no control character, line break or bidirectional control, which
   * {@link dev.dmz.core.value.Require#oneLine} refuses.
   *
   * @return the description, not blank
   */
  public abstract String description();

  /**
   * The day it is due; a slip is measured from it.
   *
   * @return the due date
   */
  public abstract LocalDate dueDate();

  /**
   * The supplier paid on acceptance.
   *
   * @return the payee
   */
  public abstract PartyId payee();

  /**
   * The amount paid on acceptance.
   *
   * @return the amount, more than zero
   */
  public abstract Money amount();

  /**
   * A builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Milestone}. */
  public static final class Builder extends ImmutableMilestone.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Require.plannable("Milestone.dueDate", dueDate());
    Require.notBlank("Milestone.description", description());
    Require.oneLine("Milestone.description", description());
    Require.positive("Milestone.amount", amount());
  }
}
