package eu.barometer.core;

import eu.barometer.core.model.Action;
import eu.barometer.core.model.BorderCrossing;
import eu.barometer.core.model.CouncilDocument;
import eu.barometer.core.model.DatabaseUse;
import eu.barometer.core.model.Dataset;
import eu.barometer.core.model.DatasetKind;
import eu.barometer.core.model.Edition;
import eu.barometer.core.model.EditionInfo;
import eu.barometer.core.model.EmpactInvolvement;
import eu.barometer.core.model.EmscInformationSharing;
import eu.barometer.core.model.EmscSupport;
import eu.barometer.core.model.EurojustSupport;
import eu.barometer.core.model.FinancialInvestigation;
import eu.barometer.core.model.ImpactLevelAssignment;
import eu.barometer.core.model.LocalizedText;
import eu.barometer.core.model.Row;
import eu.barometer.core.model.SourceInfo;
import eu.barometer.core.model.ThirdCountryCooperation;
import eu.barometer.core.problem.ProblemCollector;
import eu.barometer.core.registry.DatasetType;
import eu.barometer.core.registry.DatasetTypes;
import eu.barometer.core.reference.Language;
import eu.barometer.core.reference.DocumentType;
import eu.barometer.core.reference.Marking;
import eu.barometer.core.text.Narrative;
import eu.barometer.core.text.NarrativeReader;
import eu.barometer.core.text.Part;
import eu.barometer.core.text.PartText;
import eu.barometer.core.validation.EditionValidator;
import eu.barometer.core.validation.Locator;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assembles an edition from the embedding system's own objects, without CSV files, and validates
 * it with the same checks as a bundle. A problem names the dataset and the record, e.g.
 * {@code database-use[17]}: the {@code line} of each row is taken as its 1-based record number.
 *
 * <pre>{@code
 * Edition e = Barometer.builder(info)
 *     .document(doc)
 *     .databaseUse(rows, "eu-LISA", LocalDate.of(2023, 10, 2))
 *     .build();                                   // throws InvalidInputException
 * }</pre>
 *
 * <p>Datasets not given stay "not received". Not thread-safe; the edition it builds is.
 *
 * @since 0.1
 */
public final class EditionBuilder {

    private final EditionInfo info;
    private CouncilDocument document;
    private int maxProblems = ProblemCollector.DEFAULT_CAP;
    private final Map<DatasetKind, Dataset<?>> datasets = new EnumMap<>(DatasetKind.class);
    private final Map<String, Markdown> texts = new java.util.TreeMap<>();

    private record Markdown(Part part, Language language, String text) { }

    EditionBuilder(EditionInfo info) {
        this.info = info;
        this.document = new CouncilDocument("", info.referenceDate(), LocalizedText.of("Brussels"),
                eu.barometer.core.reference.Language.EN, Marking.NONE, List.of(), DocumentType.NOTE,
                LocalizedText.of(""), LocalizedText.of(""), LocalizedText.of(""));
    }

    /** The Council document data (number, date, marking, …). */
    public EditionBuilder document(CouncilDocument document) {
        this.document = document;
        return this;
    }

    /** The cap on listed problems (default 200). */
    public EditionBuilder maxProblems(int maxProblems) {
        this.maxProblems = maxProblems;
        return this;
    }

    /** Database use (I.3). */
    public EditionBuilder databaseUse(List<DatabaseUse> rows, String provider, java.time.LocalDate asOf) {
        return dataset(DatasetTypes.DATABASE_USE, rows, provider, asOf);
    }

    /** Information sharing with EMSC (I.1). */
    public EditionBuilder emscInformationSharing(List<EmscInformationSharing> rows, String provider, java.time.LocalDate asOf) {
        return dataset(DatasetTypes.EMSC_INFORMATION_SHARING, rows, provider, asOf);
    }

    /** EMSC and EU IRU support (I.4). */
    public EditionBuilder emscSupport(List<EmscSupport> rows, String provider, java.time.LocalDate asOf) {
        return dataset(DatasetTypes.EMSC_SUPPORT, rows, provider, asOf);
    }

