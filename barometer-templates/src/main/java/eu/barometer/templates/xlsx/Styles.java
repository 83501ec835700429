package eu.barometer.templates.xlsx;

import eu.barometer.core.reference.Language;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The cell styles of one workbook, made on first use and shared by all its sheets (a workbook
 * holds at most 64,000 styles, so never one per cell).
 *
 * <p>Number formats are the standard ones ({@code #,##0}, {@code 0%}, the built-in short date):
 * Excel and LibreOffice show them with the reader's separators. Month names follow the edition's
 * language through a locale prefix ({@code [$-424]mmm yyyy} for Slovenian).
 */
final class Styles {

    /** What a cell holds. */
    enum Kind { TEXT, CODE, INTEGER, DECIMAL, PERCENT, DATE, MONTH }

    /** How a cell is emphasised. */
    enum Role { BODY, ROW_HEADER, HEADER, TOTAL }

    /** Windows locale ids of the 24 languages, for month names in date formats. */
    private static final Map<Language, Integer> LCID = new EnumMap<>(Map.ofEntries(
            Map.entry(Language.BG, 0x402), Map.entry(Language.ES, 0xC0A), Map.entry(Language.CS, 0x405),
            Map.entry(Language.DA, 0x406), Map.entry(Language.DE, 0x407), Map.entry(Language.ET, 0x425),
            Map.entry(Language.EL, 0x408), Map.entry(Language.EN, 0x809), Map.entry(Language.FR, 0x40C),
            Map.entry(Language.GA, 0x83C), Map.entry(Language.HR, 0x41A), Map.entry(Language.IT, 0x410),
            Map.entry(Language.LV, 0x426), Map.entry(Language.LT, 0x427), Map.entry(Language.HU, 0x40E),
            Map.entry(Language.MT, 0x43A), Map.entry(Language.NL, 0x413), Map.entry(Language.PL, 0x415),
            Map.entry(Language.PT, 0x816), Map.entry(Language.RO, 0x418), Map.entry(Language.SK, 0x41B),
            Map.entry(Language.SL, 0x424), Map.entry(Language.FI, 0x40B), Map.entry(Language.SV, 0x41D)));

    /**
     * Heat-map categories of table cells (docs/xhtml-subset.md) and their fills: the colours of
     * the council-note style sheet.
     */
    static final Map<String, String> HEAT = Map.ofEntries(
            Map.entry("impact-low", "E3F1DF"), Map.entry("impact-medium", "FFF2C4"),
            Map.entry("impact-high", "FBD3B5"), Map.entry("impact-critical", "E8A0A0"),
            Map.entry("deadline-overdue", "F6C9C9"), Map.entry("deadline-due-soon", "FFF2C4"),
            Map.entry("deadline-on-track", "E3F1DF"), Map.entry("deadline-done", "DDE6F3"),
            Map.entry("cooperation-good", "E3F1DF"), Map.entry("cooperation-partial", "FFF2C4"),
            Map.entry("cooperation-insufficient", "F6C9C9"));

    /** Built-in format 14: the reader's short date. */
    private static final short SHORT_DATE = 14;

    private final Workbook workbook;
    private final String monthFormat;
    private final Map<String, CellStyle> styles = new HashMap<>();
    private final Map<String, Font> fonts = new HashMap<>();

    Styles(Workbook workbook, Language language) {
        this.workbook = workbook;
        this.monthFormat = "[$-" + Integer.toHexString(LCID.get(language)).toUpperCase(java.util.Locale.ROOT) + "]mmm yyyy";
    }

    /** The format for a kind, e.g. {@code #,##0.00} for a decimal with two places. */
    String format(Kind kind, int decimals) {
        String places = decimals > 0 ? "." + "0".repeat(decimals) : "";
        return switch (kind) {
            case TEXT, CODE -> "@";
            case INTEGER -> "#,##0";
            case DECIMAL -> "#,##0" + places;
            case PERCENT -> "0" + places + "%";
            case DATE -> "";
            case MONTH -> monthFormat;
        };
    }

    /** The style of a cell. */
    CellStyle cell(Kind kind, int decimals, Role role, boolean flagged, boolean wrap) {
        return cell(kind, decimals, role, flagged, wrap, null);
    }

    /** The style of a cell with a heat-map fill ({@code heat} a key of {@link #HEAT}, or null for none). */
    CellStyle cell(Kind kind, int decimals, Role role, boolean flagged, boolean wrap, String heat) {
        String key = kind + "/" + decimals + "/" + role + "/" + flagged + "/" + wrap + "/" + heat;
        CellStyle s = styles.get(key);
        if (s == null) {
            s = workbook.createCellStyle();
            if (heat != null && HEAT.containsKey(heat) && s instanceof XSSFCellStyle x) {
                x.setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(HEAT.get(heat)), null));
                x.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            if (kind == Kind.DATE) {
                s.setDataFormat(SHORT_DATE);
            } else {
                s.setDataFormat(workbook.createDataFormat().getFormat(format(kind, decimals)));
            }
            boolean bold = role == Role.HEADER || role == Role.TOTAL;
            s.setFont(font(bold, flagged, false));
            s.setVerticalAlignment(VerticalAlignment.TOP);
            s.setWrapText(wrap);
            if (role == Role.HEADER) {
                s.setBorderBottom(BorderStyle.THIN);
                s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                s.setWrapText(true);
                s.setAlignment(kind == Kind.TEXT ? HorizontalAlignment.LEFT : HorizontalAlignment.RIGHT);
            } else if (role == Role.TOTAL) {
                s.setBorderTop(BorderStyle.THIN);
            }
            styles.put(key, s);
        }
        return s;
    }

    /** A header cell over text ({@code right} false) or numbers. */
    CellStyle header(boolean right) {
        return cell(right ? Kind.INTEGER : Kind.TEXT, 0, Role.HEADER, false, true);
    }

    /** The bold, larger title of a sheet. */
    CellStyle title() {
        return styles.computeIfAbsent("title", k -> {
            CellStyle s = workbook.createCellStyle();
            s.setFont(font(true, false, true));
            return s;
        });
    }

    /** A bold label beside a value, without borders. */
    CellStyle label() {
        return styles.computeIfAbsent("label", k -> {
            CellStyle s = workbook.createCellStyle();
            s.setFont(font(true, false, false));
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        });
    }

    /** Small print under a table (footnotes, flags, notes), wrapped only when asked. */
    CellStyle note() {
        return styles.computeIfAbsent("note", k -> {
            CellStyle s = workbook.createCellStyle();
            s.setFont(font(false, true, false));
            s.setDataFormat(workbook.createDataFormat().getFormat("@"));
            return s;
        });
    }

    private Font font(boolean bold, boolean italic, boolean large) {
        return fonts.computeIfAbsent(bold + "/" + italic + "/" + large, k -> {
            Font f = workbook.createFont();
            f.setBold(bold);
            f.setItalic(italic);
            if (large) {
                f.setFontHeightInPoints((short) 14);
            }
            return f;
        });
    }
}
