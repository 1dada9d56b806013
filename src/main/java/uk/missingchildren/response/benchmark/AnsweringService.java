package uk.missingchildren.response.benchmark;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.account.Accounts;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.audit.AuditLog;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.meeting.SaveOutcome;
import uk.missingchildren.response.meeting.SaveUnlessStale;
import uk.missingchildren.response.partnership.PartnershipAccess;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.shared.access.CheckedWithoutContext;

/**
 * Saves the answer, notes and actions arising for one question, each save committed before the page
 * is told it worked. A save made from a page that was showing an older revision than the one now
 * stored is not written: the person is shown both versions and chooses.
 */
@Service
public class AnsweringService {

  private static final int AUDITED_TEXT = 300;

  private final PartnershipAccess access;
  private final Answers answers;
  private final BenchmarkRecords records;
  private final Accounts accounts;
  private final AuditLog audit;
  private final Clock clock;
  private final TransactionTemplate transaction;

  AnsweringService(
      PartnershipAccess access,
      Answers answers,
      BenchmarkRecords records,
      Accounts accounts,
      AuditLog audit,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.access = access;
    this.answers = answers;
    this.records = records;
    this.accounts = accounts;
    this.audit = audit;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * @param basedOn the revision the person's page was showing; null if nothing was saved then
   * @throws BenchmarkSubmittedException if the benchmark is no longer in progress
   */
  public SaveOutcome<Answer, AnswerDraft> save(
      PartnershipContext context,
      UUID benchmarkId,
      String questionId,
      AnswerDraft draft,
      Integer basedOn) {
    context.requireEditor();
    try {
      return transaction.execute(
          status -> attempt(context, benchmarkId, questionId, draft, basedOn));
    } catch (OptimisticLockingFailureException | DataIntegrityViolationException lostRace) {
      // Another save for this question committed between our read and our write.
      return transaction.execute(
          status -> {
            Benchmark benchmark = records.benchmark(context, benchmarkId);
            Answer theirs =
                answers.findByBenchmarkIdAndQuestionId(benchmark.id(), questionId).orElseThrow();
            return SaveUnlessStale.afterLostRace(theirs, draft, this::savedBy);
          });
    }
  }

  /**
   * The background save: the membership check, the save and its audit entry in one transaction,
   * because a page saves after every change and each round trip to the database is felt under load.
   *
   * @throws uk.missingchildren.response.partnership.PartnershipNotFoundException if not a member
   * @throws BenchmarkNotFoundException if there is no such benchmark or question in the partnership
   * @throws NotOnTheScaleException if the answer is not one of the framework's
   */
  @CheckedWithoutContext("checks the membership itself, inside the save's transaction")
  public SaveOutcome<Answer, AnswerDraft> save(
      UUID partnershipId,
      SignedInUser user,
      UUID benchmarkId,
      String questionId,
      AnswerDraft draft,
      Integer basedOn) {
    try {
      return transaction.execute(
          status -> {
            PartnershipContext context = access.require(partnershipId, user).requireEditor();
            return attempt(context, benchmarkId, questionId, draft, basedOn);
          });
    } catch (OptimisticLockingFailureException | DataIntegrityViolationException lostRace) {
      return save(access.require(partnershipId, user), benchmarkId, questionId, draft, basedOn);
    }
  }

  private SaveOutcome<Answer, AnswerDraft> attempt(
      PartnershipContext context,
      UUID benchmarkId,
      String questionId,
      AnswerDraft draft,
      Integer basedOn) {
    Benchmark benchmark = records.benchmark(context, benchmarkId);
    benchmark.requireInProgress();
    Framework framework = records.framework(benchmark);
    if (framework.questions().stream().noneMatch(q -> q.id().equals(questionId))) {
      throw new BenchmarkNotFoundException();
    }
    if (draft.answer() != null && framework.stageOne().answer(draft.answer()).isEmpty()) {
      throw new NotOnTheScaleException(draft.answer());
    }
    Optional<Answer> existing = answers.findByBenchmarkIdAndQuestionId(benchmark.id(), questionId);
    Optional<SaveOutcome<Answer, AnswerDraft>> settled =
        SaveUnlessStale.settled(existing, draft, basedOn, this::savedBy);
    if (settled.isPresent()) {
      return settled.get();
    }
    Answer answer = existing.orElseGet(() -> new Answer(benchmark.id(), questionId));
    AnswerDraft before = answer.draft();
    answer.record(draft, context.accountId(), clock.instant());
    Answer saved = answers.saveAndFlush(answer);
    audit.record(
        BenchmarkRecords.actor(context),
        context.partnershipId(),
        benchmark.changesAreAudited()
            ? "BENCHMARK_ANSWER_CHANGED_AFTER_SUBMISSION"
            : "BENCHMARK_ANSWER_SAVED",
        BenchmarkService.describe(benchmark) + ", " + questionId,
        changes(before, draft));
    return SaveOutcome.saved(saved);
  }

  private String savedBy(Answer theirs) {
    return theirs.updatedBy() == null
        ? null
        : accounts.findById(theirs.updatedBy()).map(Account::displayName).orElse(null);
  }

  /**
   * Old and new values, shortened: enough to see what changed without copying whole notes twice.
   */
  static String changes(AnswerDraft before, AnswerDraft after) {
    List<String> changes = new ArrayList<>();
    change(changes, "answer", before.answer(), after.answer());
    change(changes, "notes", before.notes(), after.notes());
    change(changes, "actions arising", before.actionsArising(), after.actionsArising());
    return String.join("; ", changes);
  }

  private static void change(List<String> changes, String what, String before, String after) {
    if (!Objects.equals(before, after)) {
      changes.add(what + ": " + shorten(before) + " -> " + shorten(after));
    }
  }

  private static String shorten(String text) {
    if (text == null) {
      return "(none)";
    }
    return text.length() <= AUDITED_TEXT
        ? "\"" + text + "\""
        : "\"" + text.substring(0, AUDITED_TEXT) + "...\"";
  }
}
