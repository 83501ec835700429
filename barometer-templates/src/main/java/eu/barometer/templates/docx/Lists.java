package eu.barometer.templates.docx;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import java.math.BigInteger;

/**
 * The numbering definitions of one document: one for bullets (shared by every {@code <ul>}) and
 * one for numbers, with a new instance per {@code <ol>} that restarts at 1.
 */
final class Lists {

    private static final int INDENT = 720;
    private static final int HANGING = 360;

    private final XWPFNumbering numbering;
    private final BigInteger bulletNum;
    private final BigInteger orderedAbstract;

    Lists(XWPFDocument doc) {
        numbering = doc.getNumbering() != null ? doc.getNumbering() : doc.createNumbering();
        BigInteger first = BigInteger.valueOf(9000 + numbering.getAbstractNums().size());
        BigInteger bullets = numbering.addAbstractNum(new XWPFAbstractNum(definition(first, false), numbering));
        orderedAbstract = numbering.addAbstractNum(new XWPFAbstractNum(definition(first.add(BigInteger.ONE), true), numbering));
        bulletNum = numbering.addNum(bullets);
    }

    BigInteger bullets() {
        return bulletNum;
    }

    /** A new numbered list, starting at 1. */
    BigInteger newOrdered() {
        BigInteger numId = numbering.addNum(orderedAbstract);
        CTNumLvl override = numbering.getNum(numId).getCTNum().addNewLvlOverride();
        override.setIlvl(BigInteger.ZERO);
        override.addNewStartOverride().setVal(BigInteger.ONE);
        return numId;
    }

    private static CTAbstractNum definition(BigInteger id, boolean ordered) {
        CTAbstractNum a = CTAbstractNum.Factory.newInstance();
        a.setAbstractNumId(id);
        a.addNewName().setVal(ordered ? "Barometer numbers" : "Barometer bullets");
        for (int level = 0; level < 2; level++) {
            CTLvl lvl = a.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            if (ordered) {
                lvl.addNewNumFmt().setVal(level == 0 ? STNumberFormat.DECIMAL : STNumberFormat.LOWER_LETTER);
                lvl.addNewLvlText().setVal(level == 0 ? "%1." : "(%2)");
            } else {
                lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
                lvl.addNewLvlText().setVal(level == 0 ? "\u2022" : "\u2013");
            }
            lvl.addNewLvlJc().setVal(STJc.LEFT);
            var ind = lvl.addNewPPr().addNewInd();
            ind.setLeft(BigInteger.valueOf((long) INDENT * (level + 1)));
            ind.setHanging(BigInteger.valueOf(HANGING));
            if (!ordered) {
                var fonts = lvl.addNewRPr().addNewRFonts();
                fonts.setAscii("Times New Roman");
                fonts.setHAnsi("Times New Roman");
                fonts.setCs("Times New Roman");
            }
        }
        return a;
    }
}
