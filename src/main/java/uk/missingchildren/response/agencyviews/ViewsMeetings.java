package uk.missingchildren.response.agencyviews;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every kind of meeting that takes views, by the part of its address that names it. */
@Component
class ViewsMeetings {

  private final Map<String, ViewsMeeting> byKind;

  ViewsMeetings(List<ViewsMeeting> kinds) {
    this.byKind =
        kinds.stream()
            .collect(Collectors.toUnmodifiableMap(ViewsMeeting::kind, Function.identity()));
  }

  /** The kind {@code kind}; a 404 for anything else. */
  ViewsMeeting at(String kind) {
    ViewsMeeting meeting = byKind.get(kind);
    if (meeting == null) {
      throw new ViewsNotFoundException();
    }
    return meeting;
  }
}
