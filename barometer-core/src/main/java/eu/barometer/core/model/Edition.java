package eu.barometer.core.model;

import eu.barometer.core.problem.InputProblem;
import eu.barometer.core.registry.DatasetType;
import eu.barometer.core.registry.DatasetTypes;
import eu.barometer.core.text.Narrative;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One edition of the Schengen Barometer+: what it is, the Council document it goes out as, one
 * dataset of each {@link DatasetKind} (received or not), and the warnings its inputs raised.
 * Immutable and safe to share between threads.
 *
 * @param byKind   every dataset by kind; a kind left out is not received
 * @param warnings the warnings found while reading and validating the inputs (an edition has no
 *                 errors), sorted by location; the spreadsheet edition lists them beside its sources
 * @param narrative the analysts' own text ({@code text/<part>.<lang>.md}); {@link Narrative#EMPTY} if none
 *
 * @since 0.1
 */
public record Edition(EditionInfo info, CouncilDocument document, Map<DatasetKind, Dataset<?>> byKind,
                      List<InputProblem> warnings, Narrative narrative) {

    public Edition {
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(narrative, "narrative");
        if (warnings.stream().anyMatch(InputProblem::isError)) {
            throw new IllegalArgumentException("an edition cannot have errors, only warnings");
        }
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(document, "document");
        Map<DatasetKind, Dataset<?>> all = new EnumMap<>(DatasetKind.class);
        for (DatasetKind kind : DatasetKind.values()) {
            Dataset<?> d = byKind.get(kind);
            if (d == null) {
                d = new Dataset.NotReceived<>(kind);
            } else if (d.kind() != kind) {
                throw new IllegalArgumentException("expected dataset " + kind.id() + ", got " + d.kind().id());
            }
            all.put(kind, d);
        }
        byKind = Collections.unmodifiableMap(all);
    }

    /** An edition of these datasets, without warnings or narrative text; kinds left out are not received. */
    public Edition(EditionInfo info, CouncilDocument document, Map<DatasetKind, Dataset<?>> byKind) {
        this(info, document, byKind, List.of(), Narrative.EMPTY);
    }

    /** An edition of the ten datasets of version 0.1; datasets added since are not received. */
    public Edition(EditionInfo info, CouncilDocument document, Dataset<DatabaseUse> databaseUse,
                   Dataset<EmscInformationSharing> emscInformationSharing, Dataset<EmscSupport> emscSupport,
                   Dataset<EmpactInvolvement> empact, Dataset<EurojustSupport> eurojust,
                   Dataset<BorderCrossing> borderCrossings, Dataset<ImpactLevelAssignment> impactLevels,
                   Dataset<Action> actions, Dataset<ThirdCountryCooperation> thirdCountries,
                   Dataset<FinancialInvestigation> financialInvestigations) {
        this(info, document, byKinds(databaseUse, emscInformationSharing, emscSupport, empact, eurojust, borderCrossings,
                impactLevels, actions, thirdCountries, financialInvestigations));
    }

    private static Map<DatasetKind, Dataset<?>> byKinds(Dataset<?>... datasets) {
        Map<DatasetKind, Dataset<?>> m = new EnumMap<>(DatasetKind.class);
        for (Dataset<?> d : datasets) {
            Objects.requireNonNull(d, "dataset");
            m.put(d.kind(), d);
        }
        return m;
    }

    /** The same edition with these warnings. */
    public Edition withWarnings(List<InputProblem> warnings) {
        return new Edition(info, document, byKind, warnings, narrative);
    }

    /** The same edition with this narrative text. */
    public Edition withNarrative(Narrative narrative) {
        return new Edition(info, document, byKind, warnings, narrative);
    }

    /** Every dataset in {@link DatasetKind} order. */
    public List<Dataset<?>> datasets() {
        return List.copyOf(byKind.values());
    }

    /** The dataset of a kind. */
    public Dataset<?> dataset(DatasetKind kind) {
        return byKind.get(kind);
    }

    /** The dataset of a type, typed. */
    @SuppressWarnings("unchecked")
    public <R extends Row> Dataset<R> dataset(DatasetType<R> type) {
        return (Dataset<R>) byKind.get(type.kind());
    }

    /** Database use (I.3). */
    public Dataset<DatabaseUse> databaseUse() {
        return dataset(DatasetTypes.DATABASE_USE);
    }

    /** Information sharing with EMSC (I.1). */
    public Dataset<EmscInformationSharing> emscInformationSharing() {
        return dataset(DatasetTypes.EMSC_INFORMATION_SHARING);
    }

    /** EMSC and EU IRU support (I.4). */
    public Dataset<EmscSupport> emscSupport() {
        return dataset(DatasetTypes.EMSC_SUPPORT);
    }

    /** EMPACT involvement (III.1). */
    public Dataset<EmpactInvolvement> empact() {
        return dataset(DatasetTypes.EMPACT);
    }

    /** Eurojust support (III.2). */
    public Dataset<EurojustSupport> eurojust() {
        return dataset(DatasetTypes.EUROJUST);
    }

    /** Irregular border crossings. */
    public Dataset<BorderCrossing> borderCrossings() {
        return dataset(DatasetTypes.BORDER_CROSSINGS);
    }

    /** Border-section impact levels (III.5). */
    public Dataset<ImpactLevelAssignment> impactLevels() {
        return dataset(DatasetTypes.IMPACT_LEVELS);
    }

    /** The action tracker. */
    public Dataset<Action> actions() {
        return dataset(DatasetTypes.ACTIONS);
    }

    /** Third-country cooperation (I.5, IV.1, IV.2). */
    public Dataset<ThirdCountryCooperation> thirdCountries() {
        return dataset(DatasetTypes.THIRD_COUNTRIES);
    }

    /** Financial investigations (III.3). */
    public Dataset<FinancialInvestigation> financialInvestigations() {
        return dataset(DatasetTypes.FINANCIAL_INVESTIGATIONS);
    }
}
