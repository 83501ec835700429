package eu.barometer.core.registry;

import eu.barometer.core.analysis.CrossingsAnalysis;
import eu.barometer.core.analysis.DeadlineStatus;
import eu.barometer.core.analysis.ImpactPicture;
import eu.barometer.core.analysis.MetricSummary;
import eu.barometer.core.analysis.Metrics;
import eu.barometer.core.analysis.Tracker;
import eu.barometer.core.analysis.TrackedAction;
import eu.barometer.core.input.Column;
import eu.barometer.core.input.DatasetSchema;
import eu.barometer.core.input.RowReader;
import eu.barometer.core.analysis.BorderControls;
import eu.barometer.core.model.Action;
import eu.barometer.core.model.AsylumApplications;
import eu.barometer.core.model.BorderCrossing;
import eu.barometer.core.model.DatabaseUse;
import eu.barometer.core.model.DatasetKind;
import eu.barometer.core.model.EmpactInvolvement;
import eu.barometer.core.model.EmscInformationSharing;
import eu.barometer.core.model.EmscSupport;
import eu.barometer.core.model.EurojustSupport;
import eu.barometer.core.model.FigureFlags;
import eu.barometer.core.model.FinancialInvestigation;
import eu.barometer.core.model.ImpactLevelAssignment;
import eu.barometer.core.model.InternalBorderControl;
import eu.barometer.core.model.Period;
import eu.barometer.core.model.Row;
import eu.barometer.core.model.StateRow;
import eu.barometer.core.model.ThirdCountryCooperation;
import eu.barometer.core.problem.ProblemCode;
import eu.barometer.core.reference.ActionStatus;
import eu.barometer.core.reference.AgreementStatus;
import eu.barometer.core.reference.AsopStatus;
import eu.barometer.core.reference.BorderType;
import eu.barometer.core.reference.ControlReason;
import eu.barometer.core.reference.CooperationLevel;
import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.EmpactPlan;
import eu.barometer.core.reference.Flag;
import eu.barometer.core.reference.Flags;
import eu.barometer.core.reference.ImpactLevel;
import eu.barometer.core.reference.InformationSystem;
import eu.barometer.core.reference.Measure;
import eu.barometer.core.reference.Organisation;
import eu.barometer.core.reference.Pillar;
import eu.barometer.core.reference.Route;
import eu.barometer.core.reference.SchengenMembership;
import eu.barometer.core.reference.Vocabulary;
import eu.barometer.core.validation.HitsAboveSearches;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;

/**
 * The registry of datasets: one {@link DatasetType} per dataset, in {@link DatasetKind} order.
 * Each entry is the whole of what a dataset is: its columns (documented in {@code docs/inputs.md}),
 * how a record becomes a row, its key and checks, its metrics and derived figures, and its data
 * sheet. Adding a dataset is one entry here (with its {@link DatasetKind} and row record), its
 * labels and its section of the template.
 *
 * @since 0.3
 */
public final class DatasetTypes {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern ACTION_ID = Pattern.compile("(I|II|III|IV)\\.\\d{1,2}");

    private static final Column COUNTRY = Column.required("country", "EU country code",
            "BE, BG, CZ, DK, DE, EE, IE, EL, ES, FR, HR, IT, CY, LV, LT, LU, HU, MT, NL, AT, PL, PT, RO, SI, SK, FI, SE, IS, LI, NO, CH",
            "EL", "state", "member_state", "ms");
    private static final Column PERIOD = Column.required("period", "period",
            "month 2023-07, quarter 2023-Q3, half-year 2023-H2, year 2023, or range 2023-07..2023-09", "2023-Q3");
    private static final Column FLAG = Column.optional("flag", "flag", "p or provisional, e or estimated, or empty", "p",
            "flags", "status_flag", "footnote");

    private static final Column SYSTEM = Column.required("system", "code", "SIS, SIENA, EIS, FIELDS, FADO, SLTD, VIS, EURODAC", "SIS",
            "information_system", "database");
    private static final Column MEASURE = Column.required("measure", "code", "searches, hits, alerts-created, messages, contributions",
            "searches", "indicator");
    private static final Column VALUE = Column.required("value", "whole number ≥ 0", "", "1 234 567", "count", "number");

    private static final Column CONTRIBUTIONS = Column.required("contributions", "whole number ≥ 0", "", "412",
            "messages", "contributions_messages");
    private static final Column INVESTIGATIONS_OPENED = Column.required("investigations_opened", "whole number ≥ 0", "", "57",
            "investigations");
    private static final Column SHARED_AT_START = Column.required("investigations_shared_at_start", "whole number ≥ 0, at most investigations_opened",
            "", "41", "shared_at_start", "investigations_shared");

    private static final Column SUPPORT_CASES = Column.required("operational_support_cases", "whole number ≥ 0", "", "23",
            "support_cases", "operational_support");
    private static final Column REFERRALS = Column.required("content_referrals", "whole number ≥ 0", "", "310", "referrals",
            "referrals_of_online_content");
    private static final Column REPORTS = Column.required("reports", "whole number ≥ 0", "", "6");

    private static final Column PLAN = Column.required("plan", "code", "MS, THB, CFMLAR, DF, HRCN", "MS", "oap", "operational_action_plan");
    private static final Column LED = Column.required("actions_led", "whole number ≥ 0", "", "3", "led");
    private static final Column CO_LED = Column.required("actions_co_led", "whole number ≥ 0", "", "5", "co_led", "actions_coled");
    private static final Column PARTICIPATED = Column.required("actions_participated", "whole number ≥ 0", "", "14",
            "participated", "actions_taken_part_in", "actions_taken_part");

    private static final Column NEW_CASES = Column.required("new_cases", "whole number ≥ 0", "", "12");
    private static final Column ONGOING_CASES = Column.required("ongoing_cases", "whole number ≥ 0", "", "40");
    private static final Column NEW_JITS = Column.required("new_jits", "whole number ≥ 0", "", "1");
    private static final Column ONGOING_JITS = Column.required("ongoing_jits", "whole number ≥ 0", "", "3");
    private static final Column MEETINGS = Column.required("coordination_meetings", "whole number ≥ 0", "", "2", "meetings");

