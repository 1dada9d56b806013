package uk.missingchildren.response.partnership;

import java.util.Optional;

/** Yes or no, as the radios send it; anything else is no answer. */
public class SecondFactorRequirementForm {

  private String required;

  public String getRequired() {
    return required;
  }

  public void setRequired(String required) {
    this.required = required;
  }

  Optional<Boolean> choice() {
    return switch (required == null ? "" : required) {
      case "yes" -> Optional.of(true);
      case "no" -> Optional.of(false);
      default -> Optional.empty();
    };
  }
}
