package uk.missingchildren.response.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalRedirectsTest {

  @ParameterizedTest
  @ValueSource(strings = {"/", "/resources", "/checklists/education?tab=2"})
  void aPathOnThisSite_isKept(String path) {
    assertThat(LocalRedirects.localPathOrHome(path)).isEqualTo(path);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "https://evil.example",
        "//evil.example",
        "/\\evil.example",
        "resources",
        "/a\r\nSet-Cookie: x"
      })
  void anythingElse_becomesTheStartPage(String target) {
    assertThat(LocalRedirects.localPathOrHome(target)).isEqualTo("/");
  }
}