    private static final Column ROUTE = Column.required("route", "code or Frontex route name",
            "western-balkan, eastern-mediterranean, central-mediterranean, western-mediterranean, western-african, eastern-borders, black-sea, circular-albania-greece, other",
            "central-mediterranean");
    private static final Column MONTH = Column.required("month", "month", "YYYY-MM (or YYYY-MM-01)", "2023-07", "date");
    private static final Column DETECTIONS = Column.required("detections", "whole number ≥ 0", "", "10 000");
    private static final Column NATIONALITY = Column.optional("nationality", "ISO 3166 alpha-2 code",
            "empty for the route total", "SY", "citizenship");

    private static final Column SECTION = Column.required("section", "text", "the section's name", "Evros land", "border_section");
    private static final Column BORDER_TYPE = Column.required("border_type", "code", "land, sea, air", "land", "type");
    private static final Column LEVEL = Column.required("level", "code", "low, medium, high, critical", "high", "impact_level");
    private static final Column SET_ON = Column.required("set_on", "date", "YYYY-MM-DD or DD.MM.YYYY", "2023-06-15",
            "date_set", "since", "date");

    private static final Column ID = Column.required("id", "action id", "pillar numeral, point, number: I.1 … IV.2", "III.2", "action");
    private static final Column PILLAR = Column.required("pillar", "code", "I, II, III, IV", "III");
    private static final Column OWNER = Column.required("owner", "text", "one or more owners separated by , or /", "Eurojust",
            "owners");
    private static final Column DELIVERABLE = Column.required("deliverable", "text", "", "regular figures on support in migrant smuggling cases");
    private static final Column DEADLINE = Column.required("deadline", "date", "YYYY-MM-DD, DD.MM.YYYY or YYYY-MM (end of month)",
            "2023-12-31", "due", "due_date");
    private static final Column STATUS = Column.required("status", "code", "not-started, in-progress, done, cancelled", "in-progress");
    private static final Column COMMENT = Column.optional("comment", "text", "", "first figures in the December edition",
            "comments", "remarks");

    private static final Column THIRD_COUNTRY = Column.required("country", "ISO 3166 alpha-2 code of a third country", "", "TN",
            "third_country");
    private static final Column COOPERATION = Column.required("cooperation_level", "code", "good, partial, insufficient, not-assessed",
            "partial", "cooperation");
    private static final Column ASOP = Column.required("asop_status", "code", "none, under-discussion, launched, operational",
            "launched", "asop");
    private static final Column EUROPOL_AGREEMENT = Column.required("europol_agreement", "code",
            "none, negotiating, working-arrangement, in-force", "working-arrangement", "europol");
    private static final Column EUROJUST_AGREEMENT = Column.required("eurojust_agreement", "code",
            "none, negotiating, working-arrangement, in-force", "none", "eurojust");

    private static final Column FIN_OPENED = Column.required("investigations_opened", "whole number ≥ 0", "", "9",
            "financial_investigations", "investigations");
    private static final Column FROZEN = Column.required("assets_frozen_eur", "amount in euro ≥ 0", "", "1 250 000,00",
            "assets_frozen", "frozen_eur", "frozen");
    private static final Column CONFISCATED = Column.required("assets_confiscated_eur", "amount in euro ≥ 0", "", "310 000",
            "assets_confiscated", "confiscated_eur", "confiscated");


    private static final Column AS_COUNTRY = Column.required("country", "EU country code",
            "BE, BG, CZ, DK, DE, EE, IE, EL, ES, FR, HR, IT, CY, LV, LT, LU, HU, MT, NL, AT, PL, PT, RO, SI, SK, FI, SE, IS, LI, NO, CH",
            "EL", "geo", "state", "member_state", "ms");
    private static final Column AS_PERIOD = Column.required("period", "period",
            "month 2023-07 (Eurostat migr_asyappctzm) or year 2023 (migr_asyappctza); any period of the other files",
            "2023-07", "time_period", "time");
    private static final Column FIRST_TIME = Column.required("first_time_applicants", "whole number ≥ 0", "", "12 345",
            "obs_value", "first_time", "applicants");
    private static final Column VISA_FREE = Column.required("visa_free_applicants",
            "whole number ≥ 0, at most first_time_applicants", "", "1 830", "visa_free", "of_which_visa_free");
    private static final Column AS_FLAG = Column.optional("flag", "flag", "p or provisional, e or estimated, or empty", "p",
            "obs_flag", "flags", "status_flag", "footnote");

    private static final Column BC_COUNTRY = Column.required("country", "EU country code", "a Schengen State, e.g. AT, DE, FR",
            "AT", "member_state", "state", "ms");
    private static final Column BC_START = Column.required("start", "date", "YYYY-MM-DD or DD.MM.YYYY", "2023-05-12",
            "from", "start_date", "begin");
    private static final Column BC_END = Column.optional("end", "date",
            "YYYY-MM-DD or DD.MM.YYYY; empty for controls until further notice", "2023-11-11", "to", "until", "end_date");
    private static final Column BC_REASON = Column.required("reason", "codes",
            "one or more of terrorist-threat, secondary-movements, migrant-smuggling, migratory-pressure, organised-crime,"
                    + " major-event, other, separated by , / or +", "secondary-movements, migratory-pressure",
            "reasons", "grounds");
    private static final Column BC_BORDERS = Column.required("borders", "EU country codes",
            "the neighbouring Schengen States whose borders are concerned, separated by , / or +; all for every internal border",
            "SI, HU", "border", "internal_borders", "scope");

    // ---------------------------------------------------------------- database-use.csv (I.3)

