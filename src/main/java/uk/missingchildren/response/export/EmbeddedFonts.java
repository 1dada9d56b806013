package uk.missingchildren.response.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The TrueType fonts embedded in every PDF: DejaVu Sans, regular and bold, read once from the
 * jasperreports-fonts jar.
 *
 * <p>Their glyph substitution (GSUB) table is hidden. PDFBox applies it to Latin text, turning
 * "ffi" into a ligature glyph whose text is the single character U+FB03, so "officer" could not be
 * found by search, copied cleanly or read reliably by a screen reader.
 */
final class EmbeddedFonts {

  private static final String FOLDER = "net/sf/jasperreports/fonts/dejavu/";
  private static final int GSUB = tag("GSUB");

  /** Unknown to font readers, and sorts where GSUB did, so the table directory stays in order. */
  private static final int HIDDEN = tag("GSUb");

  static final byte[] REGULAR = load("DejaVuSans.ttf");
  static final byte[] BOLD = load("DejaVuSans-Bold.ttf");

  private EmbeddedFonts() {}

  private static byte[] load(String file) {
    try (InputStream in = EmbeddedFonts.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("Font " + FOLDER + file + " is not on the classpath");
      }
      return withoutGlyphSubstitution(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the font " + file, e);
    }
  }

  /** Renames the GSUB entry in the font's table directory (12-byte header, 16-byte records). */
  static byte[] withoutGlyphSubstitution(byte[] font) {
    ByteBuffer bytes = ByteBuffer.wrap(font);
    int tables = Short.toUnsignedInt(bytes.getShort(4));
    for (int record = 0; record < tables; record++) {
      int tagAt = 12 + 16 * record;
      if (bytes.getInt(tagAt) == GSUB) {
        bytes.putInt(tagAt, HIDDEN);
      }
    }
    return font;
  }

  private static int tag(String name) {
    return ByteBuffer.wrap(name.getBytes(StandardCharsets.US_ASCII)).getInt();
  }
}
