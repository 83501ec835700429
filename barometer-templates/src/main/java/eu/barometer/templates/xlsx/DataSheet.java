package eu.barometer.templates.xlsx;

import eu.barometer.core.model.Dataset;
import eu.barometer.core.model.DatasetKind;
import eu.barometer.core.model.FigureFlags;
import eu.barometer.core.model.Row;
import eu.barometer.core.model.SourceInfo;
import eu.barometer.core.registry.DatasetType;
import eu.barometer.core.registry.DatasetTypes;
import eu.barometer.core.registry.SheetField;
import eu.barometer.templates.xlsx.Styles.Kind;
import eu.barometer.templates.xlsx.Styles.Role;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The tidy data sheet of a received dataset: one row per input row, in input order, one column
 * per field, headed in the edition's language; a coded field (state, route, level, status, …)
 * takes two columns, its name in the language ("Grčija", "osrednjesredozemska pot") and the raw
 * code beside it ("EL", "central-mediterranean") under "… (code)"; free texts in the language
 * (or the original marked untranslated), counts as whole numbers, amounts with two decimals,
 * dates as dates, periods as their code plus first and last day; then the row's flag, source
 * file and line. The column order follows {@code docs/inputs.md}.
 *
 * <p>Written row by row straight into the workbook's zip, so a million rows need no more memory
 * than a hundred; the column widths come from a first pass over the rows.
 */
final class DataSheet {

    /**
     * A column of a data sheet: its head (a label key, see {@link Words#head}), what it holds,
     * and how to read it from a row in the edition's words.
     */
    record Field<R>(String head, Kind kind, int decimals, BiFunction<R, Words, Object> get) { }

    private static final Map<DatasetKind, List<? extends Field<?>>> FIELDS = new EnumMap<>(DatasetKind.class);

    static {
        for (DatasetType<?> t : DatasetTypes.all()) {
            FIELDS.put(t.kind(), fields(t));
        }
    }

    /** The columns of a dataset type's data sheet, from the fields its registry entry declares. */
    private static <R extends Row> List<Field<R>> fields(DatasetType<R> type) {
        List<Field<R>> out = new ArrayList<>();
        for (SheetField<R> f : type.sheet()) {
            if (f instanceof SheetField.Country<R> c) {
                out.addAll(countryPair(c.head(), c.code()));
            } else if (f instanceof SheetField.Code<R> c) {
                out.add(code(c.head(), c.code()));
            } else if (f instanceof SheetField.Coded<R> c) {
                out.addAll(codedPair(c.head(), c.code(), c.labelPrefix()));
            } else if (f instanceof SheetField.CodedList<R> c) {
                out.add(text(c.head(), (r, w) -> w.list(c.codes().apply(r).stream()
                        .map(code -> w.label(c.labelPrefix() + code)).toList())));
                out.add(code("code:" + c.head(), r -> String.join(" ", c.codes().apply(r))));
            } else if (f instanceof SheetField.CountryList<R> c) {
                out.add(text(c.head(), (r, w) -> c.codes().apply(r).isEmpty() ? w.label(c.noneLabel())
                        : w.list(c.codes().apply(r).stream().map(w::country).toList())));
                out.add(code("code:" + c.head(), r -> c.codes().apply(r).isEmpty() ? "all" : String.join(" ", c.codes().apply(r))));
            } else if (f instanceof SheetField.Text<R> t) {
                out.add(text(t.head(), (r, w) -> w.text(t.text().apply(r), r.translations(), t.column())));
            } else if (f instanceof SheetField.Organisations<R> o) {
                out.add(text(o.head(), (r, w) -> w.organisations(o.names().apply(r))));
            } else if (f instanceof SheetField.Day<R> d) {
                out.add(date(d.head(), r -> d.date().apply(r)));
            } else if (f instanceof SheetField.Month<R> m) {
                out.add(new Field<>(m.head(), Kind.MONTH, 0, (r, w) -> m.month().apply(r).atDay(1)));
            } else if (f instanceof SheetField.PeriodOf<R> p) {
                out.add(code("xlsx:summary.period", r -> p.period().apply(r).toString()));
                out.add(date("xlsx:summary.period-start", r -> p.period().apply(r).startDate()));
                out.add(date("xlsx:summary.period-end", r -> p.period().apply(r).endDate()));
            } else if (f instanceof SheetField.Count<R> c) {
                out.add(count(c.head(), c.value()));
            } else if (f instanceof SheetField.Metric<R> m) {
                out.add(count("metric." + type.kind().id() + "." + m.field(), m.value()));
            } else if (f instanceof SheetField.Amount<R> a) {
                out.add(new Field<>(a.head(), Kind.DECIMAL, a.decimals(), (r, w) -> a.value().apply(r)));
            }
        }
        return List.copyOf(out);
    }

