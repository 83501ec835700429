package eu.barometer.templates.xlsx;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import eu.barometer.core.model.DatasetKind;
import eu.barometer.core.model.Translations;
import eu.barometer.core.reference.CountryNames;
import eu.barometer.core.reference.Flag;
import eu.barometer.core.reference.Language;
import eu.barometer.core.reference.Organisation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of the workbook's data sheets in one language: the document's labels (codes such as
 * {@code route.central-mediterranean}, column heads such as {@code column.route}) from the template
 * set, the workbook's own labels ({@link Labels}), and the names of states and organisations.
 */
final class Words {

    private final Map<String, String> document;
    private final Labels labels;
    private final Language language;
    private final Language textLanguage;
    private final ListFormatter lists;

    /**
     * @param document     the template set's labels in the language (texts of labels without arguments)
     * @param textLanguage the language the inputs' free texts are written in
     */
    Words(Map<String, String> document, Labels labels, Language language, Language textLanguage) {
        this.document = document;
        this.labels = labels;
        this.language = language;
        this.textLanguage = textLanguage;
        this.lists = ListFormatter.getInstance(ULocale.forLocale(language.locale()));
    }

    /** A label of the document; the key itself if the set lacks it (a custom set), never a crash. */
    String label(String key) {
        return document.getOrDefault(key, key);
    }

    /**
     * A column head: {@code xlsx:key} is a workbook label, {@code code:head} the head of a raw code
     * column ("State (code)"), anything else a document label.
     */
    String head(String key) {
        if (key.startsWith("code:")) {
            return labels.format("data.code-of", head(key.substring(5)));
        }
        return key.startsWith("xlsx:") ? labels.get(key.substring(5)) : label(key);
    }

    /** A state's or third country's name. */
    String country(String iso) {
        return CountryNames.of(iso, language);
    }

    /** Owners or providers, each by its name in the language, joined as the language lists. */
    String organisations(List<String> names) {
        return names.isEmpty() ? "" : lists.format(names.stream()
                .map(n -> Organisation.lookup(n).map(o -> o.in(language)).orElse(n)).toList());
    }

    /** Names joined as the language lists them ("Slovenia and Hungary", "Slovenija in Madžarska"). */
    String list(List<String> names) {
        return names.isEmpty() ? "" : lists.format(names);
    }

    /** A free text in the language, or the original followed by "(original language: EN)". */
    String text(String original, Translations translations, String column) {
        if (original.isEmpty() || language == textLanguage) {
            return original;
        }
        return translations.of(column, language).orElseGet(() -> original + " "
                + label("text.original-language").replace("{0}", textLanguage.code().toUpperCase(Locale.ROOT)));
    }

    /** A row's flag in words. */
    String flag(Flag flag) {
        return labels.get("data." + flag.code());
    }

    /** The name of a dataset's data sheet: "Border crossings – data", "Prehodi meje – podatki". */
    String dataSheet(DatasetKind kind) {
        String table = switch (kind) {
            case BORDER_CROSSINGS -> label("sheet.crossings");
            case DATABASE_USE -> labels.get("sheet.database-use");
            default -> label("sheet." + kind.id());
        };
        return labels.format("sheet.data-of", table);
    }
}
