package dev.dmz.rules.staffing;

import dev.dmz.rules.Event;

/**
 * An event of the staffing wall; it changes the program's {@link StaffingState}.
 */
public sealed interface StaffingEvent extends Event permits Nominated, Admitted, Departed, VacancyClosed {}
