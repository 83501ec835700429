package eu.barometer.core.input;

import eu.barometer.core.model.Action;
import eu.barometer.core.model.BorderCrossing;
import eu.barometer.core.model.DatabaseUse;
import eu.barometer.core.model.DatasetKind;
import eu.barometer.core.model.EmpactInvolvement;
import eu.barometer.core.model.EmscInformationSharing;
import eu.barometer.core.model.EmscSupport;
import eu.barometer.core.model.EurojustSupport;
import eu.barometer.core.model.FinancialInvestigation;
import eu.barometer.core.model.ImpactLevelAssignment;
import eu.barometer.core.model.Period;
import eu.barometer.core.model.ThirdCountryCooperation;
import eu.barometer.core.problem.ProblemCode;
import eu.barometer.core.reference.ActionStatus;
import eu.barometer.core.reference.AgreementStatus;
import eu.barometer.core.reference.AsopStatus;
import eu.barometer.core.reference.BorderType;
import eu.barometer.core.reference.CooperationLevel;
import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.EmpactPlan;
import eu.barometer.core.reference.Flag;
import eu.barometer.core.reference.ImpactLevel;
import eu.barometer.core.reference.InformationSystem;
import eu.barometer.core.reference.Measure;
import eu.barometer.core.reference.Organisation;
import eu.barometer.core.reference.Pillar;
import eu.barometer.core.reference.Route;
import eu.barometer.core.reference.Vocabulary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The schemas of the ten dataset files. {@code docs/inputs.md} documents the same columns.
 *
 * @since 0.1
 */
public final class Schemas {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern ACTION_ID = Pattern.compile("(I|II|III|IV)\\.\\d{1,2}");

    static final Column COUNTRY = Column.required("country", "EU country code",
            "BE, BG, CZ, DK, DE, EE, IE, EL, ES, FR, HR, IT, CY, LV, LT, LU, HU, MT, NL, AT, PL, PT, RO, SI, SK, FI, SE, IS, LI, NO, CH",
            "EL", "state", "member_state", "ms");
    static final Column PERIOD = Column.required("period", "period",
            "month 2023-07, quarter 2023-Q3, half-year 2023-H2, year 2023, or range 2023-07..2023-09", "2023-Q3");
    static final Column FLAG = Column.optional("flag", "flag", "p or provisional, e or estimated, or empty", "p",
            "flags", "status_flag", "footnote");

    static final Column SYSTEM = Column.required("system", "code", "SIS, SIENA, EIS, FIELDS, FADO, SLTD, VIS, EURODAC", "SIS",
            "information_system", "database");
    static final Column MEASURE = Column.required("measure", "code", "searches, hits, alerts-created, messages, contributions",
            "searches", "indicator");
    static final Column VALUE = Column.required("value", "whole number ≥ 0", "", "1 234 567", "count", "number");

    static final Column CONTRIBUTIONS = Column.required("contributions", "whole number ≥ 0", "", "412",
            "messages", "contributions_messages");
    static final Column INVESTIGATIONS_OPENED = Column.required("investigations_opened", "whole number ≥ 0", "", "57",
            "investigations");
    static final Column SHARED_AT_START = Column.required("investigations_shared_at_start", "whole number ≥ 0, at most investigations_opened",
            "", "41", "shared_at_start", "investigations_shared");

    static final Column SUPPORT_CASES = Column.required("operational_support_cases", "whole number ≥ 0", "", "23",
            "support_cases", "operational_support");
    static final Column REFERRALS = Column.required("content_referrals", "whole number ≥ 0", "", "310", "referrals",
            "referrals_of_online_content");
    static final Column REPORTS = Column.required("reports", "whole number ≥ 0", "", "6");

