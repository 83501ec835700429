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
import eu.barometer.core.model.FigureFlags;
import eu.barometer.core.model.FinancialInvestigation;
import eu.barometer.core.model.ImpactLevelAssignment;
import eu.barometer.core.model.Row;
import eu.barometer.core.model.SourceInfo;
import eu.barometer.core.model.StateRow;
import eu.barometer.core.model.ThirdCountryCooperation;
import eu.barometer.templates.xlsx.Styles.Kind;
import eu.barometer.templates.xlsx.Styles.Role;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The tidy data sheet of a received dataset: one row per input row, in input order, one column
 * per field named as in the input files ({@code docs/inputs.md}), codes normalised (EL, SIS,
 * central-mediterranean), counts as whole numbers, amounts with two decimals, dates as dates,
 * periods as their code plus first and last day; then the row's flag, source file and line.
 *
 * <p>Written row by row straight into the workbook's zip, so a million rows need no more memory
 * than a hundred; the column widths come from a first pass over the rows.
 */
final class DataSheet {

    /** A column of a data sheet: its name, what it holds, and how to read it from a row. */
    record Field<R>(String name, Kind kind, int decimals, Function<R, Object> get) { }

    static final String FLAG = "flag";
    static final String SOURCE_FILE = "source_file";
    static final String SOURCE_LINE = "source_line";

    private static final Map<DatasetKind, List<? extends Field<?>>> FIELDS = new EnumMap<>(DatasetKind.class);

    static {
        FIELDS.put(DatasetKind.DATABASE_USE, state(List.<Field<DatabaseUse>>of(
                code("system", r -> r.system().code()), code("measure", r -> r.measure().code())),
                List.of(count("value", DatabaseUse::value))));
        FIELDS.put(DatasetKind.EMSC_INFORMATION_SHARING, state(List.of(), List.<Field<EmscInformationSharing>>of(
                count("contributions", EmscInformationSharing::contributions),
                count("investigations_opened", EmscInformationSharing::investigationsOpened),
                count("investigations_shared_at_start", EmscInformationSharing::investigationsSharedAtStart))));
        FIELDS.put(DatasetKind.EMSC_SUPPORT, state(List.of(), List.<Field<EmscSupport>>of(
                count("operational_support_cases", EmscSupport::operationalSupportCases),
                count("content_referrals", EmscSupport::contentReferrals),
                count("reports", EmscSupport::reports))));
        FIELDS.put(DatasetKind.EMPACT, state(List.<Field<EmpactInvolvement>>of(code("plan", r -> r.plan().code())), List.of(
                count("actions_led", EmpactInvolvement::actionsLed),
                count("actions_co_led", EmpactInvolvement::actionsCoLed),
                count("actions_participated", EmpactInvolvement::actionsParticipated))));
        FIELDS.put(DatasetKind.EUROJUST, state(List.of(), List.<Field<EurojustSupport>>of(
                count("new_cases", EurojustSupport::newCases),
                count("ongoing_cases", EurojustSupport::ongoingCases),
                count("new_jits", EurojustSupport::newJits),
                count("ongoing_jits", EurojustSupport::ongoingJits),
                count("coordination_meetings", EurojustSupport::coordinationMeetings))));
        FIELDS.put(DatasetKind.BORDER_CROSSINGS, List.<Field<BorderCrossing>>of(
                code("route", r -> r.route().code()),
                new Field<>("month", Kind.MONTH, 0, r -> r.month().atDay(1)),
                count("detections", BorderCrossing::detections),
                code("nationality", r -> r.nationality().orElse(""))));
        FIELDS.put(DatasetKind.IMPACT_LEVELS, List.<Field<ImpactLevelAssignment>>of(
                code("country", r -> r.country().code()),
                text("section", ImpactLevelAssignment::section),
                code("border_type", r -> r.borderType().code()),
                code("level", r -> r.level().code()),
                date("set_on", ImpactLevelAssignment::setOn)));
        FIELDS.put(DatasetKind.ACTIONS, List.<Field<Action>>of(
                code("id", Action::id),
                code("pillar", r -> r.pillar().code()),
                text("owner", r -> String.join(", ", r.owners())),
                text("deliverable", Action::deliverable),
                date("deadline", Action::deadline),
                code("status", r -> r.status().code()),
                text("comment", Action::comment)));
        FIELDS.put(DatasetKind.THIRD_COUNTRIES, List.<Field<ThirdCountryCooperation>>of(
                code("country", ThirdCountryCooperation::country),
                code("cooperation_level", r -> r.cooperation().code()),
                code("asop_status", r -> r.asop().code()),
                code("europol_agreement", r -> r.europolAgreement().code()),
                code("eurojust_agreement", r -> r.eurojustAgreement().code()),
                text("comment", ThirdCountryCooperation::comment)));
        FIELDS.put(DatasetKind.FINANCIAL_INVESTIGATIONS, state(List.of(), List.<Field<FinancialInvestigation>>of(
                count("investigations_opened", FinancialInvestigation::investigationsOpened),
                new Field<>("assets_frozen_eur", Kind.DECIMAL, 2, FinancialInvestigation::assetsFrozenEur),
                new Field<>("assets_confiscated_eur", Kind.DECIMAL, 2, FinancialInvestigation::assetsConfiscatedEur))));
    }

