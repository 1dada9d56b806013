package uk.missingchildren.response.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import uk.missingchildren.response.agencyviews.AgencyViewsService;
import uk.missingchildren.response.benchmark.BenchmarkSummary;
import uk.missingchildren.response.benchmark.StageOneResults.AreaResult;
import uk.missingchildren.response.displaymode.DisplayMode;
import uk.missingchildren.response.framework.StageOneScale.AreaScore;
import uk.missingchildren.response.framework.StageOneScale.RatingBand;
import uk.missingchildren.response.framework.Theme;
import uk.missingchildren.response.partnership.PartnershipContext;

/** Two benchmarks compared side by side, and every benchmark's ratings as a chart and a table. */
@Controller
class BenchmarkComparisonController {

  private final BenchmarkRounds benchmarkRounds;
  private final MessageSource messages;

  private final AgencyViewsService views;

  BenchmarkComparisonController(
      BenchmarkRounds benchmarkRounds, MessageSource messages, AgencyViewsService views) {
    this.views = views;
    this.benchmarkRounds = benchmarkRounds;
    this.messages = messages;
  }

  @GetMapping("/partnerships/{partnershipId}/benchmarks/compare")
  String compare(
      PartnershipContext context,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Model model) {
    BenchmarkRounds.Rounds rounds = benchmarkRounds.of(context);
    RoundChoice choice = RoundChoice.of(from, to, rounds.ids());
    model.addAttribute("context", context);
    model.addAttribute(
        "pageTitle", message("compare.benchmarks.pageTitle", context.partnership().name()));
    model.addAttribute("rounds", rounds.options());
    model.addAttribute("choice", choice);
    if (choice.ready()) {
      BenchmarkSummary earlier = rounds.get(choice.from());
      BenchmarkSummary later = rounds.get(choice.to());
      model.addAttribute("earlier", rounds.label(earlier));
      model.addAttribute("later", rounds.label(later));
      model.addAttribute(
          "comparison",
          StageOneComparison.between(earlier.results(), later.results(), rounds.bands(later)));
      model.addAttribute("styles", rounds.styles());
      model.addAttribute(
          "viewsOverTime",
          views.overTime(context, "benchmarks", earlier.benchmark().id(), later.benchmark().id()));
      String earlierVersion = earlier.benchmark().frameworkVersion();
      String laterVersion = later.benchmark().frameworkVersion();
      model.addAttribute("versionsDiffer", !earlierVersion.equals(laterVersion));
      model.addAttribute("earlierVersion", earlierVersion);
      model.addAttribute("laterVersion", laterVersion);
    }
    return "progress/compare-benchmarks";
  }

  @GetMapping("/partnerships/{partnershipId}/benchmarks/trend")
  String trend(
      PartnershipContext context,
      @RequestAttribute(name = "displayMode", required = false) DisplayMode displayMode,
      Model model) {
    BenchmarkRounds.Rounds rounds = benchmarkRounds.of(context);
    model.addAttribute("context", context);
    model.addAttribute("pageTitle", message("trend.pageTitle", context.partnership().name()));
    model.addAttribute("rounds", rounds.options());
    if (!rounds.all().isEmpty()) {
      BenchmarkSummary latest = rounds.all().get(rounds.all().size() - 1);
      List<RatingBand> bands = rounds.bands(latest);
      List<TrendRow> rows = rows(rounds.all(), bands);
      model.addAttribute("rows", rows);
      model.addAttribute("styles", rounds.styles());
      model.addAttribute(
          "chart",
          TrendChart.of(
              rows.stream().map(TrendRow::chartRow).toList(),
              rounds.all().size(),
              bands,
              displayMode != null && displayMode.isLowVision()));
      model.addAttribute(
          "markers",
          bands.stream()
              .map(
                  band ->
                      message(
                          "trend.chart.marker." + RatingStyle.of(bands, band.id()).shape(),
                          band.label()))
              .reduce((a, b) -> a + ", " + b)
              .orElse(""));
    }
    return "progress/trend";
  }

  /**
   * Each area of the latest benchmark's framework, with its score in every benchmark (null if not
   * rated).
   */
  private static List<TrendRow> rows(List<BenchmarkSummary> rounds, List<RatingBand> bands) {
    List<Theme> themes =
        rounds.get(rounds.size() - 1).results().areas().stream().map(AreaResult::theme).toList();
    List<TrendRow> rows = new ArrayList<>();
    for (Theme theme : themes) {
      List<AreaScore> scores =
          rounds.stream()
              .map(
                  round ->
                      round.results().areas().stream()
                          .filter(area -> area.theme().id().equals(theme.id()))
                          .map(AreaResult::score)
                          .findFirst()
                          .orElse(null))
              .toList();
      rows.add(new TrendRow(theme, scores, bands));
    }
    return rows;
  }

  private String message(String key, Object... arguments) {
    return messages.getMessage(key, arguments, Locale.UK);
  }
}
