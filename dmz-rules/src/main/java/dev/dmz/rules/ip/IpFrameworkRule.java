package dev.dmz.rules.ip;

import dev.dmz.core.agreement.Signature;
import dev.dmz.core.agreement.WallKind;
import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.ip.BackgroundIpDeclaration;
import dev.dmz.core.ip.IpFramework;
import dev.dmz.core.party.PartyId;
import dev.dmz.rules.CharterRule;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code DMZ-IP-FRAMEWORK}: an IP framework, signed by every parent before the program starts, that
 * declares each parent's background IP (an explicit empty declaration counts), the carve-outs, who
 * owns foreground IP and the licence after the program.
 *
 * <p>"Before the start" is read strictly: a signature dated on the program's first day is too late,
 * the day before is in time. (Mandates, by contrast, may be signed on the first day.) A declaration by
 * an organisation that is not a parent is a finding too: it names an unknown party.
 */
final class IpFrameworkRule implements CharterRule {
  /** The rule. */
  static final CharterRule RULE = new IpFrameworkRule();

  private IpFrameworkRule() {}

  @Override
  public RuleId id() {
    return DmzRuleId.IP_FRAMEWORK.id();
  }

  @Override
  public List<Finding> check(ProgramCharter charter) {
    List<Finding> findings = new ArrayList<>();
    Subject wall = Subject.wall(WallKind.IP_FRAMEWORK);
    LocalDate start = charter.period().start();
    Optional<IpFramework> maybeFramework = charter.ipFramework();
    if (maybeFramework.isEmpty()) {
      findings.add(DmzRuleId.IP_FRAMEWORK.error(wall, "The charter has no IP framework.",
          "Every parent signs, before " + start + ", an IP framework that declares its background"
              + " IP with carve-outs, who owns foreground IP, and the licence after the program."));
      return findings;
    }
    IpFramework framework = maybeFramework.orElseThrow();
    for (PartyId parent : charter.parentIds()) {
      Optional<Signature> signature = framework.signatureOf(parent);
      if (signature.isEmpty()) {
        findings.add(DmzRuleId.IP_FRAMEWORK.error(Subject.party(parent),
            parent + " has not signed the IP framework.",
            parent + " signs the IP framework before " + start + "."));
      } else if (!signature.orElseThrow().signedOn().isBefore(start)) {
        findings.add(DmzRuleId.IP_FRAMEWORK.error(Subject.party(parent),
            parent + " signed the IP framework on " + signature.orElseThrow().signedOn()
                + ", not before the program started on " + start + ".",
            parent + " signs the IP framework by " + start.minusDays(1) + "."));
      }
      if (framework.declarationOf(parent).isEmpty()) {
        findings.add(DmzRuleId.IP_FRAMEWORK.error(Subject.party(parent),
            parent + " has not declared its background IP.",
            parent + " declares the assets it brings in, or declares that it brings none."));
      }
    }
    for (BackgroundIpDeclaration declaration : framework.declarations()) {
      if (!charter.isParent(declaration.party())) {
        findings.add(DmzRuleId.IP_FRAMEWORK.error(Subject.party(declaration.party()),
            "The IP framework holds a declaration by " + declaration.party()
                + ", which is not a parent.",
            "Remove the declaration, or add " + declaration.party() + " as a parent."));
      }
    }
    if (framework.foregroundOwnership().isEmpty()) {
      findings.add(DmzRuleId.IP_FRAMEWORK.error(wall,
          "The IP framework does not say who owns the IP the program produces.",
          "State the foreground-ownership rule."));
    }
    if (framework.postProgramLicence().isEmpty()) {
      findings.add(DmzRuleId.IP_FRAMEWORK.error(wall,
          "The IP framework does not say what the parents may do with the results after the program.",
          "State the post-program licence."));
    }
    return findings;
  }
}
