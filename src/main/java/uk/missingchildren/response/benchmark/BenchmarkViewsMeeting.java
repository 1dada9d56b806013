package uk.missingchildren.response.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.agencyviews.ViewsMeeting;
import uk.missingchildren.response.agencyviews.ViewsSubject;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.Question;
import uk.missingchildren.response.framework.Theme;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.partnership.PartnershipDirectory;
import uk.missingchildren.response.shared.access.CheckedWithoutContext;
import uk.missingchildren.response.shared.web.DisplayDates;

/** A stage-one benchmark as the agencies' views see it: its 26 questions on the answer scale. */
@Component
class BenchmarkViewsMeeting implements ViewsMeeting {

  private final BenchmarkRecords records;
  private final Benchmarks benchmarks;
  private final PartnershipDirectory partnerships;
  private final DisplayDates dates;
  private final MessageSource messages;

  BenchmarkViewsMeeting(
      BenchmarkRecords records,
      Benchmarks benchmarks,
      PartnershipDirectory partnerships,
      DisplayDates dates,
      MessageSource messages) {
    this.records = records;
    this.benchmarks = benchmarks;
    this.partnerships = partnerships;
    this.dates = dates;
    this.messages = messages;
  }

  @Override
  public String kind() {
    return "benchmarks";
  }

  @Override
  public ViewsSubject subject(PartnershipContext context, UUID meetingId) {
    return subject(records.benchmark(context, meetingId), context.partnership().name());
  }

  @Override
  @CheckedWithoutContext(
      "reached only from a view giver's own request, found by their secret link or signed pass")
  public Optional<ViewsSubject> subjectForLinkHolder(UUID partnershipId, UUID meetingId) {
    return benchmarks
        .findByIdAndPartnershipId(meetingId, partnershipId)
        .flatMap(
            benchmark ->
                partnerships
                    .nameForLinkHolder(partnershipId)
                    .map(name -> subject(benchmark, name)));
  }

  /** The benchmark of a view already read, without reading anything again. */
  ViewsSubject subjectOf(PartnershipContext context, BenchmarkView view) {
    return subject(view.benchmark(), view.framework(), context.partnership().name());
  }

  private ViewsSubject subject(Benchmark benchmark, String partnershipName) {
    return subject(benchmark, records.framework(benchmark), partnershipName);
  }

  private ViewsSubject subject(Benchmark benchmark, Framework framework, String partnershipName) {
    String path = BenchmarkPages.path(benchmark.partnershipId(), benchmark.id());
    List<ViewsSubject.Item> items = new ArrayList<>();
    for (Theme theme : framework.themes()) {
      for (Question question : theme.questions()) {
        items.add(
            new ViewsSubject.Item(
                question.id(),
                items.size() + 1,
                theme.title(),
                question.text(),
                question.hint(),
                path + "/questions/" + question.id()));
      }
    }
    return new ViewsSubject(
        kind(),
        benchmark.id(),
        benchmark.partnershipId(),
        partnershipName,
        messages.getMessage(
            "presenter.benchmark.meeting",
            new Object[] {dates.day(benchmark.meetingDate())},
            Locale.UK),
        path,
        !benchmark.submitted(),
        benchmark.createdBy(),
        framework.stageOne().answers(),
        framework.stageOne().spread(),
        items);
  }
}
