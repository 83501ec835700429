package eu.barometer.core.analysis;

import eu.barometer.core.model.DatasetKind;
import eu.barometer.core.model.Period;
import eu.barometer.core.model.ThirdCountryCooperation;
import eu.barometer.core.reference.AsopStatus;
import eu.barometer.core.reference.ControlReason;
import eu.barometer.core.reference.CooperationLevel;
import eu.barometer.core.reference.Flags;
import eu.barometer.core.reference.ImpactLevel;
import eu.barometer.core.reference.Route;
import eu.barometer.core.registry.DatasetType;
import eu.barometer.core.registry.DatasetTypes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The catalogue of analysis figures that narrative text may quote with a placeholder such as
 * {@code {{border-crossings.ytd}}}, and their values for an edition. Names are fixed (they do not
 * depend on the data), so a text can be checked before the figures exist; a value is empty when
 * its dataset was not received or the figure cannot be computed (a change without a base).
 * Values are raw; templates format them in the edition's language.
 *
 * @since 0.2
 */
public final class TextFigures {

    /** What kind of value a figure is, which decides how it is written. */
    public enum Kind {
        /** A whole number, e.g. detections. */
        COUNT,
        /** A signed change as a fraction of the base, e.g. +0.18. */
        CHANGE,
        /** A share as a fraction, e.g. 0.5. */
        SHARE,
        /** Whole euros. */
        EUR,
        /** A calendar year. */
        YEAR,
        /** A period, written in words. */
        PERIOD,
        /** A migratory route, written by its name. */
        ROUTE
    }

    /**
     * One name of the catalogue.
     *
     * @param name        e.g. {@code border-crossings.ytd}
     * @param dataset     the dataset it comes from
     * @param kind        the kind of value
     * @param description what it is, in English, for {@code --list-figures} and the docs
     */
    public record Name(String name, DatasetKind dataset, Kind kind, String description) { }

    /**
     * The value of a figure.
     *
     * @param kind   how to write it
     * @param number the count, euros or year ({@link Kind#COUNT}, {@link Kind#EUR}, {@link Kind#YEAR})
     * @param ratio  the change or share ({@link Kind#CHANGE}, {@link Kind#SHARE})
     * @param period the period ({@link Kind#PERIOD})
     * @param route  the route ({@link Kind#ROUTE})
     * @param flag   provisional or estimated, as the figures it is computed from
     */
    public record Value(Kind kind, long number, double ratio, Period period, Route route, Flags flag) {

        static Value count(long n, Flags flag) {
            return new Value(Kind.COUNT, n, 0, null, null, flag);
        }

        static Value eur(long n, Flags flag) {
            return new Value(Kind.EUR, n, 0, null, null, flag);
        }

        static Value year(int y) {
            return new Value(Kind.YEAR, y, 0, null, null, Flags.NONE);
        }

        static Value period(Period p) {
            return new Value(Kind.PERIOD, 0, 0, p, null, Flags.NONE);
        }

        static Value route(Route r) {
            return new Value(Kind.ROUTE, 0, 0, null, r, Flags.NONE);
        }

        static Optional<Value> change(Change c, Flags flag) {
            OptionalDouble r = c.ratio();
            return r.isPresent() ? Optional.of(new Value(Kind.CHANGE, 0, r.getAsDouble(), null, null, flag)) : Optional.empty();
        }

        static Optional<Value> share(OptionalDouble r, Flags flag) {
            return r.isPresent() ? Optional.of(new Value(Kind.SHARE, 0, r.getAsDouble(), null, null, flag)) : Optional.empty();
        }

        /** The raw value as plain text ({@code 232350}, {@code 0.18}, {@code 2023-Q3}, {@code central-mediterranean}). */
        public String raw() {
            return switch (kind) {
                case COUNT, EUR, YEAR -> Long.toString(number);
                case CHANGE, SHARE -> java.math.BigDecimal.valueOf(ratio).setScale(4, java.math.RoundingMode.HALF_UP)
                        .stripTrailingZeros().toPlainString();
                case PERIOD -> period.toString();
                case ROUTE -> route.code();
            };
        }
    }

    private record Entry(Name name, Function<EditionAnalysis, Optional<Value>> value) { }

    private static final Map<String, Entry> CATALOGUE = build();

    private TextFigures() { }

    /** Every name, grouped by dataset in file order, for listings. */
    public static List<Name> names() {
        return CATALOGUE.values().stream().map(Entry::name).toList();
    }

