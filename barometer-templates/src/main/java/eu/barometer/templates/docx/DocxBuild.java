package eu.barometer.templates.docx;

import eu.barometer.templates.RenderException;
import eu.barometer.templates.TemplateProblem;
import eu.barometer.templates.XhtmlDocument;
import eu.barometer.templates.internal.Deterministic;
import eu.barometer.templates.xhtml.Problems;
import eu.barometer.templates.xhtml.XhtmlTree;
import eu.barometer.templates.internal.Xhtml;
import eu.barometer.templates.xhtml.Subset;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static eu.barometer.templates.xhtml.Subset.hasClass;

/**
 * One render: walks the XHTML tree and builds the Word document. Not thread-safe; created per
 * render by {@link DocxWriter}.
 */
final class DocxBuild {

    static final String XHTML_NS = Subset.NS;

    /** Styles the writer uses; the reference document must define each (Word falls back to Normal silently). */
    static final List<String> REQUIRED_STYLES = List.of(Styles.NORMAL, Styles.TITLE, Styles.HEADING_1, Styles.HEADING_2,
            Styles.HEADING_3, Styles.CAPTION, Styles.NOTE, Styles.LIST_PARAGRAPH, Styles.FOOTNOTE_TEXT,
            Styles.FOOTNOTE_REFERENCE, Styles.HEADER, Styles.FOOTER, Styles.HYPERLINK, Styles.MARKING, Styles.TABLE_TEXT,
            Styles.TABLE_NUMBER, Styles.TABLE_HEADING, Styles.TABLE_HEADING_NUMBER, Styles.COUNCIL_HEADER,
            Styles.COUNCIL_HEADER_LABEL, Styles.TOC_HEADING, Styles.DATA_TABLE, Styles.LAYOUT_TABLE);

    /** The date of every zip entry: 2023-10-11T00:00:00Z. */
    static final long FIXED_TIME = 1_696_982_400_000L;
    private static final Pattern WHITE_SPACE = Pattern.compile("[ \\t\\r\\n]+");
    private static final Set<String> INLINE = Subset.INLINE;

    private final XhtmlDocument xhtml;
    private final Problems problems;
    private final XWPFDocument doc;
    private final int textWidth;
    private final Map<POIXMLDocumentPart, Map<String, String>> linkIds = new HashMap<>();
    private final Map<String, String> meta = new HashMap<>();
    private final Tables tables;
    private final Charts charts;
    private Map<Element, eu.barometer.templates.xhtml.Node.Element> chartNodes;
    private Lists lists;
    private String title;
    private int bookmarks;
    private boolean hasHeader;
    private boolean hasFooter;
    private List<TocEntry> tocEntries;
    private final Map<String, Boolean> numberedStyles = new HashMap<>();
    /** While a heading numbered by Word is collected: its typed number is left out. */
    private boolean dropHeadingNumber;

    DocxBuild(InputStream reference, XhtmlDocument xhtml, String source) throws RenderException, IOException {
        this.xhtml = xhtml;
        this.problems = new Problems(source, xhtml);
        try {
            this.doc = new XWPFDocument(reference);
        } catch (POIXMLException | IllegalArgumentException e) {
            throw new RenderException(List.of(new TemplateProblem("reference.docx", 0, 0,
                    "the reference document is not a readable .docx: " + e.getMessage())));
        }
        List<TemplateProblem> missing = new ArrayList<>();
        for (String style : REQUIRED_STYLES) {
            if (doc.getStyles() == null || !doc.getStyles().styleExist(style)) {
                missing.add(new TemplateProblem("reference.docx", 0, 0, "the reference document has no style with the id "
                        + style + "; every style of " + REQUIRED_STYLES + " is needed"));
            }
        }
        if (!missing.isEmpty()) {
            throw new RenderException(missing);
        }
        while (!doc.getBodyElements().isEmpty()) {
            doc.removeBodyElement(0);
        }
        this.textWidth = textWidth(doc.getDocument().getBody().getSectPr());
        this.tables = new Tables(this);
        this.charts = new Charts(this);
    }

    // ---- the document -------------------------------------------------------------------------------------------

