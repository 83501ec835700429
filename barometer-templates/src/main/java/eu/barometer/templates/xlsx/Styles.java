package eu.barometer.templates.xlsx;

import eu.barometer.templates.internal.XmlOut;

import eu.barometer.core.reference.Language;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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

    /** Built-in number formats, by code: Excel shows them with the reader's separators. */
    private static final Map<String, Integer> BUILT_IN = Map.of("General", 0, "0", 1, "0.00", 2, "#,##0", 3,
            "#,##0.00", 4, "0%", 9, "0.00%", 10, "@", 49);

    /** The first id of a number format of our own (lower ids are built in). */
    private static final int FIRST_CUSTOM = 164;

    /**
     * Dates as ISO 8601: built-in format 14 follows the reader's settings (12/31/2023 on an en-US
     * machine, 31.12.2023 on a German one), so one workbook read two ways. yyyy-mm-dd reads the same
     * everywhere and in every edition language, cannot be taken for day-month or month-day, needs no
     * language code (month names of the rarer EU languages are missing from some Office installations)
     * and sorts as text.
     */
    static final String DATE_FORMAT = "yyyy-mm-dd";

    /** The grey of heading cells (Excel's "Grey 25 %"). */
    private static final String HEADER_FILL = "C0C0C0";

    private enum Border { NONE, BOTTOM, TOP }

    private record Font(boolean bold, boolean italic, boolean large, boolean link) { }

    /** A cell format: the indexes into the number formats, fonts, fills and borders, and the alignment. */
    private record Xf(int numFmt, int font, int fill, Border border, String horizontal, boolean top, boolean wrap) { }

    private final String monthFormat;
    private final Map<String, Integer> byKey = new HashMap<>();
    private final List<Xf> xfs = new ArrayList<>();
    private final Map<Xf, Integer> xfIndex = new HashMap<>();
    private final List<Font> fonts = new ArrayList<>();
    private final List<String> fills = new ArrayList<>();
    private final Map<String, Integer> customFormats = new HashMap<>();
    private final List<String> customFormatCodes = new ArrayList<>();

    Styles(Language language) {
        this.monthFormat = "[$-" + Integer.toHexString(LCID.get(language)).toUpperCase(Locale.ROOT) + "]mmm yyyy";
        fonts.add(new Font(false, false, false, false));
        xf(new Xf(0, 0, 0, Border.NONE, null, false, false)); // index 0: the default every cell without s= has
    }

    /**
     * How a number is written around its digits in the document, so that its format shows the
     * same: a sign on changes ({@code +22 %}, {@code −3}), the percent sign after a no-break space
     * ({@code 22 %}), and the marks of its flags after it ({@code 18*}, {@code 7*°}).
     *
     * @param signed        a plus sign before a positive number
     * @param negative      the number is negative and written with the minus sign U+2212
     * @param spacedPercent a no-break space before the percent sign
     * @param marks         the marks after the number, empty for none
     */
    record Shown(boolean signed, boolean negative, boolean spacedPercent, String marks) {
        static final Shown PLAIN = new Shown(false, false, false, "");
    }

    /** The format for a kind, e.g. {@code #,##0.00} for a decimal with two places. */
    String format(Kind kind, int decimals) {
        return format(kind, decimals, Shown.PLAIN);
    }

    /**
     * The format for a kind written as the document writes it, e.g. {@code "+"0.0" "%;"−"0.0" "%;0.0" "%}
     * for a change of one decimal in a language with a space before the percent sign.
     */
    String format(Kind kind, int decimals, Shown shown) {
        String places = decimals > 0 ? "." + "0".repeat(decimals) : "";
        String number = switch (kind) {
            case TEXT, CODE -> "@";
            case INTEGER -> "#,##0";
            case DECIMAL -> "#,##0" + places;
            case PERCENT -> "0" + places + (shown.spacedPercent() ? "\"\u00A0\"%" : "%");
            case DATE -> DATE_FORMAT;
            case MONTH -> monthFormat;
        };
        if (kind != Kind.INTEGER && kind != Kind.DECIMAL && kind != Kind.PERCENT) {
            return number;
        }
        String n = number + (shown.marks().isEmpty() ? "" : "\"" + shown.marks() + "\"");
        if (shown.signed()) {
            return "\"+\"" + n + ";\"\u2212\"" + n + ";" + n;
        }
        return shown.negative() ? n + ";\"\u2212\"" + n : n;
    }

    /** The style of a cell. */
    int cell(Kind kind, int decimals, Role role, boolean flagged, boolean wrap) {
        return cell(kind, decimals, Shown.PLAIN, role, flagged, wrap, null);
    }

    /** The style of a cell with a heat-map fill ({@code heat} a key of {@link #HEAT}, or null for none). */
    int cell(Kind kind, int decimals, Role role, boolean flagged, boolean wrap, String heat) {
        return cell(kind, decimals, Shown.PLAIN, role, flagged, wrap, heat);
    }

    /** The style of a number cell written as the document writes it, with a heat-map fill or null. */
    int cell(Kind kind, int decimals, Shown shown, Role role, boolean flagged, boolean wrap, String heat) {
        String key = kind + "/" + decimals + "/" + shown + "/" + role + "/" + flagged + "/" + wrap + "/" + heat;
        Integer s = byKey.get(key);
        if (s == null) {
            int numFmt = numFmt(format(kind, decimals, shown));
            boolean bold = role == Role.HEADER || role == Role.TOTAL;
            int font = font(new Font(bold, flagged, false, false));
            int fill = 0;
            if (role == Role.HEADER) {
                fill = fill(HEADER_FILL);
            } else if (heat != null && HEAT.containsKey(heat)) {
                fill = fill(HEAT.get(heat));
            }
            Border border = role == Role.HEADER ? Border.BOTTOM : role == Role.TOTAL ? Border.TOP : Border.NONE;
            String horizontal = role == Role.HEADER ? (kind == Kind.TEXT ? "left" : "right") : null;
            s = xf(new Xf(numFmt, font, fill, border, horizontal, true, wrap || role == Role.HEADER));
            byKey.put(key, s);
        }
        return s;
    }

    /** A header cell over text ({@code right} false) or numbers. */
    int header(boolean right) {
        return cell(right ? Kind.INTEGER : Kind.TEXT, 0, Role.HEADER, false, true);
    }

    /** The bold, larger title of a sheet. */
    int title() {
        return byKey.computeIfAbsent("title", k -> xf(new Xf(0, font(new Font(true, false, true, false)), 0, Border.NONE,
                null, false, false)));
    }

    /** A bold label beside a value, without borders. */
    int label() {
        return byKey.computeIfAbsent("label", k -> xf(new Xf(0, font(new Font(true, false, false, false)), 0, Border.NONE,
                null, true, false)));
    }

    /** Small print under a table (footnotes, flags, notes), as text in italics. */
    int note() {
        return byKey.computeIfAbsent("note", k -> xf(new Xf(numFmt("@"), font(new Font(false, true, false, false)), 0,
                Border.NONE, null, false, false)));
    }

    /** Small print in italics like {@link #note()}, wrapped and top-aligned: quotes and footnotes of the text sheet. */
    int wrappedNote() {
        return byKey.computeIfAbsent("wrapped-note", k -> xf(new Xf(numFmt("@"), font(new Font(false, true, false, false)), 0,
                Border.NONE, null, true, true)));
    }

    /** A link to another sheet: blue and underlined, wrapped like the texts beside it. */
    int link() {
        return byKey.computeIfAbsent("link", k -> xf(new Xf(numFmt("@"), font(new Font(false, false, false, true)), 0,
                Border.NONE, null, true, true)));
    }

    /** True if a style wraps its text. */
    boolean wraps(int style) {
        return xfs.get(style).wrap();
    }

    /** Writes {@code xl/styles.xml}. */
    void write(XmlOut x) {
        x.raw("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        if (!customFormatCodes.isEmpty()) {
            x.raw("<numFmts count=\"").num(customFormatCodes.size()).raw("\">");
            for (int i = 0; i < customFormatCodes.size(); i++) {
                x.raw("<numFmt numFmtId=\"").num(FIRST_CUSTOM + i).raw("\" formatCode=\"").text(customFormatCodes.get(i))
                        .raw("\"/>");
            }
            x.raw("</numFmts>");
        }
        x.raw("<fonts count=\"").num(fonts.size()).raw("\">");
        for (Font f : fonts) {
            x.raw("<font>");
            if (f.bold()) {
                x.raw("<b/>");
            }
            if (f.italic()) {
                x.raw("<i/>");
            }
            if (f.link()) {
                x.raw("<u/>");
            }
            x.raw(f.large() ? "<sz val=\"14\"/>" : "<sz val=\"11\"/>");
            x.raw(f.link() ? "<color rgb=\"FF0563C1\"/>" : "<color rgb=\"FF000000\"/>");
            x.raw("<name val=\"Calibri\"/><family val=\"2\"/></font>");
        }
        x.raw("</fonts><fills count=\"").num(fills.size() + 2)
                .raw("\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>");
        for (String rgb : fills) {
            x.raw("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF").raw(rgb)
                    .raw("\"/><bgColor indexed=\"64\"/></patternFill></fill>");
        }
        x.raw("</fills><borders count=\"3\">"
                + "<border><left/><right/><top/><bottom/><diagonal/></border>"
                + "<border><left/><right/><top/><bottom style=\"thin\"><color indexed=\"64\"/></bottom><diagonal/></border>"
                + "<border><left/><right/><top style=\"thin\"><color indexed=\"64\"/></top><bottom/><diagonal/></border>"
                + "</borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>");
        x.raw("<cellXfs count=\"").num(xfs.size()).raw("\">");
        for (Xf f : xfs) {
            x.raw("<xf numFmtId=\"").num(f.numFmt()).raw("\" fontId=\"").num(f.font()).raw("\" fillId=\"").num(f.fill())
                    .raw("\" borderId=\"").num(f.border().ordinal()).raw("\" xfId=\"0\"");
            if (f.numFmt() != 0) {
                x.raw(" applyNumberFormat=\"1\"");
            }
            if (f.font() != 0) {
                x.raw(" applyFont=\"1\"");
            }
            if (f.fill() != 0) {
                x.raw(" applyFill=\"1\"");
            }
            if (f.border() != Border.NONE) {
                x.raw(" applyBorder=\"1\"");
            }
            if (f.horizontal() == null && !f.top() && !f.wrap()) {
                x.raw("/>");
                continue;
            }
            x.raw(" applyAlignment=\"1\"><alignment");
            if (f.horizontal() != null) {
                x.raw(" horizontal=\"").raw(f.horizontal()).raw("\"");
            }
            if (f.top()) {
                x.raw(" vertical=\"top\"");
            }
            if (f.wrap()) {
                x.raw(" wrapText=\"1\"");
            }
            x.raw("/></xf>");
        }
        x.raw("</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + "<dxfs count=\"0\"/><tableStyles count=\"0\"/></styleSheet>");
    }

    private int numFmt(String code) {
        Integer builtIn = BUILT_IN.get(code);
        if (builtIn != null) {
            return builtIn;
        }
        return customFormats.computeIfAbsent(code, c -> {
            customFormatCodes.add(c);
            return FIRST_CUSTOM + customFormatCodes.size() - 1;
        });
    }

    private int font(Font f) {
        int i = fonts.indexOf(f);
        if (i < 0) {
            fonts.add(f);
            i = fonts.size() - 1;
        }
        return i;
    }

    private int fill(String rgb) {
        int i = fills.indexOf(rgb);
        if (i < 0) {
            fills.add(rgb);
            i = fills.size() - 1;
        }
        return i + 2;
    }

    private int xf(Xf f) {
        return xfIndex.computeIfAbsent(f, k -> {
            xfs.add(k);
            return xfs.size() - 1;
        });
    }
}