    /** EMPACT involvement (III.1). */
    public EditionBuilder empact(List<EmpactInvolvement> rows, String provider, java.time.LocalDate asOf) {
        return dataset(DatasetTypes.EMPACT, rows, provider, asOf);
    }

    /** Eurojust support (III.2). */
    public EditionBuilder eurojust(List<EurojustSupport> rows, String provider, java.time.LocalDate asOf) {
        return dataset(DatasetTypes.EUROJUST, rows, provider, asOf);
    }

    /** Irregular border crossings (the general picture; no action of its own). */
    public EditionBuilder borderCrossings(List<BorderCrossing> rows, String provider, java.time.LocalDate asOf) {
        return dataset(DatasetTypes.BORDER_CROSSINGS, rows, provider, asOf);
    }

    /** Border-section impact levels (III.5). */
    public EditionBuilder impactLevels(List<ImpactLevelAssignment> rows, String provider, java.time.LocalDate asOf) {
        return dataset(DatasetTypes.IMPACT_LEVELS, rows, provider, asOf);
    }

    /** The action tracker. */
    public EditionBuilder actions(List<Action> rows, String provider, java.time.LocalDate asOf) {
        return dataset(DatasetTypes.ACTIONS, rows, provider, asOf);
    }

    /** Third-country cooperation (I.5, IV.1, IV.2). */
    public EditionBuilder thirdCountries(List<ThirdCountryCooperation> rows, String provider, java.time.LocalDate asOf) {
        return dataset(DatasetTypes.THIRD_COUNTRIES, rows, provider, asOf);
    }

    /** Financial investigations (III.3). */
    public EditionBuilder financialInvestigations(List<FinancialInvestigation> rows, String provider, java.time.LocalDate asOf) {
        return dataset(DatasetTypes.FINANCIAL_INVESTIGATIONS, rows, provider, asOf);
    }

    /**
     * Narrative text for a part in a language, as Markdown (the content of {@code text/<part>.<lang>.md}
     * in a bundle; problems name that file).
     */
    public EditionBuilder text(Part part, Language language, String markdown) {
        texts.put(part.id() + "." + language.code(), new Markdown(part, language, markdown));
        return this;
    }

    /**
     * The rows of any dataset of the registry, e.g. {@code dataset(DatasetTypes.EUROJUST, rows, "Eurojust", asOf)}.
     *
     * @param asOf the date of the figures, or null
     * @since 0.3
     */
    public <R extends Row> EditionBuilder dataset(DatasetType<R> type, List<R> rows, String provider, java.time.LocalDate asOf) {
        DatasetKind kind = type.kind();
        SourceInfo source = new SourceInfo(kind.id() + "[api]", "", rows.size(), provider, Optional.ofNullable(asOf), false);
        datasets.put(kind, new Dataset.Received<>(kind, rows, source));
        return this;
    }

    /** Validates and returns everything found, with the edition if there was no error. */
    public Validation validate() {
        ProblemCollector problems = new ProblemCollector(maxProblems);
        EditionValidator validator = new EditionValidator(info, Locator.records(), problems);
        datasets.values().forEach(validator::validate);
        List<PartText> parsed = new java.util.ArrayList<>();
        for (Markdown t : texts.values()) {
            parsed.add(NarrativeReader.parse(t.part(), t.language(),
                    NarrativeReader.FOLDER + "/" + t.part().id() + "." + t.language().code() + ".md", t.text(), problems));
        }
        Narrative narrative = Narrative.of(parsed);
        NarrativeReader.warnAboutMissingTranslations(narrative, info.languages(), document.originalLanguage(), problems);
        Optional<Edition> edition = problems.hasErrors() ? Optional.empty() : Optional.of(new Edition(info, document, datasets, List.of(), narrative));
        return new Validation(edition, problems.sorted());
    }

    /**
     * Validates and builds the edition.
     *
     * @throws InvalidInputException if a check fails; it lists every problem
     */
    public Edition build() throws InvalidInputException {
        return validate().orThrow();
    }
}
