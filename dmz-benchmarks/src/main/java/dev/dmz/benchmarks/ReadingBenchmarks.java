package dev.dmz.benchmarks;

import static dev.dmz.benchmarks.LargeCharter.EUR;
import static dev.dmz.benchmarks.LargeCharter.LEAD;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.ip.AssetId;
import dev.dmz.core.ip.ForegroundAsset;
import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.json.CommandFile;
import dev.dmz.json.Documents;
import dev.dmz.json.EventLog;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import dev.dmz.rules.Program;
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.commercial.CommercialCommand.ContributeToPool;
import dev.dmz.rules.commercial.CommercialCommand.DrawOnPool;
import dev.dmz.rules.commercial.CommercialCommand.RecordScopeChange;
import dev.dmz.rules.ip.IpCommand.RecordForegroundIp;
import dev.dmz.rules.nonpoaching.NonPoachingCommand.MakeJobOffer;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.CloseVacancy;
import dev.dmz.rules.staffing.StaffingCommand.FillVacancy;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.rules.staffing.StaffingCommand.RecordDeparture;
import dev.dmz.rules.staffing.StaffingCommand.SubstituteEngineer;
import dev.dmz.rules.staffing.VacancyId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.joda.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading documents of 1, 4 and 16 MB with dmz-json, from text in memory to values: charters in YAML
 * and in JSON, command files (JSON Lines), and event logs replayed with every line re-checked (each
 * recorded command decided again, {@code EventLog.replay}). Reading should take time linear in the
 * text: 16 MB about sixteen times 1 MB ({@link Report} prints the ratios).
 *
 * <p>A charter has one of two shapes: {@code entries}, the charter of a large program ({@link
 * LargeCharter}: the text grows with its premium rates, a few hundred bytes each), or {@code text},
 * a small charter whose post-program licence is one text of the whole size with no space in it (an
 * encoded attachment, say). The second is the shape that SnakeYAML's own reader read in quadratic
 * time, until dmz-json gave it one of its own. Each fork reads a document of 1 MB of its kind for two
 * seconds before it measures ({@link #warmUp}). The forks get a 3 GB heap, touched before the run,
 * two thirds of it young: a document of 16 MB is read with a gigabyte of short-lived objects.
 */
@Fork(value = 2, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-Xmn2g", "-XX:+AlwaysPreTouch", "-Xbatch"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 300, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 250, timeUnit = TimeUnit.MILLISECONDS)
public class ReadingBenchmarks {
  /** One megabyte, in characters: the documents are ASCII, so characters are bytes. */
  static final int MEGABYTE = 1 << 20;

  /** A charter's text, of a size, shape and format. */
  @State(Scope.Benchmark)
  public static class CharterText {
    /** The text's size. */
    @Param({"1", "4", "16"})
    public int megabytes;

    /** {@code yaml} or {@code json}. */
    @Param({"yaml", "json"})
    public String format;

    /** {@code entries} or {@code text} (see the class's comment). */
    @Param({"entries", "text"})
    public String shape;

    String text;

    /** Writes the charter (once per fork), checks it reads whole, and warms the reading up. */
    @Setup(Level.Trial)
    public void write() {
      String small = shape.equals("entries") ? entries(MEGABYTE) : oneText(MEGABYTE);
      warmUp(() -> read(small));
      text = shape.equals("entries") ? entries(megabytes * MEGABYTE) : oneText(megabytes * MEGABYTE);
      within(text, megabytes);
      read();
    }

    ProgramCharter read() {
      return read(text);
    }

    private ProgramCharter read(String charter) {
      return format.equals("yaml") ? Documents.CHARTER.readYaml(charter, "charter.yaml")
          : Documents.CHARTER.readJson(charter, "charter.json");
    }

    private String write(ProgramCharter charter) {
      return format.equals("yaml") ? Documents.CHARTER.writeYaml(charter) : Documents.CHARTER.writeJson(charter);
    }

    /** The charter of a program large enough for its text to be about this long. */
    private String entries(int size) {
      int sample = 10_000;
      long perEngineer = write(LargeCharter.of(5, sample)).length() / sample;
      return write(LargeCharter.of(5, (int) (size / perEngineer)));
    }

    /** A small charter whose licence is one text that makes the whole this long. */
    private String oneText(int size) {
      String small = write(LargeCharter.of(5, 10));
      String licence = LargeCharter.LICENCE;
      if (!small.contains(licence)) {
        throw new IllegalStateException("the charter's text no longer holds its licence: " + licence);
      }
      return small.replace(licence, "A".repeat(size - small.length() + licence.length()));
    }
  }

  /** A command file (JSON Lines) of a size. */
  @State(Scope.Benchmark)
  public static class CommandText {
    /** The file's size. */
    @Param({"1", "4", "16"})
    public int megabytes;

    String text;

    /** Writes the commands (once per fork), checks they read whole, and warms the reading up. */
    @Setup(Level.Trial)
    public void write() {
      String small = file(1);
      warmUp(() -> CommandFile.parse(small, "commands.jsonl"));
      text = file(megabytes);
      within(text, megabytes);
      CommandFile.parse(text, "commands.jsonl");
    }

    private static String file(int megabytes) {
      List<Command> commands = new ArrayList<>();
      StringBuilder file = new StringBuilder();
      for (int cycle = 0; file.length() < megabytes * MEGABYTE; cycle++) {
        commands.clear();
        cycle(cycle, commands);
        file.append(CommandFile.write(commands));
      }
      return file.toString();
    }

    /** A day's commands of every kind, as a program's systems would queue them. */
    private static void cycle(int cycle, List<Command> commands) {
      LocalDate day = LargeCharter.START.plusDays(cycle % 3_000);
      NamedEngineer newcomer = LargeCharter.engineer(cycle, 5);
      Actor employer = Actor.parent(newcomer.employer());
      VacancyId seat = VacancyId.number(cycle + 1);
      commands.add(Nominate.of(employer, newcomer, day));
      commands.add(Admit.of(LEAD, newcomer.id(), day));
      commands.add(RecordDeparture.of(LEAD, newcomer.id(), DepartureReason.RESIGNATION, day));
      commands.add(FillVacancy.of(LEAD, seat, LargeCharter.engineer(cycle + 1, 5).id(), day));
      commands.add(CloseVacancy.of(LEAD, seat, day));
      commands.add(ContributeToPool.of(employer, Money.ofMajor(EUR, 1_000), day));
      commands.add(DrawOnPool.of(LEAD, Money.ofMajor(EUR, 900), "Unplanned re-test of prototype " + cycle, day));
      commands.add(RecordScopeChange.of(LEAD, BigDecimal.valueOf(1_000 + cycle % 100), day));
      commands.add(SubstituteEngineer.of(employer, newcomer.id(),
          NamedEngineer.of(EngineerId.of("S-" + cycle), "Walter Brenner", newcomer.employer()), day));
      commands.add(MakeJobOffer.of(employer, newcomer.id(), day));
      commands.add(RecordForegroundIp.of(LEAD, ForegroundAsset.builder().id(AssetId.of("F-" + cycle))
          .description("Test rig firmware, build " + cycle).addContributor(newcomer.id()).recordedOn(day)
          .build(), day));
    }
  }

  /** An event log (one decision a line) of a size, of the program {@link ReplayHistory} runs. */
  @State(Scope.Benchmark)
  public static class LogText {
    /** The log's size. */
    @Param({"1", "4", "16"})
    public int megabytes;

    ProgramCharter charter;
    String text;

    /** Writes the log (once per fork), checks it replays whole, and warms the replay up. */
    @Setup(Level.Trial)
    public void write() {
      Program sample = ReplayHistory.program(20_000);
      charter = sample.state().charter();
      long perDecision = EventLog.write(sample.decisions().asJava()).length() / sample.decisions().size();
      String small = EventLog.write(ReplayHistory.program((int) (MEGABYTE / perDecision)).decisions().asJava());
      warmUp(() -> replay(small));
      text = EventLog.write(ReplayHistory.program((int) ((long) megabytes * MEGABYTE / perDecision))
          .decisions().asJava());
      within(text, megabytes);
      replay(text);
    }

    Program replay(String log) {
      return EventLog.replay(log, "log.jsonl", charter, RuleBook.standard());
    }
  }

  /**
   * Reads a text of 1 MB for two seconds, at least five times, before the measurement: the suite's
   * short mode warms up for less than a second, in which a 16 MB document is not read even once, so
   * that a larger document would be measured with less compiled code than a smaller one.
   */
  static void warmUp(Runnable reading) {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    for (int i = 0; i < 5 || System.nanoTime() < until; i++) {
      reading.run();
    }
  }

  /** Fails the setup of a text more than a tenth off its size. */
  static void within(String text, int megabytes) {
    if (Math.abs(text.length() - megabytes * MEGABYTE) > megabytes * MEGABYTE / 10) {
      throw new IllegalStateException("a text of " + megabytes + " MB was " + text.length() + " characters");
    }
  }

  /**
   * Reads a charter into its value.
   *
   * @param text the charter's text
   * @return the charter
   */
  @Benchmark
  public ProgramCharter charter(CharterText text) {
    return text.read();
  }

  /**
   * Reads a command file into its commands.
   *
   * @param text the file's text
   * @return the commands
   */
  @Benchmark
  public List<Command> commands(CommandText text) {
    return CommandFile.parse(text.text, "commands.jsonl");
  }

  /**
   * Reads an event log and replays it, deciding every recorded command again.
   *
   * @param text the log's text
   * @return the program
   */
  @Benchmark
  public Program log(LogText text) {
    return text.replay(text.text);
  }
}
