package dev.dmz.core.agreement;

import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import java.util.List;
import org.immutables.value.Value;

/**
 * A wall whose terms the charter records as signed text, for the walls the rule book does not
 * interpret yet: {@link WallKind#CAREERS} and {@link WallKind#SECURITY_AND_WORKSPACE}. When their
 * rules are written, they get a dedicated type beside {@code IpFramework} and the charter keeps its
 * shape: it holds walls, whatever their kind.
 *
 * <pre>{@code
 * SignedTerms.builder()
 *     .kind(WallKind.CAREERS)
 *     .terms("Time in the DMZ counts as time in the home organisation for promotion.")
 *     .addSignature(Signature.of(oem, signingDay))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@DmzStyle
public abstract class SignedTerms implements Wall, WithSignedTerms {
  SignedTerms() {}

  @Override
  public abstract WallKind kind();

  /**
   * The agreed terms, in the words of the agreement.
   *
   * <p>It may run over several lines, separated by {@code \n} (and no other line break); it holds no
   * other control character and no bidirectional control ({@link dev.dmz.core.value.Require#lines}).
   * Whoever shows it to a person escapes or indents its lines.
   *
   * @return the terms, not blank
   */
  public abstract String terms();

  @Override
  public abstract List<Signature> signatures();

  /**
   * A builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SignedTerms}. */
  public static final class Builder extends ImmutableSignedTerms.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Require.that(!kind().hasDedicatedType(), "SignedTerms.kind",
        "must be a wall without a dedicated type (CAREERS, SECURITY_AND_WORKSPACE)", kind());
    Require.notBlank("SignedTerms.terms", terms());
    Require.lines("SignedTerms.terms", terms());
    Require.unique("SignedTerms.signatures", signatures(), Signature::party);
  }
}