    /** Database use (I.3): per state, system, measure and period. */
    public static final DatasetType<DatabaseUse> DATABASE_USE = DatasetType.builder(DatasetKind.DATABASE_USE, DatabaseUse.class,
            new DatasetSchema<>(DatasetKind.DATABASE_USE, List.of(COUNTRY, SYSTEM, MEASURE, PERIOD, VALUE, FLAG), r -> {
                Country c = r.code(COUNTRY, Vocabulary.countries());
                InformationSystem s = r.code(SYSTEM, InformationSystem.vocabulary());
                Measure m = r.code(MEASURE, Measure.vocabulary());
                Period p = r.period(PERIOD);
                Long v = r.count(VALUE);
                flag(r);
                return r.ok() ? new DatabaseUse(c, s, m, p, v, r.flags(VALUE), r.line()) : null;
            }))
            .period("period", DatabaseUse::period)
            .check((row, c) -> {
                if (row.system() != InformationSystem.SIS) {
                    DatasetTypes.<DatabaseUse>schengenState().check(row, c);
                } else if (!SchengenMembership.sisDuring(row.country(), row.period().startDate(), row.period().endDate())) {
                    c.warning(row, "country", ProblemCode.NOT_SCHENGEN_MEMBER, row.country().code()
                            + " neither belonged to the Schengen area nor applied SIS in " + row.period()
                            + "; expected SIS figures only from states that did");
                }
            })
            .check(nonNegative("value", DatabaseUse::value))
            .key("value", x -> new Object[] {x.country(), x.system(), x.measure(), x.period()},
                    x -> x.country().code() + " " + x.system().code() + " " + x.measure().code() + " " + x.period())
            .checkAll((rows, c) -> HitsAboveSearches.find(rows, (d, s) ->
                    c.warning(d, "value", ProblemCode.IMPLAUSIBLE_VALUE,
                            d.value() + " " + d.system().code() + " hits but only " + s.value() + " searches for "
                                    + d.country().code() + " in " + d.period() + " (searches at "
                                    + c.at(s, "value") + "); expected hits ≤ searches")))
            .metrics((rows, p) -> {
                List<MetricSummary> out = new ArrayList<>();
                for (InformationSystem s : InformationSystem.values()) {
                    for (Measure m : Measure.values()) {
                        boolean present = rows.stream().anyMatch(r -> r.system() == s && r.measure() == m && r.period().equals(p));
                        if (present) {
                            out.add(Metrics.summarise(s.code() + "." + m.code(), rows,
                                    r -> r.system() == s && r.measure() == m, r -> r.value(), DatabaseUse::flags, p));
                        }
                    }
                }
                return out;
            }, databaseUseFigures())
            .sheet(List.of(new SheetField.Country<>("column.state", r -> r.country().code()),
                    new SheetField.Code<>("xlsx:data.system", r -> r.system().code()),
                    new SheetField.Coded<>("xlsx:data.measure", r -> r.measure().code(), "measure."),
                    new SheetField.PeriodOf<>(DatabaseUse::period),
                    new SheetField.Count<>("xlsx:data.value", DatabaseUse::value)))
            .build();

    // ---------------------------------------------------------------- emsc-information-sharing.csv (I.1)

    /** Information sharing with EMSC (I.1). */
    public static final DatasetType<EmscInformationSharing> EMSC_INFORMATION_SHARING = perState(DatasetType.builder(
            DatasetKind.EMSC_INFORMATION_SHARING, EmscInformationSharing.class, new DatasetSchema<>(
            DatasetKind.EMSC_INFORMATION_SHARING,
            List.of(COUNTRY, PERIOD, CONTRIBUTIONS, INVESTIGATIONS_OPENED, SHARED_AT_START, FLAG), r -> {
                Country c = r.code(COUNTRY, Vocabulary.countries());
                Period p = r.period(PERIOD);
                Long a = r.count(CONTRIBUTIONS);
                Long b = r.count(INVESTIGATIONS_OPENED);
                Long d = r.count(SHARED_AT_START);
                flag(r);
                return r.ok() ? new EmscInformationSharing(c, p, a, b, d,
                        r.figureFlags(CONTRIBUTIONS, INVESTIGATIONS_OPENED, SHARED_AT_START), r.line()) : null;
            })), EmscInformationSharing::flags, List.of(),
            List.of(metric(CONTRIBUTIONS, "contributions to EMSC", EmscInformationSharing::contributions),
                    metric(INVESTIGATIONS_OPENED, "investigations opened", EmscInformationSharing::investigationsOpened),
                    metric(SHARED_AT_START, "investigations shared with EMSC at their start",
                            EmscInformationSharing::investigationsSharedAtStart)))
            .check((e, c) -> {
                if (e.investigationsSharedAtStart() > e.investigationsOpened()) {
                    c.warning(e, "investigations_shared_at_start", ProblemCode.IMPLAUSIBLE_VALUE,
                            e.investigationsSharedAtStart() + " investigations shared at their start but only "
                                    + e.investigationsOpened() + " opened; expected at most the number opened");
                }
            })
            .build();

    // ---------------------------------------------------------------- emsc-support.csv (I.4)

    /** EMSC and EU IRU support (I.4). */
    public static final DatasetType<EmscSupport> EMSC_SUPPORT = perState(DatasetType.builder(DatasetKind.EMSC_SUPPORT,
            EmscSupport.class, new DatasetSchema<>(DatasetKind.EMSC_SUPPORT,
            List.of(COUNTRY, PERIOD, SUPPORT_CASES, REFERRALS, REPORTS, FLAG), r -> {
                Country c = r.code(COUNTRY, Vocabulary.countries());
                Period p = r.period(PERIOD);
                Long a = r.count(SUPPORT_CASES);
                Long b = r.count(REFERRALS);
                Long d = r.count(REPORTS);
                flag(r);
                return r.ok() ? new EmscSupport(c, p, a, b, d, r.figureFlags(SUPPORT_CASES, REFERRALS, REPORTS), r.line())
                        : null;
            })), EmscSupport::flags, List.of(),
            List.of(metric(SUPPORT_CASES, "operational support cases", EmscSupport::operationalSupportCases),
                    metric(REFERRALS, "referrals of online content", EmscSupport::contentReferrals),
                    metric(REPORTS, "reports", EmscSupport::reports)))
            .build();

    // ---------------------------------------------------------------- empact.csv (III.1)

