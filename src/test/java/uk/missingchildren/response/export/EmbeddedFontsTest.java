package uk.missingchildren.response.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

class EmbeddedFontsTest {

  @Test
  void theEmbeddedFonts_offerNoGlyphSubstitution_soPdfBoxMakesNoLigatures() throws IOException {
    for (byte[] font : new byte[][] {EmbeddedFonts.REGULAR, EmbeddedFonts.BOLD}) {
      try (TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
        assertThat(parsed.getTableMap()).doesNotContainKey("GSUB");
        assertThat(parsed.getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
        assertThat(parsed.getNumberOfGlyphs()).isGreaterThan(1000);
        assertThat(parsed.getName()).startsWith("DejaVuSans");
      }
    }
  }
}
