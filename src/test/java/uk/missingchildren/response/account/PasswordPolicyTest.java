package uk.missingchildren.response.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private final PasswordPolicy policy = new PasswordPolicy();

  @Test
  void spacesOnly_orOneCharacterRepeated_orAFewRepeated_areRefused() {
    assertThat(policy.problemWith("            ", "someone@example.org"))
        .hasValue("password.error.repetitive");
    assertThat(policy.problemWith("aaaaaaaaaaaa", "someone@example.org"))
        .hasValue("password.error.repetitive");
    assertThat(policy.problemWith("abcabcabcabc", "someone@example.org"))
        .hasValue("password.error.repetitive");
    assertThat(policy.problemWith("tea tea tea tea", "someone@example.org"))
        .hasValue("password.error.repetitive");
  }

  @Test
  void aPassphrase_isAccepted_atAnyLengthUpTo256Characters_evenWhenItIsManyBytes() {
    assertThat(policy.problemWith("marble harbour kettle", "someone@example.org")).isEmpty();
    String welsh = "ŵŷâêîôûäëïöü cwtch bara brith ".repeat(8).substring(0, 240);
    assertThat(welsh.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);
    assertThat(policy.problemWith(welsh, "someone@example.org")).isEmpty();
  }

  @Test
  void moreThan256Characters_isRefusedWithItsLimit() {
    assertThat(policy.problemWith("quiet orchard lantern ".repeat(12) + "x", "someone@example.org"))
        .hasValue("password.error.tooLong");
  }
}