    void writeTo(OutputStream out) throws RenderException, IOException {
        Element html = xhtml.dom().getDocumentElement();
        if (!isXhtml(html) || !name(html).equals("html")) {
            problem(html, "the root element must be <html> in the XHTML namespace " + XHTML_NS);
        } else {
            for (Element child : elements(html)) {
                switch (name(child)) {
                    case "head" -> head(child);
                    case "body" -> flow(child, new BodySink(), Context.BODY);
                    default -> problem(child, "<html> holds only <head> and <body>");
                }
            }
        }
        problems.throwIfAny();
        Tables.spaceAfterTables(doc);
        properties();
        ByteArrayOutputStream raw = new ByteArrayOutputStream(256 * 1024);
        doc.write(raw);
        sameBytes(raw.toByteArray(), out);
    }

    /**
     * Copies the package with every zip entry dated {@link #FIXED_TIME}: POI stamps the entries
     * with the current time, so the same edition would never give the same bytes.
     */
    private static void sameBytes(byte[] docx, OutputStream out) throws IOException {
        Deterministic.zip(new ByteArrayInputStream(docx), out,
                java.time.LocalDateTime.ofInstant(java.time.Instant.ofEpochMilli(FIXED_TIME), java.time.ZoneId.systemDefault()));
    }

    private void head(Element head) {
        for (Element e : elements(head)) {
            switch (name(e)) {
                case "title" -> title = collapse(e.getTextContent());
                case "meta" -> {
                    if (e.hasAttribute("name")) {
                        meta.put(e.getAttribute("name"), e.getAttribute("content"));
                    }
                }
                case "style" -> { } // CSS is for the PDF and HTML editions; Word takes its look from the reference document.
                default -> problem(e, "<" + name(e) + "> is not in the XHTML subset for <head>; expected <title>, <meta> or <style>");
            }
        }
    }

    private void properties() {
        POIXMLProperties props = doc.getProperties();
        POIXMLProperties.CoreProperties core = props.getCoreProperties();
        String lang = Languages.wordTag(xhtml.language());
        core.setTitle(title != null ? title : "");
        core.setSubjectProperty(meta.getOrDefault("subject", ""));
        core.setKeywords(meta.getOrDefault("keywords", ""));
        core.setCreator(meta.getOrDefault("author", ""));
        core.setIdentifier(meta.getOrDefault("document-number", ""));
        core.getUnderlyingProperties().setLanguageProperty(lang);
        POIXMLProperties.CustomProperties custom = props.getCustomProperties();
        custom("Marking", meta.getOrDefault("marking", ""), custom);
        custom("Document number", meta.get("document-number"), custom);
        custom("Edition", meta.get("edition-id"), custom);
        custom("Language", xhtml.language().code(), custom);
        doc.getStyles().setSpellingLanguage(lang);
        doc.getStyles().setEastAsia(lang);
    }

    private static void custom(String name, String value, POIXMLProperties.CustomProperties custom) {
        if (value != null && !custom.contains(name)) {
            custom.addProperty(name, value);
        }
    }

    // ---- block flow ---------------------------------------------------------------------------------------------

