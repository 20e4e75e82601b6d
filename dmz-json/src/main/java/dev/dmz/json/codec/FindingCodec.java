package dev.dmz.json.codec;

import dev.dmz.json.syntax.Node;
import dev.dmz.rules.Decision;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.Readiness;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Severity;
import dev.dmz.rules.decision.Subject;
import dev.dmz.rules.decision.SubjectKind;

/**
 * Findings, readiness and decisions as JSON. The derived flags ({@code ready}, {@code accepted}) are
 * written for the convenience of machine readers and checked on reading: a document whose flag
 * contradicts its findings is refused.
 */
public final class FindingCodec {
  private FindingCodec() {}

  /**
   * Reads a finding.
   *
   * @param in the fields
   * @return the finding
   */
  public static Finding finding(Fields in) {
    RuleId rule = in.get("ruleId").text(RuleId::of);
    Severity severity = in.get("severity").choice(Severity.class);
    Subject subject = in.get("subject").object(s -> Subject.of(s.get("kind").choice(SubjectKind.class),
        s.get("id").text()));
    String problem = in.get("problem").text();
    String remedy = in.get("remedy").text();
    return severity == Severity.ERROR
        ? Finding.error(rule, subject, problem, remedy)
        : Finding.warning(rule, subject, problem, remedy);
  }

  /**
   * Writes a finding.
   *
   * @param finding the finding
   * @param out the object to write to
   */
  public static void finding(Finding finding, Write out) {
    out.put("ruleId", finding.ruleId()).put("severity", finding.severity())
        .put("subject", Write.object().put("kind", finding.subject().kind())
            .put("id", finding.subject().id()).node())
        .put("problem", finding.problem()).put("remedy", finding.remedy());
  }

  static Node finding(Finding finding) {
    Write out = Write.object();
    finding(finding, out);
    return out.node();
  }

  /**
   * Reads a readiness.
   *
   * @param in the fields
   * @return the readiness
   */
  public static Readiness readiness(Fields in) {
    Value ready = in.get("ready");
    Readiness readiness = Readiness.of(in.list("findings", v -> v.object(FindingCodec::finding)));
    if (ready.bool() != readiness.isReady()) {
      throw ready.error("says " + ready.bool() + ", but the findings say " + readiness.isReady());
    }
    return readiness;
  }

  /**
   * Writes a readiness.
   *
   * @param readiness the readiness
   * @param out the object to write to
   */
  public static void readiness(Readiness readiness, Write out) {
    out.put("ready", readiness.isReady()).list("findings", readiness.findings(), FindingCodec::finding);
  }

  /**
   * Reads a decision.
   *
   * @param in the fields
   * @return the decision
   */
  public static Decision decision(Fields in) {
    Value accepted = in.get("accepted");
    Decision decision = Decision.recorded(CommandCodec.COMMANDS.read(in.get("command")),
        in.list("events", EventCodec.EVENTS::read),
        in.list("findings", v -> v.object(FindingCodec::finding)));
    if (accepted.bool() != decision.isAccepted()) {
      throw accepted.error("says " + accepted.bool() + ", but the findings say " + decision.isAccepted());
    }
    return decision;
  }

  /**
   * Writes a decision.
   *
   * @param decision the decision
   * @param out the object to write to
   */
  public static void decision(Decision decision, Write out) {
    out.put("accepted", decision.isAccepted())
        .put("command", CommandCodec.COMMANDS.node(decision.command()))
        .list("events", decision.events(), EventCodec.EVENTS::node)
        .list("findings", decision.findings(), FindingCodec::finding);
  }
}
