package eu.barometer.core.validation;

import eu.barometer.core.input.Column;
import eu.barometer.core.input.Schemas;
import eu.barometer.core.model.Action;
import eu.barometer.core.model.BorderCrossing;
import eu.barometer.core.model.DatabaseUse;
import eu.barometer.core.model.Dataset;
import eu.barometer.core.model.DatasetKind;
import eu.barometer.core.model.EditionInfo;
import eu.barometer.core.model.EmpactInvolvement;
import eu.barometer.core.model.EmscInformationSharing;
import eu.barometer.core.model.EmscSupport;
import eu.barometer.core.model.EurojustSupport;
import eu.barometer.core.model.FinancialInvestigation;
import eu.barometer.core.model.ImpactLevelAssignment;
import eu.barometer.core.model.Period;
import eu.barometer.core.model.Row;
import eu.barometer.core.model.StateRow;
import eu.barometer.core.model.ThirdCountryCooperation;
import eu.barometer.core.problem.ProblemCode;
import eu.barometer.core.problem.ProblemCollector;
import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.InformationSystem;
import eu.barometer.core.reference.Language;
import eu.barometer.core.reference.SchengenMembership;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The checks that need typed rows: negative figures, duplicate keys, periods outside the
 * edition's window, states outside the Schengen area, and figures that contradict each other.
 * The same checks run for CSV bundles and for editions assembled through the builder API.
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

    /** Checks one dataset. */
    public void validate(Dataset<? extends Row> dataset) {
        List<? extends Row> rows = dataset.rows();
        DatasetKind kind = dataset.kind();
        for (Row row : rows) {
            checkRow(kind, row);
        }
        checkTranslations(kind, rows);
        switch (kind) {
            case DATABASE_USE -> {
                @SuppressWarnings("unchecked") List<DatabaseUse> r = (List<DatabaseUse>) rows;
                duplicates(kind, r, x -> new Object[] {x.country(), x.system(), x.measure(), x.period()}, "value",
                        x -> x.country().code() + " " + x.system().code() + " " + x.measure().code() + " " + x.period());
                hitsAboveSearches(r);
            }
            case EMSC_INFORMATION_SHARING, EMSC_SUPPORT, EUROJUST, FINANCIAL_INVESTIGATIONS -> {
                @SuppressWarnings("unchecked") List<StateRow> r = (List<StateRow>) rows;
                duplicates(kind, r, x -> new Object[] {x.country(), x.period()}, "period",
                        x -> x.country().code() + " " + x.period());
            }
            case EMPACT -> {
                @SuppressWarnings("unchecked") List<EmpactInvolvement> r = (List<EmpactInvolvement>) rows;
                duplicates(kind, r, x -> new Object[] {x.country(), x.plan(), x.period()}, "plan",
                        x -> x.country().code() + " " + x.plan().code() + " " + x.period());
            }
            case BORDER_CROSSINGS -> {
                @SuppressWarnings("unchecked") List<BorderCrossing> r = (List<BorderCrossing>) rows;
                duplicates(kind, r, x -> new Object[] {x.route(), x.month(), x.nationality().orElse("")}, "month",
                        x -> x.route().code() + " " + x.month() + x.nationality().map(n -> " " + n).orElse(""));
            }
            case IMPACT_LEVELS -> {
                @SuppressWarnings("unchecked") List<ImpactLevelAssignment> r = (List<ImpactLevelAssignment>) rows;
                duplicates(kind, r, x -> new Object[] {x.country(), x.section().toLowerCase(java.util.Locale.ROOT)}, "section",
                        x -> x.country().code() + " '" + x.section() + "'");
            }
            case ACTIONS -> {
                @SuppressWarnings("unchecked") List<Action> r = (List<Action>) rows;
                duplicates(kind, r, x -> new Object[] {x.id()}, "id", Action::id);
            }
            case THIRD_COUNTRIES -> {
                @SuppressWarnings("unchecked") List<ThirdCountryCooperation> r = (List<ThirdCountryCooperation>) rows;
                duplicates(kind, r, x -> new Object[] {x.country()}, "country", ThirdCountryCooperation::country);
            }
        }
    }

    /**
     * Every free text needs a variant in each language of the edition: a whole column missing is
     * one warning (at the first row with a text), a single empty cell one warning at that cell.
     */
    private void checkTranslations(DatasetKind kind, List<? extends Row> rows) {
        for (Column column : Schemas.of(kind).translatable()) {
            for (Language l : info.languages()) {
                if (l == textLanguage) {
                    continue;
                }
                String variant = column.name() + "_" + l.code();
                List<Row> lacking = new java.util.ArrayList<>();
                int withText = 0;
                for (Row row : rows) {
                    if (!baseText(row, column.name()).isEmpty()) {
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
                for (Row row : lacking) {
                    problems.warning(locator.at(kind, row, variant), ProblemCode.MISSING_TRANSLATION,
                            "no " + l.code() + " text for '" + column.name() + "' ('" + shorten(baseText(row, column.name()))
                                    + "'): the " + l.code() + " edition shows it in " + textLanguage.code()
                                    + ", marked as untranslated; fill in " + variant);
                }
            }
        }
    }

    private static String baseText(Row row, String column) {
        if (row instanceof Action a) {
            return column.equals("deliverable") ? a.deliverable() : a.comment();
        } else if (row instanceof ImpactLevelAssignment i) {
            return i.section();
        } else if (row instanceof ThirdCountryCooperation t) {
            return t.comment();
        }
        return "";
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }

    private void checkRow(DatasetKind kind, Row row) {
        if (row instanceof StateRow s) {
            checkPeriod(kind, row, s.period());
            checkMembership(kind, s);
        }
        if (row instanceof DatabaseUse d) {
            nonNegative(kind, row, "value", d.value());
        } else if (row instanceof EmscInformationSharing e) {
            nonNegative(kind, row, "contributions", e.contributions());
            nonNegative(kind, row, "investigations_opened", e.investigationsOpened());
            nonNegative(kind, row, "investigations_shared_at_start", e.investigationsSharedAtStart());
            if (e.investigationsSharedAtStart() > e.investigationsOpened()) {
                problems.warning(locator.at(kind, row, "investigations_shared_at_start"), ProblemCode.IMPLAUSIBLE_VALUE,
                        e.investigationsSharedAtStart() + " investigations shared at their start but only "
                                + e.investigationsOpened() + " opened; expected at most the number opened");
            }
        } else if (row instanceof EmscSupport e) {
            nonNegative(kind, row, "operational_support_cases", e.operationalSupportCases());
            nonNegative(kind, row, "content_referrals", e.contentReferrals());
            nonNegative(kind, row, "reports", e.reports());
        } else if (row instanceof EmpactInvolvement e) {
            nonNegative(kind, row, "actions_led", e.actionsLed());
            nonNegative(kind, row, "actions_co_led", e.actionsCoLed());
            nonNegative(kind, row, "actions_participated", e.actionsParticipated());
        } else if (row instanceof EurojustSupport e) {
            nonNegative(kind, row, "new_cases", e.newCases());
            nonNegative(kind, row, "ongoing_cases", e.ongoingCases());
            nonNegative(kind, row, "new_jits", e.newJits());
            nonNegative(kind, row, "ongoing_jits", e.ongoingJits());
            nonNegative(kind, row, "coordination_meetings", e.coordinationMeetings());
            if (e.newCases() > e.ongoingCases() && e.ongoingCases() >= 0) {
                problems.warning(locator.at(kind, row, "new_cases"), ProblemCode.IMPLAUSIBLE_VALUE,
                        e.newCases() + " new cases but only " + e.ongoingCases()
                                + " ongoing; expected ongoing cases to include the new ones");
            }
        } else if (row instanceof FinancialInvestigation f) {
            nonNegative(kind, row, "investigations_opened", f.investigationsOpened());
            nonNegative(kind, row, "assets_frozen_eur", f.assetsFrozenEur());
            nonNegative(kind, row, "assets_confiscated_eur", f.assetsConfiscatedEur());
        } else if (row instanceof BorderCrossing b) {
            nonNegative(kind, row, "detections", b.detections());
            checkPeriod(kind, row, Period.month(b.month()));
        } else if (row instanceof ImpactLevelAssignment a) {
            if (a.setOn().isAfter(info.referenceDate())) {
                problems.warning(locator.at(kind, row, "set_on"), ProblemCode.PERIOD_OUTSIDE_WINDOW,
                        "level set on " + a.setOn() + ", after the edition's reference date " + info.referenceDate()
                                + "; expected a date on or before it");
            }
            if (!SchengenMembership.statusOn(a.country(), a.setOn()).isMember()) {
                problems.warning(locator.at(kind, row, "country"), ProblemCode.NOT_SCHENGEN_MEMBER,
                        a.country().code() + " was not a Schengen member on " + a.setOn()
                                + "; impact levels are attributed to sections of the Schengen external border");
            }
        } else if (row instanceof Action a) {
            String prefix = a.id().contains(".") ? a.id().substring(0, a.id().indexOf('.')) : a.id();
            if (a.pillar() != null && !prefix.equals(a.pillar().code())) {
                problems.warning(locator.at(kind, row, "pillar"), ProblemCode.IMPLAUSIBLE_VALUE,
                        "action " + a.id() + " is filed under pillar " + a.pillar().code() + "; expected pillar " + prefix);
            }
        }
    }

    private void checkPeriod(DatasetKind kind, Row row, Period p) {
        if (!info.window().contains(p)) {
            String column = row instanceof BorderCrossing ? "month" : "period";
            problems.error(locator.at(kind, row, column), ProblemCode.PERIOD_OUTSIDE_WINDOW,
                    "period " + p + " is outside the edition window " + info.window().start() + " to "
                            + info.window().end() + "; expected a period within it (set edition.window to widen it)");
        }
    }

    private void checkMembership(DatasetKind kind, StateRow row) {
        Country c = row.country();
        Period p = row.period();
        boolean sisRow = row instanceof DatabaseUse d && d.system() == InformationSystem.SIS;
        if (sisRow) {
            if (!SchengenMembership.sisDuring(c, p.startDate(), p.endDate())) {
                problems.warning(locator.at(kind, (eu.barometer.core.model.Row) row, "country"), ProblemCode.NOT_SCHENGEN_MEMBER,
                        c.code() + " neither belonged to the Schengen area nor applied SIS in " + p
                                + "; expected SIS figures only from states that did");
            }
        } else if (!c.isEuMember() && !SchengenMembership.memberDuring(c, p.startDate(), p.endDate())) {
            problems.warning(locator.at(kind, (eu.barometer.core.model.Row) row, "country"), ProblemCode.NOT_SCHENGEN_MEMBER,
                    c.code() + " was not a Schengen member in " + p);
        }
    }

    private void nonNegative(DatasetKind kind, Row row, String column, long value) {
        if (value < 0) {
            problems.error(locator.at(kind, row, column), ProblemCode.NEGATIVE_VALUE,
                    "negative figure " + value + " in '" + column + "'; expected 0 or more");
        }
    }

    private void nonNegative(DatasetKind kind, Row row, String column, BigDecimal value) {
        if (value.signum() < 0) {
            problems.error(locator.at(kind, row, column), ProblemCode.NEGATIVE_VALUE,
                    "negative amount " + value.toPlainString() + " in '" + column + "'; expected 0 or more");
        }
    }

    private <R extends Row> void duplicates(DatasetKind kind, List<R> rows, Function<R, Object[]> key, String column,
                                            Function<R, String> describe) {
        for (DuplicateKeys.Duplicate d : DuplicateKeys.find(rows, key)) {
            R row = rows.get(d.index());
            R first = rows.get(d.firstIndex());
            problems.error(locator.at(kind, row, column), ProblemCode.DUPLICATE_KEY,
                    "duplicate row for " + describe.apply(row) + " (first at " + locator.at(kind, first, column)
                            + "); expected one row per key");
        }
    }

    private void hitsAboveSearches(List<DatabaseUse> rows) {
        HitsAboveSearches.find(rows, (d, s) ->
                problems.warning(locator.at(DatasetKind.DATABASE_USE, d, "value"), ProblemCode.IMPLAUSIBLE_VALUE,
                        d.value() + " " + d.system().code() + " hits but only " + s.value() + " searches for "
                                + d.country().code() + " in " + d.period() + " (searches at "
                                + locator.at(DatasetKind.DATABASE_USE, s, "value") + "); expected hits ≤ searches"));
    }
}