    /** EMPACT involvement (III.1): per state, operational action plan and period. */
    public static final DatasetType<EmpactInvolvement> EMPACT = perState(DatasetType.builder(DatasetKind.EMPACT,
            EmpactInvolvement.class, new DatasetSchema<>(DatasetKind.EMPACT,
            List.of(COUNTRY, PLAN, PERIOD, LED, CO_LED, PARTICIPATED, FLAG), r -> {
                Country c = r.code(COUNTRY, Vocabulary.countries());
                EmpactPlan plan = r.code(PLAN, EmpactPlan.vocabulary());
                Period p = r.period(PERIOD);
                Long a = r.count(LED);
                Long b = r.count(CO_LED);
                Long d = r.count(PARTICIPATED);
                flag(r);
                return r.ok() ? new EmpactInvolvement(c, plan, p, a, b, d, r.figureFlags(LED, CO_LED, PARTICIPATED), r.line())
                        : null;
            }))
            .key("plan", x -> new Object[] {x.country(), x.plan(), x.period()},
                    x -> x.country().code() + " " + x.plan().code() + " " + x.period()),
            EmpactInvolvement::flags, List.of(new SheetField.Code<>("xlsx:data.plan", r -> r.plan().code())),
            List.of(metric(LED, "operational actions led by Member States", EmpactInvolvement::actionsLed),
                    metric(CO_LED, "operational actions co-led", EmpactInvolvement::actionsCoLed),
                    metric(PARTICIPATED, "operational actions taken part in", EmpactInvolvement::actionsParticipated),
                    new M<>("total", "operational actions with Member State involvement (led, co-led, taken part in)",
                            EmpactInvolvement::total, EmpactInvolvement::totalFlags, null, null)))
            .analyser(in -> {
                // The involvement per plan, over the reporting period of all plans together.
                Map<EmpactPlan, MetricSummary> byPlan = new EnumMap<>(EmpactPlan.class);
                Period p = in.metrics().orElseThrow().period();
                for (EmpactPlan plan : EmpactPlan.values()) {
                    if (in.rows().stream().anyMatch(r -> r.plan() == plan)) {
                        byPlan.put(plan, Metrics.summarise(plan.code(), in.rows(), r -> r.plan() == plan,
                                EmpactInvolvement::total, EmpactInvolvement::totalFlags, p));
                    }
                }
                return Map.copyOf(byPlan);
            })
            .build();

    // ---------------------------------------------------------------- eurojust.csv (III.2)

    /** Eurojust support (III.2). */
    public static final DatasetType<EurojustSupport> EUROJUST = perState(DatasetType.builder(DatasetKind.EUROJUST,
            EurojustSupport.class, new DatasetSchema<>(DatasetKind.EUROJUST,
            List.of(COUNTRY, PERIOD, NEW_CASES, ONGOING_CASES, NEW_JITS, ONGOING_JITS, MEETINGS, FLAG), r -> {
                Country c = r.code(COUNTRY, Vocabulary.countries());
                Period p = r.period(PERIOD);
                Long a = r.count(NEW_CASES);
                Long b = r.count(ONGOING_CASES);
                Long d = r.count(NEW_JITS);
                Long e = r.count(ONGOING_JITS);
                Long m = r.count(MEETINGS);
                flag(r);
                return r.ok() ? new EurojustSupport(c, p, a, b, d, e, m,
                        r.figureFlags(NEW_CASES, ONGOING_CASES, NEW_JITS, ONGOING_JITS, MEETINGS), r.line()) : null;
            })), EurojustSupport::flags, List.of(),
            List.of(metric(NEW_CASES, "new migrant smuggling cases", EurojustSupport::newCases),
                    metric(ONGOING_CASES, "ongoing cases", EurojustSupport::ongoingCases),
                    metric(NEW_JITS, "new joint investigation teams", EurojustSupport::newJits),
                    metric(ONGOING_JITS, "ongoing joint investigation teams", EurojustSupport::ongoingJits),
                    metric(MEETINGS, "coordination meetings", EurojustSupport::coordinationMeetings)))
            .check((e, c) -> {
                if (e.newCases() > e.ongoingCases() && e.ongoingCases() >= 0) {
                    c.warning(e, "new_cases", ProblemCode.IMPLAUSIBLE_VALUE, e.newCases() + " new cases but only "
                            + e.ongoingCases() + " ongoing; expected ongoing cases to include the new ones");
                }
            })
            .build();

    // ---------------------------------------------------------------- border-crossings.csv (the general picture)

    /** Irregular border crossings: per route and month, optionally by nationality (Frontex). */
    public static final DatasetType<BorderCrossing> BORDER_CROSSINGS = DatasetType.builder(DatasetKind.BORDER_CROSSINGS,
            BorderCrossing.class, new DatasetSchema<>(DatasetKind.BORDER_CROSSINGS,
            List.of(ROUTE, MONTH, DETECTIONS, NATIONALITY, FLAG), r -> {
                Route route = r.code(ROUTE, Route.vocabulary());
                YearMonth month = r.month(MONTH);
                Long n = r.count(DETECTIONS);
                String nat = r.text(NATIONALITY).toUpperCase(Locale.ROOT);
                if (!nat.isEmpty() && !ISO_COUNTRIES.contains(nat)) {
                    r.reportError(NATIONALITY, ProblemCode.UNKNOWN_CODE, "unknown nationality '" + nat
                            + "'; expected an ISO 3166 alpha-2 code such as SY, or empty for the route total");
                }
                flag(r);
                return r.ok() ? new BorderCrossing(route, month, nat.isEmpty() ? Optional.empty() : Optional.of(nat), n,
                        r.flags(DETECTIONS), r.line()) : null;
            }))
            .period("month", b -> Period.month(b.month()))
            .check(nonNegative("detections", BorderCrossing::detections))
            .key("month", x -> new Object[] {x.route(), x.month(), x.nationality().orElse("")},
                    x -> x.route().code() + " " + x.month() + x.nationality().map(n -> " " + n).orElse(""))
            .analyser(in -> CrossingsAnalysis.of(in.rows(), in.info().period()))
            .sheet(List.of(new SheetField.Coded<>("column.route", r -> r.route().code(), "route."),
                    new SheetField.Month<>("column.month", BorderCrossing::month),
                    new SheetField.Count<>("column.detections", BorderCrossing::detections),
                    new SheetField.Country<>("xlsx:data.nationality", r -> r.nationality().orElse(""))))
            .build();

