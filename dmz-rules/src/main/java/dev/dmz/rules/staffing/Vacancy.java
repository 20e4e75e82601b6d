package dev.dmz.rules.staffing;

import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.value.DmzStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The seat a named engineer leaves behind. Only the lead fills it, with a named candidate from the
 * pool, or closes it with no replacement ({@code DMZ-REPLACEMENT-VETO}).
 */
@Value.Immutable
@DmzStyle
public abstract class Vacancy {
  Vacancy() {}

  /**
   * The vacancy's id.
   *
   * @return the id
   */
  public abstract VacancyId id();

  /**
   * The engineer who left.
   *
   * @return the engineer's id
   */
  public abstract EngineerId leftBy();

  /**
   * Why the engineer left.
   *
   * @return the reason
   */
  public abstract DepartureReason reason();

  /**
   * The departure day.
   *
   * @return the day the seat opened
   */
  public abstract LocalDate openedOn();

  /**
   * Who filled the seat.
   *
   * @return the replacement, or empty while open or once closed without one
   */
  public abstract Optional<EngineerId> filledBy();

  /**
   * The day the lead filled or closed the seat.
   *
   * @return the day, or empty while the vacancy is open
   */
  public abstract Optional<LocalDate> resolvedOn();

  /**
   * Whether the seat is still open.
   *
   * @return true until the lead fills or closes it
   */
  public boolean isOpen() {
    return resolvedOn().isEmpty();
  }

  /**
   * A builder of a vacancy from its fields, for a codec that reads back a program's state written
   * down earlier (a snapshot); a program opens, fills and closes its vacancies itself. {@code id},
   * {@code leftBy}, {@code reason} and {@code openedOn} are required.
   *
   * <pre>{@code
   * Vacancy filled = Vacancy.builder().id(VacancyId.number(1)).leftBy(jonas).reason(DepartureReason.RESIGNATION)
   *     .openedOn(day).filledBy(lena).resolvedOn(day.plusDays(3)).build();
   * }</pre>
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Vacancy}; see {@link Vacancy#builder()}. */
  public static final class Builder extends ImmutableVacancy.Builder {
    Builder() {}
  }

  static Vacancy open(VacancyId id, EngineerId leftBy, DepartureReason reason, LocalDate day) {
    return builder().id(id).leftBy(leftBy).reason(reason).openedOn(day).build();
  }

  Vacancy filled(EngineerId by, LocalDate day) {
    return ((ImmutableVacancy) this).withFilledBy(by).withResolvedOn(day);
  }

  Vacancy closed(LocalDate day) {
    return ((ImmutableVacancy) this).withResolvedOn(day);
  }
}
