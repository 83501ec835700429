package eu.barometer.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One edition of the Schengen Barometer+: what it is, the Council document it goes out as, and
 * its ten datasets. Immutable and safe to share between threads.
 *
 * @since 0.1
 */
public record Edition(EditionInfo info, CouncilDocument document,
                      Dataset<DatabaseUse> databaseUse,
                      Dataset<EmscInformationSharing> emscInformationSharing,
                      Dataset<EmscSupport> emscSupport,
                      Dataset<EmpactInvolvement> empact,
                      Dataset<EurojustSupport> eurojust,
                      Dataset<BorderCrossing> borderCrossings,
                      Dataset<ImpactLevelAssignment> impactLevels,
                      Dataset<Action> actions,
                      Dataset<ThirdCountryCooperation> thirdCountries,
                      Dataset<FinancialInvestigation> financialInvestigations) {

    public Edition {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(document, "document");
        check(databaseUse, DatasetKind.DATABASE_USE);
        check(emscInformationSharing, DatasetKind.EMSC_INFORMATION_SHARING);
        check(emscSupport, DatasetKind.EMSC_SUPPORT);
        check(empact, DatasetKind.EMPACT);
        check(eurojust, DatasetKind.EUROJUST);
        check(borderCrossings, DatasetKind.BORDER_CROSSINGS);
        check(impactLevels, DatasetKind.IMPACT_LEVELS);
        check(actions, DatasetKind.ACTIONS);
        check(thirdCountries, DatasetKind.THIRD_COUNTRIES);
        check(financialInvestigations, DatasetKind.FINANCIAL_INVESTIGATIONS);
    }

    private static void check(Dataset<?> d, DatasetKind kind) {
        Objects.requireNonNull(d, kind.id());
        if (d.kind() != kind) {
            throw new IllegalArgumentException("expected dataset " + kind.id() + ", got " + d.kind().id());
        }
    }

    /** All ten datasets in {@link DatasetKind} order. */
    public List<Dataset<?>> datasets() {
        return List.of(databaseUse, emscInformationSharing, emscSupport, empact, eurojust, borderCrossings,
                impactLevels, actions, thirdCountries, financialInvestigations);
    }

    /** The dataset of a kind. */
    public Dataset<?> dataset(DatasetKind kind) {
        return datasets().get(kind.ordinal());
    }
}
