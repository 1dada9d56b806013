package uk.missingchildren.response.agencyviews;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.shared.forms.FormSubmissions;

/**
 * Recording, at an agency's request, that its view differs from the answer the group agreed. Its
 * own page, reached from the question, so a mistake keeps what was typed without redrawing the
 * question.
 */
@Controller
class DifferentViewsController {

  private static final String BASE =
      "/partnerships/{partnershipId}/{kind}/{meetingId}/different-views";

  private final AgencyViewsService views;
  private final FormSubmissions submissions;

  DifferentViewsController(AgencyViewsService views, FormSubmissions submissions) {
    this.views = views;
    this.submissions = submissions;
  }

  @GetMapping(BASE + "/{itemId}")
  String form(
      PartnershipContext context,
      @PathVariable String kind,
      @PathVariable UUID meetingId,
      @PathVariable String itemId,
      Model model) {
    context.requireEditor();
    return page(context, kind, meetingId, itemId, new DifferentViewForm(), model);
  }

  @PostMapping(BASE + "/{itemId}")
  String record(
      PartnershipContext context,
      @PathVariable String kind,
      @PathVariable UUID meetingId,
      @PathVariable String itemId,
      @Valid @ModelAttribute("differentViewForm") DifferentViewForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request) {
    context.requireEditor();
    if (errors.hasErrors()) {
      return page(context, kind, meetingId, itemId, form, model);
    }
    return "redirect:"
        + submissions.once(
            request,
            redirect,
            () -> {
              views.recordDifferentView(context, kind, meetingId, itemId, form);
              redirect.addFlashAttribute("differentViewRecorded", true);
              String item = itemPath(context, kind, meetingId, itemId);
              // An item on a page of several already names its place on the page.
              return item.contains("#") ? item : item + "#different-views";
            });
  }

  @PostMapping(BASE + "/{itemId}/{differentViewId}/remove")
  String remove(
      PartnershipContext context,
      @PathVariable String kind,
      @PathVariable UUID meetingId,
      @PathVariable String itemId,
      @PathVariable UUID differentViewId,
      HttpServletRequest request) {
    return "redirect:"
        + submissions.once(
            request,
            () -> {
              views.removeDifferentView(context, kind, meetingId, differentViewId);
              return views.subject(context, kind, meetingId).path() + "/different-views/" + itemId;
            });
  }

  private String itemPath(PartnershipContext context, String kind, UUID meetingId, String itemId) {
    ViewsSubject subject = views.subject(context, kind, meetingId);
    return subject.itemPath(subject.item(itemId).orElseThrow(ViewsNotFoundException::new));
  }

  private String page(
      PartnershipContext context,
      String kind,
      UUID meetingId,
      String itemId,
      DifferentViewForm form,
      Model model) {
    ViewsSubject subject = views.subject(context, kind, meetingId);
    if (!subject.open()) {
      throw new MeetingFinishedException(subject.path());
    }
    model.addAttribute("context", context);
    model.addAttribute("subject", subject);
    model.addAttribute("item", subject.item(itemId).orElseThrow(ViewsNotFoundException::new));
    model.addAttribute("recorded", views.forItem(context, subject, itemId).different());
    model.addAttribute("differentViewForm", form);
    model.addAttribute("agencies", Agency.values());
    return "views/different-view";
  }
}