    private final Styles styles;
    private final Printing printing;
    private final int rowsPerSheet;

    /** @param rowsPerSheet data rows on one sheet; the rest continue on the next sheet */
    DataSheet(Styles styles, Printing printing, int rowsPerSheet) {
        this.styles = styles;
        this.printing = printing;
        this.rowsPerSheet = rowsPerSheet;
    }

    /** The column names of a dataset's data sheet, in order. */
    static List<String> columns(DatasetKind kind) {
        List<String> names = new ArrayList<>();
        FIELDS.get(kind).forEach(f -> names.add(f.name()));
        names.addAll(List.of(FLAG, SOURCE_FILE, SOURCE_LINE));
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
        int columns = n + 3;
        List<String> names = columns(dataset.kind());

        // First pass: the widths, which the sheet states before its rows.
        ColumnWidths widths = new ColumnWidths();
        for (int c = 0; c < columns; c++) {
            widths.fitText(c, names.get(c));
        }
        widths.fitText(n + 1, source.file());
        int rows = 0;
        for (R row : dataset.rows()) {
            for (int c = 0; c < n; c++) {
                Object v = fields.get(c).get().apply(row);
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
            String flags = flags(row, fields);
            if (!flags.isEmpty()) {
                widths.fit(n, Math.min(ColumnWidths.MAX, flags.length()));
            }
            rows++;
        }
        widths.fitInteger(n + 2, rows + 1L);
        for (int c = 0; c < n; c++) {
            if (fields.get(c).kind() == Kind.DECIMAL) {
                widths.fit(c, widths.chars(c) + 3);
            }
        }
        int[] style = new int[columns];
        for (int c = 0; c < n; c++) {
            style[c] = styles.cell(fields.get(c).kind(), fields.get(c).decimals(), Role.BODY, false, false);
        }
        style[n] = styles.cell(Kind.CODE, 0, Role.BODY, false, false);
        style[n + 1] = style[n];
        style[n + 2] = styles.cell(Kind.INTEGER, 0, Role.BODY, false, false);

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
                Object v = fields.get(c).get().apply(row);
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
            String flags = flags(row, fields);
            if (!flags.isEmpty()) {
                out.text(n, style[n], flags);
            } else {
                out.blank(n, style[n]);
            }
            out.text(n + 1, style[n + 1], source.file());
            out.number(n + 2, style[n + 2], (long) row.line());
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

    /** Starts a data sheet with its row of column names. */
    private <R extends Row> SheetXml start(WorkbookXml workbook, String name, SheetSetup setup, List<Field<R>> fields,
                                           List<String> names) {
        SheetXml out = workbook.start(name, setup);
        out.row(0, Float.NaN);
        int n = fields.size();
        for (int c = 0; c < names.size(); c++) {
            Kind k = c < n ? fields.get(c).kind() : c == n + 2 ? Kind.INTEGER : Kind.TEXT;
            out.text(c, styles.header(k != Kind.TEXT && k != Kind.CODE), names.get(c));
        }
        return out;
    }

    /**
     * The flag column of a row: the flags' codes when every figure of the row carries the same
     * ({@code provisional}, {@code provisional estimated}), else each flagged figure by name
     * ({@code new_cases: provisional}); empty when nothing is flagged.
     */
    private static <R extends Row> String flags(R row, List<Field<R>> fields) {
        FigureFlags figures = row instanceof EurojustSupport r ? r.flags() : row instanceof EmscInformationSharing r ? r.flags()
                : row instanceof EmscSupport r ? r.flags() : row instanceof EmpactInvolvement r ? r.flags()
                : row instanceof FinancialInvestigation r ? r.flags() : null;
        if (figures == null) {
            return row.allFlags().codes();
        }
        List<String> names = fields.stream().filter(f -> f.kind() == Kind.INTEGER || f.kind() == Kind.DECIMAL)
                .map(Field::name).toList();
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

    /** The fields of a per-state dataset: country, the extra codes, period, its days, then the figures. */
    private static <R extends StateRow> List<Field<R>> state(List<Field<R>> codes, List<Field<R>> figures) {
        List<Field<R>> out = new ArrayList<>();
        out.add(code("country", r -> r.country().code()));
        out.addAll(codes);
        out.add(code("period", r -> r.period().toString()));
        out.add(date("period_start", r -> r.period().startDate()));
        out.add(date("period_end", r -> r.period().endDate()));
        out.addAll(figures);
        return List.copyOf(out);
    }

    private static <R> Field<R> code(String name, Function<R, Object> get) {
        return new Field<>(name, Kind.CODE, 0, get);
    }

    private static <R> Field<R> text(String name, Function<R, Object> get) {
        return new Field<>(name, Kind.TEXT, 0, get);
    }

    private static <R> Field<R> date(String name, Function<R, Object> get) {
        return new Field<>(name, Kind.DATE, 0, get);
    }

    private static <R> Field<R> count(String name, java.util.function.ToLongFunction<R> get) {
        return new Field<>(name, Kind.INTEGER, 0, r -> get.applyAsLong(r));
    }
}
