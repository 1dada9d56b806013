package uk.missingchildren.response.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.action.Action;
import uk.missingchildren.response.action.ActionOwner;
import uk.missingchildren.response.action.ActionService;
import uk.missingchildren.response.action.ActionSource;
import uk.missingchildren.response.action.NewAction;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.audit.AuditEvents;
import uk.missingchildren.response.framework.ChecklistItem;
import uk.missingchildren.response.meeting.SaveOutcome;
import uk.missingchildren.response.partnership.PartnershipAccess;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.partnership.PartnershipForm;
import uk.missingchildren.response.partnership.PartnershipService;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.TestUsers;

/** Stage-two rules through the services: rounds, ratings, completion, actions, and isolation. */
class ChecklistReviewIntegrationTest extends IntegrationTest {

  private static final String AREA = "return-home-interviews";

  @Autowired TestUsers users;
  @Autowired UserDetailsService userDetails;
  @Autowired PartnershipService partnerships;
  @Autowired PartnershipAccess access;
  @Autowired ReviewService reviews;
  @Autowired RatingService ratings;
  @Autowired ActionService actions;
  @Autowired AuditEvents audit;

  @Test
  void notApplicableWithoutAReason_isRefused_andNothingIsSaved() {
    PartnershipContext context = givenPartnership("Reason Partnership");
    UUID review = start(context, false);
    String item = firstItem(context, review).id();

    assertThatThrownBy(
            () ->
                ratings.save(
                    context,
                    review,
                    item,
                    new RatingDraft("not_applicable", null, " ", null),
                    null))
        .isInstanceOfSatisfying(
            InvalidRatingException.class,
            e -> assertThat(e.problem()).isEqualTo(ItemRating.Problem.REASON_MISSING));
    assertThat(reviews.view(context, review).rating(item)).isEmpty();

    ratings.save(
        context,
        review,
        item,
        new RatingDraft("not_applicable", null, "No children placed here", null),
        null);
    assertThat(reviews.view(context, review).evaluated(firstItem(context, review)).rated())
        .isTrue();
  }

  @Test
  void aSaveFromAnOutOfDatePage_isAConflict_andTheStoredRatingIsUntouched() {
    PartnershipContext context = givenPartnership("Conflict Partnership");
    UUID review = start(context, false);
    String item = firstItem(context, review).id();
    SaveOutcome<ReviewRating, RatingDraft> first =
        ratings.save(
            context, review, item, new RatingDraft("partly_met", "high", null, "First"), null);
    ratings.save(
        context,
        review,
        item,
        new RatingDraft("partly_met", "high", null, "First, then more"),
        first.revision());

    SaveOutcome<ReviewRating, RatingDraft> stale =
        ratings.save(
            context,
            review,
            item,
            new RatingDraft("not_met", "low", null, "Other laptop"),
            first.revision());

    assertThat(stale.conflict()).isTrue();
    assertThat(stale.saved().evidence()).isEqualTo("First, then more");
    assertThat(stale.yours().evidence()).isEqualTo("Other laptop");
    assertThat(reviews.view(context, review).rating(item).orElseThrow().evidence())
        .isEqualTo("First, then more");
  }

  @Test
  void aReviewIsCompletedOnlyWhenEveryItemIsRated_andThenItsRatingsAreLocked() {
    PartnershipContext context = givenPartnership("Complete Partnership");
    UUID review = start(context, false);
    List<ChecklistItem> items = reviews.view(context, review).items();
    rateAll(context, review, items.subList(0, items.size() - 1), "fully_met", "low");

    assertThatThrownBy(() -> reviews.complete(context, review))
        .isInstanceOfSatisfying(
            ReviewIncompleteException.class,
            e -> assertThat(e.unrated()).containsExactly(items.get(items.size() - 1).id()));

    rateAll(context, review, items.subList(items.size() - 1, items.size()), "not_met", "high");
    reviews.complete(context, review);

    assertThat(reviews.view(context, review).review().completed()).isTrue();
    assertThatThrownBy(
            () ->
                ratings.save(
                    context,
                    review,
                    items.get(0).id(),
                    new RatingDraft("not_met", "high", null, null),
                    0))
        .isInstanceOf(ReviewCompletedException.class);
    assertThat(audit.findTop500ByPartnershipIdOrderByOccurredAtDescIdDesc(context.partnershipId()))
        .extracting(AuditEvent::action)
        .contains("CHECKLIST_REVIEW_STARTED", "CHECKLIST_ITEM_RATED", "CHECKLIST_REVIEW_COMPLETED");
  }

