package eu.barometer.core.analysis;

import eu.barometer.core.model.Dataset;
import eu.barometer.core.model.DatasetKind;
import eu.barometer.core.model.Edition;
import eu.barometer.core.model.DatabaseUse;
import eu.barometer.core.model.EmpactInvolvement;
import eu.barometer.core.model.EmscInformationSharing;
import eu.barometer.core.model.EmscSupport;
import eu.barometer.core.model.EurojustSupport;
import eu.barometer.core.model.FinancialInvestigation;
import eu.barometer.core.model.ImpactLevelAssignment;
import eu.barometer.core.model.Period;
import eu.barometer.core.model.StateRow;
import eu.barometer.core.reference.EmpactPlan;
import eu.barometer.core.reference.ImpactLevel;
import eu.barometer.core.reference.InformationSystem;
import eu.barometer.core.reference.Measure;

import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * Every derived figure of an edition, computed once: changes, shares, rankings, year-to-date
 * sums, "highest since", and the deadline status of each action. Datasets not received have no
 * analysis ({@link Optional#empty()}), never zeros. Immutable.
 *
 * @param edition          the edition analysed
 * @param crossings        irregular border crossings
 * @param databaseUse      one metric per information system and measure ({@code SIS.searches}, …)
 * @param emscSharing      contributions, investigations opened and shared at start
 * @param emscSupport      support cases, content referrals, reports
 * @param empact           actions led, co-led, participated and their total, over all plans
 * @param empactByPlan     the total involvement per plan
 * @param eurojust         new and ongoing cases and JITs, coordination meetings
 * @param financial        investigations opened, assets frozen and confiscated (whole euros)
 * @param actions          the tracker with deadline status, in input order
 * @param actionCounts     how many actions have each deadline status
 * @param impactLevels     assignments in protocol order, then by section
 * @param impactCounts     how many sections have each level
 * @since 0.1
 */
public record EditionAnalysis(Edition edition, Optional<CrossingsAnalysis> crossings, Optional<MetricGroup> databaseUse,
                              Optional<MetricGroup> emscSharing, Optional<MetricGroup> emscSupport,
                              Optional<MetricGroup> empact, Map<EmpactPlan, MetricSummary> empactByPlan,
                              Optional<MetricGroup> eurojust, Optional<MetricGroup> financial,
                              List<TrackedAction> actions, Map<DeadlineStatus, Long> actionCounts,
                              List<ImpactLevelAssignment> impactLevels, Map<ImpactLevel, Long> impactCounts) {

    /** Analyses an edition. */
    public static EditionAnalysis of(Edition e) {
        Period period = e.info().period();
        Optional<CrossingsAnalysis> crossings = e.borderCrossings().isReceived()
                ? Optional.of(CrossingsAnalysis.of(e.borderCrossings().rows(), period)) : Optional.empty();

        Optional<MetricGroup> databaseUse = group(e.databaseUse(), period, (rows, p) -> {
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
        });
        Optional<MetricGroup> emscSharing = group(e.emscInformationSharing(), period, (rows, p) -> List.of(
                Metrics.summarise("contributions", rows, r -> true, r -> r.contributions(),
                        r -> r.flags().of(EmscInformationSharing.CONTRIBUTIONS), p),
                Metrics.summarise("investigations_opened", rows, r -> true, r -> r.investigationsOpened(),
                        r -> r.flags().of(EmscInformationSharing.INVESTIGATIONS_OPENED), p),
                Metrics.summarise("investigations_shared_at_start", rows, r -> true, r -> r.investigationsSharedAtStart(),
                        r -> r.flags().of(EmscInformationSharing.SHARED_AT_START), p)));
        Optional<MetricGroup> emscSupport = group(e.emscSupport(), period, (rows, p) -> List.of(
                Metrics.summarise("operational_support_cases", rows, r -> true, r -> r.operationalSupportCases(),
                        r -> r.flags().of(EmscSupport.SUPPORT_CASES), p),
                Metrics.summarise("content_referrals", rows, r -> true, r -> r.contentReferrals(),
                        r -> r.flags().of(EmscSupport.CONTENT_REFERRALS), p),
                Metrics.summarise("reports", rows, r -> true, r -> r.reports(), r -> r.flags().of(EmscSupport.REPORTS), p)));
        Optional<MetricGroup> empact = group(e.empact(), period, (rows, p) -> List.of(
                Metrics.summarise("actions_led", rows, r -> true, r -> r.actionsLed(), r -> r.flags().of(EmpactInvolvement.LED), p),
                Metrics.summarise("actions_co_led", rows, r -> true, r -> r.actionsCoLed(), r -> r.flags().of(EmpactInvolvement.CO_LED), p),
                Metrics.summarise("actions_participated", rows, r -> true, r -> r.actionsParticipated(),
                        r -> r.flags().of(EmpactInvolvement.PARTICIPATED), p),
                Metrics.summarise("total", rows, r -> true, EmpactInvolvement::total, EmpactInvolvement::totalFlags, p)));
        Map<EmpactPlan, MetricSummary> byPlan = new EnumMap<>(EmpactPlan.class);
        empact.ifPresent(g -> {
            for (EmpactPlan plan : EmpactPlan.values()) {
                List<EmpactInvolvement> rows = e.empact().rows();
                if (rows.stream().anyMatch(r -> r.plan() == plan)) {
                    byPlan.put(plan, Metrics.summarise(plan.code(), rows, r -> r.plan() == plan, EmpactInvolvement::total,
                            EmpactInvolvement::totalFlags,
                            g.period()));
                }
            }
        });
        Optional<MetricGroup> eurojust = group(e.eurojust(), period, (rows, p) -> List.of(
                Metrics.summarise("new_cases", rows, r -> true, r -> r.newCases(), r -> r.flags().of(EurojustSupport.NEW_CASES), p),
                Metrics.summarise("ongoing_cases", rows, r -> true, r -> r.ongoingCases(),
                        r -> r.flags().of(EurojustSupport.ONGOING_CASES), p),
                Metrics.summarise("new_jits", rows, r -> true, r -> r.newJits(), r -> r.flags().of(EurojustSupport.NEW_JITS), p),
                Metrics.summarise("ongoing_jits", rows, r -> true, r -> r.ongoingJits(), r -> r.flags().of(EurojustSupport.ONGOING_JITS), p),
                Metrics.summarise("coordination_meetings", rows, r -> true, r -> r.coordinationMeetings(),
                        r -> r.flags().of(EurojustSupport.COORDINATION_MEETINGS), p)));
        Optional<MetricGroup> financial = group(e.financialInvestigations(), period, (rows, p) -> List.of(
                Metrics.summarise("investigations_opened", rows, r -> true, r -> r.investigationsOpened(),
                        r -> r.flags().of(FinancialInvestigation.INVESTIGATIONS_OPENED), p),
                Metrics.summarise("assets_frozen_eur", rows, r -> true,
                        r -> r.assetsFrozenEur().setScale(0, RoundingMode.HALF_UP).longValueExact(),
                        r -> r.flags().of(FinancialInvestigation.ASSETS_FROZEN), p),
                Metrics.summarise("assets_confiscated_eur", rows, r -> true,
                        r -> r.assetsConfiscatedEur().setScale(0, RoundingMode.HALF_UP).longValueExact(),
                        r -> r.flags().of(FinancialInvestigation.ASSETS_CONFISCATED), p)));

        List<TrackedAction> actions = e.actions().rows().stream()
                .map(a -> new TrackedAction(a, DeadlineStatus.of(a, e.info().referenceDate()),
                        ChronoUnit.DAYS.between(e.info().referenceDate(), a.deadline())))
                .toList();
        Map<DeadlineStatus, Long> actionCounts = new EnumMap<>(DeadlineStatus.class);
        for (DeadlineStatus s : DeadlineStatus.values()) {
            actionCounts.put(s, actions.stream().filter(a -> a.status() == s).count());
        }
        List<ImpactLevelAssignment> impact = new ArrayList<>(e.impactLevels().rows());
        impact.sort(Comparator.comparing(ImpactLevelAssignment::country).thenComparing(ImpactLevelAssignment::section));
        Map<ImpactLevel, Long> impactCounts = new EnumMap<>(ImpactLevel.class);
        for (ImpactLevel l : ImpactLevel.values()) {
            impactCounts.put(l, impact.stream().filter(a -> a.level() == l).count());
        }
        return new EditionAnalysis(e, crossings, databaseUse, emscSharing, emscSupport, empact, Map.copyOf(byPlan),
                eurojust, financial, actions, Map.copyOf(actionCounts), List.copyOf(impact), Map.copyOf(impactCounts));
    }

    /** The reporting period of a per-state dataset: the edition's period if present, else the latest period covered. */
    static Period reportingPeriod(List<? extends StateRow> rows, Period editionPeriod) {
        Period latest = null;
        for (StateRow r : rows) {
            if (r.period().equals(editionPeriod)) {
                return editionPeriod;
            }
            if (!r.period().end().isAfter(editionPeriod.end()) && (latest == null || r.period().end().isAfter(latest.end())
                    || (r.period().end().equals(latest.end()) && r.period().months() > latest.months()))) {
                latest = r.period();
            }
        }
        return latest != null ? latest : editionPeriod;
    }

    private interface Summariser<R extends StateRow> {
        List<MetricSummary> apply(List<R> rows, Period period);
    }

    private static <R extends StateRow> Optional<MetricGroup> group(Dataset<R> d, Period editionPeriod, Summariser<R> s) {
        if (!d.isReceived()) {
            return Optional.empty();
        }
        Period p = reportingPeriod(d.rows(), editionPeriod);
        return Optional.of(new MetricGroup(d.kind(), p, editionPeriod, s.apply(d.rows(), p)));
    }

    /** The metric group of a per-state dataset kind, if received. */
    public Optional<MetricGroup> group(DatasetKind kind) {
        return switch (kind) {
            case DATABASE_USE -> databaseUse;
            case EMSC_INFORMATION_SHARING -> emscSharing;
            case EMSC_SUPPORT -> emscSupport;
            case EMPACT -> empact;
            case EUROJUST -> eurojust;
            case FINANCIAL_INVESTIGATIONS -> financial;
            default -> Optional.empty();
        };
    }
}