    static final Column PLAN = Column.required("plan", "code", "MS, THB, CFMLAR, DF, HRCN", "MS", "oap", "operational_action_plan");
    static final Column LED = Column.required("actions_led", "whole number ≥ 0", "", "3", "led");
    static final Column CO_LED = Column.required("actions_co_led", "whole number ≥ 0", "", "5", "co_led", "actions_coled");
    static final Column PARTICIPATED = Column.required("actions_participated", "whole number ≥ 0", "", "14",
            "participated", "actions_taken_part_in", "actions_taken_part");

    static final Column NEW_CASES = Column.required("new_cases", "whole number ≥ 0", "", "12");
    static final Column ONGOING_CASES = Column.required("ongoing_cases", "whole number ≥ 0", "", "40");
    static final Column NEW_JITS = Column.required("new_jits", "whole number ≥ 0", "", "1");
    static final Column ONGOING_JITS = Column.required("ongoing_jits", "whole number ≥ 0", "", "3");
    static final Column MEETINGS = Column.required("coordination_meetings", "whole number ≥ 0", "", "2", "meetings");

    static final Column ROUTE = Column.required("route", "code or Frontex route name",
            "western-balkan, eastern-mediterranean, central-mediterranean, western-mediterranean, western-african, eastern-borders, black-sea, circular-albania-greece, other",
            "central-mediterranean");
    static final Column MONTH = Column.required("month", "month", "YYYY-MM (or YYYY-MM-01)", "2023-07", "date");
    static final Column DETECTIONS = Column.required("detections", "whole number ≥ 0", "", "10 000");
    static final Column NATIONALITY = Column.optional("nationality", "ISO 3166 alpha-2 code",
            "empty for the route total", "SY", "citizenship");

    static final Column SECTION = Column.required("section", "text", "the section's name", "Evros land", "border_section");
    static final Column BORDER_TYPE = Column.required("border_type", "code", "land, sea, air", "land", "type");
    static final Column LEVEL = Column.required("level", "code", "low, medium, high, critical", "high", "impact_level");
    static final Column SET_ON = Column.required("set_on", "date", "YYYY-MM-DD or DD.MM.YYYY", "2023-06-15",
            "date_set", "since", "date");

    static final Column ID = Column.required("id", "action id", "pillar numeral, point, number: I.1 … IV.2", "III.2", "action");
    static final Column PILLAR = Column.required("pillar", "code", "I, II, III, IV", "III");
    static final Column OWNER = Column.required("owner", "text", "one or more owners separated by , or /", "Eurojust",
            "owners");
    static final Column DELIVERABLE = Column.required("deliverable", "text", "", "regular figures on support in migrant smuggling cases");
    static final Column DEADLINE = Column.required("deadline", "date", "YYYY-MM-DD, DD.MM.YYYY or YYYY-MM (end of month)",
            "2023-12-31", "due", "due_date");
    static final Column STATUS = Column.required("status", "code", "not-started, in-progress, done, cancelled", "in-progress");
    static final Column COMMENT = Column.optional("comment", "text", "", "first figures in the December edition",
            "comments", "remarks");

    static final Column THIRD_COUNTRY = Column.required("country", "ISO 3166 alpha-2 code of a third country", "", "TN",
            "third_country");
    static final Column COOPERATION = Column.required("cooperation_level", "code", "good, partial, insufficient, not-assessed",
            "partial", "cooperation");
    static final Column ASOP = Column.required("asop_status", "code", "none, under-discussion, launched, operational",
            "launched", "asop");
    static final Column EUROPOL_AGREEMENT = Column.required("europol_agreement", "code",
            "none, negotiating, working-arrangement, in-force", "working-arrangement", "europol");
    static final Column EUROJUST_AGREEMENT = Column.required("eurojust_agreement", "code",
            "none, negotiating, working-arrangement, in-force", "none", "eurojust");

    static final Column FIN_OPENED = Column.required("investigations_opened", "whole number ≥ 0", "", "9",
            "financial_investigations", "investigations");
    static final Column FROZEN = Column.required("assets_frozen_eur", "amount in euro ≥ 0", "", "1 250 000,00",
            "assets_frozen", "frozen_eur", "frozen");
    static final Column CONFISCATED = Column.required("assets_confiscated_eur", "amount in euro ≥ 0", "", "310 000",
            "assets_confiscated", "confiscated_eur", "confiscated");

