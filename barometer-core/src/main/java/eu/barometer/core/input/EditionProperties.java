package eu.barometer.core.input;

import eu.barometer.core.model.CouncilDocument;
import eu.barometer.core.model.DatasetKind;
import eu.barometer.core.model.EditionInfo;
import eu.barometer.core.model.LocalizedText;
import eu.barometer.core.model.Period;
import eu.barometer.core.problem.Location;
import eu.barometer.core.problem.ProblemCode;
import eu.barometer.core.problem.ProblemCollector;
import eu.barometer.core.reference.DocumentType;
import eu.barometer.core.reference.Language;
import eu.barometer.core.reference.Marking;
import eu.barometer.core.reference.Organisation;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The settings of {@code edition.properties}: the edition, its Council document, the sources of
 * its datasets and how its CSV files are written. Every bad value is reported at its line and
 * column; parsing continues so that all problems are found in one pass.
 */
final class EditionProperties {

    static final String FILE = "edition.properties";

    /** What {@code edition.properties} says about one dataset's source. */
    record SourceMeta(String provider, Optional<LocalDate> asOf, boolean provisional) { }

    private static final Set<String> KEYS = Set.of("edition.id", "edition.period", "edition.reference-date",
            "edition.languages", "edition.window", "text.languages", "input.encoding", "input.delimiter", "input.decimal",
            "document.number", "document.date", "document.place", "document.original-language", "document.marking",
            "document.subject-codes", "document.type", "document.from", "document.to", "document.subject");
    private static final Set<String> LOCALIZED = Set.of("document.place", "document.from", "document.to", "document.subject");
    private static final Pattern SOURCE_KEY = Pattern.compile("source\\.([a-z-]+)\\.(provider|as-of|provisional)");
    private static final Pattern EDITION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    final EditionInfo info;
    final CouncilDocument document;
    final Map<DatasetKind, SourceMeta> sources;
    final InputFormat format;
    /** The languages the narrative text is translated into ({@code text.languages}; default: the edition's). */
    List<Language> textLanguages;

    private EditionProperties(EditionInfo info, CouncilDocument document, Map<DatasetKind, SourceMeta> sources,
                              InputFormat format) {
        this.info = info;
        this.document = document;
        this.sources = sources;
        this.format = format;
        this.textLanguages = info.languages();
    }

