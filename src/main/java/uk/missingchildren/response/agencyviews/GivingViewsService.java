package uk.missingchildren.response.agencyviews;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.account.SecretTokens;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.audit.AuditLog;
import uk.missingchildren.response.shared.access.CheckedWithoutContext;
import uk.missingchildren.response.shared.time.UkTime;

/**
 * Giving one's own views by a personal link, without an account. The link lets one browser in; that
 * browser then holds a signed pass naming the person and which of their links it was, so a new link
 * shuts every earlier browser out. A person only ever reads and changes their own views.
 */
@Service
public class GivingViewsService {

  private final ViewsMeetings meetings;
  private final ViewRequests requests;
  private final ViewGivers givers;
  private final GivenViews views;
  private final AuditLog audit;
  private final Clock clock;

  GivingViewsService(
      ViewsMeetings meetings,
      ViewRequests requests,
      ViewGivers givers,
      GivenViews views,
      AuditLog audit,
      Clock clock) {
    this.meetings = meetings;
    this.requests = requests;
    this.givers = givers;
    this.views = views;
    this.audit = audit;
    this.clock = clock;
  }

  @CheckedWithoutContext("the secret link is the permission: it was given to this person alone")
  @Transactional
  public FollowedLink follow(String secret, String opening) {
    if (secret == null || secret.length() > 100) {
      return FollowedLink.refused(FollowedLink.Outcome.UNKNOWN);
    }
    Optional<ViewGiver> found = givers.findByLinkHash(SecretTokens.hash(secret));
    if (found.isEmpty()) {
      return FollowedLink.refused(FollowedLink.Outcome.UNKNOWN);
    }
    ViewGiver giver = found.get();
    String openingHash =
        opening == null || opening.isBlank() || opening.length() > 100
            ? null
            : SecretTokens.hash(opening);
    if (!giver.useLink(openingHash, clock.instant())) {
      return FollowedLink.refused(FollowedLink.Outcome.USED);
    }
    return new FollowedLink(FollowedLink.Outcome.LET_IN, giver.id(), giver.linkGeneration());
  }

  @CheckedWithoutContext(
      "the signed pass (given to the browser that followed this person's link) or the member's own"
          + " signed-in account is the permission")
  @Transactional(readOnly = true)
  public Optional<GiverPage> page(GiverAccess access) {
    return giver(access).flatMap(this::page);
  }

  /**
   * Saves one view, replacing the person's earlier view of that question.
   *
   * @throws ViewsClosedException once the meeting has finished or the views were due
   * @throws ViewsNotFoundException for a question the meeting does not ask, or an answer not on its
   *     scale
   */
  @CheckedWithoutContext(
      "the signed pass (given to the browser that followed this person's link) or the member's own"
          + " signed-in account is the permission")
  @Transactional
  public GiverPage give(GiverAccess access, String itemId, GiveViewForm form) {
    ViewGiver giver = giver(access).orElseThrow(ViewsNotFoundException::new);
    GiverPage page = page(giver).orElseThrow(ViewsNotFoundException::new);
    if (!page.open()) {
      throw new ViewsClosedException(page.closed());
    }
    ViewsSubject.Item item = page.subject().item(itemId).orElseThrow(ViewsNotFoundException::new);
    if (page.subject().option(form.getAnswer()).isEmpty()) {
      throw new ViewsNotFoundException();
    }
    GivenView view =
        views
            .findByGiverIdAndItemId(giver.id(), item.id())
            .orElseGet(() -> new GivenView(giver.id(), item.id()));
    view.change(form.getAnswer(), form.cleanReason(), clock.instant());
    views.save(view);
    audit.record(
        new AuditEvent.Actor(
            giver.accountId(),
            giver.email() != null ? giver.email() : giver.name() + " (personal link)"),
        page.request().partnershipId(),
        "VIEW_GIVEN",
        page.subject().title(),
        giver.describe()
            + (access.accountId() != null ? " signed in: " : " by their link: ")
            + item.id()
            + " "
            + form.getAnswer()
            + (form.cleanReason() == null ? "" : ", with a reason"));
    return page(giver).orElseThrow();
  }

  private Optional<ViewGiver> giver(GiverAccess access) {
    return givers.findById(access.giverId()).filter(access::allows);
  }

  private Optional<GiverPage> page(ViewGiver giver) {
    ViewRequest request = requests.findById(giver.requestId()).orElse(null);
    if (request == null) {
      return Optional.empty();
    }
    return meetings
        .at(request.meetingKind())
        .subjectForLinkHolder(request.partnershipId(), request.meetingId())
        .map(
            subject -> {
              Map<String, GivenView> mine =
                  views.findByGiverId(giver.id()).stream()
                      .collect(Collectors.toMap(GivenView::itemId, Function.identity()));
              GiverPage.Closed closed =
                  !subject.open()
                      ? GiverPage.Closed.MEETING_FINISHED
                      : request.takingViewsOn(UkTime.today(clock))
                          ? null
                          : GiverPage.Closed.PAST_DUE;
              return new GiverPage(giver, request, subject, mine, closed);
            });
  }
}
