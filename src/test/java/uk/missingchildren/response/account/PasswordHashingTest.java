package uk.missingchildren.response.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordHashingTest {

  private final PasswordEncoder encoder = PasswordHashing.encoder(4);

  @Test
  void aPasswordLongerThan72Bytes_isHashed_andEveryCharacterCounts() {
    String longPassword =
        "a sentence long enough to pass the limit of the bcrypt algorithm, which is 72 bytes";
    String hash = encoder.encode(longPassword);

    assertThat(hash).startsWith("{bcrypt-sha256}");
    assertThat(encoder.matches(longPassword, hash)).isTrue();
    assertThat(encoder.matches(longPassword.substring(0, 72) + " but a different ending", hash))
        .isFalse();
  }

  @Test
  void aHashStoredBeforePreHashing_stillMatches_andIsMarkedForUpgrade() {
    String earlier = new BCryptPasswordEncoder(4).encode("marble harbour kettle");

    assertThat(encoder.matches("marble harbour kettle", earlier)).isTrue();
    assertThat(encoder.matches("marble harbour kettles", earlier)).isFalse();
    assertThat(encoder.upgradeEncoding(earlier)).isTrue();
    assertThat(encoder.upgradeEncoding(encoder.encode("marble harbour kettle"))).isFalse();
  }

  @Test
  void anOverlongPasswordAgainstAnEarlierHash_isSimplyWrong_notAnError() {
    String earlier = new BCryptPasswordEncoder(4).encode("marble harbour kettle");

    assertThat(encoder.matches("x".repeat(500), earlier)).isFalse();
  }
}