    /** The name, if it is in the catalogue. */
    public static Optional<Name> byName(String name) {
        Entry e = CATALOGUE.get(name);
        return e == null ? Optional.empty() : Optional.of(e.name());
    }

    /** The value of a figure for an edition; empty if its dataset is missing or it cannot be computed. */
    public static Optional<Value> value(EditionAnalysis analysis, String name) {
        Entry e = CATALOGUE.get(name);
        if (e == null) {
            throw new IllegalArgumentException("no figure named '" + name + "'");
        }
        return e.value().apply(analysis);
    }

    // ---------------------------------------------------------------- the catalogue

    /**
     * The metrics of every dataset type of the registry that has any, in {@link DatasetKind}
     * order, each followed by the figures of its own (shares, counts by status, the crossings').
     */
    private static Map<String, Entry> build() {
        Map<DatasetKind, java.util.function.Consumer<Map<String, Entry>>> own = new java.util.EnumMap<>(DatasetKind.class);
        own.put(DatasetKind.BORDER_CROSSINGS, TextFigures::crossings);
        own.put(DatasetKind.EMSC_INFORMATION_SHARING, TextFigures::sharing);
        own.put(DatasetKind.IMPACT_LEVELS, TextFigures::impactLevels);
        own.put(DatasetKind.ACTIONS, TextFigures::actions);
        own.put(DatasetKind.THIRD_COUNTRIES, TextFigures::thirdCountries);
        own.put(DatasetKind.ASYLUM_APPLICATIONS, TextFigures::asylum);
        own.put(DatasetKind.INTERNAL_BORDER_CONTROLS, TextFigures::borderControls);
        Map<String, Entry> m = new LinkedHashMap<>();
        for (DatasetType<?> t : DatasetTypes.all()) {
            for (DatasetType.MetricFigure f : t.metricFigures()) {
                metric(m, t.kind(), f.key(), t.kind().id() + "." + f.name(), f.description(), f.euro() ? Kind.EUR : Kind.COUNT);
            }
            own.getOrDefault(t.kind(), x -> { }).accept(m);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    private static void sharing(Map<String, Entry> m) {
        add(m, DatasetKind.EMSC_INFORMATION_SHARING, "shared-at-start-share", Kind.SHARE,
                "share of investigations opened that were shared at their start",
                a -> a.emscSharing().flatMap(g -> {
                    MetricSummary opened = g.metric("investigations_opened");
                    MetricSummary shared = g.metric("investigations_shared_at_start");
                    return opened.total() == 0 ? Optional.empty() : Value.share(
                            OptionalDouble.of((double) shared.total() / opened.total()), opened.flags().and(shared.flags()));
                }));
    }

    private static void asylum(Map<String, Entry> m) {
        add(m, DatasetKind.ASYLUM_APPLICATIONS, "visa-free-share", Kind.SHARE,
                "share of first-time asylum applicants who are nationals of visa-free countries",
                a -> a.group(DatasetKind.ASYLUM_APPLICATIONS).flatMap(g -> {
                    MetricSummary all = g.metric("first_time_applicants");
                    MetricSummary visaFree = g.metric("visa_free_applicants");
                    return all.total() == 0 ? Optional.empty() : Value.share(
                            OptionalDouble.of((double) visaFree.total() / all.total()), all.flags().and(visaFree.flags()));
                }));
    }

    private static void borderControls(Map<String, Entry> m) {
        DatasetKind k = DatasetKind.INTERNAL_BORDER_CONTROLS;
        add(m, k, "in-force", Kind.COUNT, "notifications of border control at internal borders in force on the reference date",
                a -> a.detail(k, BorderControls.class).map(b -> Value.count(b.inForce().size(), Flags.NONE)));
        add(m, k, "states-in-force", Kind.COUNT, "States with border control at internal borders in force on the reference date",
                a -> a.detail(k, BorderControls.class).map(b -> Value.count(b.states().size(), Flags.NONE)));
        for (ControlReason r : ControlReason.values()) {
            add(m, k, "reason." + r.code(), Kind.COUNT, "notifications in force that give the reason " + r.code().replace('-', ' '),
                    a -> a.detail(k, BorderControls.class).map(b -> Value.count(b.inForceByReason().get(r), Flags.NONE)));
        }
    }

    private static void impactLevels(Map<String, Entry> m) {
        DatasetKind impact = DatasetKind.IMPACT_LEVELS;
        add(m, impact, "sections", Kind.COUNT, "external border sections with an impact level",
                a -> received(a, impact) ? Optional.of(Value.count(a.impactLevels().size(), Flags.NONE)) : Optional.empty());
        for (ImpactLevel l : ImpactLevel.values()) {
            add(m, impact, l.code(), Kind.COUNT, "sections with the impact level " + l.code(),
                    a -> received(a, impact) ? Optional.of(Value.count(a.impactCounts().getOrDefault(l, 0L), Flags.NONE))
                            : Optional.empty());
        }
    }

    private static void actions(Map<String, Entry> m) {
        DatasetKind actions = DatasetKind.ACTIONS;
        add(m, actions, "total", Kind.COUNT, "actions tracked",
                a -> received(a, actions) ? Optional.of(Value.count(a.actions().size(), Flags.NONE)) : Optional.empty());
        for (DeadlineStatus s : DeadlineStatus.values()) {
            String code = s.code();
            add(m, actions, code, Kind.COUNT, "actions whose deadline status on the reference date is " + code.replace('-', ' '),
                    a -> received(a, actions) ? Optional.of(Value.count(a.actionCounts().getOrDefault(s, 0L), Flags.NONE))
                            : Optional.empty());
        }
    }

    private static void thirdCountries(Map<String, Entry> m) {
        DatasetKind third = DatasetKind.THIRD_COUNTRIES;
        add(m, third, "total", Kind.COUNT, "third countries assessed",
                a -> received(a, third) ? Optional.of(Value.count(a.edition().thirdCountries().rows().size(), Flags.NONE))
                        : Optional.empty());
        for (CooperationLevel c : CooperationLevel.values()) {
            add(m, third, "cooperation." + c.code(), Kind.COUNT, "third countries whose cooperation is " + c.code().replace('-', ' '),
                    a -> countThird(a, t -> t.cooperation() == c));
        }
        for (AsopStatus s : AsopStatus.values()) {
            add(m, third, "asop." + s.code(), Kind.COUNT, "third countries whose anti-smuggling partnership is "
                    + s.code().replace('-', ' '), a -> countThird(a, t -> t.asop() == s));
        }
    }

    private static void crossings(Map<String, Entry> m) {
        DatasetKind k = DatasetKind.BORDER_CROSSINGS;
        add(m, k, "period", Kind.PERIOD, "the reporting period of the figures", a -> a.crossings().map(c -> Value.period(c.period())));
        add(m, k, "total", Kind.COUNT, "detections on all routes in the reporting period",
                a -> a.crossings().map(c -> Value.count(c.total(), c.flags())));
        add(m, k, "change-year", Kind.CHANGE, "change of the period's detections on the same period a year earlier",
                a -> a.crossings().flatMap(c -> Value.change(c.vsYearEarlier(), c.flags())));
        add(m, k, "change-previous", Kind.CHANGE, "change of the period's detections on the previous period",
                a -> a.crossings().flatMap(c -> Value.change(c.vsPrevious(), c.flags())));
        add(m, k, "ytd-period", Kind.PERIOD, "January to the end of the reporting period",
                a -> a.crossings().map(c -> Value.period(c.yearToDate().basePeriod().shift(12))));
        add(m, k, "ytd", Kind.COUNT, "detections from January to the end of the reporting period",
                a -> a.crossings().map(c -> Value.count(c.yearToDate().current(), c.yearToDateFlags())));
        add(m, k, "change-ytd", Kind.CHANGE, "change of the year-to-date detections on the same months a year earlier",
                a -> a.crossings().flatMap(c -> Value.change(c.yearToDate(), c.flags())));
        add(m, k, "ytd-highest-since", Kind.YEAR, "the year since which the year-to-date total is the highest"
                        + " (the first year of a long series if it is the highest of all); empty if it is not a high"
                        + " or the series is too short to say",
                a -> a.crossings().flatMap(CrossingsAnalysis::ytdStanding).filter(h -> h.extreme() == Standing.Extreme.HIGHEST)
                        .map(h -> Value.year(h.sinceYear())));
        add(m, k, "top-route", Kind.ROUTE, "the route with the most detections in the period",
                a -> a.crossings().flatMap(c -> c.routes().stream().findFirst()).map(r -> Value.route(r.route())));
        add(m, k, "top-route.total", Kind.COUNT, "detections on that route",
                a -> a.crossings().flatMap(c -> c.routes().stream().findFirst()).map(r -> Value.count(r.value(), r.flags())));
        add(m, k, "top-route.share", Kind.SHARE, "that route's share of all detections",
                a -> a.crossings().flatMap(c -> c.routes().stream().findFirst()).flatMap(r -> Value.share(r.share(), r.flags())));
        add(m, k, "top-route.change-year", Kind.CHANGE, "that route's change on a year earlier",
                a -> a.crossings().flatMap(c -> c.routes().stream().findFirst())
                        .flatMap(r -> Value.change(r.vsYearEarlier(), r.flags())));
        for (Route route : Route.values()) {
            String n = route.code();
            add(m, k, n, Kind.COUNT, "detections on the " + n.replace('-', ' ') + " route in the period",
                    a -> routeFigure(a, route).map(r -> Value.count(r.value(), r.flags())));
            add(m, k, n + ".share", Kind.SHARE, "its share of all detections",
                    a -> routeFigure(a, route).flatMap(r -> Value.share(r.share(), r.flags())));
            add(m, k, n + ".change-year", Kind.CHANGE, "its change on a year earlier",
                    a -> routeFigure(a, route).flatMap(r -> Value.change(r.vsYearEarlier(), r.flags())));
            add(m, k, n + ".ytd", Kind.COUNT, "its detections from January",
                    a -> routeFigure(a, route).map(r -> Value.count(r.yearToDate().current(), r.flags())));
            add(m, k, n + ".change-ytd", Kind.CHANGE, "its year-to-date change on a year earlier",
                    a -> routeFigure(a, route).flatMap(r -> Value.change(r.yearToDate(), r.flags())));
        }
    }

    private static Optional<RouteFigure> routeFigure(EditionAnalysis a, Route route) {
        return a.crossings().flatMap(c -> c.routes().stream().filter(r -> r.route() == route).findFirst());
    }

    private static boolean received(EditionAnalysis a, DatasetKind k) {
        return a.edition().dataset(k).isReceived();
    }

    private static Optional<Value> countThird(EditionAnalysis a, java.util.function.Predicate<ThirdCountryCooperation> p) {
        if (!received(a, DatasetKind.THIRD_COUNTRIES)) {
            return Optional.empty();
        }
        return Optional.of(Value.count(a.edition().thirdCountries().rows().stream().filter(p).count(), Flags.NONE));
    }

    /** A metric of a per-state dataset: its total, changes, year to date and the number of States reporting it. */
    private static void metric(Map<String, Entry> m, DatasetKind kind, String key, String name, String description,
                               Kind valueKind) {
        Function<EditionAnalysis, Optional<MetricSummary>> summary = a -> a.group(kind)
                .flatMap(g -> g.metrics().stream().filter(s -> s.key().equals(key)).findFirst());
        put(m, new Name(name, kind, valueKind, description + ", total of the reporting period"),
                a -> summary.apply(a).map(s -> valueKind == Kind.EUR ? Value.eur(s.total(), s.flags()) : Value.count(s.total(), s.flags())));
        put(m, new Name(name + ".change-year", kind, Kind.CHANGE, description + ", change on a year earlier"),
                a -> summary.apply(a).flatMap(s -> Value.change(s.vsYearEarlier(), s.flags())));
        put(m, new Name(name + ".change-previous", kind, Kind.CHANGE, description + ", change on the previous period"),
                a -> summary.apply(a).flatMap(s -> Value.change(s.vsPrevious(), s.flags())));
        put(m, new Name(name + ".states", kind, Kind.COUNT, description + ", number of States with a figure"),
                a -> summary.apply(a).map(s -> Value.count(s.states().size(), Flags.NONE)));
        String period = kind.id() + ".period";
        if (!m.containsKey(period)) {
            put(m, new Name(period, kind, Kind.PERIOD, "the reporting period of the figures"),
                    a -> a.group(kind).map(g -> Value.period(g.period())));
        }
    }

    private static void add(Map<String, Entry> m, DatasetKind kind, String suffix, Kind valueKind, String description,
                            Function<EditionAnalysis, Optional<Value>> value) {
        put(m, new Name(kind.id() + "." + suffix, kind, valueKind, description), value);
    }

    private static void put(Map<String, Entry> m, Name name, Function<EditionAnalysis, Optional<Value>> value) {
        if (m.putIfAbsent(name.name(), new Entry(name, value)) != null) {
            throw new IllegalStateException("figure named twice: " + name.name());
        }
    }
}
