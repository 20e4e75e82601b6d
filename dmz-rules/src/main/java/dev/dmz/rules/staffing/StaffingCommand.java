package dev.dmz.rules.staffing;

import dev.dmz.rules.Command;

/**
 * A command of the staffing wall: who is in the candidate pool, who is on the program, and the
 * vacancies departures leave. {@link StaffingSlice} decides them and applies their events.
 */
public sealed interface StaffingCommand extends Command permits Nominate, Admit,
    RecordDeparture, FillVacancy, CloseVacancy, SubstituteEngineer {}