    private final Styles styles;
    private final Printing printing;
    private final int rowsPerSheet;
    private final Words words;

    /** @param rowsPerSheet data rows on one sheet; the rest continue on the next sheet */
    DataSheet(Styles styles, Printing printing, int rowsPerSheet, Words words) {
        this.styles = styles;
        this.printing = printing;
        this.rowsPerSheet = rowsPerSheet;
        this.words = words;
    }

    /** The column heads of a dataset's data sheet in the edition's language, in order. */
    static List<String> columns(DatasetKind kind, Words words) {
        List<String> names = new ArrayList<>();
        FIELDS.get(kind).forEach(f -> names.add(words.head(f.head())));
        names.add(words.head("xlsx:data.flag"));
        names.add(words.head("code:xlsx:data.flag"));
        names.add(words.head("xlsx:sources.file"));
        names.add(words.head("xlsx:data.source-line"));
        return names;
    }

    /**
     * Writes a received dataset as streamed sheets of the workbook, {@code rowsPerSheet} rows on
     * each of the sheets named (as many names as the rows need).
     */
    @SuppressWarnings("unchecked")
    <R extends Row> void write(WorkbookXml workbook, List<String> sheets, Dataset<R> dataset, SourceInfo source) {
        List<Field<R>> fields = (List<Field<R>>) FIELDS.get(dataset.kind());
        DatasetType<R> type = (DatasetType<R>) DatasetTypes.of(dataset.kind());
        int n = fields.size();
        int columns = n + 4;
        List<String> names = columns(dataset.kind(), words);

        // First pass: the widths, which the sheet states before its rows.
        ColumnWidths widths = new ColumnWidths();
        for (int c = 0; c < columns; c++) {
            widths.fitText(c, names.get(c));
        }
        widths.fitText(n + 2, source.file());
        int rows = 0;
        for (R row : dataset.rows()) {
            for (int c = 0; c < n; c++) {
                Object v = fields.get(c).get().apply(row, words);
                if (v instanceof Long l) {
                    widths.fitInteger(c, l);
                } else if (v instanceof BigDecimal d) {
                    widths.fitInteger(c, d.longValue());
                } else if (v instanceof LocalDate) {
                    widths.fit(c, 10);
                } else if (v != null) {
                    widths.fit(c, Math.min(ColumnWidths.MAX, v.toString().length()));
                }
            }
            String flags = flags(row, fields, type);
            if (!flags.isEmpty()) {
                widths.fit(n, Math.min(ColumnWidths.MAX, flagWords(row).length()));
                widths.fit(n + 1, Math.min(ColumnWidths.MAX, flags.length()));
            }
            rows++;
        }
        widths.fitInteger(n + 3, rows + 1L);
        for (int c = 0; c < n; c++) {
            if (fields.get(c).kind() == Kind.DECIMAL) {
                widths.fit(c, widths.chars(c) + 3);
            }
        }
        int[] style = new int[columns];
        for (int c = 0; c < n; c++) {
            style[c] = styles.cell(fields.get(c).kind(), fields.get(c).decimals(), Role.BODY, false, false);
        }
        style[n] = styles.cell(Kind.TEXT, 0, Role.BODY, false, false);
        style[n + 1] = styles.cell(Kind.CODE, 0, Role.BODY, false, false);
        style[n + 2] = style[n + 1];
        style[n + 3] = styles.cell(Kind.INTEGER, 0, Role.BODY, false, false);

        int sheet = 0;
        int r = 0;
        int left = rows;
        SheetSetup setup = null;
        SheetXml out = null;
        for (R row : dataset.rows()) {
            if (out == null || r > rowsPerSheet) {
                if (out != null) {
                    workbook.end(setup);
                }
                setup = setup(widths, columns, Math.min(left, rowsPerSheet));
                out = start(workbook, sheets.get(sheet++), setup, fields, names);
                r = 1;
            }
            out.row(r++, Float.NaN);
            left--;
            for (int c = 0; c < n; c++) {
                Object v = fields.get(c).get().apply(row, words);
                if (v instanceof Long l) {
                    out.number(c, style[c], (long) l);
                } else if (v instanceof BigDecimal d) {
                    out.number(c, style[c], d.doubleValue());
                } else if (v instanceof LocalDate d) {
                    if (Grid.inExcel(d)) {
                        out.number(c, style[c], Grid.serial(d));
                    } else {
                        out.text(c, style[c], d.toString());
                    }
                } else if (v != null && !v.toString().isEmpty()) {
                    out.text(c, style[c], v.toString());
                } else {
                    out.blank(c, style[c]);
                }
            }
            String flags = flags(row, fields, type);
            if (!flags.isEmpty()) {
                out.text(n, style[n], flagWords(row));
                out.text(n + 1, style[n + 1], flags);
            } else {
                out.blank(n, style[n]);
                out.blank(n + 1, style[n + 1]);
            }
            out.text(n + 2, style[n + 2], source.file());
            out.number(n + 3, style[n + 3], (long) row.line());
        }
        if (out == null) {
            setup = setup(widths, columns, 0);
            start(workbook, sheets.get(0), setup, fields, names);
        }
        workbook.end(setup);
    }

