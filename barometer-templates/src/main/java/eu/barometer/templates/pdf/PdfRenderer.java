package eu.barometer.templates.pdf;

import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.reference.Language;
import eu.barometer.templates.OutputFormat;
import eu.barometer.templates.RenderException;
import eu.barometer.templates.RenderOptions;
import eu.barometer.templates.TemplateProblem;
import eu.barometer.templates.TemplateSet;
import eu.barometer.templates.XhtmlDocument;
import eu.barometer.templates.chart.ChartData;
import eu.barometer.templates.xhtml.XhtmlTree;
import eu.barometer.templates.internal.Deterministic;
import eu.barometer.templates.internal.Footnotes;
import eu.barometer.templates.internal.FormatWriter;
import eu.barometer.templates.internal.NumberStyle;
import eu.barometer.templates.internal.Xhtml;
import eu.barometer.templates.xhtml.Subset;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.PageBox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * The PDF edition, laid out by Flying Saucer on OpenPDF: A4 pages with the template's running
 * header and footer (marking on every page), table headers repeated across page breaks, bookmarks
 * from the headings, document properties (title, subject, author, keywords, language, marking),
 * charts as vector graphics with real text, and the Liberation fonts embedded for every glyph.
 * Before layout, every character is checked against the fonts: a character they cannot draw
 * fails the render with its code point and place, never a silent gap. No file or network access
 * happens during layout. Immutable and thread-safe.
 *
 * <p>Internal: render through {@link eu.barometer.templates.Renderers}, which pins the dates and
 * ids of what this writes ({@code Deterministic.pdf}) and applies the size limit.
 */
public final class PdfRenderer implements FormatWriter {

    private final TemplateSet set;

    /** A renderer using a template set. */
    public PdfRenderer(TemplateSet set) {
        this.set = Objects.requireNonNull(set, "set");
    }

    @Override
    public OutputFormat format() {
        return OutputFormat.PDF;
    }

    @Override
    public void write(EditionAnalysis edition, XhtmlDocument x, RenderOptions options, OutputStream out)
            throws RenderException, IOException {
        out.write(toPdf(x, edition.edition().document().date(), options.pdfA()));
    }

    private byte[] toPdf(XhtmlDocument x, LocalDate date, boolean pdfA) throws RenderException {
        Document doc = x.dom();
        PdfFonts fonts = PdfFonts.current();
        checkGlyphs(doc, fonts);
        Footnotes.number(doc);
        Map<Integer, ChartData> charts = prepareCharts(doc, x.tree());
        captionsIntoHeaders(doc);
        addBookmarks(doc);

        ITextRenderer renderer = new ITextRenderer(fonts.resolver());
        SandboxUserAgent agent = new SandboxUserAgent(renderer.getOutputDevice(),
                renderer.getSharedContext().getDotsPerPixel(), set::file);
        agent.setBaseURL(null);
        renderer.getSharedContext().setUserAgentCallback(agent);
        renderer.getSharedContext().setLineBreakingStrategy(new MarkKeepingLineBreaking());
        renderer.getSharedContext().setReplacedElementFactory(new ChartElementFactory(renderer.getOutputDevice(), charts,
                NumberStyle.of(x.language(), set.numberConvention()), fonts));
        if (pdfA) {
            renderer.setPDFVersion(PdfWriter.VERSION_1_4);
            renderer.setPDFXConformance(PdfWriter.PDFA1B);
        }
        renderer.setListener(new Properties(doc, x.language(), date, pdfA));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
        try {
            layout(renderer, doc);
            renderer.createPDF(bytes);
        } catch (RuntimeException e) {
            throw new RenderException("the PDF could not be laid out: " + e.getMessage(), e);
        }
        if (!agent.refused().isEmpty()) {
            throw new RenderException(List.of(new TemplateProblem(TemplateSet.MAIN_TEMPLATE + " (output)", 0, 0,
                    "the document refers to resources outside the template set, which the PDF renderer does not load: "
                            + String.join(", ", agent.refused()))));
        }
        return bytes.toByteArray();
    }

    /** At most this many further layouts to settle the page makeup; each fixes what the previous one showed. */
    private static final int MAX_RELAYOUTS = 3;

    /**
     * Lays the document out, then corrects what Flying Saucer's pagination does not take from CSS
     * and lays it out again, until nothing is left to correct: a table whose caption and header
     * rows would stand alone at the foot of a page (Flying Saucer moves the first row on but keeps
     * the header rows) starts on the next page.
     */
    private static void layout(ITextRenderer renderer, Document doc) {
        renderer.setDocument(doc, null);
        renderer.layout();
        for (int pass = 0; pass < MAX_RELAYOUTS && correctPageMakeup(renderer.getRootBox(), doc); pass++) {
            renderer.setDocument(doc, null);
            renderer.layout();
        }
    }

