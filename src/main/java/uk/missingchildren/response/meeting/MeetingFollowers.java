package uk.missingchildren.response.meeting;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import uk.missingchildren.response.partnership.PartnershipContext;

/**
 * The people following meetings from this instance of the service, each by a server-sent event
 * stream. Twice a second it reads what each followed meeting looks like now, once per meeting
 * however many follow it, and tells its followers when that has changed, so that their pages fetch
 * themselves again. Reading the database, not listening for changes in this instance, keeps it
 * right when several instances share one database and the presenter is on another.
 */
@Component
class MeetingFollowers {

  private static final Logger log = LoggerFactory.getLogger(MeetingFollowers.class);

  /** A stream ends after this and the browser opens another, which checks membership again. */
  static final Duration STREAM_LASTS = Duration.ofMinutes(5);

  static final String CHANGED = "now";

  private final MeetingKinds kinds;
  private final MeetingPositions positions;
  private final Map<Followed, Audience> audiences = new ConcurrentHashMap<>();

  MeetingFollowers(MeetingKinds kinds, MeetingPositions positions) {
    this.kinds = kinds;
    this.positions = positions;
  }

  /** A stream for someone whose membership has been checked, starting with what is shown now. */
  SseEmitter follow(PartnershipContext context, String kind, UUID meetingId, MeetingNow now) {
    SseEmitter stream = new SseEmitter(STREAM_LASTS.toMillis());
    Followed followed = new Followed(kind, meetingId);
    audiences.compute(
        followed,
        (key, audience) -> {
          Audience joined = audience == null ? new Audience(context, now.fingerprint()) : audience;
          joined.streams.add(stream);
          return joined;
        });
    Runnable leave = () -> leave(followed, stream);
    stream.onCompletion(leave);
    stream.onTimeout(leave);
    stream.onError(error -> leave.run());
    send(stream, now.fingerprint());
    return stream;
  }

  @Scheduled(fixedDelayString = "PT0.5S")
  void tellFollowersWhatChanged() {
    audiences.forEach(this::tellIfChanged);
  }

  /** A comment now and then, so that a stream nobody reads any more is noticed and closed. */
  @Scheduled(fixedDelayString = "PT25S")
  void keepStreamsAlive() {
    audiences.values().stream()
        .flatMap(audience -> audience.streams.stream())
        .forEach(
            stream -> {
              try {
                stream.send(SseEmitter.event().comment("still following"));
              } catch (IOException | IllegalStateException gone) {
                stream.completeWithError(gone);
              }
            });
  }

  /**
   * Ends every stream as the service starts to stop, before it waits for requests in progress to
   * finish: a stream would otherwise hold the shutdown until it timed out. Browsers reconnect, to
   * another instance if there is one.
   */
  @EventListener(ContextClosedEvent.class)
  void endStreams() {
    audiences.keySet().forEach(this::stop);
  }

  private void tellIfChanged(Followed followed, Audience audience) {
    String fingerprint;
    try {
      MeetingKind kind = kinds.at(followed.kind());
      String position =
          positions.position(audience.context.partnershipId(), followed.meetingId()).orElse(null);
      fingerprint = kind.now(audience.context, followed.meetingId(), position).fingerprint();
    } catch (RuntimeException goneOrUnreadable) {
      // Deleted, say: the followers' browsers reconnect and are told it is not there.
      log.debug(
          "Stopped following meeting {}: {}", followed.meetingId(), goneOrUnreadable.toString());
      stop(followed);
      return;
    }
    if (!fingerprint.equals(audience.lastSent)) {
      audience.lastSent = fingerprint;
      audience.streams.forEach(stream -> send(stream, fingerprint));
    }
  }

  private static void send(SseEmitter stream, String fingerprint) {
    try {
      stream.send(SseEmitter.event().name(CHANGED).data(fingerprint));
    } catch (IOException | IllegalStateException gone) {
      stream.completeWithError(gone);
    }
  }

  private void stop(Followed followed) {
    audiences.computeIfPresent(
        followed,
        (key, audience) -> {
          audience.streams.forEach(SseEmitter::complete);
          return null;
        });
  }

  private void leave(Followed followed, SseEmitter stream) {
    audiences.computeIfPresent(
        followed,
        (key, audience) -> {
          audience.streams.remove(stream);
          return audience.streams.isEmpty() ? null : audience;
        });
  }

  private record Followed(String kind, UUID meetingId) {}

  /**
   * Everyone following one meeting. They all belong to its partnership, so the first one's proof of
   * membership reads it for all of them.
   */
  private static final class Audience {
    private final PartnershipContext context;
    private final List<SseEmitter> streams = new CopyOnWriteArrayList<>();
    private volatile String lastSent;

    private Audience(PartnershipContext context, String lastSent) {
      this.context = context;
      this.lastSent = lastSent;
    }
  }
}
