package uk.missingchildren.response.framework;

import java.util.Arrays;
import java.util.Optional;

/** What sort of document a source is; only some kinds can make an item "required". */
public enum SourceKind {
  LEGISLATION("legislation", true),
  REGULATIONS("regulations", true),
  STATUTORY_GUIDANCE("statutory_guidance", true),
  NATIONAL_POLICE_PRACTICE("national_police_practice", true),
  NATIONAL_PROTOCOL("national_protocol", true),
  GUIDANCE("guidance", false),
  INSPECTION("inspection", false),
  RESEARCH("research", false),
  VOLUNTARY_SECTOR("voluntary_sector", false);

  private final String key;
  private final boolean canRequire;

  SourceKind(String key, boolean canRequire) {
    this.key = key;
    this.canRequire = canRequire;
  }

  public String key() {
    return key;
  }

  /** Whether a source of this kind can be the basis of a "required" item. */
  public boolean canRequire() {
    return canRequire;
  }

  public String messageKey() {
    return "sourceKind." + key;
  }

  public static Optional<SourceKind> fromKey(String key) {
    return Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst();
  }
}
