package eu.barometer.core.analysis;

import eu.barometer.core.model.Dataset;
import eu.barometer.core.model.DatasetKind;
import eu.barometer.core.model.Edition;
import eu.barometer.core.model.ImpactLevelAssignment;
import eu.barometer.core.model.Period;
import eu.barometer.core.model.Row;
import eu.barometer.core.reference.EmpactPlan;
import eu.barometer.core.reference.ImpactLevel;
import eu.barometer.core.registry.DatasetType;
import eu.barometer.core.registry.DatasetTypes;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every derived figure of an edition, computed once: changes, shares, rankings, year-to-date
 * sums, "highest since", and the deadline status of each action. Each dataset type of the
 * registry ({@link DatasetTypes}) says what it contributes: the metrics of a per-state dataset
 * ({@link #group}) and its own derived figures ({@link #detail}). Datasets not received have no
 * analysis ({@link Optional#empty()}), never zeros. Immutable.
 *
 * @param edition the edition analysed
 * @param groups  the metric group of each received per-state dataset
 * @param details the own derived figures of each received dataset that has any
 * @since 0.1
 */
public record EditionAnalysis(Edition edition, Map<DatasetKind, MetricGroup> groups, Map<DatasetKind, Object> details) {

    public EditionAnalysis {
        groups = Collections.unmodifiableMap(copy(groups));
        details = Collections.unmodifiableMap(copy(details));
    }

    private static <V> Map<DatasetKind, V> copy(Map<DatasetKind, V> m) {
        Map<DatasetKind, V> c = new EnumMap<>(DatasetKind.class);
        c.putAll(m);
        return c;
    }

    /** Analyses an edition. */
    public static EditionAnalysis of(Edition e) {
        Map<DatasetKind, MetricGroup> groups = new EnumMap<>(DatasetKind.class);
        Map<DatasetKind, Object> details = new EnumMap<>(DatasetKind.class);
        for (DatasetType<?> t : DatasetTypes.all()) {
            analyse(t, e, groups, details);
        }
        return new EditionAnalysis(e, groups, details);
    }

    private static <R extends Row> void analyse(DatasetType<R> t, Edition e, Map<DatasetKind, MetricGroup> groups,
                                                Map<DatasetKind, Object> details) {
        Dataset<R> d = e.dataset(t);
        if (!d.isReceived()) {
            return;
        }
        Period editionPeriod = e.info().period();
        List<R> rows = t.rowsToAnalyse(d.rows(), editionPeriod);
        Optional<MetricGroup> group = t.summariser().map(s -> {
            Period p = reportingPeriod(rows, t.period().orElseThrow(), editionPeriod);
            return new MetricGroup(t.kind(), p, editionPeriod, s.summarise(rows, p));
        });
        group.ifPresent(g -> groups.put(t.kind(), g));
        t.analyser().ifPresent(a -> details.put(t.kind(), a.apply(new DatasetType.AnalysisInput<>(rows, e.info(), group))));
    }

    /** The reporting period of a dataset by period: the edition's period if present, else the latest period covered. */
    static <R> Period reportingPeriod(List<R> rows, Function<R, Period> periodOf, Period editionPeriod) {
        Period latest = null;
        for (R r : rows) {
            Period period = periodOf.apply(r);
            if (period.equals(editionPeriod)) {
                return editionPeriod;
            }
            if (!period.end().isAfter(editionPeriod.end()) && (latest == null || period.end().isAfter(latest.end())
                    || (period.end().equals(latest.end()) && period.months() > latest.months()))) {
                latest = period;
            }
        }
        return latest != null ? latest : editionPeriod;
    }

    /** The metric group of a per-state dataset, if received. */
    public Optional<MetricGroup> group(DatasetKind kind) {
        return Optional.ofNullable(groups.get(kind));
    }

    /** The own derived figures of a dataset, if received and it has any. */
    public <A> Optional<A> detail(DatasetKind kind, Class<A> type) {
        return Optional.ofNullable(details.get(kind)).map(type::cast);
    }

    /** Irregular border crossings. */
    public Optional<CrossingsAnalysis> crossings() {
        return detail(DatasetKind.BORDER_CROSSINGS, CrossingsAnalysis.class);
    }

    /** Database use: one metric per information system and measure ({@code SIS.searches}, …). */
    public Optional<MetricGroup> databaseUse() {
        return group(DatasetKind.DATABASE_USE);
    }

    /** Contributions, investigations opened and shared at start. */
    public Optional<MetricGroup> emscSharing() {
        return group(DatasetKind.EMSC_INFORMATION_SHARING);
    }

    /** Support cases, content referrals, reports. */
    public Optional<MetricGroup> emscSupport() {
        return group(DatasetKind.EMSC_SUPPORT);
    }

    /** Actions led, co-led, participated and their total, over all plans. */
    public Optional<MetricGroup> empact() {
        return group(DatasetKind.EMPACT);
    }

    /** The total involvement per plan (empty if EMPACT was not received). */
    @SuppressWarnings("unchecked")
    public Map<EmpactPlan, MetricSummary> empactByPlan() {
        return (Map<EmpactPlan, MetricSummary>) detail(DatasetKind.EMPACT, Map.class).orElse(Map.of());
    }

    /** New and ongoing cases and JITs, coordination meetings. */
    public Optional<MetricGroup> eurojust() {
        return group(DatasetKind.EUROJUST);
    }

    /** Investigations opened, assets frozen and confiscated (whole euros). */
    public Optional<MetricGroup> financial() {
        return group(DatasetKind.FINANCIAL_INVESTIGATIONS);
    }

    private Tracker tracker() {
        return detail(DatasetKind.ACTIONS, Tracker.class).orElse(Tracker.EMPTY);
    }

    /** The tracker with deadline status, in input order. */
    public List<TrackedAction> actions() {
        return tracker().actions();
    }

    /** How many actions have each deadline status. */
    public Map<DeadlineStatus, Long> actionCounts() {
        return tracker().counts();
    }

    private ImpactPicture impact() {
        return detail(DatasetKind.IMPACT_LEVELS, ImpactPicture.class).orElse(ImpactPicture.EMPTY);
    }

    /** Assignments in protocol order, then by section. */
    public List<ImpactLevelAssignment> impactLevels() {
        return impact().assignments();
    }

    /** How many sections have each level. */
    public Map<ImpactLevel, Long> impactCounts() {
        return impact().counts();
    }
}
