package uk.missingchildren.response.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.FrameworkCatalogue;

class DownloadsTest {

  private final Framework framework = ExportFixtures.framework();
  private final FrameworkCatalogue catalogue = mock(FrameworkCatalogue.class);
  private final BlankChecklistPdfExporter pdf = mock(BlankChecklistPdfExporter.class);
  private final BlankChecklistWordExporter word = mock(BlankChecklistWordExporter.class);
  private final InformationSheetPdfExporter sheet = mock(InformationSheetPdfExporter.class);
  private final Downloads downloads = new Downloads(catalogue, pdf, word, sheet);

  @BeforeEach
  void givenTheFrameworkAndExporters() {
    when(catalogue.current()).thenReturn(framework);
    when(pdf.exportAll(any())).thenReturn(new byte[] {1});
    when(pdf.export(any(), any())).thenReturn(new byte[] {2});
    when(word.export(any(), any())).thenReturn(new byte[] {3});
    when(sheet.export()).thenReturn(new byte[] {4});
  }

  @Test
  void aRepeatRequest_isServedFromMemoryWithoutGeneratingTheFileAgain() {
    Download first = downloads.allChecklists(DownloadFormat.PDF);
    Download second = downloads.allChecklists(DownloadFormat.PDF);

    assertThat(second.bytes()).isSameAs(first.bytes());
    verify(pdf, times(1)).exportAll(framework);
  }

  @Test
  void eachAreaAndFormat_isGeneratedOnce() {
    downloads.checklist("first-area", DownloadFormat.PDF);
    downloads.checklist("first-area", DownloadFormat.DOCX);
    downloads.checklist("second-area", DownloadFormat.PDF);
    downloads.checklist("first-area", DownloadFormat.PDF);

    verify(pdf, times(1)).export(framework, framework.themes().get(0));
    verify(pdf, times(1)).export(framework, framework.themes().get(1));
    verify(word, times(1)).export(framework, framework.themes().get(0));
  }

  @Test
  void anUnknownArea_hasNoDownload() {
    assertThat(downloads.checklist("no-such-area", DownloadFormat.PDF)).isEmpty();
  }

  @Test
  void downloads_areNamedAfterWhatTheyHold() {
    assertThat(downloads.checklist("first-area", DownloadFormat.DOCX).orElseThrow().fileName())
        .isEqualTo("checklist-first-area.docx");
    assertThat(downloads.allChecklists(DownloadFormat.PDF).fileName())
        .isEqualTo("checklists-all.pdf");
    assertThat(downloads.informationSheet().fileName()).isEqualTo("information-sheet.pdf");
    assertThat(downloads.informationSheet().format().mediaType().toString())
        .isEqualTo("application/pdf");
  }
}
