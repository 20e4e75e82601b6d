package dev.dmz.testkit.property;

/**
 * A property that did not hold: its message is the run's {@link PropertyResult#report() report}, its
 * cause what the check threw on the shrunk counterexample.
 */
public final class PropertyFailure extends AssertionError {
  private static final long serialVersionUID = 1L;

  private final transient PropertyResult<?> result;

  PropertyFailure(PropertyResult<?> result) {
    super(result.report(), result.counterexample().map(PropertyResult.Counterexample::failure).orElse(null));
    this.result = result;
  }

  /**
   * The run that failed.
   *
   * @return the result
   */
  public PropertyResult<?> result() {
    return result;
  }
}
