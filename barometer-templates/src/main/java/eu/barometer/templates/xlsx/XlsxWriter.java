package eu.barometer.templates.xlsx;

import eu.barometer.templates.xhtml.Subset;
import eu.barometer.templates.internal.OoxmlPackage;

import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.model.CouncilDocument;
import eu.barometer.core.model.Dataset;
import eu.barometer.core.model.DatasetKind;
import eu.barometer.core.model.Edition;
import eu.barometer.core.model.Row;
import eu.barometer.core.reference.Language;
import eu.barometer.templates.RenderException;
import eu.barometer.templates.RenderOptions;
import eu.barometer.templates.TemplateSet;
import eu.barometer.templates.XhtmlDocument;
import eu.barometer.templates.internal.SizeLimitedStream;
import org.w3c.dom.Element;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.Deflater;

/**
 * Writes the spreadsheet edition from an edition and the XHTML its template produced.
 *
 * <p>Sheets, in order: <b>Summary</b> (title, document metadata, the key figures of the
 * document's summary section, links to every sheet); one sheet per data table and per chart of
 * the document, in document order (a chart sheet holds the chart's data table with a native chart
 * beside it); one tidy data sheet per received dataset, named by the dataset's id; <b>Sources</b>;
 * <b>Problems</b> (the warnings the inputs raised).
 * {@code docs/xlsx.md} describes the layout.
 *
 * <p>The package is written directly as SpreadsheetML ({@link WorkbookXml}), not through POI's
 * object model: POI's XSSF took 60 ms or more per workbook for its object trees alone, more than
 * the 30 ms the whole edition may take. The summary, table and chart sheets are built in memory
 * first, so a template problem in any of them stops the render before a byte is written; the
 * data sheets are then streamed row by row into the zip, so a million input rows fit in a small
 * heap. Zip entry times and the workbook's dates are the document's date, never "now", and
 * nothing depends on the host's locale or time zone: the same edition gives the same bytes.
 *
 * <p>Immutable and thread-safe; every call works on its own workbook.
 *
 * @since 0.1
 */
public final class XlsxWriter {

    /**
     * The deflate level: zlib's fastest, about 20 % larger than its default and three times as
     * fast; at the default level deflating alone took half the time of the edition.
     */
    static final int ZIP_LEVEL = Deflater.BEST_SPEED;

    /** Data rows on one sheet: a sheet has at most 1,048,576 rows, the first holds the column names. */
    static final int MAX_DATA_ROWS = 1_048_575;

    private final int rowsPerSheet;
    private final Function<Language, Map<String, String>> documentLabels;

    /** A writer whose data sheets use the labels of the built-in template set. */
    public XlsxWriter() {
        this(MAX_DATA_ROWS);
    }

    /**
     * A writer whose data sheets name codes and columns with a template set's labels
     * ({@link TemplateSet#labels(Language)}), as its document does.
     */
    public XlsxWriter(Function<Language, Map<String, String>> documentLabels) {
        this(MAX_DATA_ROWS, documentLabels);
    }

    /** A writer that puts at most {@code rowsPerSheet} data rows on a sheet (tests use small numbers). */
    XlsxWriter(int rowsPerSheet) {
        this(rowsPerSheet, l -> TemplateSet.builtIn().labels(l));
    }

    XlsxWriter(int rowsPerSheet, Function<Language, Map<String, String>> documentLabels) {
        if (rowsPerSheet < 1 || rowsPerSheet > MAX_DATA_ROWS) {
            throw new IllegalArgumentException("rows per sheet must be 1 to " + MAX_DATA_ROWS);
        }
        this.rowsPerSheet = rowsPerSheet;
        this.documentLabels = java.util.Objects.requireNonNull(documentLabels, "documentLabels");
    }

