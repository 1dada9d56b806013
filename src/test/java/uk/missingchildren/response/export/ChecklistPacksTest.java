package uk.missingchildren.response.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.SectionKind;

class ChecklistPacksTest {

  private final ChecklistPacks packs = new ChecklistPacks(ExportFixtures.messages());
  private final Framework framework = ExportFixtures.framework();

  @Test
  void aSourceWithAYear_isCitedWithItsPublisherAndYear() {
    assertThat(packs.citation(ExportFixtures.ACT))
        .isEqualTo("Children Act 1989 (UK Parliament, 1989)");
  }

  @Test
  void aSourceWithoutAYear_isCitedWithItsPublisherOnly() {
    assertThat(packs.citation(ExportFixtures.UNDATED))
        .isEqualTo("Missing toolkit (Missing People)");
  }

  @Test
  void anItemsSources_areListedAfterSourceOrSources() {
    ChecklistPack.Area area = packs.one(framework, framework.themes().get(0)).areas().get(0);

    assertThat(area.sections().get(0).standards().get(0).sources())
        .isEqualTo("Source: Children Act 1989 (UK Parliament, 1989)");
    assertThat(area.sections().get(1).standards().get(0).sources())
        .isEqualTo(
            "Sources: Children Act 1989 (UK Parliament, 1989); Missing toolkit (Missing People)");
    assertThat(area.sections().get(2).standards().get(0).sources()).isNull();
  }

  @Test
  void ratingOptions_areListedAsTheChoicesInASentence() {
    ChecklistPack pack = packs.one(framework, framework.themes().get(0));

    assertThat(pack.extentOptions()).isEqualTo("Fully met, Partly met or Not met");
    assertThat(pack.impactOptions()).isEqualTo("High or Low");
    assertThat(packs.alternatives(List.of("Only"))).isEqualTo("Only");
  }

  @Test
  void retiredItems_areLeftOut_andASectionWithNoItemsIsDropped() {
    ChecklistPack.Area area = packs.one(framework, framework.themes().get(1)).areas().get(0);

    assertThat(area.sections())
        .extracting(ChecklistPack.Section::kind)
        .containsExactly(SectionKind.REQUIRED, SectionKind.GOOD_PRACTICE);
    assertThat(area.sections().get(0).standards())
        .extracting(ChecklistPack.Standard::ref)
        .containsExactly("T02-R01");
  }

  @Test
  void sections_haveTheirHeadingAndAnIdUniqueInTheDocument() {
    ChecklistPack pack = packs.all(framework);

    assertThat(pack.areas().get(0).sections())
        .extracting(ChecklistPack.Section::heading)
        .containsExactly(
            "Required by guidance and national protocols",
            "Good practice",
            "Good practice that may need additional resources");
    assertThat(pack.areas().stream().flatMap(area -> area.sections().stream()))
        .extracting(ChecklistPack.Section::id)
        .doesNotHaveDuplicates()
        .contains("first-area-required", "second-area-good_practice");
  }

  @Test
  void theAllPack_holdsEveryAreaInOrder_withTheFrameworkEdition() {
    ChecklistPack pack = packs.all(framework);

    assertThat(pack.isAll()).isTrue();
    assertThat(pack.documentTitle()).isEqualTo("Thematic checklists: blank copies of all 12");
    assertThat(pack.areas())
        .extracting(ChecklistPack.Area::slug)
        .containsExactly("first-area", "second-area");
    assertThat(pack.edition()).isEqualTo("Test framework, version 9.1, published 22 November 2026");
  }

  @Test
  void aOneAreaPack_isTitledAfterTheArea() {
    ChecklistPack pack = packs.one(framework, framework.themes().get(0));

    assertThat(pack.isAll()).isFalse();
    assertThat(pack.documentTitle()).isEqualTo("Area T01: blank checklist");
  }
}
