package eu.barometer.templates.xlsx;

import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.model.CouncilDocument;
import eu.barometer.core.model.Dataset;
import eu.barometer.core.model.DatasetKind;
import eu.barometer.core.model.Edition;
import eu.barometer.core.model.Row;
import eu.barometer.core.reference.Language;
import eu.barometer.templates.RenderException;
import eu.barometer.templates.RenderOptions;
import eu.barometer.templates.XhtmlDocument;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.w3c.dom.Element;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;

/**
 * Writes the spreadsheet edition from an edition and the XHTML its template produced.
 *
 * <p>Sheets, in order: <b>Summary</b> (title, document metadata, the key figures of the
 * document's summary section, links to every sheet); one sheet per data table and per chart of
 * the document, in document order (a chart sheet holds the chart's data table with a native chart
 * beside it); one tidy data sheet per received dataset, named by the dataset's id; <b>Sources</b>.
 * {@code docs/xlsx.md} describes the layout.
 *
 * <p>The summary, table and chart sheets are built in memory; the data sheets are streamed
 * ({@value #ROW_WINDOW} rows in memory at a time, the rest in temporary files that are deleted
 * after the write), so a million input rows fit in a small heap. Zip entry times and the
 * workbook's dates are the document's date, never "now".
 *
 * <p>Immutable and thread-safe; every call works on its own workbook.
 *
 * @since 0.1
 */
public final class XlsxWriter {

    /** Rows of a streamed data sheet kept in memory. */
    public static final int ROW_WINDOW = 100;

    /** Workbooks with more data rows than this are zipped for speed rather than size (about 20 % larger). */
    public static final int FAST_ZIP_ABOVE = 100_000;

