package uk.missingchildren.response.review;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.framework.ChecklistItem;
import uk.missingchildren.response.framework.ScaleOption;
import uk.missingchildren.response.framework.SectionKind;
import uk.missingchildren.response.meeting.MeetingNow;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.shared.web.DisplayDates;
import uk.missingchildren.response.shared.web.Words;

/**
 * A checklist review as its followers see it: the section on the room's screen, with each item's
 * rating as the group agreed it.
 */
@Component
class ReviewNow {

  private final ReviewService reviews;
  private final DisplayDates dates;
  private final Words words;

  ReviewNow(ReviewService reviews, DisplayDates dates, Words words) {
    this.reviews = reviews;
    this.dates = dates;
    this.words = words;
  }

  MeetingNow now(PartnershipContext context, UUID reviewId, String sectionSlug) {
    ReviewView view = reviews.view(context, reviewId);
    Review review = view.review();
    return new MeetingNow(
        words.of(
            "presenter.review.meeting",
            view.theme().shortTitle(),
            review.round(),
            dates.day(review.meetingDate())),
        words.of("follow.review.progress", view.ratedCount(), view.items().size()),
        review.completed(),
        sectionSlug == null
            ? null
            : ReviewSection.fromSlug(sectionSlug)
                .map(section -> shown(view, section))
                .orElse(null));
  }

  private MeetingNow.Shown shown(ReviewView view, SectionKind section) {
    List<MeetingNow.Part> parts =
        view.items().stream()
            .filter(item -> item.section() == section)
            .map(item -> part(view.evaluated(item)))
            .toList();
    return new MeetingNow.Shown(
        words.of(
            "presenter.review.position",
            words.of(section.messageKey() + ".title"),
            view.ratedIn(section),
            view.countIn(section)),
        null,
        null,
        parts);
  }

  private MeetingNow.Part part(ItemRating rating) {
    ChecklistItem item = rating.item();
    List<MeetingNow.Fact> facts = new ArrayList<>();
    facts.add(new MeetingNow.Fact(words.of("follow.review.extent"), label(rating.extent())));
    facts.add(new MeetingNow.Fact(words.of("follow.review.impact"), label(rating.impact())));
    if (rating.reason() != null && !rating.reason().isBlank()) {
      facts.add(new MeetingNow.Fact(words.of("follow.review.reason"), rating.reason()));
    }
    return new MeetingNow.Part(item.text(), facts);
  }

  private String label(ScaleOption option) {
    return option == null ? words.of("follow.review.notRated") : option.label();
  }
}
