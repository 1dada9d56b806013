package uk.missingchildren.response.meeting;

import java.time.Clock;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.shared.web.DisplayDates;

/**
 * "Follow this meeting": for any member of the partnership, on their own device, what the presenter
 * view shows and what the group has agreed on it, read only. With JavaScript the page listens to a
 * stream of server-sent events and fetches its changing part again when told; without it, the page
 * refreshes itself, which the reader can stop.
 */
@Controller
@RequestMapping(
    "/partnerships/{partnershipId}/{kind:benchmarks|reviews|follow-ups}/{meetingId}/follow")
class FollowController {

  /** Without JavaScript, how often the page fetches itself again. */
  static final int REFRESH_SECONDS = 10;

  private final MeetingKinds kinds;
  private final MeetingPositions positions;
  private final MeetingFollowers followers;
  private final DisplayDates dates;
  private final Clock clock;

  FollowController(
      MeetingKinds kinds,
      MeetingPositions positions,
      MeetingFollowers followers,
      DisplayDates dates,
      Clock clock) {
    this.dates = dates;
    this.clock = clock;
    this.kinds = kinds;
    this.positions = positions;
    this.followers = followers;
  }

  @GetMapping
  String page(
      PartnershipContext context,
      @PathVariable String kind,
      @PathVariable UUID meetingId,
      @RequestParam(name = "refresh", required = false) String refresh,
      Model model) {
    MeetingNow now = now(context, kind, meetingId);
    boolean refreshing = !"off".equals(refresh) && !now.finished();
    model.addAttribute("context", context);
    model.addAttribute("now", now);
    model.addAttribute("checkedAt", dates.time(clock.instant()));
    model.addAttribute("followPath", followPath(context, kind, meetingId));
    model.addAttribute("meetingPath", meetingPath(context, kind, meetingId));
    model.addAttribute("refreshing", refreshing);
    model.addAttribute("refreshSeconds", REFRESH_SECONDS);
    model.addAttribute("refreshEvery", refreshing ? REFRESH_SECONDS : null);
    return "meeting/follow";
  }

  /** The part of the page that changes, for the page's script to put in place. */
  @GetMapping("/now")
  String changingPart(
      PartnershipContext context,
      @PathVariable String kind,
      @PathVariable UUID meetingId,
      Model model) {
    model.addAttribute("now", now(context, kind, meetingId));
    model.addAttribute("checkedAt", dates.time(clock.instant()));
    model.addAttribute("meetingPath", meetingPath(context, kind, meetingId));
    return "meeting/follow :: now";
  }

  @GetMapping(path = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @ResponseBody
  SseEmitter events(
      PartnershipContext context, @PathVariable String kind, @PathVariable UUID meetingId) {
    return followers.follow(context, kind, meetingId, now(context, kind, meetingId));
  }

  private MeetingNow now(PartnershipContext context, String kind, UUID meetingId) {
    return kinds
        .at(kind)
        .now(
            context,
            meetingId,
            positions.position(context.partnershipId(), meetingId).orElse(null));
  }

  private static String meetingPath(PartnershipContext context, String kind, UUID meetingId) {
    return "/partnerships/" + context.partnershipId() + "/" + kind + "/" + meetingId;
  }

  private static String followPath(PartnershipContext context, String kind, UUID meetingId) {
    return meetingPath(context, kind, meetingId) + "/follow";
  }
}
