package uk.missingchildren.response.benchmark;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.benchmark.BenchmarkDataContributor.AnswerData;
import uk.missingchildren.response.benchmark.BenchmarkDataContributor.AttendeeData;
import uk.missingchildren.response.benchmark.BenchmarkDataContributor.BenchmarkData;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.framework.Question;
import uk.missingchildren.response.meeting.MeetingDetails;
import uk.missingchildren.response.meeting.RestoredRevisions;
import uk.missingchildren.response.partnership.DataFileChecks;
import uk.missingchildren.response.partnership.DataFileProblem;
import uk.missingchildren.response.partnership.DataFileSection;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.partnership.PartnershipDataRestorer;

/**
 * Brings the benchmarks of a partnership's data file back: each meeting, who was there, and every
 * answer with its notes and actions arising, against the framework version it was answered on. An
 * answer must be on that version's scale, for one of its questions, once.
 */
@Component
@Order(10)
class BenchmarkDataRestorer implements PartnershipDataRestorer {

  private static final int NAME = 100;

  private final EntityManager entities;
  private final FrameworkCatalogue catalogue;
  private final RestoredRevisions revisions;

  BenchmarkDataRestorer(
      EntityManager entities, FrameworkCatalogue catalogue, RestoredRevisions revisions) {
    this.entities = entities;
    this.catalogue = catalogue;
    this.revisions = revisions;
  }

  @Override
  public String section() {
    return "benchmarks";
  }

  @Override
  public int restore(PartnershipContext context, DataFileSection section) {
    List<BenchmarkData> all = section.records(BenchmarkData.class);
    Map<UUID, Integer> revisionOf = new LinkedHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      BenchmarkData data = all.get(i);
      String at = section.at(i);
      Framework framework = framework(data.frameworkVersion(), at + ".frameworkVersion");
      MeetingDetails details =
          new MeetingDetails(
              DataFileChecks.required(data.meetingDate(), at + ".meetingDate"),
              DataFileChecks.requiredText(data.facilitator(), NAME, at + ".facilitator"),
              DataFileChecks.requiredText(data.noteTaker(), NAME, at + ".noteTaker"));
      BenchmarkStatus status =
          DataFileChecks.code(BenchmarkStatus.class, data.status(), at + ".status");
      UUID startedFrom =
          section.restoredId(section.name(), data.startedFrom(), at + ".startedFrom");
      Benchmark benchmark =
          Benchmark.restored(
              section.newId(data.id(), at + ".id"),
              context.partnershipId(),
              framework.version(),
              details,
              status,
              startedFrom,
              DataFileChecks.required(data.createdAt(), at + ".createdAt"),
              data.submittedAt(),
              data.firstSubmittedAt());
      entities.persist(benchmark);
      restoreAttendees(benchmark.id(), data.attendees(), at);
      restoreAnswers(benchmark.id(), framework, data.answers(), at, revisionOf);
    }
    revisions.set("benchmark_answer", revisionOf);
    return all.size();
  }

  private Framework framework(String version, String where) {
    DataFileChecks.required(version, where);
    return catalogue
        .version(version)
        .orElseThrow(() -> new DataFileProblem("restore.error.unknownFramework", where, version));
  }

  private void restoreAttendees(UUID benchmarkId, List<AttendeeData> attendees, String at) {
    for (int j = 0; j < attendees.size(); j++) {
      AttendeeData attendee = attendees.get(j);
      String where = at + ".attendees[" + j + "]";
      entities.persist(
          new Attendee(
              UUID.randomUUID(),
              benchmarkId,
              DataFileChecks.requiredText(attendee.name(), NAME, where + ".name"),
              DataFileChecks.required(attendee.agency(), where + ".agency"),
              DataFileChecks.text(attendee.role(), NAME, where + ".role"),
              DataFileChecks.required(attendee.addedAt(), where + ".addedAt")));
    }
  }

  private void restoreAnswers(
      UUID benchmarkId,
      Framework framework,
      List<AnswerData> answers,
      String at,
      Map<UUID, Integer> revisionOf) {
    List<String> questions =
        new ArrayList<>(framework.questions().stream().map(Question::id).toList());
    Set<String> answered = new HashSet<>();
    for (int j = 0; j < answers.size(); j++) {
      AnswerData answer = answers.get(j);
      String where = at + ".answers[" + j + "]";
      String questionId =
          DataFileChecks.oneOf(
              questions, answer.questionId(), where + ".questionId", framework.version());
      DataFileChecks.once(answered.add(questionId), where + ".questionId");
      if (answer.answer() != null && framework.stageOne().answer(answer.answer()).isEmpty()) {
        throw new DataFileProblem(
            "restore.error.notOnScale", where + ".answer", answer.answer(), framework.version());
      }
      Answer restored =
          Answer.restored(
              UUID.randomUUID(),
              benchmarkId,
              questionId,
              answer.answer(),
              DataFileChecks.text(answer.notes(), DataFileChecks.LONG_TEXT, where + ".notes"),
              DataFileChecks.text(
                  answer.actionsArising(), DataFileChecks.LONG_TEXT, where + ".actionsArising"),
              DataFileChecks.required(answer.updatedAt(), where + ".updatedAt"));
      entities.persist(restored);
      revisionOf.put(restored.id(), DataFileChecks.count(answer.revision(), where + ".revision"));
    }
  }
}
