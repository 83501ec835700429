package eu.barometer.core.text;

import eu.barometer.core.reference.Language;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The analysts' own text of an edition: for each {@link Part}, its text in the languages it was
 * written in. Read from the bundle's {@code text/} folder ({@link NarrativeReader}); immutable.
 *
 * @since 0.2
 */
public final class Narrative {

    /** No text at all: the edition shows only the template's own sentences. */
    public static final Narrative EMPTY = new Narrative(List.of());

    private final Map<Part, Map<Language, PartText>> texts;

    private Narrative(Collection<PartText> all) {
        Map<Part, Map<Language, PartText>> m = new TreeMap<>();
        for (PartText t : all) {
            Map<Language, PartText> byLang = m.computeIfAbsent(t.part(), p -> new java.util.EnumMap<>(Language.class));
            if (byLang.putIfAbsent(t.language(), t) != null) {
                throw new IllegalArgumentException("two texts for " + t.part() + " in " + t.language().code());
            }
        }
        m.replaceAll((p, v) -> java.util.Collections.unmodifiableMap(v));
        this.texts = java.util.Collections.unmodifiableMap(m);
    }

    /** A narrative of these texts (at most one per part and language). */
    public static Narrative of(Collection<PartText> texts) {
        return texts.isEmpty() ? EMPTY : new Narrative(texts);
    }

    /** True if there is no text. */
    public boolean isEmpty() {
        return texts.isEmpty();
    }

    /** The parts that have text in some language, in the order an edition shows them. */
    public List<Part> parts() {
        return List.copyOf(texts.keySet());
    }

    /** Every text, by part then language. */
    public List<PartText> all() {
        List<PartText> out = new ArrayList<>();
        texts.values().forEach(m -> out.addAll(m.values()));
        return List.copyOf(out);
    }

    /** The languages a part is written in, in EU order. */
    public List<Language> languages(Part part) {
        return List.copyOf(texts.getOrDefault(part, Map.of()).keySet());
    }

    /** The text of a part in exactly this language. */
    public Optional<PartText> text(Part part, Language language) {
        return Optional.ofNullable(texts.getOrDefault(part, Map.of()).get(language));
    }

    /**
     * What an edition in {@code language} shows for a part: its own text, or else the text in
     * the original language, else in English, else in the first language it exists in (EU order),
     * marked as a fallback. Empty if the part has no text at all.
     */
    public Optional<Shown> shown(Part part, Language language, Language original) {
        Map<Language, PartText> m = texts.getOrDefault(part, Map.of());
        if (m.containsKey(language)) {
            return Optional.of(new Shown(m.get(language), false));
        }
        if (m.isEmpty()) {
            return Optional.empty();
        }
        PartText t = m.containsKey(original) ? m.get(original)
                : m.containsKey(Language.EN) ? m.get(Language.EN) : m.values().iterator().next();
        return Optional.of(new Shown(t, true));
    }

    /**
     * A part's text as shown in an edition.
     *
     * @param text     the text shown
     * @param fallback true if it is not in the edition's language (the edition marks it with the
     *                 language it is written in)
     */
    public record Shown(PartText text, boolean fallback) { }

    @Override
    public boolean equals(Object o) {
        return o instanceof Narrative n && n.texts.equals(texts);
    }

    @Override
    public int hashCode() {
        return texts.hashCode();
    }

    @Override
    public String toString() {
        return "Narrative" + texts.keySet();
    }
}
