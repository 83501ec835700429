package eu.barometer.core.input;

import java.util.List;

/**
 * A column of a dataset file, as documented in {@code docs/inputs.md}.
 *
 * @param name        the canonical header name, e.g. {@code investigations_opened}
 * @param required    whether the column must be present and every value non-empty
 * @param type        the value type in words, e.g. "whole number ≥ 0"
 * @param allowed     allowed values or form, e.g. "SIS, SIENA, …" (empty if any)
 * @param example     an example value
 * @param aliases     other header names accepted for it (normalised form)
 * @since 0.1
 */
public record Column(String name, boolean required, String type, String allowed, String example, List<String> aliases) {

    public Column {
        aliases = List.copyOf(aliases);
    }

    public static Column required(String name, String type, String allowed, String example, String... aliases) {
        return new Column(name, true, type, allowed, example, List.of(aliases));
    }

    public static Column optional(String name, String type, String allowed, String example, String... aliases) {
        return new Column(name, false, type, allowed, example, List.of(aliases));
    }
}
