package uk.missingchildren.response.reliability;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the reliability suite counted on one database, and the page of docs it writes. */
final class ReliabilityFigures {

  final String database;
  int kills;
  final List<Long> startMillis = new ArrayList<>();
  long sent;
  long acknowledged;
  long lost;
  long keptThoughUnanswered;
  long conflictsAfterKill;
  long serverErrors;
  long duplicates;
  final Map<String, int[]> twice = new LinkedHashMap<>();
  final Map<Integer, Integer> expiryAnswers = new TreeMap<>();
  int formsTypedAtExpiry;
  int formsOffered;
  int formsLostAtExpiry;
  final List<String> expiryMissing = new ArrayList<>();

  ReliabilityFigures(String database) {
    this.database = database;
  }

  /** Compares what one saver was told with what the database holds after the kill. */
  void count(ContinuousSaver saver, List<String> stored) {
    sent += saver.sent;
    acknowledged += saver.acknowledged.size();
    serverErrors += saver.serverErrors;
    conflictsAfterKill += saver.conflicts;
    if (saver.keepsHistory) {
      lost += saver.acknowledged.stream().filter(content -> !stored.contains(content)).count();
      keptThoughUnanswered +=
          stored.stream()
              .filter(
                  value ->
                      value != null
                          && value.startsWith(saver.name + " save ")
                          && !saver.acknowledged.contains(value))
              .count();
      return;
    }
    String value = stored.isEmpty() ? null : stored.get(0);
    int storedSequence =
        value != null && value.startsWith(saver.name + " save ")
            ? ContinuousSaver.sequenceOf(value)
            : 0;
    lost +=
        saver.acknowledged.stream()
            .filter(content -> ContinuousSaver.sequenceOf(content) > storedSequence)
            .count();
    if (storedSequence > ContinuousSaver.sequenceOf(saver.lastAcknowledged())) {
      keptThoughUnanswered++;
    }
  }

  void twice(String form, int rounds, int made, int errors) {
    twice.put(form, new int[] {rounds, made, errors});
    duplicates += Math.max(0, made - rounds);
    serverErrors += errors;
  }

  void expiryRefusedWith(int status) {
    expiryAnswers.merge(status, 1, Integer::sum);
  }