    /** Renders the children of a block: runs of inline content become paragraphs in the context's style. */
    void flow(Element parent, Sink sink, Context ctx) {
        Inline pending = null;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                if (pending == null && n.getNodeValue().isBlank()) {
                    continue;
                }
                pending = pending == null ? new Inline() : pending;
                pending.text(n.getNodeValue(), Inline.Format.PLAIN);
            } else if (n instanceof Element e) {
                if (isXhtml(e) && INLINE.contains(name(e))) {
                    pending = pending == null ? new Inline() : pending;
                    inline(e, pending, Inline.Format.PLAIN, ctx);
                } else {
                    if (pending != null && !pending.isEmpty()) {
                        paragraph(sink, ctx.style(), pending, ctx);
                    }
                    pending = null;
                    block(e, sink, ctx);
                }
            }
        }
        if (pending != null && !pending.isEmpty()) {
            paragraph(sink, ctx.style(), pending, ctx);
        }
    }

    private void block(Element e, Sink sink, Context ctx) {
        if (!isXhtml(e)) {
            problem(e, "<" + e.getNodeName() + "> is not in the XHTML namespace; the XHTML subset (docs/xhtml-subset.md) has no foreign elements");
            return;
        }
        String name = name(e);
        switch (name) {
            case "div" -> div(e, sink, ctx);
            case "h1", "h2", "h3" -> heading(e, sink, ctx, name.charAt(1) - '0');
            case "p" -> paragraph(sink, paragraphStyle(e, ctx), inlineContent(e, ctx), ctx);
            case "ul", "ol" -> list(e, sink, ctx);
            // Quote is optional in a reference document (older sets lack it): Normal stands in for it then.
            case "blockquote" -> flow(e, sink, ctx.quote(doc.getStyles().styleExist(Styles.QUOTE) ? Styles.QUOTE : Styles.NORMAL));
            case "table" -> tables.table(e, sink, ctx);
            case "figure" -> figure(e, sink, ctx);
            case "li" -> problem(e, "<li> must be a child of <ul> or <ol>");
            case "caption", "thead", "tbody", "tfoot", "tr", "th", "td" -> problem(e, "<" + name + "> must be inside a <table>");
            case "figcaption" -> problem(e, "<figcaption> must be a child of <figure>");
            case "h4", "h5", "h6" -> problem(e, "<" + name + "> is not in the XHTML subset; headings go from <h1> to <h3>");
            default -> {
                if (Subset.CONTAINERS.contains(name)) {
                    flow(e, sink, ctx);
                } else {
                    problem(e, "<" + name + "> is not in the XHTML subset (docs/xhtml-subset.md); expected a block such as "
                            + "<p>, <h1>–<h3>, <ul>, <ol>, <table>, <figure>, <div> or <section>");
                }
            }
        }
    }

    private void div(Element e, Sink sink, Context ctx) {
        if (hasClass(e, "running-header") || hasClass(e, "running-footer")) {
            boolean header = hasClass(e, "running-header");
            if (!sink.isBody() || ctx != Context.BODY) {
                problem(e, "a running " + (header ? "header" : "footer") + " must be outside tables, lists and other page furniture");
            } else if (header ? hasHeader : hasFooter) {
                problem(e, "a document has one running " + (header ? "header" : "footer"));
            } else {
                XWPFHeaderFooter part = header ? doc.createHeader(HeaderFooterType.DEFAULT) : doc.createFooter(HeaderFooterType.DEFAULT);
                if (header) {
                    hasHeader = true;
                } else {
                    hasFooter = true;
                }
                Sink sink2 = new HeaderFooterSink(part);
                Context furniture = ctx.furniture(header ? Styles.HEADER : Styles.FOOTER);
                if (inlineOnly(e)) {
                    paragraph(sink2, furniture.style(), zones(e, header, furniture), furniture);
                } else {
                    flow(e, sink2, furniture);
                }
            }
        } else if (hasClass(e, "page-break")) {
            if (!sink.isBody() || ctx.inTable()) {
                problem(e, "a page break must be in the body, outside tables and page furniture");
            } else if (e.hasChildNodes() && !e.getTextContent().isBlank()) {
                problem(e, "<div class=\"page-break\"/> must be empty");
            } else {
                CTP p = sink.paragraph();
                p.addNewR().addNewBr().setType(STBrType.PAGE);
            }
        } else if (hasClass(e, "toc")) {
            toc(e, sink, ctx);
        } else if (hasClass(e, "council-header")) {
            flow(e, sink, ctx.councilHeader());
        } else {
            flow(e, sink, ctx);
        }
    }

    private static boolean inlineOnly(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && !(isXhtml(c) && INLINE.contains(name(c)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A running header or footer made of inline pieces (number, page, marking, language) as a
     * careful typist sets it: left, centre and right zones separated by tabs, at the Header and
     * Footer styles' tab stops. One piece goes right in a header and centre in a footer; with
     * more than three, the right zone takes the rest.
     */
    private Inline zones(Element e, boolean header, Context ctx) {
        List<Node> pieces = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element || !n.getNodeValue().isBlank()) {
                pieces.add(n);
            }
        }
        int n = pieces.size();
        Inline in = new Inline();
        int current = 0;
        for (int i = 0; i < n; i++) {
            int zone = n == 1 ? (header ? 2 : 1) : n == 2 ? 2 * i : Math.min(i, 2);
            if (i > 0 && zone == current) {
                in.text(" ", Inline.Format.PLAIN);
            }
            for (; current < zone; current++) {
                in.tab();
            }
            if (pieces.get(i) instanceof Element c) {
                inline(c, in, Inline.Format.PLAIN, ctx);
            } else {
                in.text(pieces.get(i).getNodeValue(), Inline.Format.PLAIN);
            }
        }
        return in;
    }

    /**
     * A heading in Heading 1–3. When the reference document numbers its heading styles (a
     * multilevel list linked to them, as the council-note one does), Word numbers the heading and
     * the template's typed number ({@code span.heading-number}, for PDF and HTML) is left out; a
     * heading without a typed number is then kept out of the numbering. With a reference document
     * whose headings are not numbered, the typed number stays.
     */
    private void heading(Element e, Sink sink, Context ctx, int level) {
        String style = ctx.inToc() ? Styles.TOC_HEADING : Styles.heading(level);
        boolean wordNumbers = !ctx.inToc() && headingsNumbered(style);
        boolean typed = hasHeadingNumber(e);
        dropHeadingNumber = wordNumbers;
        Inline content = inlineContent(e, ctx);
        dropHeadingNumber = false;
        CTP p = paragraph(sink, style, content, ctx);
        if (p != null && wordNumbers && !typed) {
            CTPPr ppr = p.getPPr();
            var numPr = ppr.isSetNumPr() ? ppr.getNumPr() : ppr.addNewNumPr();
            numPr.addNewNumId().setVal(BigInteger.ZERO); // numId 0: no number for this heading
        }
        if (!ctx.inToc()) {
            bookmark(p, e.getAttribute("id"));
        }
    }

    private static boolean hasHeadingNumber(Element e) {
        for (Element c : elements(e)) {
            if (hasClass(c, "heading-number") || hasHeadingNumber(c)) {
                return true;
            }
        }
        return false;
    }

    /** True if the reference document's style (or a style it is based on) carries numbering. */
    private boolean headingsNumbered(String styleId) {
        return numberedStyles.computeIfAbsent(styleId, id -> {
            var style = doc.getStyles().getStyle(id);
            for (int depth = 0; style != null && depth < 10; depth++) {
                var ppr = style.getCTStyle().getPPr();
                if (ppr != null && ppr.isSetNumPr() && ppr.getNumPr().isSetNumId()) {
                    return ppr.getNumPr().getNumId().getVal().signum() > 0;
                }
                String based = style.getBasisStyleID();
                style = based == null ? null : doc.getStyles().getStyle(based);
            }
            return false;
        });
    }

    /** Marks a paragraph as the target of {@code #id} links (headings, table and figure captions). */
    void bookmark(CTP p, String id) {
        if (p == null || id.isEmpty()) {
            return;
        }
        BigInteger n = BigInteger.valueOf(bookmarks++);
        CTBookmark start = p.insertNewBookmarkStart(0);
        start.setId(n);
        start.setName(bookmarkName(id));
        p.addNewBookmarkEnd().setId(n);
    }

    /** Word bookmark names: letters, digits and underscores, at most 40 characters. */
    static String bookmarkName(String id) {
        StringBuilder b = new StringBuilder("x_");
        for (int i = 0; i < id.length() && b.length() < 40; i++) {
            char c = id.charAt(i);
            b.append(Character.isLetterOrDigit(c) ? c : '_');
        }
        return b.toString();
    }

    private String paragraphStyle(Element p, Context ctx) {
        if (hasClass(p, "title")) {
            return Styles.TITLE;
        }
        if (hasClass(p, "caption")) {
            return Styles.CAPTION;
        }
        if (hasClass(p, "note")) {
            return Styles.NOTE;
        }
        return ctx.style();
    }

    private void list(Element list, Sink sink, Context ctx) {
        int level = ctx.listLevel() + 1;
        if (level > 1) {
            problem(list, "lists nest one level deep at most");
            return;
        }
        if (lists == null) {
            lists = new Lists(doc);
        }
        BigInteger numId = name(list).equals("ol") ? lists.newOrdered() : lists.bullets();
        for (Node n = list.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element li) {
                if (!isXhtml(li) || !name(li).equals("li")) {
                    problem(li, "<" + li.getNodeName() + "> cannot be a child of <" + name(list) + ">; expected <li>");
                } else {
                    flow(li, sink, ctx.listItem(numId, level));
                }
            } else if (n.getNodeType() == Node.TEXT_NODE && !n.getNodeValue().isBlank()) {
                problem(list, "text directly inside <" + name(list) + ">; put it in an <li>");
            }
        }
    }

    private void figure(Element figure, Sink sink, Context ctx) {
        boolean chart = hasClass(figure, "chart");
        Element data = null;
        for (Node n = figure.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (isXhtml(e) && name(e).equals("figcaption")) {
                    bookmark(paragraph(sink, Styles.CAPTION, inlineContent(e, ctx), ctx), figure.getAttribute("id"));
                } else if (chart && isXhtml(e) && name(e).equals("table") && hasClass(e, "chart-data")) {
                    if (data != null) {
                        problem(e, "a chart has one data table");
                    }
                    data = e;
                    if (!sink.isBody() || ctx.inTable() || ctx.listLevel() >= 0) {
                        problem(figure, "a chart must be in the body, outside tables, lists and page furniture");
                    } else {
                        charts.chart(figure, (BodySink) sink);
                    }
                } else if (chart) {
                    problem(e, "a chart holds a <figcaption> and one <table class=\"chart-data\">, not <" + e.getNodeName() + ">");
                } else {
                    block(e, sink, ctx);
                }
            } else if (n.getNodeType() == Node.TEXT_NODE && !n.getNodeValue().isBlank()) {
                problem(figure, "text directly inside <figure>; put it in a <p> or the <figcaption>");
            }
        }
        if (chart && data == null) {
            problem(figure, "a chart needs a <table class=\"chart-data\"> with its data");
        }
    }

    private void toc(Element toc, Sink sink, Context ctx) {
        if (!sink.isBody() || ctx != Context.BODY) {
            problem(toc, "a table of contents must be in the body, outside tables and lists");
            return;
        }
        boolean fieldWritten = false;
        for (Node n = toc.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                String name = isXhtml(e) ? name(e) : "";
                switch (name) {
                    case "h1", "h2", "h3", "p" -> block(e, sink, ctx.toc());
                    // The template's own contents list (for PDF and HTML) is replaced by Word's TOC field.
                    case "ul", "ol", "nav" -> {
                        if (!fieldWritten) {
                            tocField(sink);
                            fieldWritten = true;
                        }
                    }
                    default -> problem(e, "a table of contents holds a heading or <p> and the template's own list, not <"
                            + e.getNodeName() + ">");
                }
            }
        }
        if (!fieldWritten) {
            tocField(sink);
        }
    }

    /**
     * A TOC field marked dirty, so that Word fills in the page numbers on opening. Its shown result
     * lists the headings with links (what LibreOffice shows until the index is updated).
     */
    private void tocField(Sink sink) {
        List<TocEntry> entries = tocEntries();
        CTP first = sink.paragraph();
        first.addNewPPr().addNewPStyle().setVal(entries.isEmpty() ? Styles.NORMAL : Styles.toc(entries.get(0).level()));
        fieldChar(first, STFldCharType.BEGIN, Inline.Format.PLAIN).setDirty(Boolean.TRUE);
        instruction(first, " TOC \\o \"1-3\" \\h \\z \\u ", Inline.Format.PLAIN);
        fieldChar(first, STFldCharType.SEPARATE, Inline.Format.PLAIN);
        CTP p = first;
        for (int i = 0; i < entries.size(); i++) {
            TocEntry entry = entries.get(i);
            if (i > 0) {
                p = sink.paragraph();
                p.addNewPPr().addNewPStyle().setVal(Styles.toc(entry.level()));
            }
            CTHyperlink link = p.addNewHyperlink();
            link.setAnchor(bookmarkName(entry.id()));
            link.setHistory(Boolean.TRUE);
            text(link.addNewR(), entry.text());
        }
        fieldChar(p, STFldCharType.END, Inline.Format.PLAIN);
    }

    private record TocEntry(int level, String text, String id) { }

    private List<TocEntry> tocEntries() {
        if (tocEntries == null) {
            tocEntries = new ArrayList<>();
            collectHeadings(xhtml.dom().getDocumentElement(), tocEntries);
        }
        return tocEntries;
    }

    private static void collectHeadings(Element e, List<TocEntry> out) {
        for (Element c : elements(e)) {
            String n = name(c);
            if (hasClass(c, "toc") || hasClass(c, "running-header") || hasClass(c, "running-footer") || n.equals("head")) {
                continue;
            }
            if ((n.equals("h1") || n.equals("h2") || n.equals("h3")) && c.hasAttribute("id")) {
                out.add(new TocEntry(n.charAt(1) - '0', collapse(textWithoutFootnotes(c)), c.getAttribute("id")));
            } else {
                collectHeadings(c, out);
            }
        }
    }

    static String textWithoutFootnotes(Element e) {
        StringBuilder b = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                if (name(c).equals("br")) {
                    b.append(' '); // a line break separates words in alt text and contents entries
                } else if (!hasClass(c, "footnote")) {
                    b.append(textWithoutFootnotes(c));
                }
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                b.append(n.getNodeValue());
            }
        }
        return b.toString();
    }

    // ---- paragraphs and inline content --------------------------------------------------------------------------

    /** The inline content of an element that may hold only inline content. */
    Inline inlineContent(Element e, Context ctx) {
        Inline in = new Inline();
        children(e, in, Inline.Format.PLAIN, ctx);
        return in;
    }

    private void children(Element e, Inline into, Inline.Format f, Context ctx) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                into.text(n.getNodeValue(), f);
            } else if (n instanceof Element c) {
                inline(c, into, f, ctx);
            }
        }
    }

    private void inline(Element e, Inline into, Inline.Format f, Context ctx) {
        String name = isXhtml(e) ? name(e) : "";
        switch (name) {
            case "strong", "b" -> children(e, into, f.withBold(), ctx);
            case "em", "i" -> children(e, into, f.withItalic(), ctx);
            case "sup" -> children(e, into, f.withVertAlign("superscript"), ctx);
            case "sub" -> children(e, into, f.withVertAlign("subscript"), ctx);
            case "abbr" -> children(e, into, f, ctx);
            case "br" -> into.lineBreak(f);
            case "a" -> {
                String href = e.getAttribute("href");
                if (!Subset.isAllowedLink(href)) {
                    problem(e, "link target \"" + href + "\" is not allowed; " + Subset.LINK_RULE);
                }
                children(e, into, f.withLink(href), ctx);
            }
            case "span" -> span(e, into, f, ctx);
            case "" -> problem(e, "<" + e.getNodeName() + "> is not in the XHTML namespace; the XHTML subset has no foreign elements");
            default -> problem(e, "<" + name + "> cannot be inside a paragraph or other inline content; "
                    + (INLINE.contains(name) ? "" : "expected inline elements only (<strong>, <em>, <span>, <a>, <sup>, <sub>, <br/>, <abbr>)"));
        }
    }

    private void span(Element e, Inline into, Inline.Format f, Context ctx) {
        if (hasClass(e, "footnote")) {
            if (ctx.inFootnote() || ctx.inFurniture()) {
                problem(e, "a footnote cannot be inside " + (ctx.inFootnote() ? "another footnote" : "a running header or footer"));
            } else {
                into.footnote(e);
            }
        } else if (hasClass(e, "page-number") || hasClass(e, "page-count")) {
            if (!e.getTextContent().isBlank()) {
                problem(e, "<span class=\"" + e.getAttribute("class") + "\"/> must be empty; the page number is filled in by Word");
            }
            into.field(hasClass(e, "page-number") ? "PAGE" : "NUMPAGES", "1", f);
        } else if (hasClass(e, "marking")) {
            children(e, into, f.withCharStyle(Styles.MARKING), ctx);
        } else if (hasClass(e, "heading-number") && dropHeadingNumber) {
            // Word numbers the heading through its style (see heading()).
        } else {
            children(e, into, f, ctx);
        }
    }

    /** Writes a paragraph in a style; returns it, or null when there was nothing to write. */
    CTP paragraph(Sink sink, String style, Inline content, Context ctx) {
        if (content.isEmpty()) {
            return null;
        }
        CTP p = sink.paragraph();
        CTPPr ppr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
        (ppr.isSetPStyle() ? ppr.getPStyle() : ppr.addNewPStyle()).setVal(style);
        ListItem item = ctx.item();
        if (item != null && !item.numbered) {
            item.numbered = true;
            var numPr = ppr.addNewNumPr();
            numPr.addNewIlvl().setVal(BigInteger.valueOf(item.level));
            numPr.addNewNumId().setVal(item.numId);
        }
        runs(p, sink.part(), content, ctx);
        return p;
    }

    private void runs(CTP p, POIXMLDocumentPart part, Inline content, Context ctx) {
        for (Inline.Piece piece : content.pieces()) {
            if (piece instanceof Inline.Text t) {
                CTR r = t.format().link() != null ? linkRun(p, part, t.format().link()) : p.addNewR();
                format(r, t.format());
                text(r, t.text());
            } else if (piece instanceof Inline.Tab) {
                p.addNewR().addNewTab();
            } else if (piece instanceof Inline.Break b) {
                CTR r = p.addNewR();
                format(r, b.format());
                r.addNewBr();
            } else if (piece instanceof Inline.Field f) {
                fieldChar(p, STFldCharType.BEGIN, f.format());
                instruction(p, " " + f.instruction() + " \\* MERGEFORMAT ", f.format());
                fieldChar(p, STFldCharType.SEPARATE, f.format());
                CTR shown = p.addNewR();
                format(shown, f.format());
                text(shown, f.shown());
                fieldChar(p, STFldCharType.END, f.format());
            } else if (piece instanceof Inline.Footnote fn) {
                footnote(p, fn.span(), ctx);
            }
        }
    }

    private void footnote(CTP p, Element span, Context ctx) {
        XWPFFootnote note = doc.createFootnote();
        CTR ref = p.addNewR();
        ref.addNewRPr().addNewRStyle().setVal(Styles.FOOTNOTE_REFERENCE);
        ref.addNewFootnoteReference().setId(note.getId());

        XWPFParagraph np = note.createParagraph();
        CTP ctp = np.getCTP();
        ctp.addNewPPr().addNewPStyle().setVal(Styles.FOOTNOTE_TEXT);
        CTR mark = ctp.addNewR();
        mark.addNewRPr().addNewRStyle().setVal(Styles.FOOTNOTE_REFERENCE);
        mark.addNewFootnoteRef();
        ctp.addNewR().addNewTab();
        Context inNote = ctx.footnote();
        Inline content = inlineContent(span, inNote);
        runs(ctp, note.getPart(), content, inNote);
    }

    private CTR linkRun(CTP p, POIXMLDocumentPart part, String href) {
        CTHyperlink link = p.addNewHyperlink();
        if (href.startsWith("#")) {
            link.setAnchor(bookmarkName(href.substring(1)));
        } else {
            String id = linkIds.computeIfAbsent(part, k -> new HashMap<>()).computeIfAbsent(href, h ->
                    part.getPackagePart().addExternalRelationship(h, XWPFRelation.HYPERLINK.getRelation()).getId());
            link.setId(id);
        }
        link.setHistory(Boolean.TRUE);
        return link.addNewR();
    }

    private static void format(CTR r, Inline.Format f) {
        String style = f.charStyle() != null ? f.charStyle() : f.link() != null ? Styles.HYPERLINK : null;
        if (style == null && !f.bold() && !f.italic() && f.vertAlign() == null) {
            return;
        }
        CTRPr rpr = r.addNewRPr();
        if (style != null) {
            rpr.addNewRStyle().setVal(style);
        }
        if (f.bold()) {
            rpr.addNewB();
            rpr.addNewBCs();
        }
        if (f.italic()) {
            rpr.addNewI();
            rpr.addNewICs();
        }
        if (f.vertAlign() != null) {
            rpr.addNewVertAlign().setVal(f.vertAlign().equals("superscript") ? STVerticalAlignRun.SUPERSCRIPT : STVerticalAlignRun.SUBSCRIPT);
        }
    }

    static void text(CTR r, String s) {
        CTText t = r.addNewT();
        t.setStringValue(s);
        if (!s.isEmpty() && (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ')) {
            t.setSpace(SpaceAttribute.Space.PRESERVE);
        }
    }

    private static CTFldChar fieldChar(CTP p, STFldCharType.Enum type, Inline.Format f) {
        CTR r = p.addNewR();
        format(r, f);
        CTFldChar c = r.addNewFldChar();
        c.setFldCharType(type);
        return c;
    }

    private static void instruction(CTP p, String instr, Inline.Format f) {
        CTR r = p.addNewR();
        format(r, f);
        CTText t = r.addNewInstrText();
        t.setStringValue(instr);
        t.setSpace(SpaceAttribute.Space.PRESERVE);
    }

    // ---- shared helpers -----------------------------------------------------------------------------------------

    XWPFDocument document() {
        return doc;
    }

    int textWidth() {
        return textWidth;
    }

    /** The typed document. */
    XhtmlTree tree() {
        return xhtml.tree();
    }

    /**
     * The typed document's node of a chart figure of the DOM: the DOM's n-th {@code figure.chart}
     * is the typed document's n-th.
     */
    eu.barometer.templates.xhtml.Node.Element chartNode(Element figure) {
        if (chartNodes == null) {
            chartNodes = new IdentityHashMap<>();
            List<Element> figures = Xhtml.elements(xhtml.dom(), "figure", "chart");
            List<eu.barometer.templates.xhtml.Node.Element> nodes = xhtml.tree().chartFigures();
            for (int i = 0; i < Math.min(figures.size(), nodes.size()); i++) {
                chartNodes.put(figures.get(i), nodes.get(i));
            }
        }
        return chartNodes.get(figure);
    }

    void problem(Element at, String message) {
        problems.add(at, message);
    }

    private static int textWidth(CTSectPr sect) {
        try {
            long w = ((BigInteger) sect.getPgSz().getW()).longValue();
            long left = ((BigInteger) sect.getPgMar().getLeft()).longValue();
            long right = ((BigInteger) sect.getPgMar().getRight()).longValue();
            return (int) Math.max(2000, w - left - right);
        } catch (RuntimeException e) {
            return 9072; // A4 with 2.5 cm margins, when the reference has no page setup
        }
    }

    static boolean isXhtml(Element e) {
        return XHTML_NS.equals(e.getNamespaceURI());
    }

    static String name(Element e) {
        String n = e.getLocalName();
        return n != null ? n : e.getNodeName();
    }


    static List<Element> elements(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    static String collapse(String s) {
        return WHITE_SPACE.matcher(s).replaceAll(" ").trim();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    // ---- where paragraphs go ------------------------------------------------------------------------------------

    /** A place paragraphs are appended to: the body, a page header or footer, a table cell, a footnote. */
    interface Sink {
        CTP paragraph();

        POIXMLDocumentPart part();

        default boolean isBody() {
            return false;
        }
    }

    final class BodySink implements Sink {
        @Override
        public CTP paragraph() {
            return doc.createParagraph().getCTP();
        }

        XWPFParagraph xwpfParagraph() {
            return doc.createParagraph();
        }

        @Override
        public POIXMLDocumentPart part() {
            return doc;
        }

        @Override
        public boolean isBody() {
            return true;
        }
    }

    /** A new header or footer comes with one empty paragraph: it is used first. */
    private static final class HeaderFooterSink implements Sink {
        private final XWPFHeaderFooter part;
        private boolean firstUsed;

        HeaderFooterSink(XWPFHeaderFooter part) {
            this.part = part;
        }

        @Override
        public CTP paragraph() {
            if (!firstUsed && !part.getParagraphs().isEmpty()) {
                firstUsed = true;
                return part.getParagraphs().get(0).getCTP();
            }
            firstUsed = true;
            return part.createParagraph().getCTP();
        }

        @Override
        public POIXMLDocumentPart part() {
            return part;
        }
    }

    /** The list item whose first paragraph carries the number. */
    static final class ListItem {
        final BigInteger numId;
        final int level;
        boolean numbered;

        ListItem(BigInteger numId, int level) {
            this.numId = numId;
            this.level = level;
        }
    }

    /**
     * Where the walk is: the style of implicit paragraphs, the list item, and what the place may hold.
     */
    record Context(String style, ListItem item, int listLevel, boolean inTable, boolean inFootnote, boolean inFurniture,
                   boolean inCouncilHeader, boolean inToc) {
        static final Context BODY = new Context(Styles.NORMAL, null, -1, false, false, false, false, false);

        Context listItem(BigInteger numId, int level) {
            return new Context(Styles.LIST_PARAGRAPH, new ListItem(numId, level), level, inTable, inFootnote, inFurniture,
                    inCouncilHeader, inToc);
        }

        Context cell(String s) {
            return new Context(s, null, -1, true, inFootnote, inFurniture, inCouncilHeader, inToc);
        }

        /** Inside a block quote: its paragraphs take the style Quote. */
        Context quote(String quoteStyle) {
            return new Context(quoteStyle, item, listLevel, inTable, inFootnote, inFurniture, inCouncilHeader, inToc);
        }

        Context footnote() {
            return new Context(Styles.FOOTNOTE_TEXT, null, -1, inTable, true, inFurniture, false, false);
        }

        Context furniture(String s) {
            return new Context(s, null, -1, false, false, true, false, false);
        }

        Context councilHeader() {
            return new Context(Styles.COUNCIL_HEADER, item, listLevel, inTable, inFootnote, inFurniture, true, inToc);
        }

        Context toc() {
            return new Context(style, item, listLevel, inTable, inFootnote, inFurniture, inCouncilHeader, true);
        }
    }
}