    /** The setup of one data sheet of {@code rows} data rows. */
    private SheetSetup setup(ColumnWidths widths, int columns, int rows) {
        SheetSetup setup = new SheetSetup();
        setup.freezeRows = 1;
        setup.autoFilter = new SheetSetup.Range(0, Math.max(1, rows), 0, columns - 1);
        setup.lastRow = rows;
        setup.lastColumn = columns - 1;
        widths.apply(setup, columns);
        printing.apply(setup, 0, 0, columns);
        return setup;
    }

    /** Starts a data sheet with its row of column heads. */
    private <R extends Row> SheetXml start(WorkbookXml workbook, String name, SheetSetup setup, List<Field<R>> fields,
                                           List<String> names) {
        SheetXml out = workbook.start(name, setup);
        out.row(0, Float.NaN);
        int n = fields.size();
        for (int c = 0; c < names.size(); c++) {
            Kind k = c < n ? fields.get(c).kind() : c == n + 3 ? Kind.INTEGER : Kind.TEXT;
            out.text(c, styles.header(k != Kind.TEXT && k != Kind.CODE), names.get(c));
        }
        return out;
    }

    /** The words of every flag of a row ("provisional, estimated" in the edition's language), empty for none. */
    private String flagWords(Row row) {
        return String.join(", ", row.allFlags().list().stream().map(words::flag).toList());
    }

    /**
     * The flag code column of a row: the flags' codes when every figure of the row carries the same
     * ({@code provisional}, {@code provisional estimated}), else each flagged figure by its column's
     * head ({@code New cases: provisional}); empty when nothing is flagged.
     */
    private <R extends Row> String flags(R row, List<Field<R>> fields, DatasetType<R> type) {
        FigureFlags figures = type.figureFlags(row).orElse(null);
        if (figures == null) {
            return row.allFlags().codes();
        }
        List<String> names = fields.stream().filter(f -> f.kind() == Kind.INTEGER || f.kind() == Kind.DECIMAL)
                .map(f -> words.head(f.head())).toList();
        boolean same = true;
        for (int i = 1; i < names.size(); i++) {
            same &= figures.of(i).equals(figures.of(0));
        }
        if (same) {
            return figures.of(0).codes();
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (!figures.of(i).isEmpty()) {
                parts.add(names.get(i) + ": " + figures.of(i).codes());
            }
        }
        return String.join("; ", parts);
    }

    private static <R> List<Field<R>> countryPair(String head, Function<R, String> iso) {
        return List.of(text(head, (r, w) -> iso.apply(r).isEmpty() ? "" : w.country(iso.apply(r))),
                code("code:" + head, iso::apply));
    }

    private static <R> List<Field<R>> codedPair(String head, Function<R, String> code, String labelPrefix) {
        return List.of(coded(head, code, labelPrefix), code("code:" + head, code::apply));
    }

    private static <R> Field<R> coded(String head, Function<R, String> code, String labelPrefix) {
        return text(head, (r, w) -> w.label(labelPrefix + code.apply(r).toLowerCase(Locale.ROOT)));
    }

    private static <R> Field<R> code(String head, Function<R, Object> get) {
        return new Field<>(head, Kind.CODE, 0, (r, w) -> get.apply(r));
    }

    private static <R> Field<R> text(String head, BiFunction<R, Words, Object> get) {
        return new Field<>(head, Kind.TEXT, 0, get);
    }

    private static <R> Field<R> date(String head, Function<R, Object> get) {
        return new Field<>(head, Kind.DATE, 0, (r, w) -> get.apply(r));
    }

    private static <R> Field<R> count(String head, java.util.function.ToLongFunction<R> get) {
        return new Field<>(head, Kind.INTEGER, 0, (r, w) -> get.applyAsLong(r));
    }
}