    // ---------------------------------------------------------------- impact-levels.csv (III.5)

    /** Border-section impact levels (III.5). */
    public static final DatasetType<ImpactLevelAssignment> IMPACT_LEVELS = DatasetType.builder(DatasetKind.IMPACT_LEVELS,
            ImpactLevelAssignment.class, new DatasetSchema<>(DatasetKind.IMPACT_LEVELS,
            List.of(COUNTRY, SECTION, BORDER_TYPE, LEVEL, SET_ON, FLAG), List.of(SECTION), r -> {
                Country c = r.code(COUNTRY, Vocabulary.countries());
                String section = r.text(SECTION);
                BorderType t = r.code(BORDER_TYPE, BorderType.vocabulary());
                ImpactLevel l = r.code(LEVEL, ImpactLevel.vocabulary());
                LocalDate d = r.date(SET_ON);
                Flag f = flag(r);
                return r.ok() ? new ImpactLevelAssignment(c, section, t, l, d, f, r.line(), r.translations(SECTION)) : null;
            }))
            .check((a, c) -> {
                if (a.setOn().isAfter(c.info().referenceDate())) {
                    c.warning(a, "set_on", ProblemCode.PERIOD_OUTSIDE_WINDOW, "level set on " + a.setOn()
                            + ", after the edition's reference date " + c.info().referenceDate()
                            + "; expected a date on or before it");
                }
                if (!SchengenMembership.statusOn(a.country(), a.setOn()).isMember()) {
                    c.warning(a, "country", ProblemCode.NOT_SCHENGEN_MEMBER, a.country().code() + " was not a Schengen member on "
                            + a.setOn() + "; impact levels are attributed to sections of the Schengen external border");
                }
            })
            .text((a, column) -> a.section())
            .key("section", x -> new Object[] {x.country(), x.section().toLowerCase(Locale.ROOT)},
                    x -> x.country().code() + " '" + x.section() + "'")
            .analyser(in -> {
                List<ImpactLevelAssignment> sorted = new ArrayList<>(in.rows());
                sorted.sort(Comparator.comparing(ImpactLevelAssignment::country).thenComparing(ImpactLevelAssignment::section));
                return ImpactPicture.of(sorted);
            })
            .sheet(List.of(new SheetField.Country<>("column.state", r -> r.country().code()),
                    new SheetField.Text<>("column.section", ImpactLevelAssignment::section, "section"),
                    new SheetField.Coded<>("column.border-type", r -> r.borderType().code(), "border."),
                    new SheetField.Coded<>("column.level", r -> r.level().code(), "impact."),
                    new SheetField.Day<>("column.set-on", ImpactLevelAssignment::setOn)))
            .build();

    // ---------------------------------------------------------------- actions.csv (the tracker)

    /** The action tracker. */
    public static final DatasetType<Action> ACTIONS = DatasetType.builder(DatasetKind.ACTIONS, Action.class,
            new DatasetSchema<>(DatasetKind.ACTIONS,
            List.of(ID, PILLAR, OWNER, DELIVERABLE, DEADLINE, STATUS, COMMENT, FLAG), List.of(DELIVERABLE, COMMENT), r -> {
                String id = r.text(ID);
                if (!id.isEmpty() && !ACTION_ID.matcher(id).matches()) {
                    r.reportError(ID, ProblemCode.WRONG_TYPE, "'" + id + "' is not an action id; expected a pillar numeral,"
                            + " a point and a number, e.g. III.2");
                }
                Pillar pillar = r.code(PILLAR, Pillar.vocabulary());
                List<String> owners = Organisation.split(r.text(OWNER));
                for (String o : owners) {
                    if (Organisation.lookup(o).isEmpty()) {
                        r.reportWarning(OWNER, ProblemCode.UNKNOWN_ORGANISATION, "owner '" + o + "' is not a known"
                                + " organisation, so every edition prints it as written; expected one of "
                                + Organisation.knownNames());
                    }
                }
                String deliverable = r.text(DELIVERABLE);
                LocalDate deadline = deadline(r);
                ActionStatus status = r.code(STATUS, ActionStatus.vocabulary());
                String comment = r.text(COMMENT);
                Flag f = flag(r);
                return r.ok() ? new Action(id, pillar, owners, deliverable, deadline, status, comment, f, r.line(),
                        r.translations(DELIVERABLE, COMMENT)) : null;
            }))
            .check((a, c) -> {
                String prefix = a.id().contains(".") ? a.id().substring(0, a.id().indexOf('.')) : a.id();
                if (a.pillar() != null && !prefix.equals(a.pillar().code())) {
                    c.warning(a, "pillar", ProblemCode.IMPLAUSIBLE_VALUE,
                            "action " + a.id() + " is filed under pillar " + a.pillar().code() + "; expected pillar " + prefix);
                }
            })
            .text((a, column) -> column.equals("deliverable") ? a.deliverable() : a.comment())
            .key("id", x -> new Object[] {x.id()}, Action::id)
            .analyser(in -> Tracker.of(in.rows().stream()
                    .map(a -> new TrackedAction(a, DeadlineStatus.of(a, in.info().referenceDate()),
                            ChronoUnit.DAYS.between(in.info().referenceDate(), a.deadline())))
                    .toList()))
            .sheet(List.of(new SheetField.Code<>("column.action", Action::id),
                    new SheetField.Code<>("xlsx:data.pillar", r -> r.pillar().code()),
                    new SheetField.Organisations<>("column.owners", Action::owners),
                    new SheetField.Text<>("column.deliverable", Action::deliverable, "deliverable"),
                    new SheetField.Day<>("column.deadline", Action::deadline),
                    new SheetField.Coded<>("column.status", r -> r.status().code(), "status."),
                    new SheetField.Text<>("xlsx:data.comment", Action::comment, "comment")))
            .build();

    // ---------------------------------------------------------------- third-countries.csv (I.5, IV.1, IV.2)