    /** database-use.csv */
    public static final DatasetSchema<DatabaseUse> DATABASE_USE = new DatasetSchema<>(DatasetKind.DATABASE_USE,
            List.of(COUNTRY, SYSTEM, MEASURE, PERIOD, VALUE, FLAG), r -> {
                Country c = r.code(COUNTRY, Vocabulary.countries());
                InformationSystem s = r.code(SYSTEM, InformationSystem.vocabulary());
                Measure m = r.code(MEASURE, Measure.vocabulary());
                Period p = r.period(PERIOD);
                Long v = r.count(VALUE);
                Flag f = flag(r);
                return r.ok() ? new DatabaseUse(c, s, m, p, v, f, r.line()) : null;
            });

    /** emsc-information-sharing.csv */
    public static final DatasetSchema<EmscInformationSharing> EMSC_INFORMATION_SHARING = new DatasetSchema<>(
            DatasetKind.EMSC_INFORMATION_SHARING,
            List.of(COUNTRY, PERIOD, CONTRIBUTIONS, INVESTIGATIONS_OPENED, SHARED_AT_START, FLAG), r -> {
                Country c = r.code(COUNTRY, Vocabulary.countries());
                Period p = r.period(PERIOD);
                Long a = r.count(CONTRIBUTIONS);
                Long b = r.count(INVESTIGATIONS_OPENED);
                Long d = r.count(SHARED_AT_START);
                Flag f = flag(r);
                return r.ok() ? new EmscInformationSharing(c, p, a, b, d, f, r.line()) : null;
            });

    /** emsc-support.csv */
    public static final DatasetSchema<EmscSupport> EMSC_SUPPORT = new DatasetSchema<>(DatasetKind.EMSC_SUPPORT,
            List.of(COUNTRY, PERIOD, SUPPORT_CASES, REFERRALS, REPORTS, FLAG), r -> {
                Country c = r.code(COUNTRY, Vocabulary.countries());
                Period p = r.period(PERIOD);
                Long a = r.count(SUPPORT_CASES);
                Long b = r.count(REFERRALS);
                Long d = r.count(REPORTS);
                Flag f = flag(r);
                return r.ok() ? new EmscSupport(c, p, a, b, d, f, r.line()) : null;
            });

    /** empact.csv */
    public static final DatasetSchema<EmpactInvolvement> EMPACT = new DatasetSchema<>(DatasetKind.EMPACT,
            List.of(COUNTRY, PLAN, PERIOD, LED, CO_LED, PARTICIPATED, FLAG), r -> {
                Country c = r.code(COUNTRY, Vocabulary.countries());
                EmpactPlan plan = r.code(PLAN, EmpactPlan.vocabulary());
                Period p = r.period(PERIOD);
                Long a = r.count(LED);
                Long b = r.count(CO_LED);
                Long d = r.count(PARTICIPATED);
                Flag f = flag(r);
                return r.ok() ? new EmpactInvolvement(c, plan, p, a, b, d, f, r.line()) : null;
            });

    /** eurojust.csv */
    public static final DatasetSchema<EurojustSupport> EUROJUST = new DatasetSchema<>(DatasetKind.EUROJUST,
            List.of(COUNTRY, PERIOD, NEW_CASES, ONGOING_CASES, NEW_JITS, ONGOING_JITS, MEETINGS, FLAG), r -> {
                Country c = r.code(COUNTRY, Vocabulary.countries());
                Period p = r.period(PERIOD);
                Long a = r.count(NEW_CASES);
                Long b = r.count(ONGOING_CASES);
                Long d = r.count(NEW_JITS);
                Long e = r.count(ONGOING_JITS);
                Long m = r.count(MEETINGS);
                Flag f = flag(r);
                return r.ok() ? new EurojustSupport(c, p, a, b, d, e, m, f, r.line()) : null;
            });

