package eu.barometer.templates.xlsx;

import eu.barometer.core.reference.Language;

import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words the workbook adds around the document's own content (sheet names "Summary" and
 * "Sources", column heads of the Sources sheet, notes), in the edition's language where a
 * translation exists, else in English. The document's own text comes from the XHTML.
 */
final class Labels {

    private static final String BUNDLE = "eu.barometer.templates.xlsx.labels";

    private final ResourceBundle bundle;

    Labels(Language language) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The label for a key; the key itself if even English has none (a bug, never a crash). */
    String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The label with {0}, {1}, … replaced by the arguments (no other MessageFormat syntax). */
    String format(String key, Object... args) {
        String s = get(key);
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }
}
