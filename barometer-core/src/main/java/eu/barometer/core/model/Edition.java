package eu.barometer.core.model;

import eu.barometer.core.problem.InputProblem;
import eu.barometer.core.text.Narrative;

import java.util.List;
import java.util.Objects;

/**
 * One edition of the Schengen Barometer+: what it is, the Council document it goes out as, its
 * ten datasets, and the warnings its inputs raised. Immutable and safe to share between threads.
 *
 * @param warnings the warnings found while reading and validating the inputs (an edition has no
 *                 errors), sorted by location; the spreadsheet edition lists them beside its sources
 * @param narrative the analysts' own text ({@code text/<part>.<lang>.md}); {@link Narrative#EMPTY} if none
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
                      Dataset<FinancialInvestigation> financialInvestigations,
                      List<InputProblem> warnings, Narrative narrative) {

    public Edition {
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(narrative, "narrative");
        if (warnings.stream().anyMatch(InputProblem::isError)) {
            throw new IllegalArgumentException("an edition cannot have errors, only warnings");
        }
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

    /** An edition without warnings. */
    public Edition(EditionInfo info, CouncilDocument document, Dataset<DatabaseUse> databaseUse,
                   Dataset<EmscInformationSharing> emscInformationSharing, Dataset<EmscSupport> emscSupport,
                   Dataset<EmpactInvolvement> empact, Dataset<EurojustSupport> eurojust,
                   Dataset<BorderCrossing> borderCrossings, Dataset<ImpactLevelAssignment> impactLevels,
                   Dataset<Action> actions, Dataset<ThirdCountryCooperation> thirdCountries,
                   Dataset<FinancialInvestigation> financialInvestigations) {
        this(info, document, databaseUse, emscInformationSharing, emscSupport, empact, eurojust, borderCrossings,
                impactLevels, actions, thirdCountries, financialInvestigations, List.of(), Narrative.EMPTY);
    }

    /** An edition with warnings and no narrative text. */
    public Edition(EditionInfo info, CouncilDocument document, Dataset<DatabaseUse> databaseUse,
                   Dataset<EmscInformationSharing> emscInformationSharing, Dataset<EmscSupport> emscSupport,
                   Dataset<EmpactInvolvement> empact, Dataset<EurojustSupport> eurojust,
                   Dataset<BorderCrossing> borderCrossings, Dataset<ImpactLevelAssignment> impactLevels,
                   Dataset<Action> actions, Dataset<ThirdCountryCooperation> thirdCountries,
                   Dataset<FinancialInvestigation> financialInvestigations, List<InputProblem> warnings) {
        this(info, document, databaseUse, emscInformationSharing, emscSupport, empact, eurojust, borderCrossings,
                impactLevels, actions, thirdCountries, financialInvestigations, warnings, Narrative.EMPTY);
    }

    /** The same edition with these warnings. */
    public Edition withWarnings(List<InputProblem> warnings) {
        return new Edition(info, document, databaseUse, emscInformationSharing, emscSupport, empact, eurojust,
                borderCrossings, impactLevels, actions, thirdCountries, financialInvestigations, warnings, narrative);
    }

    /** The same edition with this narrative text. */
    public Edition withNarrative(Narrative narrative) {
        return new Edition(info, document, databaseUse, emscInformationSharing, emscSupport, empact, eurojust,
                borderCrossings, impactLevels, actions, thirdCountries, financialInvestigations, warnings, narrative);
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