    /** Writes the workbook to a stream, which is not closed. */
    public void write(EditionAnalysis analysis, XhtmlDocument document, RenderOptions options, OutputStream out)
            throws RenderException, IOException {
        Edition edition = analysis.edition();
        Language language = document.language();
        Element root = document.dom().getDocumentElement();
        Element body = Xhtml.child(root, "body").orElseThrow(() -> HtmlTable.problem("the XHTML has no <body>"));
        Optional<Element> head = Xhtml.child(root, "head");
        Labels labels = new Labels(language);
        CouncilDocument doc = edition.document();

        String marking = meta(head, "marking").orElse(doc.marking().text());
        Printing printing = Printing.of(marking,
                Xhtml.first(body, e -> Xhtml.hasClass(e, "running-header")),
                Xhtml.first(body, e -> Xhtml.hasClass(e, "running-footer")));

        // What the document holds, read before anything is written so that names are known up front.
        List<Object> parts = new ArrayList<>();
        for (Element e : Xhtml.find(body, e -> (Xhtml.is(e, "table") && !Xhtml.hasClass(e, "layout"))
                || (Xhtml.is(e, "figure") && Xhtml.hasClass(e, "chart")))) {
            parts.add(Xhtml.is(e, "table") ? HtmlTable.read(e) : HtmlChart.read(e));
        }
        SheetNames names = new SheetNames();
        // The workbook's own sheets are named first and never change: a document table called
        // "Sources" becomes "Sources (2)", and data sheets carry a prefix no caption is likely to have.
        String summaryName = names.unique(labels.get("sheet.summary"), "Summary");
        String sourcesName = names.unique(labels.get("sheet.sources"), "Sources");
        Map<DatasetKind, String> dataNames = new EnumMap<>(DatasetKind.class);
        for (Dataset<?> d : edition.datasets()) {
            if (d.isReceived()) {
                dataNames.put(d.kind(), names.unique(dataSheetName(d.kind()), "data"));
            }
        }
        List<String> partNames = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof HtmlTable t) {
                partNames.add(names.unique(t.sheetName().orElse(t.caption()), "Table"));
            } else {
                HtmlChart c = (HtmlChart) p;
                partNames.add(names.unique(c.sheetName().orElse(c.caption()), "Chart"));
            }
        }
        List<String> allNames = new ArrayList<>();
        allNames.add(summaryName);
        allNames.addAll(partNames);
        allNames.addAll(dataNames.values());
        allNames.add(sourcesName);

        String title = head.flatMap(h -> Xhtml.child(h, "title")).map(Xhtml::text).filter(s -> !s.isEmpty())
                .orElse(doc.subject().in(language));

        XSSFWorkbook xssf = new XSSFWorkbook();
        StampedWorkbook wb = null;
        try {
            Styles styles = new Styles(xssf, language);
            new SummarySheet(styles, printing).write(xssf.createSheet(summaryName), title,
                    metadata(edition, head, labels, language, marking), labels.get("summary.key-figures"),
                    keyFigures(body), labels.get("summary.sheets"), allNames.subList(1, allNames.size()));
            TableSheet tables = new TableSheet(styles, labels, printing);
            ChartDrawer charts = new ChartDrawer(styles);
            for (int i = 0; i < parts.size(); i++) {
                XSSFSheet sheet = xssf.createSheet(partNames.get(i));
                if (parts.get(i) instanceof HtmlTable t) {
                    tables.write(sheet, t, 0);
                } else {
                    HtmlChart c = (HtmlChart) parts.get(i);
                    charts.draw(sheet, c, tables.write(sheet, c.data(), ChartDrawer.WIDTH_COLUMNS + 1));
                }
            }
            properties(xssf.getProperties(), title, head, doc, language, marking, edition.info().id());

            long dataRows = edition.datasets().stream().mapToLong(d -> d.rows().size()).sum();
            wb = new StampedWorkbook(xssf, ROW_WINDOW, doc.date(),
                    dataRows > FAST_ZIP_ABOVE ? Deflater.BEST_SPEED : Deflater.DEFAULT_COMPRESSION);
            DataSheet data = new DataSheet(styles, printing);
            for (Dataset<?> d : edition.datasets()) {
                if (d.isReceived()) {
                    writeData(data, wb, dataNames.get(d.kind()), d);
                }
            }
            new SourcesSheet(styles, labels, printing).write(wb.createSheet(sourcesName), edition.datasets(), dataNames);
            wb.write(out, options.maxOutputBytes());
        } catch (StampedWorkbook.TooLarge e) {
            throw new RenderException(e.getMessage() + "; raise RenderOptions.maxOutputBytes or render fewer rows", e);
        } finally {
            if (wb != null) {
                wb.close();
            } else {
                xssf.close();
            }
        }
    }

    /** The name of a dataset's data sheet, e.g. {@code data-database-use}; the same in every language. */
    public static String dataSheetName(DatasetKind kind) {
        return "data-" + kind.id();
    }

    @SuppressWarnings("unchecked")
    private static <R extends Row> void writeData(DataSheet data, Workbook wb, String name, Dataset<?> d) {
        Dataset<R> rows = (Dataset<R>) d;
        data.write(wb.createSheet(name), rows, d.source().orElseThrow());
    }

    private static List<SummarySheet.Item> metadata(Edition edition, Optional<Element> head, Labels labels,
                                                    Language language, String marking) {
        CouncilDocument doc = edition.document();
        List<SummarySheet.Item> items = new ArrayList<>();
        items.add(new SummarySheet.Item(labels.get("summary.subject"),
                meta(head, "subject").orElse(doc.subject().in(language))));
        String number = meta(head, "document-number").orElse(doc.number());
        if (!number.isEmpty()) {
            items.add(new SummarySheet.Item(labels.get("summary.document-number"), number));
        }
        items.add(new SummarySheet.Item(labels.get("summary.date"), doc.date()));
        if (!marking.isEmpty()) {
            items.add(new SummarySheet.Item(labels.get("summary.marking"), marking));
        }
        items.add(new SummarySheet.Item(labels.get("summary.edition"), meta(head, "edition-id").orElse(edition.info().id())));
        items.add(new SummarySheet.Item(labels.get("summary.period"), edition.info().period().toString()));
        items.add(new SummarySheet.Item(labels.get("summary.period-start"), edition.info().period().startDate()));
        items.add(new SummarySheet.Item(labels.get("summary.period-end"), edition.info().period().endDate()));
        items.add(new SummarySheet.Item(labels.get("summary.reference-date"), edition.info().referenceDate()));
        items.add(new SummarySheet.Item(labels.get("summary.language"), language.code() + " – " + language.nativeName()));
        return items;
    }

    /**
     * The key figures: the list items (else the paragraphs) of the summary section, the first
     * element with class {@code summary} or {@code key-figures} or id {@code summary}. The first
     * element inside an item that carries {@code data-value} gives the figure's raw value.
     */
    private static List<SummarySheet.KeyFigure> keyFigures(Element body) {
        Optional<Element> summary = Xhtml.first(body, e -> Xhtml.hasClass(e, "summary") || Xhtml.hasClass(e, "key-figures")
                || "summary".equals(e.getAttribute("id")));
        if (summary.isEmpty()) {
            return List.of();
        }
        List<Element> items = Xhtml.find(summary.get(), e -> Xhtml.is(e, "li"));
        if (items.isEmpty()) {
            items = Xhtml.find(summary.get(), e -> Xhtml.is(e, "p"));
        }
        List<SummarySheet.KeyFigure> out = new ArrayList<>();
        for (Element item : items) {
            String text = Xhtml.text(item);
            if (text.isEmpty()) {
                continue;
            }
            Optional<HtmlTable.Cell> value = Xhtml.first(item, e -> e.hasAttribute("data-value")).map(e -> {
                String raw = e.getAttribute("data-value").strip();
                String shown = Xhtml.text(e);
                String type = Xhtml.attr(e, "data-type").orElse(raw.matches("-?\\d+") ? "integer"
                        : raw.matches("-?\\d*\\.\\d+") ? (shown.contains("%") ? "percent" : "decimal") : "text");
                return new HtmlTable.Cell(shown, Optional.of(raw), Optional.of(type), Optional.empty(),
                        Xhtml.attr(e, "data-flag"), false, 1, 1, Optional.empty());
            });
            out.add(new SummarySheet.KeyFigure(text, value));
        }
        return out;
    }

    private static Optional<String> meta(Optional<Element> head, String name) {
        return head.flatMap(h -> Xhtml.children(h, "meta").stream()
                .filter(m -> name.equals(m.getAttribute("name")))
                .map(m -> m.getAttribute("content").strip())
                .filter(s -> !s.isEmpty())
                .findFirst());
    }

    private static void properties(POIXMLProperties p, String title, Optional<Element> head, CouncilDocument doc,
                                   Language language, String marking, String editionId) {
        var core = p.getCoreProperties();
        core.setTitle(title);
        core.setSubjectProperty(meta(head, "subject").orElse(doc.subject().in(language)));
        core.setCreator(meta(head, "author").orElse(doc.from().in(language)));
        meta(head, "keywords").ifPresent(core::setKeywords);
        core.getUnderlyingProperties().setLanguageProperty(language.code());
        Date day = Date.from(doc.date().atStartOfDay().toInstant(ZoneOffset.UTC));
        core.setCreated(Optional.of(day));
        core.setModified(Optional.of(day));
        var custom = p.getCustomProperties();
        custom.addProperty("Marking", marking.isEmpty() ? "NONE" : marking);
        String number = meta(head, "document-number").orElse(doc.number());
        if (!number.isEmpty()) {
            custom.addProperty("DocumentNumber", number);
        }
        custom.addProperty("Edition", meta(head, "edition-id").orElse(editionId));
        custom.addProperty("Language", language.code());
    }
}