    /** Writes the workbook to a stream, which is not closed. */
    public void write(EditionAnalysis analysis, XhtmlDocument document, RenderOptions options, OutputStream out)
            throws RenderException, IOException {
        Edition edition = analysis.edition();
        Language language = document.language();
        Element root = document.dom().getDocumentElement();
        Element body = Xhtml.child(root, "body").orElseThrow(() -> HtmlTable.problem("the XHTML has no <body>"));
        Optional<Element> head = Xhtml.child(root, "head");
        Labels labels = new Labels(language);
        Words words = new Words(documentLabels.apply(language), labels, language, edition.document().originalLanguage());
        CouncilDocument doc = edition.document();

        String marking = meta(head, "marking").orElse(doc.marking().text());
        Printing printing = Printing.of(marking,
                Xhtml.first(body, e -> Subset.hasClass(e, "running-header")),
                Xhtml.first(body, e -> Subset.hasClass(e, "running-footer")));

        // What the document holds, read before anything is written so that names are known up front.
        // The document's list of sources (table.sources) gets no sheet: the workbook's own Sources
        // sheet lists the same datasets with more columns (it used to come out as "Sources (2)").
        List<Object> parts = new ArrayList<>();
        for (Element e : Xhtml.find(body, e -> (Xhtml.is(e, "table") && !Subset.hasClass(e, "layout")
                && !Subset.hasClass(e, "sources"))
                || (Xhtml.is(e, "figure") && Subset.hasClass(e, "chart")))) {
            parts.add(Xhtml.is(e, "table") ? HtmlTable.read(e) : HtmlChart.read(e));
        }
        SheetNames names = new SheetNames();
        // The workbook's own sheets are named first and never change: a document table called
        // "Sources" becomes "Sources (2)", and data sheets carry a prefix no caption is likely to have.
        String summaryName = names.unique(labels.get("sheet.summary"), "Summary");
        String sourcesName = names.unique(labels.get("sheet.sources"), "Sources");
        String problemsName = names.unique(labels.get("sheet.problems"), "Problems");
        // The analysts' text, if the document has any, on one sheet named by the template.
        List<TextSheet.Part> textParts = TextSheet.read(body);
        String textName = textParts.isEmpty() ? null : names.unique(TextSheet.sheetName(body).orElse("Text"), "Text");
        // A dataset with more rows than a sheet holds continues on "data-… (2)", "data-… (3)", …
        Map<DatasetKind, List<String>> dataNames = new EnumMap<>(DatasetKind.class);
        for (Dataset<?> d : edition.datasets()) {
            if (d.isReceived()) {
                int sheets = Math.max(1, (d.rows().size() + rowsPerSheet - 1) / rowsPerSheet);
                List<String> sheetsOfD = new ArrayList<>();
                for (int p = 1; p <= sheets; p++) {
                    sheetsOfD.add(names.unique(words.dataSheet(d.kind()) + (p > 1 ? " (" + p + ")" : ""), "data"));
                }
                dataNames.put(d.kind(), sheetsOfD);
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
        if (textName != null) {
            allNames.add(textName);
        }
        allNames.addAll(partNames);
        dataNames.values().forEach(allNames::addAll);
        allNames.add(sourcesName);
        allNames.add(problemsName);

        String title = head.flatMap(h -> Xhtml.child(h, "title")).map(Xhtml::text).filter(s -> !s.isEmpty())
                .orElse(doc.subject().in(language));

        // Everything from the template is read and laid out before a byte is written.
        Styles styles = new Styles(language);
        Grid summary = new Grid();
        new SummarySheet(styles, printing).write(summary, title, metadata(edition, head, labels, language, marking),
                labels.get("summary.key-figures"), keyFigures(body), labels.get("summary.sheets"),
                allNames.subList(1, allNames.size()));
        Grid textGrid = null;
        if (textName != null) {
            textGrid = new Grid();
            new TextSheet(styles, printing).write(textGrid, textParts);
        }
        TableSheet tables = new TableSheet(styles, labels, printing);
        List<Grid> grids = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Grid g = new Grid();
            if (parts.get(i) instanceof HtmlTable t) {
                tables.write(g, t, 0);
            } else {
                HtmlChart c = (HtmlChart) parts.get(i);
                TableSheet.Layout layout = tables.write(g, c.data(), ChartXml.WIDTH_COLUMNS + 1);
                g.setup.chart = ChartXml.Chart.of(c, layout, g, partNames.get(i));
            }
            grids.add(g);
        }
        Grid sources = new Grid();
        new SourcesSheet(styles, labels, printing, words).write(sources, edition.datasets(), dataNames, edition.warnings());
        Grid problems = new Grid();
        new ProblemsSheet(styles, labels, printing).write(problems, edition.warnings());

        SizeLimitedStream limited = new SizeLimitedStream(out, options.maxOutputBytes());
        try (OoxmlPackage zip = new OoxmlPackage(limited, doc.date(), ZIP_LEVEL)) {
            WorkbookXml wb = new WorkbookXml(zip, styles, language);
            wb.sheet(summaryName, summary);
            if (textName != null) {
                wb.sheet(textName, textGrid);
            }
            for (int i = 0; i < grids.size(); i++) {
                wb.sheet(partNames.get(i), grids.get(i));
            }
            DataSheet data = new DataSheet(styles, printing, rowsPerSheet, words);
            for (Dataset<?> d : edition.datasets()) {
                if (d.isReceived()) {
                    writeData(data, wb, dataNames.get(d.kind()), d);
                }
            }
            wb.sheet(sourcesName, sources);
            wb.sheet(problemsName, problems);
            wb.finish(properties(title, head, doc, language, marking, edition.info().id()));
        } catch (SheetXml.TextTooLong e) {
            throw new RenderException("the workbook cannot be written: " + e.getMessage()
                    + " (shorten the text in the input or the template)", e);
        } catch (UncheckedIOException e) {
            throw tooLarge(e.getCause(), limited, options);
        } catch (IOException e) {
            throw tooLarge(e, limited, options);
        }
    }

    /** A failure of the stream: a clear RenderException if it is the size limit, else the failure itself. */
    private static IOException tooLarge(IOException e, SizeLimitedStream limited, RenderOptions options) throws RenderException {
        if (limited.exceeded() || SizeLimitedStream.causedByLimit(e)) {
            throw new RenderException("the workbook is larger than the limit of " + options.maxOutputBytes()
                    + " bytes; raise RenderOptions.maxOutputBytes or render fewer rows", e);
        }
        return e;
    }

    /**
     * The name of a dataset's data sheet with the built-in labels, e.g. "Border crossings – data",
     * "Prehodi meje – podatki". A dataset of more than {@value #MAX_DATA_ROWS} rows continues on
     * "… (2)".
     */
    public static String dataSheetName(DatasetKind kind, Language language) {
        return new Words(TemplateSet.builtIn().labels(language), new Labels(language), language, Language.EN).dataSheet(kind);
    }

    @SuppressWarnings("unchecked")
    private static <R extends Row> void writeData(DataSheet data, WorkbookXml wb, List<String> name, Dataset<?> d) {
        Dataset<R> rows = (Dataset<R>) d;
        data.write(wb, name, rows, d.source().orElseThrow());
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
        Optional<Element> summary = Xhtml.first(body, e -> Subset.hasClass(e, "summary") || Subset.hasClass(e, "key-figures")
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
                        Xhtml.attr(e, "data-flag"), false, 1, 1, Optional.empty(), Xhtml.attr(e, "data-decimals"));
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

    private static WorkbookXml.Properties properties(String title, Optional<Element> head, CouncilDocument doc,
                                                     Language language, String marking, String editionId) {
        Map<String, String> custom = new LinkedHashMap<>();
        custom.put("Marking", marking.isEmpty() ? "NONE" : marking);
        String number = meta(head, "document-number").orElse(doc.number());
        if (!number.isEmpty()) {
            custom.put("DocumentNumber", number);
        }
        custom.put("Edition", meta(head, "edition-id").orElse(editionId));
        custom.put("Language", language.code());
        return new WorkbookXml.Properties(title, meta(head, "subject").orElse(doc.subject().in(language)),
                meta(head, "author").orElse(doc.from().in(language)), meta(head, "keywords"), language, doc.date(), custom);
    }
}
