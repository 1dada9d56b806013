package uk.missingchildren.response.review;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import uk.missingchildren.response.agencyviews.AgencyViewsService;
import uk.missingchildren.response.meeting.MeetingDetails;
import uk.missingchildren.response.meeting.MeetingDetailsForm;
import uk.missingchildren.response.meeting.MeetingDetailsValidator;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.shared.web.DisplayDates;

/** A review's overview (its sections as a task list) and its meeting details. */
@Controller
class ReviewsController {

  private final ReviewService reviews;
  private final DisplayDates dates;
  private final AgencyViewsService views;

  ReviewsController(ReviewService reviews, DisplayDates dates, AgencyViewsService views) {
    this.views = views;
    this.reviews = reviews;
    this.dates = dates;
  }

  @GetMapping("/partnerships/{partnershipId}/reviews/{reviewId}")
  String overview(PartnershipContext context, @PathVariable UUID reviewId, Model model) {
    ReviewView view = reviews.view(context, reviewId);
    model.addAttribute("context", context);
    model.addAttribute("view", view);
    model.addAttribute("attendees", reviews.attendees(context, reviewId));
    model.addAttribute("pageTitle", view.theme().title());
    model.addAttribute("meetingDay", dates.day(view.review().meetingDate()));
    model.addAttribute("slugs", ReviewSection.slugs());
    model.addAttribute(
        "viewsOverview", views.overview(context, reviews.viewsSubject(context, view)).orElse(null));
    return "review/overview";
  }

  @GetMapping("/partnerships/{partnershipId}/reviews/{reviewId}/details")
  String detailsForm(PartnershipContext context, @PathVariable UUID reviewId, Model model) {
    context.requireEditor();
    ReviewView view = reviews.view(context, reviewId);
    view.review().requireInProgress();
    MeetingDetails details =
        new MeetingDetails(
            view.review().meetingDate(), view.review().facilitator(), view.review().noteTaker());
    return detailsPage(context, view, MeetingDetailsForm.from(details), model);
  }

  @PostMapping("/partnerships/{partnershipId}/reviews/{reviewId}/details")
  String changeDetails(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable UUID reviewId,
      @Valid @ModelAttribute("meetingDetailsForm") MeetingDetailsForm form,
      BindingResult errors,
      Model model) {
    context.requireEditor();
    new MeetingDetailsValidator(reviews.today()).validate(form, errors);
    if (errors.hasErrors()) {
      return detailsPage(context, reviews.view(context, reviewId), form, model);
    }
    reviews.changeMeeting(context, reviewId, form.details());
    return "redirect:" + ReviewPages.path(partnershipId, reviewId) + "?detailsChanged";
  }

  private String detailsPage(
      PartnershipContext context, ReviewView view, MeetingDetailsForm form, Model model) {
    model.addAttribute("context", context);
    model.addAttribute("view", view);
    model.addAttribute("meetingDetailsForm", form);
    model.addAttribute("base", ReviewPages.path(context.partnershipId(), view.review().id()));
    return "meeting/details-form";
  }
}