    /** border-crossings.csv */
    public static final DatasetSchema<BorderCrossing> BORDER_CROSSINGS = new DatasetSchema<>(DatasetKind.BORDER_CROSSINGS,
            List.of(ROUTE, MONTH, DETECTIONS, NATIONALITY, FLAG), r -> {
                Route route = r.code(ROUTE, Route.vocabulary());
                YearMonth month = r.month(MONTH);
                Long n = r.count(DETECTIONS);
                String nat = r.text(NATIONALITY).toUpperCase(Locale.ROOT);
                if (!nat.isEmpty() && !ISO_COUNTRIES.contains(nat)) {
                    r.reportError(NATIONALITY, ProblemCode.UNKNOWN_CODE, "unknown nationality '" + nat
                            + "'; expected an ISO 3166 alpha-2 code such as SY, or empty for the route total");
                }
                Flag f = flag(r);
                return r.ok() ? new BorderCrossing(route, month, nat.isEmpty() ? Optional.empty() : Optional.of(nat), n, f,
                        r.line()) : null;
            });

    /** impact-levels.csv */
    public static final DatasetSchema<ImpactLevelAssignment> IMPACT_LEVELS = new DatasetSchema<>(DatasetKind.IMPACT_LEVELS,
            List.of(COUNTRY, SECTION, BORDER_TYPE, LEVEL, SET_ON, FLAG), List.of(SECTION), r -> {
                Country c = r.code(COUNTRY, Vocabulary.countries());
                String section = r.text(SECTION);
                BorderType t = r.code(BORDER_TYPE, BorderType.vocabulary());
                ImpactLevel l = r.code(LEVEL, ImpactLevel.vocabulary());
                LocalDate d = r.date(SET_ON);
                Flag f = flag(r);
                return r.ok() ? new ImpactLevelAssignment(c, section, t, l, d, f, r.line(), r.translations(SECTION)) : null;
            });

    /** actions.csv */
    public static final DatasetSchema<Action> ACTIONS = new DatasetSchema<>(DatasetKind.ACTIONS,
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
            });

    /** third-countries.csv */
    public static final DatasetSchema<ThirdCountryCooperation> THIRD_COUNTRIES = new DatasetSchema<>(
            DatasetKind.THIRD_COUNTRIES,
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
            });

    /** financial-investigations.csv */
    public static final DatasetSchema<FinancialInvestigation> FINANCIAL_INVESTIGATIONS = new DatasetSchema<>(
            DatasetKind.FINANCIAL_INVESTIGATIONS,
            List.of(COUNTRY, PERIOD, FIN_OPENED, FROZEN, CONFISCATED, FLAG), r -> {
                Country c = r.code(COUNTRY, Vocabulary.countries());
                Period p = r.period(PERIOD);
                Long n = r.count(FIN_OPENED);
                BigDecimal frozen = r.amount(FROZEN);
                BigDecimal confiscated = r.amount(CONFISCATED);
                Flag f = flag(r);
                return r.ok() ? new FinancialInvestigation(c, p, n, frozen, confiscated, f, r.line()) : null;
            });

    private static final List<DatasetSchema<?>> ALL = List.of(DATABASE_USE, EMSC_INFORMATION_SHARING, EMSC_SUPPORT, EMPACT,
            EUROJUST, BORDER_CROSSINGS, IMPACT_LEVELS, ACTIONS, THIRD_COUNTRIES, FINANCIAL_INVESTIGATIONS);

    private Schemas() { }

    /** All ten schemas in {@link DatasetKind} order. */
    public static List<DatasetSchema<?>> all() {
        return ALL;
    }

    /** The schema of a dataset. */
    public static DatasetSchema<?> of(DatasetKind kind) {
        return ALL.get(kind.ordinal());
    }

    private static Flag flag(RowReader r) {
        Flag f = r.code(FLAG, Flag.vocabulary());
        if (f != null) {
            r.addFlag(f);
        }
        return r.flag();
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