    /** Third-country cooperation (I.5, IV.1, IV.2). */
    public static final DatasetType<ThirdCountryCooperation> THIRD_COUNTRIES = DatasetType.builder(DatasetKind.THIRD_COUNTRIES,
            ThirdCountryCooperation.class, new DatasetSchema<>(DatasetKind.THIRD_COUNTRIES,
            List.of(THIRD_COUNTRY, COOPERATION, ASOP, EUROPOL_AGREEMENT, EUROJUST_AGREEMENT, COMMENT, FLAG), List.of(COMMENT),
            r -> {
                String code = r.text(THIRD_COUNTRY).toUpperCase(Locale.ROOT);
                if (!code.isEmpty()) {
                    if (Country.byCode(code).isPresent() || code.equals("GR")) {
                        r.reportError(THIRD_COUNTRY, ProblemCode.UNKNOWN_CODE, "'" + code
                                + "' is a Member State or Schengen associated state; expected a third country");
                    } else if (!ISO_COUNTRIES.contains(code)) {
                        r.reportError(THIRD_COUNTRY, ProblemCode.UNKNOWN_CODE, "unknown country '" + code
                                + "'; expected an ISO 3166 alpha-2 code such as TN");
                    }
                }
                CooperationLevel level = r.code(COOPERATION, CooperationLevel.vocabulary());
                AsopStatus asop = r.code(ASOP, AsopStatus.vocabulary());
                AgreementStatus europol = r.code(EUROPOL_AGREEMENT, AgreementStatus.vocabulary());
                AgreementStatus eurojust = r.code(EUROJUST_AGREEMENT, AgreementStatus.vocabulary());
                String comment = r.text(COMMENT);
                Flag f = flag(r);
                return r.ok() ? new ThirdCountryCooperation(code, level, asop, europol, eurojust, comment, f, r.line(),
                        r.translations(COMMENT)) : null;
            }))
            .text((t, column) -> t.comment())
            .key("country", x -> new Object[] {x.country()}, ThirdCountryCooperation::country)
            .sheet(List.of(new SheetField.Country<>("column.country", ThirdCountryCooperation::country),
                    new SheetField.Coded<>("column.cooperation", r -> r.cooperation().code(), "cooperation."),
                    new SheetField.Coded<>("column.asop", r -> r.asop().code(), "asop."),
                    new SheetField.Coded<>("column.europol-agreement", r -> r.europolAgreement().code(), "agreement."),
                    new SheetField.Coded<>("column.eurojust-agreement", r -> r.eurojustAgreement().code(), "agreement."),
                    new SheetField.Text<>("xlsx:data.comment", ThirdCountryCooperation::comment, "comment")))
            .build();

    // ---------------------------------------------------------------- financial-investigations.csv (III.3)

    /** Financial investigations (III.3). */
    public static final DatasetType<FinancialInvestigation> FINANCIAL_INVESTIGATIONS = perState(DatasetType.builder(
            DatasetKind.FINANCIAL_INVESTIGATIONS, FinancialInvestigation.class, new DatasetSchema<>(
            DatasetKind.FINANCIAL_INVESTIGATIONS,
            List.of(COUNTRY, PERIOD, FIN_OPENED, FROZEN, CONFISCATED, FLAG), r -> {
                Country c = r.code(COUNTRY, Vocabulary.countries());
                Period p = r.period(PERIOD);
                Long n = r.count(FIN_OPENED);
                BigDecimal frozen = r.amount(FROZEN);
                BigDecimal confiscated = r.amount(CONFISCATED);
                flag(r);
                return r.ok() ? new FinancialInvestigation(c, p, n, frozen, confiscated,
                        r.figureFlags(FIN_OPENED, FROZEN, CONFISCATED), r.line()) : null;
            })), FinancialInvestigation::flags, List.of(),
            List.of(metric(FIN_OPENED, "financial investigations opened", FinancialInvestigation::investigationsOpened),
                    euro(FROZEN, "column.assets-frozen", "assets frozen, whole euros", FinancialInvestigation::assetsFrozenEur),
                    euro(CONFISCATED, "column.assets-confiscated", "assets confiscated, whole euros",
                            FinancialInvestigation::assetsConfiscatedEur)))
            .build();

    // ---------------------------------------------------------------- asylum-applications.csv (Eurostat)

    /**
     * First-time asylum applicants per State and period, Eurostat's {@code migr_asyappctzm}
     * (monthly) or {@code migr_asyappctza} (yearly), with those from visa-free countries. Monthly
     * rows are summed into periods of the edition's length before the analysis.
     */
    public static final DatasetType<AsylumApplications> ASYLUM_APPLICATIONS = perState(DatasetType.builder(
            DatasetKind.ASYLUM_APPLICATIONS, AsylumApplications.class, new DatasetSchema<>(DatasetKind.ASYLUM_APPLICATIONS,
            List.of(AS_COUNTRY, AS_PERIOD, FIRST_TIME, VISA_FREE, AS_FLAG), r -> {
                Country c = r.code(AS_COUNTRY, Vocabulary.countries());
                Period p = r.period(AS_PERIOD);
                Long a = r.count(FIRST_TIME);
                Long v = r.count(VISA_FREE);
                flag(r);
                return r.ok() ? new AsylumApplications(c, p, a, v, r.figureFlags(FIRST_TIME, VISA_FREE), r.line()) : null;
            })), AsylumApplications::flags, List.of(),
            List.of(metric(FIRST_TIME, "first-time asylum applicants", AsylumApplications::firstTimeApplicants),
                    metric(VISA_FREE, "first-time asylum applicants from visa-free countries",
                            AsylumApplications::visaFreeApplicants)))
            .check((a, c) -> {
                if (a.visaFreeApplicants() > a.firstTimeApplicants()) {
                    c.warning(a, "visa_free_applicants", ProblemCode.IMPLAUSIBLE_VALUE, a.visaFreeApplicants()
                            + " applicants from visa-free countries but only " + a.firstTimeApplicants()
                            + " first-time applicants; expected at most the number of first-time applicants");
                }
            })
            .rollUp(DatasetTypes::asylumByEditionPeriod)
            .build();

    // ---------------------------------------------------------------- internal-border-controls.csv (Commission list)

