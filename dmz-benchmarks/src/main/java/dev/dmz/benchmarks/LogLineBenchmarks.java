package dev.dmz.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dmz.json.Documents;
import dev.dmz.json.Entry;
import dev.dmz.json.EventLog;
import dev.dmz.rules.Program;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading one line of an event log ({@code dmz.entry/1}: a decision with its place in the chain), the
 * lines of the log {@link ReplayHistory}'s program writes taken in turn (every kind of command,
 * accepted and refused, some 450 bytes each): dmz-json's strict reading into an entry ({@code
 * Documents.ENTRY.readLine}), and with its hash checked as a log's reading checks it ({@code
 * Entry.read}: the SHA-256 of the line), against two yardsticks on the same lines, Jackson's tree
 * ({@code ObjectMapper.readTree}) and Jackson's tokens alone (every token read, every text made a
 * {@code String}): the floor of any reader built on Jackson.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "-Xbatch"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 300, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 250, timeUnit = TimeUnit.MILLISECONDS)
public class LogLineBenchmarks {
  private static final JsonFactory JSON = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private String[] lines;
  private int next;

  /** Writes the log of a program of about 10,000 decisions, once per fork. */
  @Setup(Level.Trial)
  public void write() {
    Program program = ReplayHistory.program(10_000);
    lines = EventLog.write(program.decisions().asJava()).split("\n");
  }

  private String line() {
    String line = lines[next];
    next = next + 1 == lines.length ? 0 : next + 1;
    return line;
  }

  /**
   * Reads a line into its entry, strictly.
   *
   * @return the entry
   */
  @Benchmark
  public Entry entry() {
    return Documents.ENTRY.readLine(line(), "log.jsonl", 1);
  }

  /**
   * Reads a line into its entry and checks its hash.
   *
   * @return the entry
   */
  @Benchmark
  public Entry entryHashed() {
    return Entry.read(line(), "log.jsonl", 1);
  }

  /**
   * Reads a line into Jackson's tree.
   *
   * @return the tree
   * @throws IOException never, the lines are well-formed
   */
  @Benchmark
  public JsonNode jacksonTree() throws IOException {
    return MAPPER.readTree(line());
  }

  /**
   * Reads a line's tokens with Jackson's streaming parser, each text as a {@code String}.
   *
   * @return the count of tokens and characters, so that nothing is optimised away
   * @throws IOException never, the lines are well-formed
   */
  @Benchmark
  public long jacksonTokens() throws IOException {
    long seen = 0;
    try (JsonParser parser = JSON.createParser(line())) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        seen += token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME ? parser.getText().length() : 1;
      }
    }
    return seen;
  }
}
