package dev.dmz.cli;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.value.Text;
import dev.dmz.json.Documents;
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.Readiness;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code dmz check CHARTER}: the charter's readiness findings. */
@Command(name = "check", sortOptions = false, mixinStandardHelpOptions = true,
    header = "Is the charter ready? Every finding, with what would fix it.",
    description = {
        "Checks whether a charter is ready for engineers to enter: a neutral lead mandated by "
            + "every parent, norms, and the walls (IP framework, outcome-aligned commercial model, "
            + "non-poaching agreement) signed by every parent. Prints each finding: its rule, its "
            + "subject, what is wrong and what would fix it."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the charter is ready (warnings may be printed)", "1:the charter is not ready",
        "2:the charter cannot be read, or the output cannot be written"})
final class CheckCommand extends CharterCommand {

  @Override
  public Integer call() {
    ProgramCharter read = charter();
    Readiness readiness = RuleBook.standard().check(read);
    PrintWriter out = out();
    if (output.json) {
      out.print(Documents.READINESS.writeJson(readiness));
    } else {
      out.println(Text.oneLine(read.name()) + ": " + (readiness.isReady()
          ? "ready. Engineers may enter." : "not ready, " + count(readiness) + "."));
      if (!readiness.findings().isEmpty()) {
        out.println();
        out.print(table(readiness));
      }
    }
    return readiness.isReady() ? Dmz.OK : Dmz.FINDINGS;
  }

  private static String count(Readiness readiness) {
    long errors = readiness.findings().stream().filter(Finding::isError).count();
    return errors + (errors == 1 ? " finding" : " findings");
  }

  static String table(Iterable<Finding> findings) {
    Table table = Table.of("RULE", "SUBJECT", "WHAT IS WRONG", "WHAT WOULD FIX IT").wrapAt(23, 16, 27, 26);
    for (Finding finding : findings) {
      table.row(finding.ruleId() + (finding.isError() ? "" : " (warning)"), finding.subject(),
          finding.problem(), finding.remedy());
    }
    return table.render();
  }

  private static String table(Readiness readiness) {
    return table(readiness.findings());
  }
}
