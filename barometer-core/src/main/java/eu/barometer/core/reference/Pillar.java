package eu.barometer.core.reference;

import java.util.List;

/**
 * The four pillars of the action plan against migrant smuggling in the source note.
 *
 * @since 0.1
 */
public enum Pillar implements Coded {
    /** I: information sharing and situational awareness. */
    I("I", "1"),
    /** II: legal framework. */
    II("II", "2"),
    /** III: investigations, prosecutions and border management. */
    III("III", "3"),
    /** IV: cooperation with third countries. */
    IV("IV", "4");

    private final String code;
    private final List<String> aliases;

    Pillar(String code, String... aliases) {
        this.code = code;
        this.aliases = List.of(aliases);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    @Override
    public String labelKey() {
        return "pillar." + code;
    }

    /** The vocabulary of this type, for lookups with suggestions. */
    public static Vocabulary<Pillar> vocabulary() {
        return Holder.VOCABULARY;
    }

    private static final class Holder {
        static final Vocabulary<Pillar> VOCABULARY = Vocabulary.of("pillar", Pillar.class);
    }
}
