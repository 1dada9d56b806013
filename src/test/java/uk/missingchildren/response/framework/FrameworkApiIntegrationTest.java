package uk.missingchildren.response.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;

class FrameworkApiIntegrationTest extends IntegrationTest {

  @Autowired FrameworkCatalogue catalogue;

  @Test
  void theFrameworkJson_hasThePublishedShapeAndEveryItem() {
    HttpResponse<String> response =
        new SiteVisitor(url("")).get("/api/framework", "application/json");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonNode json = JsonMapper.builder().build().readTree(response.body());
    Framework framework = catalogue.current();

    assertThat(json.get("version").asString()).isEqualTo(framework.version());
    assertThat(json.get("themes")).hasSize(12);
    int questions = 0;
    int items = 0;
    Set<String> citedSources = new HashSet<>();
    for (JsonNode theme : json.get("themes")) {
      assertThat(
              theme.has("id")
                  && theme.has("slug")
                  && theme.has("title")
                  && theme.has("description"))
          .isTrue();
      questions += theme.get("questions").size();
      theme.get("questions").forEach(q -> assertThat(q.has("text") && q.has("hint")).isTrue());
      JsonNode sections = theme.get("checklist").get("sections");
      assertThat(sections)
          .extracting(s -> s.get("kind").asString())
          .containsExactly("required", "good_practice", "additional_resources");
      for (JsonNode section : sections) {
        for (JsonNode item : section.get("items")) {
          items++;
          assertThat(item.get("id").asString()).isNotBlank();
          assertThat(item.get("text").asString()).isNotBlank();
          assertThat(item.has("guidance")).isTrue();
          item.get("sources").forEach(source -> citedSources.add(source.asString()));
        }
      }
    }
    assertThat(questions).isEqualTo(26);
    assertThat(items).isEqualTo(framework.items().size());
    Set<String> listedSources = new HashSet<>();
    json.get("sources")
        .forEach(
            source -> {
              assertThat(
                      source.has("key")
                          && source.has("title")
                          && source.has("publisher")
                          && source.has("year")
                          && source.has("url"))
                  .isTrue();
              listedSources.add(source.get("key").asString());
            });
    assertThat(listedSources).containsAll(citedSources);
  }
}
