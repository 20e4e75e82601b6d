package dev.dmz.json.codec;

import dev.dmz.core.agreement.NonPoachingAgreement;
import dev.dmz.core.agreement.Signature;
import dev.dmz.core.agreement.SignedTerms;
import dev.dmz.core.agreement.Wall;
import dev.dmz.core.agreement.WallKind;
import dev.dmz.core.commercial.CommercialModel;
import dev.dmz.core.ip.IpFramework;
import dev.dmz.core.party.PartyId;

/**
 * The walls as JSON, told apart by {@code type}: {@code IpFramework}, {@code CommercialModel},
 * {@code NonPoachingAgreement}, and {@code SignedTerms} for the walls without a type of their own.
 */
public final class WallCodec {

  /** The walls' forms. */
  public static final Variants<Wall> WALLS = Variants.<Wall>of("wall")
      .with("IpFramework", IpFramework.class, IpCodec::framework, IpCodec::framework)
      .with("CommercialModel", CommercialModel.class, CommercialCodec::model, CommercialCodec::model)
      .with("NonPoachingAgreement", NonPoachingAgreement.class, WallCodec::nonPoaching,
          WallCodec::nonPoaching)
      .with("SignedTerms", SignedTerms.class, WallCodec::signedTerms, WallCodec::signedTerms);

  private WallCodec() {}

  static NonPoachingAgreement nonPoaching(Fields in) {
    return NonPoachingAgreement.builder()
        .addAllSignatures(signatures(in))
        .coolingOff(in.find("coolingOff").map(Value::period))
        .build();
  }

  static void nonPoaching(NonPoachingAgreement agreement, Write out) {
    signatures(agreement, out).optional("coolingOff", agreement.coolingOff(), p -> Write.text(p.toString()));
  }

  static SignedTerms signedTerms(Fields in) {
    return SignedTerms.builder()
        .kind(in.get("kind").choice(WallKind.class))
        .terms(in.get("terms").text())
        .addAllSignatures(signatures(in))
        .build();
  }

  static void signedTerms(SignedTerms terms, Write out) {
    signatures(terms, out.put("kind", terms.kind()).put("terms", terms.terms()));
  }

  static java.util.List<Signature> signatures(Fields in) {
    return in.list("signatures", v -> v.object(s -> Signature.of(s.get("party").text(PartyId::of),
        s.get("signedOn").date())));
  }

  static Write signatures(Wall wall, Write out) {
    return out.list("signatures", wall.signatures(), s -> Write.object().put("party", s.party())
        .put("signedOn", s.signedOn()).node());
  }
}
