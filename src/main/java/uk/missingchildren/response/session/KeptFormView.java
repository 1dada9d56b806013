package uk.missingchildren.response.session;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kept form as the resume page shows it: where it was going, in words, each field the person
 * typed or chose (with the name of its label's message, where there is one), and every field to
 * send back.
 */
record KeptFormView(
    String token,
    String action,
    String destinationKey,
    Object[] destinationArgs,
    List<Field> typed,
    Map<String, List<String>> allFields) {

  /** One field: {@code labelKey} is {@code resume.field.<name>}, without a date part's suffix. */
  record Field(String name, String labelKey, String part, String value) {}

  private static final List<Destination> DESTINATIONS =
      List.of(
          new Destination(
              "resume.destination.question",
              "/partnerships/[^/]+/benchmarks/[^/]+/questions/([^/]+)"),
          new Destination(
              "resume.destination.item", "/partnerships/[^/]+/reviews/[^/]+/items/([^/]+)"),
          new Destination(
              "resume.destination.action",
              "/partnerships/[^/]+/(?:reviews|benchmarks)/[^/]+/(?:items|questions)/([^/]+)/actions/new"),
          new Destination(
              "resume.destination.actionUpdate", "/partnerships/[^/]+/actions/[^/]+/update"),
          new Destination(
              "resume.destination.actionReview",
              "/partnerships/[^/]+/follow-ups/[^/]+/actions/[^/]+"),
          new Destination(
              "resume.destination.attendees",
              "/partnerships/[^/]+/(?:benchmarks|reviews|follow-ups)/[^/]+/attendees(?:/[^/]+)?"),
          new Destination(
              "resume.destination.meetingDetails",
              "/partnerships/[^/]+/(?:benchmarks|reviews|follow-ups)/(?:new|[^/]+/details)"),
          new Destination(
              "resume.destination.meetingDetails",
              "/partnerships/[^/]+/checklists/[^/]+/reviews/new"),
          new Destination("resume.destination.invitation", "/partnerships/[^/]+/members/invite"),
          new Destination("resume.destination.account", "/account(?:/.*)?"));

  static KeptFormView of(PendingSubmission kept) {
    Destination destination =
        DESTINATIONS.stream()
            .filter(d -> d.pattern().matcher(kept.action()).matches())
            .findFirst()
            .orElse(new Destination("resume.destination.other", ".*"));
    Matcher matcher = destination.pattern().matcher(kept.action());
    Object[] args =
        matcher.matches() && matcher.groupCount() > 0
            ? new Object[] {matcher.group(1)}
            : new Object[0];
    List<Field> typed =
        kept.typedFields().entrySet().stream()
            .map(field -> field(field.getKey(), String.join(", ", field.getValue())))
            .toList();
    return new KeptFormView(
        kept.token(), kept.action(), destination.key(), args, typed, kept.fields());
  }

  /**
   * Fields whose values are codes from a list of choices ("partly_met"), shown as words ("Partly
   * met").
   */
  private static final java.util.Set<String> CHOICES =
      java.util.Set.of(
          "answer",
          "extent",
          "impact",
          "agency",
          "owner",
          "status",
          "impactRating",
          "scope",
          "startFrom");

  private static Field field(String name, String value) {
    if (CHOICES.contains(name) && value.matches("[A-Za-z_]+")) {
      String words = value.replace('_', ' ').toLowerCase(java.util.Locale.UK);
      value = Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
    int dot = name.lastIndexOf('.');
    if (dot > 0 && List.of("day", "month", "year").contains(name.substring(dot + 1))) {
      return new Field(
          name, "resume.field." + name.substring(0, dot), name.substring(dot + 1), value);
    }
    return new Field(name, "resume.field." + name, null, value);
  }

  private record Destination(String key, Pattern pattern) {
    Destination(String key, String regex) {
      this(key, Pattern.compile(regex));
    }
  }
}
