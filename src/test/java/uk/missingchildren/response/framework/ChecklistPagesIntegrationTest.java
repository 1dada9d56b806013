package uk.missingchildren.response.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.PublicPages;
import uk.missingchildren.response.support.SiteVisitor;

class ChecklistPagesIntegrationTest extends IntegrationTest {

  @Autowired FrameworkCatalogue catalogue;

  @Test
  void theIndex_listsAllTwelveChecklistsWithTheirBlankDownloads() {
    Document page = Jsoup.parse(new SiteVisitor(url("")).get("/checklists").body());

    assertThat(page.select("tbody th a").eachAttr("href"))
        .containsExactlyElementsOf(
            PublicPages.CHECKLIST_SLUGS.stream().map(slug -> "/checklists/" + slug).toList());
    assertThat(page.select("a[href=/checklists/all.pdf]")).hasSize(1);
    assertThat(page.select("a[href=/checklists/all.docx]")).hasSize(1);
    assertThat(page.select("a[href=/checklists/return-home-interviews.docx]")).hasSize(1);
  }

  @Test
  void eachChecklistPage_showsEveryItemInItsSectionWithItsSources() {
    Framework framework = catalogue.current();
    SiteVisitor visitor = new SiteVisitor(url(""));
    for (Theme theme : framework.themes()) {
      Document page = Jsoup.parse(visitor.get("/checklists/" + theme.slug()).body());

      assertThat(page.select("h1").text()).isEqualTo(theme.title());
      for (ChecklistSection section : theme.checklist().sections()) {
        var heading = page.getElementById(section.kind().key());
        assertThat(heading).as(theme.slug() + " " + section.kind()).isNotNull();
        var list = heading.nextElementSiblings().select("ol.app-standards").first();
        assertThat(list.select("li.app-standard").eachAttr("id"))
            .containsExactlyElementsOf(section.items().stream().map(ChecklistItem::id).toList());
      }
      for (ChecklistItem item : theme.checklist().items()) {
        var block = page.getElementById(item.id());
        assertThat(block.text()).as(item.id()).contains(item.text());
        assertThat(block.select(".app-standard__sources a"))
            .as(item.id() + " sources")
            .hasSize(item.sourceKeys().size());
      }
    }
  }

  @Test
  void anUnknownChecklist_isNotFound() {
    HttpResponse<String> response = new SiteVisitor(url("")).get("/checklists/no-such-area");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Page not found");
  }

  @Test
  void theSourcesPage_listsEverySourceWithHowManyStandardsCiteIt() {
    Framework framework = catalogue.current();
    Document page = Jsoup.parse(new SiteVisitor(url("")).get("/checklists/sources").body());

    for (Source source : framework.sources()) {
      var row = page.getElementById(source.key());
      assertThat(row).as(source.key()).isNotNull();
      assertThat(row.text()).contains(source.title(), source.publisher());
      long citations =
          framework.items().stream()
              .filter(item -> item.sourceKeys().contains(source.key()))
              .count();
      assertThat(row.select("td").last().text()).isEqualTo(String.valueOf(citations));
    }
    assertThat(page.text()).contains(framework.changeLog().get(0).changes().get(0));
  }
}
