package uk.missingchildren.response.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.missingchildren.response.action.Action;
import uk.missingchildren.response.action.ActionService;
import uk.missingchildren.response.action.ActionStatus;
import uk.missingchildren.response.action.ProposedActionsService;
import uk.missingchildren.response.benchmark.BenchmarkService;
import uk.missingchildren.response.benchmark.BenchmarkSummary;
import uk.missingchildren.response.benchmark.LatestBenchmarks;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.framework.StageOneScale.RatingBand;
import uk.missingchildren.response.framework.Theme;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.partnership.PartnershipHomeContributor;
import uk.missingchildren.response.review.ChecklistNextStep;
import uk.missingchildren.response.review.Review;
import uk.missingchildren.response.review.ReviewService;
import uk.missingchildren.response.shared.time.UkTime;
import uk.missingchildren.response.shared.web.DisplayDates;

/**
 * Puts the {@link Dashboard} on the partnership's home page ("dashboard"). A fixed number of reads
 * whatever the partnership's history: the latest benchmarks with their answers, the checklist
 * rounds, the actions, and the stage-one actions arising with the decisions about them.
 */
@Component
class DashboardContributor implements PartnershipHomeContributor {

  private final BenchmarkService benchmarks;
  private final ReviewService reviews;
  private final ActionService actions;
  private final ProposedActionsService proposals;
  private final DisplayDates dates;
  private final FrameworkCatalogue catalogue;
  private final Clock clock;

  DashboardContributor(
      BenchmarkService benchmarks,
      ReviewService reviews,
      ActionService actions,
      ProposedActionsService proposals,
      DisplayDates dates,
      FrameworkCatalogue catalogue,
      Clock clock) {
    this.benchmarks = benchmarks;
    this.reviews = reviews;
    this.actions = actions;
    this.proposals = proposals;
    this.dates = dates;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  @Override
  public void contribute(PartnershipContext context, Model model) {
    LatestBenchmarks latest = benchmarks.latest(context);
    List<Action> register = actions.register(context);
    Map<String, Review> latestRounds = reviews.latestRounds(context);
    Dashboard.Actions actionCounts =
        actions(register, UkTime.today(clock), proposals.pendingCount(context, register));
    List<NextStep> next =
        NextStep.of(
            context.partnershipId(),
            dates::day,
            latest,
            NextStep.firstUnfinished(priorityChecklists(context, latest, latestRounds)),
            actionCounts.proposed(),
            actionCounts.overdue());
    model.addAttribute(
        "dashboard",
        new Dashboard(
            latest,
            ratings(latest.latestSubmitted()),
            checklists(latestRounds),
            actionCounts,
            next));
  }

  private List<Dashboard.AreaRating> ratings(BenchmarkSummary submitted) {
    if (submitted == null) {
      return List.of();
    }
    List<RatingBand> bands =
        catalogue
            .version(submitted.benchmark().frameworkVersion())
            .orElseThrow()
            .stageOne()
            .bands();
    return submitted.results().areas().stream()
        .map(
            area ->
                new Dashboard.AreaRating(
                    area.theme().slug(),
                    area.theme().title(),
                    area.score().band().label(),
                    area.score().percent(),
                    RatingStyle.of(bands, area.score().band().id())))
        .toList();
  }

  /** The latest submitted benchmark's priority areas, with the next step for each checklist. */
  private static List<ChecklistNextStep> priorityChecklists(
      PartnershipContext context, LatestBenchmarks benchmarks, Map<String, Review> latestRounds) {
    BenchmarkSummary submitted = benchmarks.latestSubmitted();
    if (submitted == null) {
      return List.of();
    }
    return submitted.results().priorities().stream()
        .map(area -> ChecklistNextStep.of(context.partnershipId(), area.theme(), latestRounds))
        .toList();
  }

  private Dashboard.Checklists checklists(Map<String, Review> latest) {
    List<Theme> themes = catalogue.current().themes();
    long completed =
        themes.stream()
            .filter(t -> latest.containsKey(t.id()) && latest.get(t.id()).completed())
            .count();
    long inProgress =
        themes.stream()
            .filter(t -> latest.containsKey(t.id()) && !latest.get(t.id()).completed())
            .count();
    return new Dashboard.Checklists(completed, inProgress, themes.size() - completed - inProgress);
  }

  /**
   * Counted from the register the lead's page lists, so the numbers and the filtered lists agree.
   */
  static Dashboard.Actions actions(List<Action> all, LocalDate today, long proposed) {
    List<Dashboard.Figure> byStatus =
        Arrays.stream(ActionStatus.values())
            .map(
                status ->
                    new Dashboard.Figure(
                        status.name(), all.stream().filter(a -> a.status() == status).count()))
            .toList();
    return new Dashboard.Actions(
        byStatus, all.stream().filter(action -> action.overdue(today)).count(), proposed);
  }
}