    /**
     * Notifications of the temporary reintroduction of border control at internal borders
     * (Schengen Borders Code, Articles 25 to 28), shaped like the Commission's published list.
     */
    public static final DatasetType<InternalBorderControl> INTERNAL_BORDER_CONTROLS = DatasetType.builder(
            DatasetKind.INTERNAL_BORDER_CONTROLS, InternalBorderControl.class, new DatasetSchema<>(
            DatasetKind.INTERNAL_BORDER_CONTROLS, List.of(BC_COUNTRY, BC_START, BC_END, BC_REASON, BC_BORDERS, FLAG), r -> {
                Country c = r.code(BC_COUNTRY, Vocabulary.countries());
                LocalDate start = r.date(BC_START);
                LocalDate end = r.date(BC_END);
                List<ControlReason> reasons = r.codes(BC_REASON, ControlReason.vocabulary());
                String b = r.text(BC_BORDERS);
                List<Country> borders = b.equalsIgnoreCase("all") ? List.of() : r.codes(BC_BORDERS, Vocabulary.countries());
                Flag f = flag(r);
                return r.ok() ? new InternalBorderControl(c, start, Optional.ofNullable(end), reasons, borders, f, r.line())
                        : null;
            }))
            .check((b, c) -> {
                b.end().filter(e -> e.isBefore(b.start())).ifPresent(e -> c.error(b, "end", ProblemCode.IMPLAUSIBLE_VALUE,
                        "controls end on " + e + ", before they start on " + b.start() + "; expected an end on or after the start"));
                if (b.start().isAfter(c.info().referenceDate())) {
                    c.warning(b, "start", ProblemCode.PERIOD_OUTSIDE_WINDOW, "controls start on " + b.start()
                            + ", after the edition's reference date " + c.info().referenceDate()
                            + "; expected notifications up to that date");
                }
                if (!SchengenMembership.statusOn(b.country(), b.start()).isMember()) {
                    c.warning(b, "country", ProblemCode.NOT_SCHENGEN_MEMBER, b.country().code()
                            + " was not a Schengen member on " + b.start()
                            + "; border control at internal borders is reintroduced by Schengen States");
                }
                for (Country n : b.borders()) {
                    if (n == b.country()) {
                        c.error(b, "borders", ProblemCode.IMPLAUSIBLE_VALUE, "borders name " + n.code()
                                + " itself; expected the neighbouring States whose borders are concerned");
                    } else if (!SchengenMembership.statusOn(n, b.start()).isMember()) {
                        c.warning(b, "borders", ProblemCode.NOT_SCHENGEN_MEMBER, "the border with " + n.code()
                                + " was not an internal border on " + b.start() + " (" + n.code()
                                + " was not a Schengen member); expected neighbouring Schengen States");
                    }
                }
            })
            .key("start", x -> new Object[] {x.country(), x.start()}, x -> x.country().code() + " from " + x.start())
            .analyser(in -> BorderControls.of(in.rows(), in.info()))
            .sheet(List.of(new SheetField.Country<>("column.state", r -> r.country().code()),
                    new SheetField.Day<>("column.from", InternalBorderControl::start),
                    new SheetField.Day<>("column.until", r -> r.end().orElse(null)),
                    new SheetField.CodedList<>("column.reasons", r -> r.reasons().stream().map(ControlReason::code).toList(),
                            "reason."),
                    new SheetField.CountryList<>("column.borders", r -> r.borders().stream().map(Country::code).toList(),
                            "controls.all-borders")))
            .build();

    private static final List<DatasetType<?>> ALL = List.of(DATABASE_USE, EMSC_INFORMATION_SHARING, EMSC_SUPPORT, EMPACT,
            EUROJUST, BORDER_CROSSINGS, IMPACT_LEVELS, ACTIONS, THIRD_COUNTRIES, FINANCIAL_INVESTIGATIONS, ASYLUM_APPLICATIONS,
            INTERNAL_BORDER_CONTROLS);

    private static final Map<DatasetKind, DatasetType<?>> BY_KIND = byKind();

    private DatasetTypes() { }

    /** Every dataset type, in {@link DatasetKind} order. */
    public static List<DatasetType<?>> all() {
        return ALL;
    }

    /** The type of a dataset. */
    public static DatasetType<?> of(DatasetKind kind) {
        return BY_KIND.get(kind);
    }

