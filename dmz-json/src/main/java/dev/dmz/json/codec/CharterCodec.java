package dev.dmz.json.codec;

import dev.dmz.core.charter.Authority;
import dev.dmz.core.charter.Decider;
import dev.dmz.core.charter.DeciderKind;
import dev.dmz.core.charter.DecisionRule;
import dev.dmz.core.charter.EquityArrangement;
import dev.dmz.core.charter.EquityStake;
import dev.dmz.core.charter.Escalation;
import dev.dmz.core.charter.Mandate;
import dev.dmz.core.charter.Norms;
import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.charter.ProgramLead;
import dev.dmz.core.charter.ProgramPeriod;
import dev.dmz.core.party.Party;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.party.PartyRole;
import dev.dmz.core.party.PersonId;
import dev.dmz.json.syntax.Node;

/**
 * The charter as JSON: its name, period, parties, leads, mandates, norms, walls and equity. The walls
 * are written in the charter's order by {@link WallCodec}.
 *
 * <p>Party ids a charter refers to (a mandate's grantor, a milestone's payee, a decider) are read as
 * they are, even when they name no party: whether such a charter may run is the rule book's question,
 * answered by its readiness findings, not a reading error.
 */
public final class CharterCodec {
  private CharterCodec() {}

  /**
   * Reads a charter.
   *
   * @param in the charter's fields
   * @return the charter
   */
  public static ProgramCharter read(Fields in) {
    return ProgramCharter.builder()
        .name(in.get("name").text())
        .period(in.get("period").object(CharterCodec::period))
        .addAllParties(in.list("parties", v -> v.object(CharterCodec::party)))
        .addAllLeads(in.list("leads", v -> v.object(CharterCodec::lead)))
        .addAllMandates(in.list("mandates", v -> v.object(CharterCodec::mandate)))
        .norms(in.find("norms").map(v -> v.object(CharterCodec::norms)))
        .addAllWalls(in.list("walls", WallCodec.WALLS::read))
        .equity(in.find("equity").map(v -> v.object(CharterCodec::equity)))
        .build();
  }

  /**
   * Writes a charter.
   *
   * @param charter the charter
   * @param out the object to write to
   */
  public static void write(ProgramCharter charter, Write out) {
    out.put("name", charter.name())
        .put("period", period(charter.period()))
        .list("parties", charter.parties(), CharterCodec::party)
        .list("leads", charter.leads(), CharterCodec::lead)
        .list("mandates", charter.mandates(), CharterCodec::mandate)
        .optional("norms", charter.norms(), CharterCodec::norms)
        .list("walls", charter.walls(), WallCodec.WALLS::node)
        .optional("equity", charter.equity(), CharterCodec::equity);
  }

  static ProgramPeriod period(Fields in) {
    return ProgramPeriod.of(in.get("start").date(), in.get("end").date());
  }

  static Node period(ProgramPeriod period) {
    return Write.object().put("start", period.start()).put("end", period.end()).node();
  }

  static Party party(Fields in) {
    return Party.of(in.get("id").text(PartyId::of), in.get("name").text(),
        in.get("role").choice(PartyRole.class));
  }

  static Node party(Party party) {
    return Write.object().put("id", party.id()).put("name", party.name()).put("role", party.role()).node();
  }

  static ProgramLead lead(Fields in) {
    return ProgramLead.of(in.get("id").text(PersonId::of), in.get("name").text(),
        in.get("employer").text(PartyId::of));
  }

  static Node lead(ProgramLead lead) {
    return Write.object().put("id", lead.id()).put("name", lead.name()).put("employer", lead.employer())
        .node();
  }

  static Mandate mandate(Fields in) {
    return Mandate.builder()
        .grantor(in.get("grantor").text(PartyId::of))
        .lead(in.get("lead").text(PersonId::of))
        .addAllAuthorities(in.list("authorities", v -> v.choice(Authority.class)))
        .signedOn(in.get("signedOn").date())
        .build();
  }

  static Node mandate(Mandate mandate) {
    return Write.object().put("grantor", mandate.grantor()).put("lead", mandate.lead())
        .list("authorities", mandate.authorities(), Write::choice)
        .put("signedOn", mandate.signedOn()).node();
  }

  static Norms norms(Fields in) {
    return Norms.builder()
        .disputeSettlement(in.find("disputeSettlement").map(Value::text))
        .addAllEscalations(in.list("escalations", v -> v.object(CharterCodec::escalation)))
        .crossCompanyDecisions(in.find("crossCompanyDecisions").map(v -> v.choice(DecisionRule.class)))
        .build();
  }

  static Node norms(Norms norms) {
    return Write.object()
        .optional("disputeSettlement", norms.disputeSettlement(), Write::text)
        .list("escalations", norms.escalations(), CharterCodec::escalation)
        .optional("crossCompanyDecisions", norms.crossCompanyDecisions(), Write::choice).node();
  }

  static Escalation escalation(Fields in) {
    return Escalation.of(in.get("matter").text(), in.get("decidedBy").object(CharterCodec::decider));
  }

  static Node escalation(Escalation escalation) {
    return Write.object().put("matter", escalation.matter())
        .put("decidedBy", decider(escalation.decidedBy())).node();
  }

  static Decider decider(Fields in) {
    DeciderKind kind = in.get("kind").choice(DeciderKind.class);
    switch (kind) {
      case PARENT:
        return Decider.parent(in.get("party").text(PartyId::of));
      case EXTERNAL_BODY:
        return Decider.externalBody(in.get("body").text());
      case ALL_PARENTS:
        return Decider.allParents();
      default:
        return Decider.programLead();
    }
  }

  static Node decider(Decider decider) {
    return Write.object().put("kind", decider.kind())
        .optional("party", decider.party(), Write::id)
        .optional("body", decider.body(), Write::text).node();
  }

  static EquityArrangement equity(Fields in) {
    return EquityArrangement.builder()
        .addAllStakes(in.list("stakes", v -> v.object(CharterCodec::stake)))
        .build();
  }

  static Node equity(EquityArrangement equity) {
    return Write.object().list("stakes", equity.stakes(), CharterCodec::stake).node();
  }

  static EquityStake stake(Fields in) {
    return EquityStake.of(in.get("holder").text(PartyId::of), in.get("issuer").text(PartyId::of),
        in.get("percent").decimal());
  }

  static Node stake(EquityStake stake) {
    return Write.object().put("holder", stake.holder()).put("issuer", stake.issuer())
        .put("percent", stake.percent()).node();
  }
}