    /** Applies the corrections a layout calls for to the document; false if it needs none. */
    private static boolean correctPageMakeup(BlockBox root, Document doc) {
        List<PageBox> pages = root.getLayer().getPages();
        boolean changed = false;
        for (Element table : Xhtml.elements(doc, "table", "data")) {
            Element thead = Xhtml.child(table, "thead");
            Element tbody = Xhtml.child(table, "tbody");
            Element head = thead == null ? null : Xhtml.child(thead, "tr");
            Element first = tbody == null ? null : Xhtml.child(tbody, "tr");
            Box h = head == null ? null : firstBox(root, head);
            Box b = first == null ? null : firstBox(root, first);
            if (h != null && b != null && page(pages, h.getAbsY()) < page(pages, b.getAbsY())) {
                String style = table.getAttribute("style").strip();
                table.setAttribute("style", (style.isEmpty() || style.endsWith(";") ? style : style + ";") + " page-break-before: always;");
                changed = true;
            }
        }
        return changed;
    }

    private static Box firstBox(BlockBox root, Element e) {
        List<Box> boxes = root.getElementBoxes(e);
        return boxes.isEmpty() ? null : boxes.get(0);
    }

    /** The page (from 0) holding a vertical position of the layout, or -1. */
    private static int page(List<PageBox> pages, int y) {
        for (int i = 0; i < pages.size(); i++) {
            if (y >= pages.get(i).getTop() && y < pages.get(i).getBottom()) {
                return i;
            }
        }
        return -1;
    }

    /** Replaces each chart's data table by a placeholder that {@link ChartElementFactory} draws. */
    private static Map<Integer, ChartData> prepareCharts(Document doc, XhtmlTree tree) throws RenderException {
        Map<Integer, ChartData> charts = new HashMap<>();
        int i = 0;
        for (Element figure : Xhtml.elements(doc, "figure", "chart")) {
            // The document's n-th chart figure is the typed document's n-th: read once, by XhtmlReader.
            ChartData data = tree.chart(i, TemplateSet.MAIN_TEMPLATE + " (output)").data();
            charts.put(i, data);
            Element canvas = doc.createElementNS(Xhtml.NS, "div");
            canvas.setAttribute("class", ChartElementFactory.CANVAS_CLASS);
            canvas.setAttribute(ChartElementFactory.INDEX_ATTRIBUTE, Integer.toString(i));
            for (Element t : Xhtml.elements(figure, "table", "chart-data")) {
                t.getParentNode().removeChild(t);
            }
            figure.appendChild(canvas);
            i++;
        }
        return charts;
    }

