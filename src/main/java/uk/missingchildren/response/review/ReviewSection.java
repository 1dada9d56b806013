package uk.missingchildren.response.review;

import java.util.Arrays;
import java.util.Optional;
import uk.missingchildren.response.framework.SectionKind;

/**
 * A checklist section as it appears in addresses: "required", "good-practice",
 * "additional-resources".
 */
public final class ReviewSection {

  private ReviewSection() {}

  public static String slug(SectionKind kind) {
    return kind.key().replace('_', '-');
  }

  /** Every section's slug, for templates. */
  public static java.util.Map<SectionKind, String> slugs() {
    java.util.Map<SectionKind, String> slugs = new java.util.EnumMap<>(SectionKind.class);
    Arrays.stream(SectionKind.values()).forEach(kind -> slugs.put(kind, slug(kind)));
    return slugs;
  }

  public static Optional<SectionKind> fromSlug(String slug) {
    return Arrays.stream(SectionKind.values()).filter(kind -> slug(kind).equals(slug)).findFirst();
  }
}
