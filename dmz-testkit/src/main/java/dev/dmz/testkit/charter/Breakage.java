package dev.dmz.testkit.charter;

import dev.dmz.core.charter.ProgramCharter;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One or more ways of spoiling a ready charter, each named in plain words ("a mandate signed after
 * the start"), so that a test can tell which ways were taken.
 *
 * @param way what the breakage does, as a short phrase; several ways are joined with " + "
 * @param change the change it makes to a charter
 */
record Breakage(String way, UnaryOperator<ProgramCharter> change) {
  static final String SEPARATOR = " + ";

  Breakage {
    Objects.requireNonNull(way, "way is null");
    Objects.requireNonNull(change, "change is null");
  }

  /**
   * Several breakages one after the other.
   *
   * @param breakages the breakages, at least one
   * @return their sequence
   */
  static Breakage allOf(List<Breakage> breakages) {
    String ways = breakages.stream().map(Breakage::way).collect(Collectors.joining(SEPARATOR));
    return new Breakage(ways, charter -> {
      ProgramCharter result = charter;
      for (Breakage breakage : breakages) {
        result = breakage.change().apply(result);
      }
      return result;
    });
  }

  /**
   * The single ways this breakage takes.
   *
   * @return the ways, in the order they are taken
   */
  List<String> ways() {
    return List.of(way.split(Pattern.quote(SEPARATOR)));
  }

  ProgramCharter applyTo(ProgramCharter charter) {
    return change.apply(charter);
  }

  @Override
  public String toString() {
    return way;
  }
}
