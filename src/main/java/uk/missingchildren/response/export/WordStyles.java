package uk.missingchildren.response.export;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Word's own built-in styles, defined in the document. A blank POI document has no styles, and a
 * paragraph only counts as a heading (in the navigation pane, for screen readers, in a table of
 * contents) when its style is the built-in "heading N" with an outline level.
 */
final class WordStyles {

  static final String FONT = "Arial";
  private static final int[] HEADING_POINTS = {20, 14, 12};

  private WordStyles() {}

  /** Normal, Heading1 to Heading3, British English for spelling, and Arial like the pages. */
  static void define(XWPFDocument document) {
    XWPFStyles styles = document.createStyles();
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    styles.setDefaultFonts(fonts);
    styles.setSpellingLanguage("en-GB");
    styles.addStyle(new XWPFStyle(normal()));
    for (int level = 1; level <= HEADING_POINTS.length; level++) {
      styles.addStyle(new XWPFStyle(heading(level)));
    }
  }

  private static CTStyle normal() {
    CTStyle style = paragraphStyle("Normal", "Normal");
    style.setDefault(true);
    style.addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(120));
    style.addNewRPr().addNewSz().setVal(BigInteger.valueOf(20));
    return style;
  }

  private static CTStyle heading(int level) {
    CTStyle style = paragraphStyle("Heading" + level, "heading " + level);
    style.addNewBasedOn().setVal("Normal");
    style.addNewNext().setVal("Normal");
    style.addNewUiPriority().setVal(BigInteger.valueOf(9));
    style.addNewQFormat();
    CTPPrGeneral paragraph = style.addNewPPr();
    paragraph.addNewKeepNext();
    paragraph.addNewSpacing().setBefore(BigInteger.valueOf(level == 1 ? 240 : 200));
    paragraph.getSpacing().setAfter(BigInteger.valueOf(120));
    paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
    CTRPr run = style.addNewRPr();
    run.addNewB();
    run.addNewSz().setVal(BigInteger.valueOf(HEADING_POINTS[level - 1] * 2L));
    return style;
  }

  private static CTStyle paragraphStyle(String id, String name) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId(id);
    style.setType(STStyleType.PARAGRAPH);
    style.addNewName().setVal(name);
    return style;
  }

  /** A numbered list definition ("1.", "2." …); returns the numbering id for {@code setNumID}. */
  static BigInteger numbers(XWPFDocument document) {
    CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
    definition.setAbstractNumId(BigInteger.ONE);
    CTLvl level = definition.addNewLvl();
    level.setIlvl(BigInteger.ZERO);
    level.addNewStart().setVal(BigInteger.ONE);
    level.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
    level.addNewLvlText().setVal("%1.");
    CTPPrGeneral indent = level.addNewPPr();
    indent.addNewInd().setLeft(BigInteger.valueOf(720));
    indent.getInd().setHanging(BigInteger.valueOf(360));
    XWPFNumbering numbering = document.createNumbering();
    return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition)));
  }

  /**
   * Another list of the same kind as {@code list} that starts again from 1: Word would otherwise
   * carry on counting from the previous list.
   */
  static BigInteger restartedNumbers(XWPFDocument document, BigInteger list) {
    XWPFNumbering numbering = document.createNumbering();
    BigInteger restarted = numbering.addNum(numbering.getAbstractNumID(list));
    CTNumLvl override = numbering.getNum(restarted).getCTNum().addNewLvlOverride();
    override.setIlvl(BigInteger.ZERO);
    override.addNewStartOverride().setVal(BigInteger.ONE);
    return restarted;
  }

  /** A bulleted list definition; returns the numbering id for {@code setNumID}. */
  static BigInteger bullets(XWPFDocument document) {
    CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
    definition.setAbstractNumId(BigInteger.ZERO);
    CTLvl level = definition.addNewLvl();
    level.setIlvl(BigInteger.ZERO);
    level.addNewNumFmt().setVal(STNumberFormat.BULLET);
    level.addNewLvlText().setVal("\u2022");
    CTPPrGeneral indent = level.addNewPPr();
    indent.addNewInd().setLeft(BigInteger.valueOf(720));
    indent.getInd().setHanging(BigInteger.valueOf(360));
    XWPFNumbering numbering = document.createNumbering();
    return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition)));
  }
}