    /**
     * Moves each data table's caption into a first header row: Flying Saucer would leave a caption
     * alone at the foot of a page, but keeps header rows with the body and repeats them on every
     * page, so the caption also heads each continuation.
     */
    private static void captionsIntoHeaders(Document doc) {
        for (Element table : Xhtml.elements(doc, "table", "data")) {
            Element caption = Xhtml.child(table, "caption");
            Element thead = Xhtml.child(table, "thead");
            Element firstRow = thead == null ? null : Xhtml.child(thead, "tr");
            if (caption == null || firstRow == null) {
                continue;
            }
            int columns = 0;
            for (Node c = firstRow.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element cell) {
                    String span = cell.getAttribute("colspan");
                    columns += span.isEmpty() ? 1 : Subset.span(span).orElse(1);
                }
            }
            Element tr = doc.createElementNS(Xhtml.NS, "tr");
            tr.setAttribute("class", "caption-row");
            Element th = doc.createElementNS(Xhtml.NS, "th");
            th.setAttribute("colspan", Integer.toString(columns));
            th.setAttribute("class", "table-caption");
            while (caption.getFirstChild() != null) {
                th.appendChild(caption.getFirstChild());
            }
            tr.appendChild(th);
            thead.insertBefore(tr, firstRow);
            table.removeChild(caption);
        }
    }

    /** Adds Flying Saucer's {@code <bookmarks>} to the head: one per h1–h3 with an id, nested by level. */
    private static void addBookmarks(Document doc) {
        List<Element> heads = Xhtml.elements(doc, "head");
        if (heads.isEmpty()) {
            return;
        }
        Element root = doc.createElementNS(Xhtml.NS, "bookmarks");
        Deque<Element> parents = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        walkHeadings(doc.getDocumentElement(), h -> {
            int level = h.getLocalName().charAt(1) - '0';
            while (!levels.isEmpty() && levels.peek() >= level) {
                levels.pop();
                parents.pop();
            }
            Element b = doc.createElementNS(Xhtml.NS, "bookmark");
            b.setAttribute("name", h.getTextContent().strip().replaceAll("\\s+", " "));
            b.setAttribute("href", "#" + h.getAttribute("id"));
            (parents.isEmpty() ? root : parents.peek()).appendChild(b);
            parents.push(b);
            levels.push(level);
        });
        heads.get(0).appendChild(root);
    }

    private static void walkHeadings(Element e, java.util.function.Consumer<Element> action) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                String name = c.getLocalName();
                if ((name.equals("h1") || name.equals("h2") || name.equals("h3")) && c.hasAttribute("id")) {
                    action.accept(c);
                } else {
                    walkHeadings(c, action);
                }
            }
        }
    }

    /** Fails on the first character the fonts cannot draw, naming it and where it is. */
    private static void checkGlyphs(Document doc, PdfFonts fonts) throws RenderException {
        Element body = Xhtml.elements(doc, "body").stream().findFirst().orElse(doc.getDocumentElement());
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(body);
        Element title = Xhtml.elements(doc, "title").stream().findFirst().orElse(null);
        if (title != null) {
            stack.push(title);
        }
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                String s = n.getNodeValue();
                for (int i = 0; i < s.length(); ) {
                    int cp = s.codePointAt(i);
                    if (!Character.isWhitespace(cp) && cp != 0x00A0 && !Character.isISOControl(cp) && !fonts.canDraw(cp)) {
                        throw new RenderException(List.of(new TemplateProblem(TemplateSet.MAIN_TEMPLATE + " (output)", 0, 0,
                                String.format(Locale.ROOT, "the character U+%04X '%s' (%s) in %s cannot be drawn by the "
                                        + "embedded fonts (Liberation Serif and Sans); near: \"%s\"", cp, new String(Character.toChars(cp)),
                                        Character.getName(cp), where(n), excerpt(s, i)))));
                    }
                    i += Character.charCount(cp);
                }
            }
            for (Node c = n.getLastChild(); c != null; c = c.getPreviousSibling()) {
                stack.push(c);
            }
        }
    }

    private static String where(Node text) {
        StringBuilder path = new StringBuilder();
        for (Node p = text.getParentNode(); p instanceof Element e; p = p.getParentNode()) {
            String id = e.getAttribute("id");
            path.insert(0, "/" + e.getLocalName() + (id.isEmpty() ? "" : "#" + id));
            if (!id.isEmpty() && path.length() > 40) {
                break;
            }
        }
        return path.toString();
    }

    private static String excerpt(String s, int at) {
        int from = Math.max(0, at - 20);
        int to = Math.min(s.length(), at + 20);
        return s.substring(from, to).replaceAll("\\s+", " ");
    }

    /**
     * Writes the document properties: language, marking and the rest Flying Saucer does not map;
     * for PDF/A-1b also the sRGB output intent (once the writer's body exists) and the XMP metadata.
     */
    private static final class Properties extends DefaultPDFCreationListener {
        private final Document doc;
        private final Language language;
        private final LocalDate date;
        private final boolean pdfA;

        Properties(Document doc, Language language, LocalDate date, boolean pdfA) {
            this.doc = doc;
            this.language = language;
            this.date = date;
            this.pdfA = pdfA;
        }

        @Override
        public void preWrite(ITextRenderer renderer, int pageCount) {
            if (pdfA) {
                try {
                    renderer.getWriter().setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                            java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException("cannot write the sRGB output intent: " + e.getMessage(), e);
                }
            }
        }

        @Override
        public void preOpen(ITextRenderer renderer) {
            PdfWriter w = renderer.getWriter();
            // zlib's fastest level: at the default level deflating took an eighth of the render.
            w.setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);
            w.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
            w.getExtraCatalog().put(PdfName.LANG, new PdfString(language.code()));
        }

        @Override
        public void onClose(ITextRenderer renderer) {
            var info = renderer.getWriter().getInfo();
            // Dates come from the edition, never the clock, so that the same inputs give the same bytes.
            PdfDate pinned = new PdfDate(Deterministic.calendar(date));
            info.put(PdfName.CREATIONDATE, pinned);
            info.put(PdfName.MODDATE, pinned);
            info.put(new PdfName("Marking"), new PdfString(Xhtml.meta(doc, "marking"), PdfString.TEXT_UNICODE));
            info.put(new PdfName("DocumentNumber"), new PdfString(Xhtml.meta(doc, "document-number"), PdfString.TEXT_UNICODE));
            info.put(new PdfName("EditionId"), new PdfString(Xhtml.meta(doc, "edition-id"), PdfString.TEXT_UNICODE));
            info.put(new PdfName("Language"), new PdfString(language.code(), PdfString.TEXT_UNICODE));
            if (pdfA) {
                renderer.getWriter().createXmpMetadata();
            }
        }
    }
}
