package eu.barometer.templates;

import eu.barometer.core.reference.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every label of the council-note set uses the terms of its language's glossary (IATE, the
 * Interinstitutional Style Guide, for Slovenian the seed note) wherever its English label has the
 * English term, and no label uses a variant the glossary forbids.
 */
class GlossaryTest {

    private static final String SET = "/eu/barometer/templates/council-note/";

    private static Properties load(String name) throws IOException {
        try (InputStream in = GlossaryTest.class.getResourceAsStream(SET + name)) {
            assertNotNull(in, name + " is in the template set");
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    private static List<String> alternatives(String s) {
        List<String> out = new ArrayList<>();
        for (String a : s.split("\\|")) {
            if (!a.isBlank()) {
                out.add(a.strip().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLabelUsesTheGlossaryTermsAndNoForbiddenVariant(Language l) throws IOException {
        Properties glossary = load("glossary_" + l.code() + ".properties");
        Properties english = load("messages_en.properties");
        Properties own = load("messages_" + l.code() + ".properties");
        Locale locale = l.locale();
        List<String> failures = new ArrayList<>();
        TreeSet<String> terms = new TreeSet<>();
        glossary.stringPropertyNames().forEach(k -> terms.add(k.substring(0, k.lastIndexOf('.'))));
        assertTrue(terms.size() >= 4, "glossary_" + l.code() + " lists at least four terms");
        for (String term : terms) {
            List<String> triggers = alternatives(glossary.getProperty(term + ".en", ""));
            List<String> wanted = alternatives(glossary.getProperty(term + ".term", ""));
            List<String> forbidden = alternatives(glossary.getProperty(term + ".forbidden", ""));
            assertTrue(!triggers.isEmpty() && !wanted.isEmpty(), term + " has .en and .term in glossary_" + l.code());
            for (String key : new TreeSet<>(english.stringPropertyNames())) {
                String en = english.getProperty(key).toLowerCase(Locale.ROOT);
                String text = own.getProperty(key, "").toLowerCase(locale);
                if (triggers.stream().anyMatch(en::contains) && wanted.stream().noneMatch(text::contains)) {
                    failures.add(key + " lacks the term " + wanted + " (" + term + "): " + own.getProperty(key));
                }
                for (String f : forbidden) {
                    if (text.contains(f)) {
                        failures.add(key + " uses the forbidden variant '" + f + "' (" + term + "): " + own.getProperty(key));
                    }
                }
            }
        }
        assertEquals(List.of(), failures, "messages_" + l.code() + ".properties against glossary_" + l.code());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theTemplateSetListsTheGlossary(Language l) throws IOException {
        assertTrue(load("template-set.properties").getProperty("files").contains("glossary_" + l.code() + ".properties"));
    }
}
