package uk.missingchildren.response.benchmark;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.agencyviews.AgencyViewsService;
import uk.missingchildren.response.framework.Question;
import uk.missingchildren.response.meeting.MeetingPositions;
import uk.missingchildren.response.meeting.SaveOutcome;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.shared.web.DisplayDates;

/**
 * One page per question. Without JavaScript the form is saved by "Save and continue"; with it, the
 * page also saves in the background after each change, through the JSON variant of the same POST.
 */
@Controller
class QuestionsController {

  private final BenchmarkService benchmarks;
  private final AnsweringService answering;
  private final DisplayDates dates;
  private final MeetingPositions positions;
  private final AgencyViewsService views;
  private final BenchmarkViewsMeeting viewsMeeting;

  QuestionsController(
      BenchmarkService benchmarks,
      AnsweringService answering,
      DisplayDates dates,
      MeetingPositions positions,
      AgencyViewsService views,
      BenchmarkViewsMeeting viewsMeeting) {
    this.positions = positions;
    this.views = views;
    this.viewsMeeting = viewsMeeting;
    this.benchmarks = benchmarks;
    this.answering = answering;
    this.dates = dates;
  }

  @GetMapping("/partnerships/{partnershipId}/benchmarks/{benchmarkId}/questions/{questionId}")
  String show(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable UUID benchmarkId,
      @PathVariable String questionId,
      Model model,
      HttpServletRequest request) {
    BenchmarkView view = benchmarks.view(context, benchmarkId);
    Question question = view.question(questionId).orElseThrow(BenchmarkNotFoundException::new);
    if (view.benchmark().submitted() || !context.role().canEdit()) {
      // Nothing to change here: the answers are shown, read-only, on the check answers page.
      return "redirect:" + BenchmarkPages.path(partnershipId, benchmarkId) + "/check#" + questionId;
    }
    positions.presenting(request, context, benchmarkId, questionId);
    return page(
        context, view, question, AnswerForm.from(view.answer(questionId).orElse(null)), model);
  }

  @PostMapping("/partnerships/{partnershipId}/benchmarks/{benchmarkId}/questions/{questionId}")
  String save(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable UUID benchmarkId,
      @PathVariable String questionId,
      @Valid @ModelAttribute("answerForm") AnswerForm form,
      BindingResult errors,
      @RequestParam(required = false) String then,
      Model model) {
    context.requireEditor();
    BenchmarkView view = benchmarks.view(context, benchmarkId);
    Question question = view.question(questionId).orElseThrow(BenchmarkNotFoundException::new);
    rejectAnswersNotOnTheScale(view, form, errors);
    if (errors.hasErrors()) {
      return page(context, view, question, form, model);
    }
    SaveOutcome<Answer, AnswerDraft> outcome =
        answering.save(context, benchmarkId, questionId, form.draft(), form.getRevision());
    if (outcome.conflict()) {
      // Their typing is kept in the form; the page now holds the latest revision, so saving again
      // is a deliberate choice to replace the other version.
      form.setRevision(outcome.revision());
      model.addAttribute("conflict", outcome);
      return page(context, view, question, form, model);
    }
    String base = "redirect:" + BenchmarkPages.path(partnershipId, benchmarkId);
    if ("different-view".equals(then)) {
      return base + "/different-views/" + questionId;
    }
    return view.next(question)
        .map(next -> base + "/questions/" + next.id())
        .orElse(base + "/check");
  }

  @PostMapping(
      path = "/partnerships/{partnershipId}/benchmarks/{benchmarkId}/questions/{questionId}",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<Map<String, Object>> autosave(
      @PathVariable UUID partnershipId,
      @PathVariable UUID benchmarkId,
      @PathVariable String questionId,
      @AuthenticationPrincipal SignedInUser user,
      @Valid @ModelAttribute("answerForm") AnswerForm form,
      BindingResult errors) {
    if (errors.hasErrors()) {
      return invalid();
    }
    SaveOutcome<Answer, AnswerDraft> outcome;
    try {
      outcome =
          answering.save(
              partnershipId, user, benchmarkId, questionId, form.draft(), form.getRevision());
    } catch (NotOnTheScaleException notOnTheScale) {
      return invalid();
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", outcome.conflict() ? "conflict" : "saved");
    body.put("revision", outcome.revision());
    if (!outcome.conflict() && outcome.saved() != null) {
      body.put("savedAt", dates.time(outcome.saved().updatedAt()));
    }
    return ResponseEntity.status(outcome.conflict() ? HttpStatus.CONFLICT : HttpStatus.OK)
        .body(body);
  }

  /** The page shows the full error summary once "Save and continue" is pressed. */
  private static ResponseEntity<Map<String, Object>> invalid() {
    return ResponseEntity.unprocessableContent().body(Map.of("status", "invalid"));
  }

  private static void rejectAnswersNotOnTheScale(
      BenchmarkView view, AnswerForm form, BindingResult errors) {
    String answer = form.draft().answer();
    if (answer != null && view.framework().stageOne().answer(answer).isEmpty()) {
      errors.rejectValue("answer", "answer.error.notOnScale");
    }
  }

  private String page(
      PartnershipContext context,
      BenchmarkView view,
      Question question,
      AnswerForm form,
      Model model) {
    model.addAttribute("context", context);
    model.addAttribute("view", view);
    model.addAttribute("startedFrom", benchmarks.startedFrom(context, view));
    model.addAttribute("question", question);
    model.addAttribute("theme", view.themeOf(question));
    model.addAttribute("answerForm", form);
    model.addAttribute("saved", view.answer(question.id()).orElse(null));
    model.addAttribute(
        "itemViews", views.forItem(context, viewsMeeting.subjectOf(context, view), question.id()));
    return "benchmark/question";
  }
}
