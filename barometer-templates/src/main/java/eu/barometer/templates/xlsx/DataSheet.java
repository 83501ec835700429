package eu.barometer.templates.xlsx;

import eu.barometer.core.model.Action;
import eu.barometer.core.model.BorderCrossing;
import eu.barometer.core.model.DatabaseUse;
import eu.barometer.core.model.Dataset;
import eu.barometer.core.model.DatasetKind;
import eu.barometer.core.model.EmpactInvolvement;
import eu.barometer.core.model.EmscInformationSharing;
import eu.barometer.core.model.EmscSupport;
import eu.barometer.core.model.EurojustSupport;
import eu.barometer.core.model.FinancialInvestigation;
import eu.barometer.core.model.ImpactLevelAssignment;
import eu.barometer.core.model.Row;
import eu.barometer.core.model.SourceInfo;
import eu.barometer.core.model.StateRow;
import eu.barometer.core.model.ThirdCountryCooperation;
import eu.barometer.core.reference.Flag;
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
        List<Field<DatabaseUse>> systems = new ArrayList<>();
        systems.add(code("xlsx:data.system", r -> r.system().code()));
        systems.addAll(codedPair("xlsx:data.measure", r -> r.measure().code(), "measure."));
        FIELDS.put(DatasetKind.DATABASE_USE, state(systems, "database-use", List.of(count("xlsx:data.value", DatabaseUse::value))));
        FIELDS.put(DatasetKind.EMSC_INFORMATION_SHARING, state(List.of(), "emsc-information-sharing", List.<Field<EmscInformationSharing>>of(
                metric("contributions", EmscInformationSharing::contributions),
                metric("investigations_opened", EmscInformationSharing::investigationsOpened),
                metric("investigations_shared_at_start", EmscInformationSharing::investigationsSharedAtStart))));
        FIELDS.put(DatasetKind.EMSC_SUPPORT, state(List.of(), "emsc-support", List.<Field<EmscSupport>>of(
                metric("operational_support_cases", EmscSupport::operationalSupportCases),
                metric("content_referrals", EmscSupport::contentReferrals),
                metric("reports", EmscSupport::reports))));
        FIELDS.put(DatasetKind.EMPACT, state(List.<Field<EmpactInvolvement>>of(code("xlsx:data.plan", r -> r.plan().code())), "empact",
                List.of(metric("actions_led", EmpactInvolvement::actionsLed),
                        metric("actions_co_led", EmpactInvolvement::actionsCoLed),
                        metric("actions_participated", EmpactInvolvement::actionsParticipated))));
        FIELDS.put(DatasetKind.EUROJUST, state(List.of(), "eurojust", List.<Field<EurojustSupport>>of(
                metric("new_cases", EurojustSupport::newCases),
                metric("ongoing_cases", EurojustSupport::ongoingCases),
                metric("new_jits", EurojustSupport::newJits),
                metric("ongoing_jits", EurojustSupport::ongoingJits),
                metric("coordination_meetings", EurojustSupport::coordinationMeetings))));
        List<Field<BorderCrossing>> crossings = new ArrayList<>();
        crossings.addAll(codedPair("column.route", r -> r.route().code(), "route."));
        crossings.add(new Field<>("column.month", Kind.MONTH, 0, (r, w) -> r.month().atDay(1)));
        crossings.add(count("column.detections", BorderCrossing::detections));
        crossings.addAll(countryPair("xlsx:data.nationality", r -> r.nationality().orElse("")));
        FIELDS.put(DatasetKind.BORDER_CROSSINGS, List.copyOf(crossings));
        List<Field<ImpactLevelAssignment>> impact = new ArrayList<>(countryPair("column.state", r -> r.country().code()));
        impact.add(text("column.section", (r, w) -> w.text(r.section(), r.translations(), "section")));
        impact.addAll(codedPair("column.border-type", r -> r.borderType().code(), "border."));
        impact.addAll(codedPair("column.level", r -> r.level().code(), "impact."));
        impact.add(date("column.set-on", ImpactLevelAssignment::setOn));
        FIELDS.put(DatasetKind.IMPACT_LEVELS, List.copyOf(impact));
        List<Field<Action>> actions = new ArrayList<>();
        actions.add(code("column.action", Action::id));
        actions.add(code("xlsx:data.pillar", r -> r.pillar().code()));
        actions.add(text("column.owners", (r, w) -> w.organisations(r.owners())));
        actions.add(text("column.deliverable", (r, w) -> w.text(r.deliverable(), r.translations(), "deliverable")));
        actions.add(date("column.deadline", Action::deadline));
        actions.addAll(codedPair("column.status", r -> r.status().code(), "status."));
        actions.add(text("xlsx:data.comment", (r, w) -> w.text(r.comment(), r.translations(), "comment")));
        FIELDS.put(DatasetKind.ACTIONS, List.copyOf(actions));
        List<Field<ThirdCountryCooperation>> third = new ArrayList<>(countryPair("column.country", ThirdCountryCooperation::country));
        third.addAll(codedPair("column.cooperation", r -> r.cooperation().code(), "cooperation."));
        third.addAll(codedPair("column.asop", r -> r.asop().code(), "asop."));
        third.addAll(codedPair("column.europol-agreement", r -> r.europolAgreement().code(), "agreement."));
        third.addAll(codedPair("column.eurojust-agreement", r -> r.eurojustAgreement().code(), "agreement."));
        third.add(text("xlsx:data.comment", (r, w) -> w.text(r.comment(), r.translations(), "comment")));
        FIELDS.put(DatasetKind.THIRD_COUNTRIES, List.copyOf(third));
        FIELDS.put(DatasetKind.FINANCIAL_INVESTIGATIONS, state(List.of(), "financial-investigations", List.<Field<FinancialInvestigation>>of(
                metric("investigations_opened", FinancialInvestigation::investigationsOpened),
                new Field<>("column.assets-frozen", Kind.DECIMAL, 2, (r, w) -> r.assetsFrozenEur()),
                new Field<>("column.assets-confiscated", Kind.DECIMAL, 2, (r, w) -> r.assetsConfiscatedEur()))));
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
            if (row.flag() != Flag.NONE) {
                widths.fit(n, words.flag(row.flag()).length());
                widths.fit(n + 1, row.flag().code().length());
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
            Flag flag = row.flag();
            if (flag != Flag.NONE) {
                out.text(n, style[n], words.flag(flag));
                out.text(n + 1, style[n + 1], flag.code());
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

    /** The fields of a per-state dataset: the state and its code, the extra codes, period, its days, then the figures. */
    private static <R extends StateRow> List<Field<R>> state(List<Field<R>> codes, String dataset, List<Field<R>> figures) {
        List<Field<R>> out = new ArrayList<>(countryPair("column.state", r -> r.country().code()));
        out.addAll(codes);
        out.add(code("xlsx:summary.period", r -> r.period().toString()));
        out.add(date("xlsx:summary.period-start", r -> r.period().startDate()));
        out.add(date("xlsx:summary.period-end", r -> r.period().endDate()));
        for (Field<R> f : figures) {
            out.add(f.head().startsWith("metric:") ? new Field<>("metric." + dataset + "." + f.head().substring(7), f.kind(),
                    f.decimals(), f.get()) : f);
        }
        return List.copyOf(out);
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

    /** A figure of a per-state dataset, headed by the document's label of that metric. */
    private static <R> Field<R> metric(String field, java.util.function.ToLongFunction<R> get) {
        return count("metric:" + field, get);
    }
}