    private static Map<DatasetKind, DatasetType<?>> byKind() {
        Map<DatasetKind, DatasetType<?>> m = new EnumMap<>(DatasetKind.class);
        for (DatasetType<?> t : ALL) {
            if (m.put(t.kind(), t) != null) {
                throw new IllegalStateException("two types for " + t.kind().id());
            }
        }
        for (DatasetKind k : DatasetKind.values()) {
            if (!m.containsKey(k)) {
                throw new IllegalStateException("no dataset type for " + k.id());
            }
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    // ---------------------------------------------------------------- shared parts

    /**
     * A metric of a per-state dataset: its key (the column's name), what it is, the value of a
     * row; for a metric computed from other figures (EMPACT's total) its own flags, for an amount
     * in euro the amount and the label key of its data-sheet head.
     */
    private record M<R>(String key, String description, ToLongFunction<R> value, Function<R, Flags> flags,
                        Function<R, BigDecimal> amount, String head) { }

    private static <R extends StateRow> M<R> metric(Column c, String description, ToLongFunction<R> value) {
        return new M<>(c.name(), description, value, null, null, null);
    }

    private static <R extends StateRow> M<R> euro(Column c, String head, String description, Function<R, BigDecimal> amount) {
        return new M<>(c.name(), description, r -> amount.apply(r).setScale(0, RoundingMode.HALF_UP).longValueExact(),
                null, amount, head);
    }

    /**
     * The parts every per-state dataset shares: rows by period, one row per state and period
     * (unless {@code b} has a key already), figures that are never negative, metrics summed by
     * state, and a data sheet of the state, the extra {@code codes}, the period and the figures.
     * A metric of a column of its own takes that figure's flags, in column order.
     */
    private static <R extends StateRow> DatasetType.Builder<R> perState(DatasetType.Builder<R> b,
            Function<R, FigureFlags> figureFlags, List<SheetField<R>> codes, List<M<R>> metrics) {
        b.period("period", StateRow::period);
        b.check(schengenState());
        if (!b.hasKey()) {
            b.key("period", x -> new Object[] {x.country(), x.period()}, x -> x.country().code() + " " + x.period());
        }
        List<SheetField<R>> sheet = new ArrayList<>();
        sheet.add(new SheetField.Country<>("column.state", r -> r.country().code()));
        sheet.addAll(codes);
        sheet.add(new SheetField.PeriodOf<>(StateRow::period));
        List<M<R>> summed = new ArrayList<>();
        List<DatasetType.MetricFigure> named = new ArrayList<>();
        int figure = 0;
        for (M<R> m : metrics) {
            M<R> s = m;
            if (m.flags() == null) {
                int i = figure++;
                s = new M<>(m.key(), m.description(), m.value(), r -> figureFlags.apply(r).of(i), m.amount(), m.head());
                if (m.amount() != null) {
                    b.check(nonNegativeAmount(m.key(), m.amount()));
                    sheet.add(new SheetField.Amount<>(m.head(), 2, m.amount()));
                } else {
                    b.check(nonNegative(m.key(), m.value()));
                    sheet.add(new SheetField.Metric<>(m.key(), m.value()));
                }
            }
            summed.add(s);
            named.add(new DatasetType.MetricFigure(m.key(), m.key().replace('_', '-'), m.description(), m.amount() != null));
        }
        b.figureFlags(figureFlags);
        b.metrics((rows, p) -> summed.stream().map(m -> Metrics.summarise(m.key(), rows, r -> true, m.value(), m.flags(), p))
                .toList(), named);
        b.sheet(sheet);
        return b;
    }

    private static List<DatasetType.MetricFigure> databaseUseFigures() {
        List<DatasetType.MetricFigure> out = new ArrayList<>();
        for (InformationSystem s : InformationSystem.values()) {
            for (Measure me : Measure.values()) {
                out.add(new DatasetType.MetricFigure(s.code() + "." + me.code(),
                        s.code().toLowerCase(Locale.ROOT) + "." + me.code(), s.code() + " " + me.code().replace('-', ' '), false));
            }
        }
        return out;
    }

    /**
     * Asylum rows summed by State into periods of the edition's length, aligned on the edition's
     * period (quarters for a quarterly edition): a State's period counts only when every month
     * of it is there. Rows already of that length are kept; a period's flags are those of its months.
     */
    private static List<AsylumApplications> asylumByEditionPeriod(List<AsylumApplications> rows, Period edition) {
        int length = edition.months();
        Map<Country, Map<Period, long[]>> sums = new EnumMap<>(Country.class);
        Map<Country, Map<Period, Integer>> bits = new EnumMap<>(Country.class);
        Map<Country, Map<Period, Integer>> lines = new EnumMap<>(Country.class);
        List<AsylumApplications> out = new ArrayList<>();
        for (AsylumApplications r : rows) {
            if (r.period().months() == length) {
                out.add(r);
                continue;
            }
            if (r.period().months() != 1) {
                continue;
            }
            long offset = (r.period().start().getYear() * 12L + r.period().start().getMonthValue())
                    - (edition.start().getYear() * 12L + edition.start().getMonthValue());
            Period bucket = edition.shift((int) Math.floorDiv(offset, length) * length);
            long[] s = sums.computeIfAbsent(r.country(), k -> new java.util.TreeMap<>()).computeIfAbsent(bucket, k -> new long[3]);
            s[0] += r.firstTimeApplicants();
            s[1] += r.visaFreeApplicants();
            s[2]++;
            bits.computeIfAbsent(r.country(), k -> new java.util.TreeMap<>()).merge(bucket, r.flags().bits(), (x, y) -> x | y);
            lines.computeIfAbsent(r.country(), k -> new java.util.TreeMap<>()).merge(bucket, r.line(), Math::min);
        }
        sums.forEach((c, byPeriod) -> byPeriod.forEach((p, s) -> {
            if (s[2] == length) {
                out.add(new AsylumApplications(c, p, s[0], s[1], new FigureFlags(bits.get(c).get(p)), lines.get(c).get(p)));
            }
        }));
        return List.copyOf(out);
    }

    /** Figures of a state outside the EU are a warning for a period it was not in the Schengen area. */
    private static <R extends StateRow> DatasetType.RowCheck<R> schengenState() {
        return (row, c) -> {
            Country s = row.country();
            Period p = row.period();
            if (!s.isEuMember() && !SchengenMembership.memberDuring(s, p.startDate(), p.endDate())) {
                c.warning(row, "country", ProblemCode.NOT_SCHENGEN_MEMBER, s.code() + " was not a Schengen member in " + p);
            }
        };
    }

    /** A figure that must not be negative: an error at its column. */
    static <R extends Row> DatasetType.RowCheck<R> nonNegative(String column, ToLongFunction<R> value) {
        return (row, c) -> {
            long v = value.applyAsLong(row);
            if (v < 0) {
                c.error(row, column, ProblemCode.NEGATIVE_VALUE, "negative figure " + v + " in '" + column + "'; expected 0 or more");
            }
        };
    }

    /** An amount that must not be negative. */
    static <R extends Row> DatasetType.RowCheck<R> nonNegativeAmount(String column, Function<R, BigDecimal> value) {
        return (row, c) -> {
            BigDecimal v = value.apply(row);
            if (v.signum() < 0) {
                c.error(row, column, ProblemCode.NEGATIVE_VALUE,
                        "negative amount " + v.toPlainString() + " in '" + column + "'; expected 0 or more");
            }
        };
    }

    /** Reads the {@code flag} column, which flags every figure of the row; a row without figures keeps it as its flag. */
    private static Flag flag(RowReader r) {
        Flag f = r.code(FLAG, Flag.vocabulary());
        if (f != null) {
            r.rowFlag(f);
        }
        return f == null ? Flag.NONE : f;
    }

    private static LocalDate deadline(RowReader r) {
        String v = r.text(DEADLINE);
        if (v.isEmpty()) {
            return null;
        }
        Optional<Period> month = v.length() == 7 ? Period.parse(v) : Optional.empty();
        if (month.isPresent()) {
            return month.get().endDate();
        }
        return r.date(DEADLINE);
    }
}
