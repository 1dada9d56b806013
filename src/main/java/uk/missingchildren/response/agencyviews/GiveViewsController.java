package uk.missingchildren.response.agencyviews;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.missingchildren.response.account.SecretTokens;
import uk.missingchildren.response.account.SignedInUser;

/**
 * The pages of someone giving their own views, reached by their personal link without an account.
 * Opening the link shows a page with a button; only pressing it uses the link up, so an email
 * system that opens links to scan them cannot spend it. After that, the browser's pass lets its
 * holder see and change their own views, and nothing else, until views close.
 */
@Controller
class GiveViewsController {

  private final GivingViewsService giving;
  private final GiverPass passes;
  private final Clock clock;

  GiveViewsController(GivingViewsService giving, GiverPass passes, Clock clock) {
    this.giving = giving;
    this.passes = passes;
    this.clock = clock;
  }

  static String linkPath(String secret) {
    return "/your-views/link/" + secret;
  }

  static String pagesOf(UUID giverId) {
    return "/your-views/" + giverId;
  }

  @GetMapping("/your-views/link/{secret}")
  String link(@PathVariable String secret, Model model) {
    model.addAttribute("secret", secret);
    // Drawn into this page only: sending it twice (a double click) is not a second use.
    model.addAttribute("opening", SecretTokens.newSecret());
    return "views/link";
  }

  @PostMapping("/your-views/link/{secret}")
  String follow(
      @PathVariable String secret,
      @RequestParam(required = false) String opening,
      HttpServletRequest request,
      HttpServletResponse response) {
    FollowedLink followed = giving.follow(secret, opening);
    return switch (followed.outcome()) {
      case LET_IN -> {
        GiverPage page =
            giving
                .page(GiverAccess.byPass(followed.giverId(), followed.generation()))
                .orElseThrow(ViewsNotFoundException::new);
        response.addHeader(
            HttpHeaders.SET_COOKIE,
            passes
                .issue(
                    followed.giverId(),
                    followed.generation(),
                    page.request().dueOn(),
                    clock.instant(),
                    request.isSecure())
                .toString());
        yield "redirect:" + pagesOf(followed.giverId());
      }
      case USED -> {
        response.setStatus(HttpServletResponse.SC_GONE);
        yield "views/link-used";
      }
      case UNKNOWN -> {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        yield "views/link-unknown";
      }
    };
  }

  @GetMapping("/your-views/{giverId}")
  String start(
      @PathVariable UUID giverId,
      @AuthenticationPrincipal SignedInUser user,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    GiverPage page = page(giverId, request, user);
    if (page == null) {
      return notLetIn(response);
    }
    model.addAttribute("page", page);
    return "views/start";
  }

  @GetMapping("/your-views/{giverId}/questions/{itemId}")
  String question(
      @PathVariable UUID giverId,
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable String itemId,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    GiverPage page = page(giverId, request, user);
    if (page == null) {
      return notLetIn(response);
    }
    ViewsSubject.Item item = page.subject().item(itemId).orElseThrow(ViewsNotFoundException::new);
    return question(page, item, GiveViewForm.from(page.mine(itemId).orElse(null)), model);
  }

  @PostMapping("/your-views/{giverId}/questions/{itemId}")
  String give(
      @PathVariable UUID giverId,
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable String itemId,
      @Valid @ModelAttribute("giveViewForm") GiveViewForm form,
      BindingResult errors,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    GiverPage page = page(giverId, request, user);
    if (page == null) {
      return notLetIn(response);
    }
    ViewsSubject.Item item = page.subject().item(itemId).orElseThrow(ViewsNotFoundException::new);
    if (form.getAnswer() == null || page.subject().option(form.getAnswer()).isEmpty()) {
      errors.rejectValue("answer", "views.give.error.answerMissing." + page.subject().kind());
    }
    if (!page.open()) {
      errors.reject("views.give.error.closed." + page.closed().name());
    }
    if (errors.hasErrors()) {
      return question(page, item, form, model);
    }
    try {
      page = giving.give(access(giverId, request, user), itemId, form);
    } catch (ViewsClosedException closed) {
      errors.reject("views.give.error.closed." + closed.why().name());
      return question(page, item, form, model);
    }
    return page.subject()
        .next(item)
        .map(next -> "redirect:" + pagesOf(giverId) + "/questions/" + next.id())
        .orElse("redirect:" + pagesOf(giverId) + "?saved");
  }

  private GiverPage page(UUID giverId, HttpServletRequest request, SignedInUser user) {
    GiverAccess access = access(giverId, request, user);
    return access == null ? null : giving.page(access).orElse(null);
  }

  /** The browser's pass if it has one, else the signed-in member; null for anyone else. */
  private GiverAccess access(UUID giverId, HttpServletRequest request, SignedInUser user) {
    return passes
        .generation(request, giverId, clock.instant())
        .map(generation -> GiverAccess.byPass(giverId, generation))
        .orElse(user == null ? null : GiverAccess.byAccount(giverId, user.accountId()));
  }

  private static String notLetIn(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    return "views/not-let-in";
  }

  private static String question(
      GiverPage page, ViewsSubject.Item item, GiveViewForm form, Model model) {
    model.addAttribute("page", page);
    model.addAttribute("item", item);
    model.addAttribute("giveViewForm", form);
    return "views/question";
  }
}
