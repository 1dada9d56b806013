package uk.missingchildren.response.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.agencyviews.ViewsMeeting;
import uk.missingchildren.response.agencyviews.ViewsSubject;
import uk.missingchildren.response.framework.ChecklistItem;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.Theme;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.partnership.PartnershipDirectory;
import uk.missingchildren.response.shared.access.CheckedWithoutContext;
import uk.missingchildren.response.shared.web.DisplayDates;

/**
 * A checklist review as the agencies' views see it: each item in use, rated on how far the area
 * meets it (the same 0 to 2 points as stage one's answers, so the same measure of how far apart).
 */
@Component
class ReviewViewsMeeting implements ViewsMeeting {

  private final ReviewRecords records;
  private final Reviews reviews;
  private final PartnershipDirectory partnerships;
  private final DisplayDates dates;
  private final MessageSource messages;

  ReviewViewsMeeting(
      ReviewRecords records,
      Reviews reviews,
      PartnershipDirectory partnerships,
      DisplayDates dates,
      MessageSource messages) {
    this.records = records;
    this.reviews = reviews;
    this.partnerships = partnerships;
    this.dates = dates;
    this.messages = messages;
  }

  @Override
  public String kind() {
    return "reviews";
  }

  @Override
  public ViewsSubject subject(PartnershipContext context, UUID meetingId) {
    Review review = records.review(context, meetingId);
    return subject(review, records.framework(review), context.partnership().name());
  }

  @Override
  @CheckedWithoutContext(
      "reached only from a view giver's own request, found by their secret link or signed pass")
  public Optional<ViewsSubject> subjectForLinkHolder(UUID partnershipId, UUID meetingId) {
    return reviews
        .findByIdAndPartnershipId(meetingId, partnershipId)
        .flatMap(
            review ->
                partnerships
                    .nameForLinkHolder(partnershipId)
                    .map(name -> subject(review, records.framework(review), name)));
  }

  /** The review of a view already read, without reading anything again. */
  ViewsSubject subjectOf(PartnershipContext context, ReviewView view) {
    return subject(view.review(), view.framework(), context.partnership().name());
  }

  private ViewsSubject subject(Review review, Framework framework, String partnershipName) {
    Theme theme = ReviewRecords.theme(framework, review.themeId());
    String path = ReviewPages.path(review.partnershipId(), review.id());
    List<ViewsSubject.Item> items = new ArrayList<>();
    for (ChecklistItem item : theme.checklist().activeItems()) {
      items.add(
          new ViewsSubject.Item(
              item.id(),
              items.size() + 1,
              message(item.section().messageKey() + ".title"),
              item.text(),
              item.whatGoodLooksLike(),
              path + "/sections/" + ReviewSection.slug(item.section()) + "#" + item.id()));
    }
    return new ViewsSubject(
        kind(),
        review.id(),
        review.partnershipId(),
        partnershipName,
        messages.getMessage(
            "presenter.review.meeting",
            new Object[] {theme.title(), review.round(), dates.day(review.meetingDate())},
            Locale.UK),
        path,
        !review.completed(),
        review.createdBy(),
        framework.stageTwo().extent(),
        framework.stageOne().spread(),
        items);
  }

  private String message(String key) {
    return messages.getMessage(key, null, Locale.UK);
  }
}