    /** Reads the settings, or returns null if an error leaves the edition undefined (the errors are reported). */
    static EditionProperties read(PropertiesFile file, InputFormat base, ProblemCollector problems) {
        Reader r = new Reader(file, problems);
        for (PropertiesFile.Entry e : file.entries().values()) {
            String key = e.key();
            boolean known = KEYS.contains(key) || SOURCE_KEY.matcher(key).matches()
                    || LOCALIZED.stream().anyMatch(k -> key.startsWith(k + ".") && Language.byCode(key.substring(k.length() + 1)).isPresent());
            if (!known) {
                problems.warning(file.at(e), ProblemCode.BAD_EDITION_PROPERTY, "unknown setting '" + key + "' is ignored;"
                        + " expected edition.*, document.*, input.* or source.<dataset>.provider|as-of|provisional");
            }
            var m = SOURCE_KEY.matcher(key);
            if (m.matches() && DatasetKind.byId(m.group(1)) == null) {
                problems.warning(file.at(e), ProblemCode.BAD_EDITION_PROPERTY, "unknown dataset '" + m.group(1)
                        + "' in '" + key + "'; expected one of " + String.join(", ",
                        Arrays.stream(DatasetKind.values()).map(DatasetKind::id).toList()));
            }
        }

        String id = r.required("edition.id", "an edition id such as 2023-Q3");
        if (id != null && !EDITION_ID.matcher(id).matches()) {
            r.bad("edition.id", "'" + id + "' is not a usable edition id; expected letters, digits, '.', '_' or '-', e.g. 2023-Q3");
            id = null;
        }
        Period period = r.period("edition.period", true);
        LocalDate reference = r.date("edition.reference-date", true);
        List<Language> languages = r.languages();
        Period window = r.period("edition.window", false);
        if (period != null && window != null && !window.contains(period)) {
            r.bad("edition.window", "window " + window + " does not contain the edition period " + period
                    + "; expected a range that ends at or after " + period.end());
            window = null;
        }

        InputFormat format = inputFormat(r, base);

        String number = r.required("document.number", "a Council document number such as 13901/23");
        LocalDate date = r.date("document.date", true);
        LocalizedText place = r.localized("document.place", "Brussels");
        Language original = r.optional("document.original-language").map(v -> {
            Optional<Language> l = Language.byCode(v);
            if (l.isEmpty()) {
                r.bad("document.original-language", "unknown language '" + v + "'; expected an EU language code such as en");
            }
            return l.orElse(Language.EN);
        }).orElse(Language.EN);
        Marking marking = r.optional("document.marking").map(v -> {
            Optional<Marking> mk = Marking.vocabulary().lookup(v);
            if (mk.isEmpty()) {
                r.bad("document.marking", "unknown marking '" + v + "' (" + Marking.vocabulary().hint(v) + ")");
            }
            return mk.orElse(null);
        }).orElse(Marking.NONE);
        List<String> subjectCodes = r.optional("document.subject-codes")
                .map(v -> Arrays.stream(v.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
        DocumentType type = r.optional("document.type").map(v -> {
            Optional<DocumentType> t = DocumentType.vocabulary().lookup(v);
            if (t.isEmpty()) {
                r.bad("document.type", "unknown document type '" + v + "' (" + DocumentType.vocabulary().hint(v) + ")");
            }
            return t.orElse(DocumentType.NOTE);
        }).orElse(DocumentType.NOTE);
        LocalizedText from = r.localized("document.from", "");
        LocalizedText to = r.localized("document.to", "");
        LocalizedText subject = r.localized("document.subject", "");

        if (languages != null) {
            place = withCouncilPlace(place);
            for (var field : List.of(Map.entry("document.place", place), Map.entry("document.from", from),
                    Map.entry("document.to", to), Map.entry("document.subject", subject))) {
                r.requireTranslations(field.getKey(), field.getValue(), languages, original);
            }
        }

        Map<DatasetKind, SourceMeta> sources = new EnumMap<>(DatasetKind.class);
        for (DatasetKind k : DatasetKind.values()) {
            String prefix = "source." + k.id() + ".";
            String provider = r.optional(prefix + "provider").orElse(k.defaultProvider());
            r.knownOrganisations(prefix + "provider", provider);
            Optional<LocalDate> asOf = Optional.ofNullable(r.date(prefix + "as-of", false));
            boolean provisional = r.bool(prefix + "provisional");
            sources.put(k, new SourceMeta(provider, asOf, provisional));
        }
        List<Language> textLanguages = r.languages("text.languages", r.optional("text.languages").orElse(null));

        if (r.failed || id == null || period == null || reference == null || languages == null || number == null
                || date == null || marking == null) {
            return null;
        }
        EditionInfo info = new EditionInfo(id, period, reference, languages,
                window != null ? window : EditionInfo.defaultWindow(period));
        CouncilDocument doc = new CouncilDocument(number, date, place, original, marking, subjectCodes, type, from, to, subject);
        EditionProperties props = new EditionProperties(info, doc, sources, format);
        if (textLanguages != null) {
            props.textLanguages = List.copyOf(textLanguages);
        }
        return props;
    }

    private static final java.util.Properties PLACES = new java.util.Properties();

    static {
        try (var in = EditionProperties.class.getResourceAsStream("/eu/barometer/core/reference/council-places.properties")) {
            PLACES.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    /** The place with the Council's own name for it in every language where edition.properties gives none ("Bruselj"). */
    static LocalizedText withCouncilPlace(LocalizedText place) {
        Map<Language, String> tr = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            String own = place.translations().get(l);
            String known = PLACES.getProperty(place.defaultText().strip() + "." + l.code());
            if (own != null) {
                tr.put(l, own);
            } else if (known != null) {
                tr.put(l, known);
            }
        }
        return new LocalizedText(place.defaultText(), tr);
    }

    private static InputFormat inputFormat(Reader r, InputFormat base) {
        InputFormat.Builder b = base.toBuilder();
        r.optional("input.encoding").ifPresent(v -> {
            try {
                b.encoding(Charset.forName(v));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                r.bad("input.encoding", "unknown encoding '" + v + "'; expected a Java charset name such as UTF-8,"
                        + " windows-1250 or windows-1252");
            }
        });
        r.optional("input.delimiter").ifPresent(v -> {
            switch (v.toLowerCase(java.util.Locale.ROOT)) {
                case "auto" -> b.detectDelimiter();
                case ",", "comma" -> b.delimiter(',');
                case ";", "semicolon" -> b.delimiter(';');
                case "tab", "\\t" -> b.delimiter('\t');
                default -> r.bad("input.delimiter", "unknown delimiter '" + v + "'; expected auto, comma, semicolon or tab");
            }
        });
        r.optional("input.decimal").ifPresent(v -> {
            switch (v.toLowerCase(java.util.Locale.ROOT)) {
                case "auto" -> b.decimal(InputFormat.Decimal.AUTO);
                case "comma", "," -> b.decimal(InputFormat.Decimal.COMMA);
                case "point", "." -> b.decimal(InputFormat.Decimal.POINT);
                default -> r.bad("input.decimal", "unknown decimal separator '" + v + "'; expected auto, comma or point");
            }
        });
        return b.build();
    }

    /** Typed access to the entries, reporting bad values where they are. */
    private static final class Reader {
        private final PropertiesFile file;
        private final ProblemCollector problems;
        boolean failed;

        Reader(PropertiesFile file, ProblemCollector problems) {
            this.file = file;
            this.problems = problems;
        }

        void bad(String key, String message) {
            PropertiesFile.Entry e = file.get(key);
            Location at = e == null ? Location.of(file.name()) : file.at(e);
            problems.error(at, ProblemCode.BAD_EDITION_PROPERTY, message);
            failed = true;
        }

        Optional<String> optional(String key) {
            PropertiesFile.Entry e = file.get(key);
            return e == null || e.value().isBlank() ? Optional.empty() : Optional.of(e.value().strip());
        }

        String required(String key, String expected) {
            Optional<String> v = optional(key);
            if (v.isEmpty()) {
                bad(key, (file.get(key) == null ? "missing setting '" : "empty setting '") + key + "'; expected " + expected);
                return null;
            }
            return v.get();
        }

        Period period(String key, boolean required) {
            Optional<String> v = required ? Optional.ofNullable(required(key, "a period such as 2023-Q3")) : optional(key);
            if (v.isEmpty()) {
                return null;
            }
            Optional<Period> p = Period.parse(v.get());
            if (p.isEmpty()) {
                bad(key, "'" + v.get() + "' is not a period; expected e.g. 2023-Q3, 2023-07, 2023 or 2022-01..2023-09");
                return null;
            }
            return p.get();
        }

        LocalDate date(String key, boolean required) {
            Optional<String> v = required ? Optional.ofNullable(required(key, "a date such as 2023-10-11")) : optional(key);
            if (v.isEmpty()) {
                return null;
            }
            LocalDate d = RowReader.parseDate(v.get());
            if (d == null) {
                bad(key, "'" + v.get() + "' is not a date; expected YYYY-MM-DD, e.g. 2023-10-11");
            }
            return d;
        }

        boolean bool(String key) {
            Optional<String> v = optional(key);
            if (v.isEmpty()) {
                return false;
            }
            return switch (v.get().toLowerCase(java.util.Locale.ROOT)) {
                case "true", "yes", "1" -> true;
                case "false", "no", "0" -> false;
                default -> {
                    bad(key, "'" + v.get() + "' is not true or false");
                    yield false;
                }
            };
        }

        List<Language> languages() {
            return languages("edition.languages", required("edition.languages", "a list of EU language codes such as en,sl,de"));
        }

        List<Language> languages(String key, String v) {
            if (v == null) {
                return null;
            }
            List<Language> out = new ArrayList<>();
            for (String part : v.split("[,; ]+")) {
                if (part.isEmpty()) {
                    continue;
                }
                Optional<Language> l = Language.byCode(part);
                if (l.isEmpty()) {
                    bad(key, "unknown language '" + part + "'; expected EU language codes: "
                            + String.join(", ", Arrays.stream(Language.values()).map(Language::code).toList()));
                } else if (!out.contains(l.get())) {
                    out.add(l.get());
                }
            }
            if (out.isEmpty()) {
                if (!failed) {
                    bad(key, "no language given; expected e.g. en,sl");
                }
                return null;
            }
            return out;
        }

        /**
         * Warns about each language of the edition that has no text for a header field: the
         * header would show the text of the original language (marked), or nothing.
         */
        void requireTranslations(String key, LocalizedText text, List<Language> languages, Language original) {
            PropertiesFile.Entry e = file.get(key);
            Location at = e == null ? Location.of(file.name()) : file.at(e);
            for (Language l : languages) {
                if (l == original || text.translations().containsKey(l)) {
                    continue;
                }
                String shown = text.defaultText().isEmpty() ? "the header leaves it empty"
                        : "the header shows '" + text.defaultText() + "' in " + original.code() + ", marked as untranslated";
                problems.warning(at, ProblemCode.MISSING_TRANSLATION, "no " + l.code() + " text for " + key + ", although the edition is made in "
                        + l.code() + ": " + shown + "; add " + key + "." + l.code() + "=…");
            }
        }

        /** Warns about each name in a provider list that is not a known organisation (it cannot be translated). */
        void knownOrganisations(String key, String list) {
            PropertiesFile.Entry e = file.get(key);
            if (e == null) {
                return;
            }
            for (String name : Organisation.split(list)) {
                if (Organisation.lookup(name).isEmpty()) {
                    problems.warning(file.at(e), ProblemCode.UNKNOWN_ORGANISATION, "provider '" + name
                            + "' is not a known organisation, so every edition prints it as written; expected one of "
                            + Organisation.knownNames());
                }
            }
        }

        LocalizedText localized(String key, String fallback) {
            String base = optional(key).orElse(fallback);
            Map<Language, String> tr = new EnumMap<>(Language.class);
            for (Language l : Language.values()) {
                optional(key + "." + l.code()).ifPresent(t -> tr.put(l, t));
            }
            return new LocalizedText(base, tr);
        }
    }
}
