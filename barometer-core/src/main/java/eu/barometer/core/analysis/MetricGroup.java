package eu.barometer.core.analysis;

import eu.barometer.core.model.DatasetKind;
import eu.barometer.core.model.Period;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * The metrics of one per-state dataset for its reporting period.
 *
 * @param kind    the dataset
 * @param period  the reporting period: the edition's period if the dataset has rows for it,
 *                else the latest period the dataset covers
 * @param editionPeriod the edition's period
 * @param metrics one summary per metric, in the dataset's column order
 * @since 0.1
 */
public record MetricGroup(DatasetKind kind, Period period, Period editionPeriod, List<MetricSummary> metrics) {

    public MetricGroup {
        metrics = List.copyOf(metrics);
    }

    /**
     * True if the dataset's latest period ends before the edition's period: its figures are the
     * latest available, not the edition's, and the edition must say so.
     */
    public boolean isStale() {
        return period.end().isBefore(editionPeriod.end());
    }

    /** The summary of a metric by key. */
    public MetricSummary metric(String key) {
        return metrics.stream().filter(m -> m.key().equals(key)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no metric '" + key + "' in " + kind.id()
                        + "; metrics: " + metrics.stream().map(MetricSummary::key).toList()));
    }
}
