package eu.barometer.core.model;

import eu.barometer.core.reference.Pillar;

/**
 * The datasets of an edition, each with its file name in a bundle, the actions of the source
 * note it reports on, the pillar of the note it belongs to and the provider cited when
 * {@code edition.properties} names none. Irregular border crossings are the general picture the
 * note opens with (its footnote 2), not one of its actions: action I.2 is the joint situational
 * picture that Frontex, Europol, Eurojust and the EUAA are to draw up, which no dataset carries.
 * Asylum applications (Eurostat) and the temporary reintroduction of border control at internal
 * borders (the Commission's list of notifications) belong to the same general picture. The action
 * tracker covers every action and so no single one. Everything else about a dataset is its
 * {@link eu.barometer.core.registry.DatasetType} in {@link eu.barometer.core.registry.DatasetTypes}.
 *
 * @since 0.1
 */
public enum DatasetKind {
    DATABASE_USE("database-use", "I.3", Pillar.I, "eu-LISA, Europol, Frontex"),
    EMSC_INFORMATION_SHARING("emsc-information-sharing", "I.1", Pillar.I, "Europol, EMSC"),
    EMSC_SUPPORT("emsc-support", "I.4", Pillar.I, "Europol, EMSC and EU IRU"),
    EMPACT("empact", "III.1", Pillar.III, "Europol, EMPACT"),
    EUROJUST("eurojust", "III.2", Pillar.III, "Eurojust"),
    BORDER_CROSSINGS("border-crossings", "", null, "Frontex"),
    IMPACT_LEVELS("impact-levels", "III.5", Pillar.III, "Frontex"),
    ACTIONS("actions", "", null, "European Commission"),
    THIRD_COUNTRIES("third-countries", "I.5, IV.1, IV.2", Pillar.IV, "EEAS, European Commission"),
    FINANCIAL_INVESTIGATIONS("financial-investigations", "III.3", Pillar.III, "Europol (EFECC), Eurojust"),
    ASYLUM_APPLICATIONS("asylum-applications", "", null, "Eurostat"),
    INTERNAL_BORDER_CONTROLS("internal-border-controls", "", null, "European Commission");

    private final String id;
    private final String action;
    private final Pillar pillar;
    private final String defaultProvider;

    DatasetKind(String id, String action, Pillar pillar, String defaultProvider) {
        this.id = id;
        this.action = action;
        this.pillar = pillar;
        this.defaultProvider = defaultProvider;
    }

    /** The stable id, e.g. {@code database-use}; also the prefix of its keys in {@code edition.properties}. */
    public String id() {
        return id;
    }

    /** The file name in a bundle, e.g. {@code database-use.csv}. */
    public String fileName() {
        return id + ".csv";
    }

    /**
     * The action(s) of the source note this dataset reports on, e.g. {@code I.3} or
     * {@code I.5, IV.1, IV.2}; empty for the general picture (border crossings, asylum
     * applications, internal border controls) and the action tracker (all actions).
     */
    public String action() {
        return action;
    }

    /** The actions one by one, e.g. [I.5, IV.1, IV.2]; empty when {@link #action()} is. */
    public java.util.List<String> actions() {
        return action.isEmpty() ? java.util.List.of() : java.util.List.of(action.split(",\\s*"));
    }

    /**
     * The pillar of the source note whose section this dataset belongs in, when an edition groups
     * its sections by pillar; empty for the border crossings (before the pillars) and the tracker
     * (after them).
     */
    public java.util.Optional<Pillar> pillar() {
        return java.util.Optional.ofNullable(pillar);
    }

    /** The provider cited when the bundle names none. */
    public String defaultProvider() {
        return defaultProvider;
    }

    /** The key of the dataset's title in a template set's message bundles. */
    public String labelKey() {
        return "dataset." + id;
    }

    /** The dataset with this id, or null. */
    public static DatasetKind byId(String id) {
        for (DatasetKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        return null;
    }
}
