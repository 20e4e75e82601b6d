package dev.dmz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The progress line of a long read")
class ProgressTest {
  private static final long SIZE = 64L << 20;
  private static final String BLANK = "\r" + " ".repeat("verifying log.jsonl".length() + 30) + "\r";

  private final StringWriter text = new StringWriter();
  private final PrintWriter err = new PrintWriter(text);

  @Test
  @DisplayName("cleared when the read stops half-way, before the error takes its place; once")
  void clearedHalfWay() {
    Progress progress = Progress.of(err, "verifying log.jsonl", SIZE, true);
    progress.accept(SIZE / 4);

    progress.clear();
    progress.clear();

    assertEquals("\rverifying log.jsonl: 25% (16 of 64 MB)" + BLANK, text.toString());
  }

  @Test
  @DisplayName("cleared at the end of the read, and not again")
  void clearedAtTheEnd() {
    Progress progress = Progress.of(err, "verifying log.jsonl", SIZE, true);
    progress.accept(SIZE);
    progress.clear();

    assertEquals("\rverifying log.jsonl: 100% (64 of 64 MB)" + BLANK, text.toString());
  }

  @Test
  @DisplayName("nothing shown, nothing cleared, when nobody watches or the file is small")
  void notShown() {
    Progress unwatched = Progress.of(err, "verifying log.jsonl", SIZE, false);
    unwatched.accept(SIZE / 2);
    unwatched.clear();
    Progress small = Progress.of(err, "verifying log.jsonl", Progress.SHOWN_FROM - 1, true);
    small.accept(1 << 20);
    small.clear();

    assertEquals("", text.toString());
  }
}
