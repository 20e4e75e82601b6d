package dev.dmz.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The command line in the tour")
class CommandLineTourTest {

  @Test
  @DisplayName("finds the example program's files from the module's folder, where the tests run")
  void findsTheFiles() {
    assertEquals(Path.of("programs"), CommandLineTour.programs());
  }

  @Test
  @DisplayName("names no temporary folder: the log is dmz-cli/target/log.jsonl, the files as typed at the repository's root")
  void noTemporaryPath() {
    String told = Printed.tale(new CommandLineTour());
    String temporary = Path.of(System.getProperty("java.io.tmpdir")).toString();
    assertFalse(told.contains(temporary), told);
    assertFalse(told.contains("dmz-cli-tour"), told);
  }

  @Test
  @DisplayName("prints each command as typed, what it prints, and its exit code")
  void tells() {
    assertEquals(TALE, Printed.tale(new CommandLineTour()));
  }

  private static final String TALE = """
      The same rules from a shell, on files: dmz-cli's jar checks a charter (YAML), applies commands (JSON
      Lines) to an event log (JSON Lines) and reports on a period. Build it with mvn -q -pl dmz-cli -am
      package -DskipTests. The tour runs the same commands in-process (Dmz.run), on the example program in
      dmz-examples/programs, as a person types them at the repository's root.

      A ready charter
      $ java -jar dmz-cli/target/dmz.jar check dmz-examples/programs/battery-charter.yaml
      Battery management, platform 2028: ready. Engineers may enter.
      (exit code 0: all went through)

      A draft with five mistakes: every finding, with what would fix it
      $ java -jar dmz-cli/target/dmz.jar check dmz-examples/programs/battery-charter-draft.yaml
      Battery management, platform 2028 (draft with mistakes): not ready, 5 findings.

        RULE                    SUBJECT           WHAT IS WRONG                WHAT WOULD FIX IT
        ----------------------  ----------------  ---------------------------  --------------------------
        DMZ-LEAD-NEUTRAL        lead lead-1       The lead Mira Okafor is      Appoint a lead whom none
                                                  employed by Nordwerk         of the parents employs,
                                                  Automotive AG (nordwerk), a  for example from a neutral
                                                  parent of the program.       firm.
        DMZ-LEAD-MANDATE        party voltaic     voltaic has signed no        voltaic signs a mandate to
                                                  mandate to the lead Mira     Mira Okafor granting
                                                  Okafor.                      STAFFING, NORMS,
                                                                               RISK_POOL, MILESTONES, on
                                                                               or before 2027-02-01.
        DMZ-COMMERCIAL-OUTCOME  wall              The commercial model bills   Tie compensation to
                                COMMERCIAL_MODEL  by the hour (time and        milestones and named
                                                  materials).                  premium rates instead of
                                                                               hours.
        DMZ-PREMIUM-BASIS       engineer VS-1042  The premium rate for Jonas   State the impact expected
                                                  Brandt states no expected    of Jonas Brandt that
                                                  impact.                      justifies the premium.
        DMZ-NON-POACHING        party voltaic     voltaic has not signed the   voltaic signs the
                                                  non-poaching agreement.      non-poaching agreement.
      (exit code 1: the rules said no)

      Fifteen commands applied to a new log: each decided, each refusal explained
      $ java -jar dmz-cli/target/dmz.jar apply dmz-examples/programs/battery-charter.yaml \\
          dmz-cli/target/log.jsonl dmz-examples/programs/battery-commands.jsonl
        #   COMMAND                             DATE        BY                   DECISION
        --  ----------------------------------  ----------  -------------------  ------------------------
        1   nominate Jonas Brandt               2027-02-01  the parent voltaic   accepted
        2   nominate Aiko Lindqvist             2027-02-01  the parent voltaic   accepted
        3   nominate Carla Mendes               2027-02-01  the parent nordwerk  accepted
        4   nominate 3 x firmware engineer      2027-02-01  the parent voltaic   refused: DMZ-NAMED-ENTRY
        5   admit VS-1042                       2027-02-03  the lead lead-1      accepted
        6   admit NW-0311                       2027-02-03  the lead lead-1      accepted
        7   admit VS-2210                       2027-02-03  the parent voltaic   refused: DMZ-LEAD-ADMITS
        8   contribute EUR 400000.00 to the     2027-02-05  the parent nordwerk  accepted
            risk pool
        9   contribute EUR 100000.00 to the     2027-02-05  the parent voltaic   accepted
            risk pool
        10  record the departure of NW-0311     2027-03-10  the lead lead-1      accepted
            (illness)
        11  fill vacancy V1 with VS-2210        2027-03-12  the lead lead-1      accepted
        12  substitute Tim Roth for VS-1042     2027-04-01  the parent voltaic   refused:
                                                                                 DMZ-REPLACEMENT-VETO
        13  draw EUR 35000.00 from the risk     2027-04-20  the lead lead-1      accepted
            pool for cell supplier changed the
            separator material
        14  accept milestone M1                 2027-06-28  the lead lead-1      accepted
        15  offer a job to VS-1042              2027-07-01  the parent nordwerk  refused:
                                                                                 DMZ-NON-POACHING-OFFER

      11 accepted, 4 refused; 16 events appended to dmz-cli/target/log.jsonl.

      Refused #4, nominate 3 x firmware engineer:
        RULE             SUBJECT       WHAT IS WRONG                WHAT WOULD FIX IT
        ---------------  ------------  ---------------------------  --------------------------
        DMZ-NAMED-ENTRY  engineer 3 x  Only identified persons      Nominate one named person,
                         firmware      enter the DMZ: "3 x          by HR id and real name,
                         engineer      firmware engineer" is a      per line.
                                       headcount line, not a named
                                       person.

      Refused #7, admit VS-2210:
        RULE             SUBJECT        WHAT IS WRONG              WHAT WOULD FIX IT
        ---------------  -------------  -------------------------  --------------------------
        DMZ-LEAD-ADMITS  party voltaic  Only the program lead      Ask the lead, Mira Okafor,
                                        admits engineers; the      to do it.
                                        parent voltaic is not the
                                        lead.

      Refused #12, substitute Tim Roth for VS-1042:
        RULE                  SUBJECT           WHAT IS WRONG                WHAT WOULD FIX IT
        --------------------  ----------------  ---------------------------  --------------------------
        DMZ-REPLACEMENT-VETO  engineer VS-1042  the parent voltaic tries to  Record the departure; the
                                                replace Jonas Brandt with    lead then fills the
                                                Tim Roth on its own; only    vacancy from the candidate
                                                the program lead fills a     pool, or closes it.
                                                seat.

      Refused #15, offer a job to VS-1042:
        RULE                    SUBJECT           WHAT IS WRONG               WHAT WOULD FIX IT
        ----------------------  ----------------  --------------------------  --------------------------
        DMZ-NON-POACHING-OFFER  engineer VS-1042  nordwerk may not offer a    Make the offer after
                                                  job to Jonas Brandt, a      2029-07-31, or not at all.
                                                  named engineer of voltaic,
                                                  until the cooling-off
                                                  period ends on 2029-07-31.
      (exit code 1: the rules said no)

      Where the program stands after its first five months
      $ java -jar dmz-cli/target/dmz.jar report dmz-examples/programs/battery-charter.yaml \\
          dmz-cli/target/log.jsonl --from 2027-02-01 --to 2027-06-30
      Battery management, platform 2028: report for 2027-02-01 to 2027-06-30

      What each supplier is owed
        SUPPLIER              FOR                                DAYS  AMOUNT
        --------------------  ---------------------------------  ----  --------------
        Voltaic Systems GmbH  milestone M1, accepted 2027-06-28        EUR 250,000.00
        Voltaic Systems GmbH  premium of Jonas Brandt, 2027-02   26    EUR 5,571.43
        Voltaic Systems GmbH  premium of Jonas Brandt, 2027-03   31    EUR 6,000.00
        Voltaic Systems GmbH  total                                    EUR 261,571.43

      Premium rates on 2027-06-30
        ENGINEER  NAME          MONTHLY       IN FORCE
        --------  ------------  ------------  ------------------------------------------------------
        VS-1042   Jonas Brandt  EUR 6,000.00  no. The premium rate for Jonas Brandt was cancelled on
                                              2027-04-01, when a substitution was attempted.

      Re-baselining
        The contract is not re-opened.
        No trigger fired or due.

      Risk pool
        Balance: EUR 465,000.00
        DATE        MOVEMENT                                               AMOUNT
        ----------  -----------------------------------------------------  ---------------
        2027-02-05  contribution of Nordwerk Automotive AG                 +EUR 400,000.00
        2027-02-05  contribution of Voltaic Systems GmbH                   +EUR 100,000.00
        2027-04-20  draw for cell supplier changed the separator material  -EUR 35,000.00

      On the program on 2027-06-30
        ENGINEER  NAME            EMPLOYER              SINCE
        --------  --------------  --------------------  ----------
        VS-1042   Jonas Brandt    Voltaic Systems GmbH  2027-02-03
        VS-2210   Aiko Lindqvist  Voltaic Systems GmbH  2027-03-12

      Open vacancies
        None.
      (exit code 0: all went through)
      """;
}
