package uk.missingchildren.response.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Every kind of meeting the features provide, by the part of its address that names it. */
@Component
public class MeetingKinds {

  private final Map<String, MeetingKind> byPath;

  MeetingKinds(List<MeetingKind> kinds) {
    this.byPath =
        kinds.stream()
            .collect(Collectors.toUnmodifiableMap(MeetingKind::pathSegment, Function.identity()));
  }

  public Collection<MeetingKind> all() {
    return byPath.values();
  }

  /** The kind at {@code pathSegment}; a 404 for anything else. */
  public MeetingKind at(String pathSegment) {
    MeetingKind kind = byPath.get(pathSegment);
    if (kind == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return kind;
  }
}