  @Test
  void theNextRound_canStartFromTheLastOnesRatings_andIsComparedWithIt() {
    PartnershipContext context = givenPartnership("Rounds Partnership");
    UUID first = start(context, false);
    List<ChecklistItem> items = reviews.view(context, first).items();
    rateAll(context, first, items, "partly_met", "medium");
    reviews.complete(context, first);

    UUID second = start(context, true);
    ReviewView view = reviews.view(context, second);

    assertThat(view.review().round()).isEqualTo(2);
    assertThat(view.ratedCount()).isEqualTo(items.size());
    assertThat(view.previous(items.get(0)).extent().value()).isEqualTo("partly_met");
    ratings.save(
        context,
        second,
        items.get(0).id(),
        new RatingDraft("fully_met", "medium", null, null),
        view.rating(items.get(0).id()).orElseThrow().revision());
    assertThat(reviews.view(context, second).evaluated(items.get(0)).extent().value())
        .isEqualTo("fully_met");
    assertThat(reviews.view(context, first).evaluated(items.get(0)).extent().value())
        .as("round one unchanged")
        .isEqualTo("partly_met");
  }

  @Test
  void actionsAreOwnedByThePartnershipOrANamedAgency() {
    PartnershipContext context = givenPartnership("Actions Partnership");
    UUID review = start(context, false);
    ChecklistItem item = firstItem(context, review);

    Action agencyAction =
        actions.create(context, action(item, review, ActionOwner.AGENCY, Agency.POLICE));
    Action partnershipAction =
        actions.create(context, action(item, review, ActionOwner.PARTNERSHIP, Agency.HEALTH));

    assertThat(agencyAction.agency()).isEqualTo(Agency.POLICE);
    assertThat(partnershipAction.agency()).as("not kept for a partnership action").isNull();
    assertThatThrownBy(
            () -> actions.create(context, action(item, review, ActionOwner.AGENCY, null)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(actions.setIn(context, review))
        .extracting(Action::id)
        .containsExactly(agencyAction.id(), partnershipAction.id());
    assertThat(agencyAction.overdue(LocalDate.of(2027, 4, 1))).isTrue();
    assertThat(agencyAction.overdue(LocalDate.of(2027, 3, 31))).isFalse();
  }

  @Test
  void anotherPartnership_cannotReadRateCompleteOrSeeActionsOfAReview() {
    PartnershipContext owner = givenPartnership("Owner Partnership");
    UUID review = start(owner, false);
    ChecklistItem item = firstItem(owner, review);
    actions.create(owner, action(item, review, ActionOwner.PARTNERSHIP, null));
    PartnershipContext other = givenPartnership("Other Partnership");

    assertThatThrownBy(() -> reviews.view(other, review))
        .isInstanceOf(ReviewNotFoundException.class);
    assertThatThrownBy(
            () ->
                ratings.save(
                    other, review, item.id(), new RatingDraft("not_met", "high", null, null), null))
        .isInstanceOf(ReviewNotFoundException.class);
    assertThatThrownBy(() -> reviews.complete(other, review))
        .isInstanceOf(ReviewNotFoundException.class);
    assertThat(actions.register(other)).isEmpty();
    assertThat(actions.setIn(other, review)).isEmpty();
    assertThat(reviews.view(owner, review).rating(item.id())).isEmpty();
  }

  private NewAction action(ChecklistItem item, UUID review, ActionOwner owner, Agency agency) {
    return new NewAction(
        "T05",
        ActionSource.CHECKLIST_ITEM,
        item.id(),
        review,
        null,
        "Agree a return interview offer",
        "Every child is offered an interview within 72 hours",
        owner,
        agency,
        "Rhi Lead",
        LocalDate.of(2027, 3, 31),
        "Monthly data shows 90% offered within 72 hours");
  }

  private void rateAll(
      PartnershipContext context,
      UUID review,
      List<ChecklistItem> items,
      String extent,
      String impact) {
    for (ChecklistItem item : items) {
      Integer revision =
          reviews.view(context, review).rating(item.id()).map(ReviewRating::revision).orElse(null);
      assertThat(
              ratings
                  .save(
                      context,
                      review,
                      item.id(),
                      new RatingDraft(extent, impact, null, "Evidence"),
                      revision)
                  .conflict())
          .isFalse();
    }
  }

  private ChecklistItem firstItem(PartnershipContext context, UUID review) {
    return reviews.view(context, review).items().get(0);
  }

  private UUID start(PartnershipContext context, boolean fromLastRound) {
    return reviews.start(
        context,
        new StartReview(
            AREA, LocalDate.of(2026, 11, 9), "Fran Facilitator", "Nat Notes", fromLastRound));
  }

  private PartnershipContext givenPartnership(String name) {
    Account account = users.givenAccount("Casey " + name);
    SignedInUser user = (SignedInUser) userDetails.loadUserByUsername(account.email());
    PartnershipForm form = new PartnershipForm();
    form.setName(name);
    form.setLocalAuthorityAreas("Northshire County Council");
    form.setPoliceForceArea("Northshire Police");
    return access.require(partnerships.register(form, user), user);
  }
}
