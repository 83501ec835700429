package eu.barometer.core.registry;

import eu.barometer.core.model.Period;
import eu.barometer.core.model.Row;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A field of a dataset's data sheet in the spreadsheet edition, as data: the spreadsheet writer
 * decides how each kind is written in the edition's language. {@code head} is the label key of
 * the column head ({@code column.state}, {@code xlsx:data.system}).
 *
 * @param <R> the row type
 * @since 0.3
 */
public sealed interface SheetField<R extends Row> {

    /** A state or country by its code: two columns, its name in the language and the code. */
    record Country<R extends Row>(String head, Function<R, String> code) implements SheetField<R> { }

    /** A code shown as it is (a system, an action id). */
    record Code<R extends Row>(String head, Function<R, Object> code) implements SheetField<R> { }

    /** A code of a closed vocabulary: two columns, its label ({@code labelPrefix + code}) and the code. */
    record Coded<R extends Row>(String head, Function<R, String> code, String labelPrefix) implements SheetField<R> { }

    /** Codes of a closed vocabulary: two columns, their labels joined as the language lists them, and the codes. */
    record CodedList<R extends Row>(String head, Function<R, List<String>> codes, String labelPrefix) implements SheetField<R> { }

    /**
     * States by their codes: two columns, their names joined as the language lists them and the
     * codes; no state at all is the label {@code noneLabel} and the code {@code all}.
     */
    record CountryList<R extends Row>(String head, Function<R, List<String>> codes, String noneLabel) implements SheetField<R> { }

    /** A free text with per-language variants in {@code column_<lang>}. */
    record Text<R extends Row>(String head, Function<R, String> text, String column) implements SheetField<R> { }

    /** Organisations by name, written in the language. */
    record Organisations<R extends Row>(String head, Function<R, List<String>> names) implements SheetField<R> { }

    /** A day; empty when the function gives null. */
    record Day<R extends Row>(String head, Function<R, LocalDate> date) implements SheetField<R> { }

    /** A month. */
    record Month<R extends Row>(String head, Function<R, YearMonth> month) implements SheetField<R> { }

    /** A period: three columns, its code, first day and last day. */
    record PeriodOf<R extends Row>(Function<R, Period> period) implements SheetField<R> { }

    /** A whole number. */
    record Count<R extends Row>(String head, ToLongFunction<R> value) implements SheetField<R> { }

    /** A figure of a per-state dataset, headed by the document's label of the metric ({@code metric.<dataset>.<field>}). */
    record Metric<R extends Row>(String field, ToLongFunction<R> value) implements SheetField<R> { }

    /** An amount with decimals. */
    record Amount<R extends Row>(String head, int decimals, Function<R, BigDecimal> value) implements SheetField<R> { }
}
