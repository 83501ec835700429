package eu.barometer.core.validation;

import eu.barometer.core.input.Column;
import eu.barometer.core.model.Dataset;
import eu.barometer.core.model.DatasetKind;
import eu.barometer.core.model.EditionInfo;
import eu.barometer.core.model.Period;
import eu.barometer.core.model.Row;
import eu.barometer.core.problem.Location;
import eu.barometer.core.problem.ProblemCode;
import eu.barometer.core.problem.ProblemCollector;
import eu.barometer.core.reference.Language;
import eu.barometer.core.registry.DatasetType;
import eu.barometer.core.registry.DatasetTypes;

import java.util.List;
import java.util.function.Function;

/**
 * The checks that need typed rows, as each dataset's type in the registry ({@link DatasetTypes})
 * declares them: periods outside the edition's window and stale figures (datasets by period),
 * the checks of each row (negative figures, states outside the Schengen area, figures that
 * contradict each other), missing translations, duplicate keys and the checks of all rows
 * together. The same checks run for CSV bundles and for editions assembled through the builder API.
 *
 * @since 0.1
 */
public final class EditionValidator {

    private final EditionInfo info;
    private final Locator locator;
    private final ProblemCollector problems;
    private final Language textLanguage;

    /**
     * A validator for one edition.
     *
     * @param info     the edition (its window and reference date)
     * @param locator  where fields came from
     * @param problems where problems go
     */
    public EditionValidator(EditionInfo info, Locator locator, ProblemCollector problems) {
        this(info, locator, problems, Language.EN);
    }

    /**
     * A validator for one edition whose free texts (deliverables, comments, section names) are
     * written in {@code textLanguage} in their plain columns.
     *
     * @param textLanguage the language of the plain free-text columns; the edition's other
     *                     languages need a {@code <column>_<language>} variant of each text
     */
    public EditionValidator(EditionInfo info, Locator locator, ProblemCollector problems, Language textLanguage) {
        this.info = info;
        this.locator = locator;
        this.problems = problems;
        this.textLanguage = textLanguage;
    }

    /** Checks one dataset with the rules of its type in the registry. */
    public void validate(Dataset<?> dataset) {
        validate(DatasetTypes.of(dataset.kind()), dataset);
    }

    private <R extends Row> void validate(DatasetType<R> type, Dataset<?> dataset) {
        List<R> rows = type.rows(dataset);
        DatasetKind kind = type.kind();
        DatasetType.Checks checks = new DatasetType.Checks() {
            @Override
            public EditionInfo info() {
                return info;
            }

            @Override
            public Location at(Row row, String column) {
                return locator.at(kind, row, column);
            }

            @Override
            public void error(Row row, String column, ProblemCode code, String message) {
                problems.error(locator.at(kind, row, column), code, message);
            }

            @Override
            public void warning(Row row, String column, ProblemCode code, String message) {
                problems.warning(locator.at(kind, row, column), code, message);
            }
        };
        Function<R, Period> period = type.period().orElse(null);
        for (R row : rows) {
            if (period != null) {
                checkPeriod(kind, row, period.apply(row), type.periodColumn());
            }
            for (DatasetType.RowCheck<R> check : type.rowChecks()) {
                check.check(row, checks);
            }
        }
        if (period != null) {
            stale(kind, rows, period, type.periodColumn());
        }
        checkTranslations(type, rows);
        type.key().ifPresent(k -> duplicates(kind, rows, k));
        for (DatasetType.DatasetCheck<R> check : type.datasetChecks()) {
            check.check(rows, checks);
        }
    }

    /**
     * Every free text needs a variant in each language of the edition: a whole column missing is
     * one warning (at the first row with a text), a single empty cell one warning at that cell.
     */
    private <R extends Row> void checkTranslations(DatasetType<R> type, List<R> rows) {
        DatasetKind kind = type.kind();
        for (Column column : type.schema().translatable()) {
            for (Language l : info.languages()) {
                if (l == textLanguage) {
                    continue;
                }
                String variant = column.name() + "_" + l.code();
                List<R> lacking = new java.util.ArrayList<>();
                int withText = 0;
                for (R row : rows) {
                    if (!type.text(row, column.name()).isEmpty()) {
                        withText++;
                        if (row.translations().of(column.name(), l).isEmpty()) {
                            lacking.add(row);
                        }
                    }
                }
                if (lacking.isEmpty()) {
                    continue;
                }
                if (lacking.size() == withText && locator.at(kind, lacking.get(0), variant).column() == 0) {
                    problems.warning(locator.at(kind, lacking.get(0), column.name()), ProblemCode.MISSING_TRANSLATION,
                            "no " + l.code() + " text for any of the " + withText + " values of '" + column.name()
                                    + "': the " + l.code() + " edition shows them in " + textLanguage.code()
                                    + ", marked as untranslated; add a column " + variant);
                    continue;
                }
                for (R row : lacking) {
                    problems.warning(locator.at(kind, row, variant), ProblemCode.MISSING_TRANSLATION,
                            "no " + l.code() + " text for '" + column.name() + "' ('" + shorten(type.text(row, column.name()))
                                    + "'): the " + l.code() + " edition shows it in " + textLanguage.code()
                                    + ", marked as untranslated; fill in " + variant);
                }
            }
        }
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }

    /**
     * A dataset of figures by period whose latest period ends before the edition's period: the
     * edition then shows the latest available figures and says so. Reported at the row of the
     * latest period.
     */
    private <R extends Row> void stale(DatasetKind kind, List<R> rows, Function<R, Period> period, String column) {
        Row latest = null;
        Period latestPeriod = null;
        for (R row : rows) {
            Period p = period.apply(row);
            if (!info.window().contains(p) || p.end().isAfter(info.period().end())) {
                continue;
            }
            if (latestPeriod == null || p.end().isAfter(latestPeriod.end())) {
                latest = row;
                latestPeriod = p;
            }
        }
        if (latest != null && latestPeriod.end().isBefore(info.period().end())) {
            problems.warning(locator.at(kind, latest, column), ProblemCode.STALE_DATA,
                    "the latest period of " + kind.fileName() + " is " + latestPeriod + ", before the edition's period "
                            + info.period() + "; the edition shows these figures as the latest available"
                            + " (expected figures up to " + info.period().end() + ")");
        }
    }

    private void checkPeriod(DatasetKind kind, Row row, Period p, String column) {
        if (!info.window().contains(p)) {
            problems.error(locator.at(kind, row, column), ProblemCode.PERIOD_OUTSIDE_WINDOW,
                    "period " + p + " is outside the edition window " + info.window().start() + " to "
                            + info.window().end() + "; expected a period within it (set edition.window to widen it)");
        }
    }

    private <R extends Row> void duplicates(DatasetKind kind, List<R> rows, DatasetType.Key<R> key) {
        String column = key.column();
        for (DuplicateKeys.Duplicate d : DuplicateKeys.find(rows, key.parts())) {
            R row = rows.get(d.index());
            R first = rows.get(d.firstIndex());
            problems.error(locator.at(kind, row, column), ProblemCode.DUPLICATE_KEY,
                    "duplicate row for " + key.describe().apply(row) + " (first at " + locator.at(kind, first, column)
                            + "); expected one row per key");
        }
    }
}