  static void write(Path file, Map<String, ReliabilityFigures> all) throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("# Reliability\n\n");
    md.append("Measured by `./mvnw -Preliability verify` (`PromisesUnderFaultReliabilityTest`) on ")
        .append(
            ZonedDateTime.now(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
        .append(".\n");
    md.append("Machine: ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores, ")
        .append(memoryGiB())
        .append(" GiB memory, ")
        .append(System.getProperty("os.name"))
        .append(' ')
        .append(System.getProperty("os.version"))
        .append(", Java ")
        .append(System.getProperty("java.version"))
        .append(".\n\n");
    md.append(
        """
        The service ran from the packaged jar as a process of its own, on a database that outlived it: the
        embedded H2 default (a file, with the options of `application.yaml`) and a real PostgreSQL server.

        **Acknowledged** means the service answered the save: `200` with `"status":"saved"` for a background
        save, a redirect for a button. Every write is committed before that answer is sent, so an
        acknowledged save is on disk (H2 runs with `WRITE_DELAY=0`; PostgreSQL with its default
        `synchronous_commit`). A save in flight when the process died got no answer and may or may not be there.

        """);
    md.append("## 1. Killed with SIGKILL during continuous saves\n\n");
    md.append(
        """
        Twelve laptops, each with its own session, save as fast as the service answers: four answer a stage-one
        question in the background, four rate a checklist item in the background, four add updates to an
        action. After 2 to 5 seconds the process is killed with `kill -9`; the database is read; the service
        is started again on it, and the laptops carry on in the sessions they had.

        """);
    md.append("| | ");
    all.keySet().forEach(name -> md.append(name).append(" | "));
    md.append("\n|---|").append("---|".repeat(all.size())).append('\n');
    row(md, all, "Kills", f -> String.valueOf(f.kills));
    row(md, all, "Saves sent", f -> String.valueOf(f.sent));
    row(md, all, "Saves acknowledged", f -> String.valueOf(f.acknowledged));
    row(md, all, "**Acknowledged saves missing after the restart**", f -> "**" + f.lost + "**");
    row(
        md,
        all,
        "Saves in flight at the kill that were kept anyway",
        f -> String.valueOf(f.keptThoughUnanswered));
    row(md, all, "Server errors (5xx)", f -> String.valueOf(f.serverErrors));
    row(
        md,
        all,
        "A laptop's next save found its own unanswered one (page re-read, as the autosave does)",
        f -> String.valueOf(f.conflictsAfterKill));
    row(
        md,
        all,
        "Start-up after each kill, mean / longest (ms)",
        f ->
            f.startMillis.stream().mapToLong(Long::longValue).average().stream()
                .mapToObj(
                    mean ->
                        String.format(
                            "%.0f / %d",
                            mean,
                            f.startMillis.stream().mapToLong(Long::longValue).max().orElse(0)))
                .findFirst()
                .orElse("-"));
    md.append("\n## 2. Every create form sent twice at the same moment\n\n");
    md.append(
        "Each form was drawn once and sent twice from two threads released together, "
            + PromisesUnderFaultReliabilityTest.ROUNDS
            + " times (a new drawing each time).\n\n");
    md.append("| Form | ");
    all.keySet().forEach(name -> md.append(name).append(": made / pairs sent / 5xx | "));
    md.append("\n|---|").append("---|".repeat(all.size())).append('\n');
    List<String> forms = new ArrayList<>(all.values().iterator().next().twice.keySet());
    for (String form : forms) {
      md.append("| ").append(form).append(" | ");
      for (ReliabilityFigures f : all.values()) {
        int[] counts = f.twice.getOrDefault(form, new int[3]);
        md.append(counts[1])
            .append(" / ")
            .append(counts[0])
            .append(" / ")
            .append(counts[2])
            .append(" | ");
      }
      md.append('\n');
    }
    md.append("\n**Duplicates** (things made beyond one per pair): ");
    md.append(
            String.join(
                ", ",
                all.values().stream().map(f -> f.database + " **" + f.duplicates + "**").toList()))
        .append(".\n");
    md.append("\n## 3. Sessions ending mid-form\n\n");
    md.append(
        """
        The service ran with `SESSION_TIMEOUT=3s`. Forms were drawn, left for 4.5 seconds, then sent: a stage-one
        answer in the background and then by its button, two checklist items in the background, and a person
        added to the meeting. Then the person signed in again and sent what the resume page offered.

        """);
    md.append("| | ");
    all.keySet().forEach(name -> md.append(name).append(" | "));
    md.append("\n|---|").append("---|".repeat(all.size())).append('\n');
    row(md, all, "Answers when sent (status: count)", f -> f.expiryAnswers.toString());
    row(md, all, "Forms with something typed", f -> String.valueOf(f.formsTypedAtExpiry));
    row(md, all, "Forms offered back after signing in", f -> String.valueOf(f.formsOffered));
    row(
        md,
        all,
        "**Forms whose content was not saved in the end**",
        f ->
            "**"
                + f.formsLostAtExpiry
                + "**"
                + (f.expiryMissing.isEmpty() ? "" : " " + f.expiryMissing));
    Files.writeString(file, md.toString());
  }

  private static void row(
      StringBuilder md,
      Map<String, ReliabilityFigures> all,
      String label,
      java.util.function.Function<ReliabilityFigures, String> value) {
    md.append("| ").append(label).append(" | ");
    all.values().forEach(f -> md.append(value.apply(f)).append(" | "));
    md.append('\n');
  }

  private static long memoryGiB() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return Math.round(sun.getTotalMemorySize() / (1024.0 * 1024 * 1024));
    }
    return 0;
  }
}
