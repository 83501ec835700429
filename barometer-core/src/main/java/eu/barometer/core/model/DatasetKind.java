package eu.barometer.core.model;

/**
 * The ten datasets of an edition, each with its file name in a bundle, the action of the source
 * note it reports on and the provider cited when {@code edition.properties} names none.
 *
 * @since 0.1
 */
public enum DatasetKind {
    DATABASE_USE("database-use", "I.3", "eu-LISA, Europol, Frontex"),
    EMSC_INFORMATION_SHARING("emsc-information-sharing", "I.1", "Europol, EMSC"),
    EMSC_SUPPORT("emsc-support", "I.4", "Europol, EMSC and EU IRU"),
    EMPACT("empact", "III.1", "Europol, EMPACT"),
    EUROJUST("eurojust", "III.2", "Eurojust"),
    BORDER_CROSSINGS("border-crossings", "I.2", "Frontex"),
    IMPACT_LEVELS("impact-levels", "III.5", "Frontex"),
    ACTIONS("actions", "—", "European Commission"),
    THIRD_COUNTRIES("third-countries", "I.5, IV", "EEAS, European Commission"),
    FINANCIAL_INVESTIGATIONS("financial-investigations", "III.3", "Europol (EFECC), Eurojust");

    private final String id;
    private final String action;
    private final String defaultProvider;

    DatasetKind(String id, String action, String defaultProvider) {
        this.id = id;
        this.action = action;
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

    /** The action(s) of the source note this dataset reports on, e.g. {@code I.3}. */
    public String action() {
        return action;
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
