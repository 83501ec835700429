package eu.barometer.templates.docx;

/** The ids of the styles in the reference document that the writer applies. */
final class Styles {

    static final String NORMAL = "Normal";
    static final String TITLE = "Title";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String HEADING_3 = "Heading3";
    static final String CAPTION = "Caption";
    static final String NOTE = "Note";
    static final String QUOTE = "Quote";
    static final String LIST_PARAGRAPH = "ListParagraph";
    static final String FOOTNOTE_TEXT = "FootnoteText";
    static final String FOOTNOTE_REFERENCE = "FootnoteReference";
    static final String HEADER = "Header";
    static final String FOOTER = "Footer";
    static final String HYPERLINK = "Hyperlink";
    static final String MARKING = "Marking";
    static final String TABLE_TEXT = "TableText";
    static final String TABLE_NUMBER = "TableNumber";
    static final String TABLE_HEADING = "TableHeading";
    static final String TABLE_HEADING_NUMBER = "TableHeadingNumber";
    static final String COUNCIL_HEADER = "CouncilHeader";
    static final String COUNCIL_HEADER_LABEL = "CouncilHeaderLabel";
    static final String TOC_HEADING = "TOCHeading";
    static final String DATA_TABLE = "BarometerTable";
    static final String LAYOUT_TABLE = "LayoutTable";

    private Styles() { }

    static String heading(int level) {
        return "Heading" + level;
    }

    static String toc(int level) {
        return "TOC" + level;
    }
}
