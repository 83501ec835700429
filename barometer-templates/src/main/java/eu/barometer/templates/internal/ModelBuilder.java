package eu.barometer.templates.internal;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import eu.barometer.core.analysis.Change;
import eu.barometer.core.analysis.CrossingsAnalysis;
import eu.barometer.core.analysis.DeadlineStatus;
import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.analysis.HighestSince;
import eu.barometer.core.analysis.MetricGroup;
import eu.barometer.core.analysis.MetricSummary;
import eu.barometer.core.analysis.RouteFigure;
import eu.barometer.core.analysis.StateFigure;
import eu.barometer.core.analysis.TrackedAction;
import eu.barometer.core.model.CouncilDocument;
import eu.barometer.core.model.Dataset;
import eu.barometer.core.model.DatasetKind;
import eu.barometer.core.model.Edition;
import eu.barometer.core.model.FinancialInvestigation;
import eu.barometer.core.model.ImpactLevelAssignment;
import eu.barometer.core.model.LocalizedText;
import eu.barometer.core.model.Period;
import eu.barometer.core.model.SourceInfo;
import eu.barometer.core.model.ThirdCountryCooperation;
import eu.barometer.core.model.Translations;
import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.CountryNames;
import eu.barometer.core.reference.Flag;
import eu.barometer.core.reference.ImpactLevel;
import eu.barometer.core.reference.InformationSystem;
import eu.barometer.core.reference.Language;
import eu.barometer.core.reference.Marking;
import eu.barometer.core.reference.Organisation;
import eu.barometer.core.reference.Route;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;

/**
 * Builds the template model: a tree of maps, lists, strings, numbers and booleans with everything
 * a template shows, computed and formatted in Java for one language. Templates never compute; they
 * lay out. The tree is made for one render and reaches the template only through
 * {@link ModelWrapper}, which offers no way to change it. {@code docs/template-model.md} describes the tree.
 */
public final class ModelBuilder {

    private final EditionAnalysis analysis;
    private final Edition edition;
    private final Messages msg;
    private final NumberStyle fmt;
    private final Locale locale;
    private final Language textLanguage;
    private final ListFormatter lists;

    private final TextModel text;

    private ModelBuilder(EditionAnalysis analysis, Messages msg) {
        this.analysis = analysis;
        this.edition = analysis.edition();
        this.msg = msg;
        this.fmt = NumberStyle.of(msg.language());
        this.locale = msg.language().locale();
        this.textLanguage = edition.document().originalLanguage();
        this.lists = ListFormatter.getInstance(ULocale.forLocale(locale));
        this.text = new TextModel(analysis, msg, fmt, this::period);
    }

    /** The model of an edition in the language of the messages. */
    public static Map<String, Object> build(EditionAnalysis analysis, Messages messages) {
        return new ModelBuilder(analysis, messages).build();
    }

    private Map<String, Object> build() {
        Map<String, Object> root = new LinkedHashMap<>();
        Language lang = msg.language();
        root.put("lang", map("code", lang.code(), "upper", lang.code().toUpperCase(Locale.ROOT), "name", lang.nativeName()));
        root.put("doc", document());
        root.put("edition", map("id", edition.info().id(), "period", period(edition.info().period()),
                "periodCode", edition.info().period().toString(),
                "referenceDate", fmt.date(edition.info().referenceDate()),
                "referenceDateIso", edition.info().referenceDate().toString(),
                "intro", msg.format("intro.text", edition.info().period())));
        root.put("msg", msg.all());
        root.put("keyFigures", keyFigures());
        List<Object> sections = new ArrayList<>();
        Map<DatasetKind, Object> byKind = new EnumMap<>(DatasetKind.class);
        for (DatasetKind k : SECTION_ORDER) {
            Object section = section(k);
            sections.add(section);
            byKind.put(k, section);
        }
        root.put("sections", sections);
        pillars(root, byKind);
        root.put("sources", sources());
        root.put("text", text.all());
        return root;
    }

    /** Datasets in the order the note presents them: the picture first, then the pillars, the tracker last. */
    static final List<DatasetKind> SECTION_ORDER = List.of(DatasetKind.BORDER_CROSSINGS, DatasetKind.EMSC_INFORMATION_SHARING,
            DatasetKind.DATABASE_USE, DatasetKind.EMSC_SUPPORT, DatasetKind.THIRD_COUNTRIES, DatasetKind.EMPACT,
            DatasetKind.EUROJUST, DatasetKind.FINANCIAL_INVESTIGATIONS, DatasetKind.IMPACT_LEVELS, DatasetKind.ACTIONS);

    /**
     * The same sections grouped as the source note's four pillars: {@code beforePillars} (the border
     * crossings, the general picture), {@code pillars} (code, title, sections in note order, and the
     * tracked actions of the pillar for a pillar without a dataset) and {@code afterPillars} (the tracker).
     */
    private void pillars(Map<String, Object> root, Map<DatasetKind, Object> byKind) {
        List<Object> before = new ArrayList<>();
        List<Object> after = new ArrayList<>();
        Map<eu.barometer.core.reference.Pillar, List<Object>> grouped = new EnumMap<>(eu.barometer.core.reference.Pillar.class);
        for (eu.barometer.core.reference.Pillar p : eu.barometer.core.reference.Pillar.values()) {
            grouped.put(p, new ArrayList<>());
        }
        List<DatasetKind> noteOrder = new ArrayList<>(SECTION_ORDER);
        noteOrder.sort(java.util.Comparator.comparing((DatasetKind k) -> k.actions().isEmpty() ? "" : k.actions().get(0),
                ModelBuilder::compareActionIds));
        for (DatasetKind k : noteOrder) {
            if (k.pillar().isPresent()) {
                grouped.get(k.pillar().get()).add(byKind.get(k));
            } else if (k == DatasetKind.ACTIONS) {
                after.add(byKind.get(k));
            } else {
                before.add(byKind.get(k));
            }
        }
        List<Object> pillars = new ArrayList<>();
        grouped.forEach((p, list) -> {
            List<Object> tracked = new ArrayList<>();
            if (list.isEmpty()) {
                for (TrackedAction ta : analysis.actions()) {
                    if (ta.action().pillar() == p) {
                        tracked.add(map("id", ta.action().id(), "owners", upperFirst(organisations(ta.action().owners())),
                                "deliverable", freeText(ta.action().deliverable(), ta.action().translations(), "deliverable"),
                                "deadline", fmt.date(ta.action().deadline()), "status", msg.get(ta.status().labelKey()),
                                "comment", freeText(ta.action().comment(), ta.action().translations(), "comment")));
                    }
                }
            }
            pillars.add(map("code", p.code(), "title", msg.get(p.labelKey()), "sections", list, "actions", tracked));
        });
        root.put("beforePillars", before);
        root.put("pillars", pillars);
        root.put("afterPillars", after);
    }

    /** Action ids in the note's order: I.1 < I.5 < III.1 < IV.2 (pillar numeral, then number). */
    static int compareActionIds(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() == b.isEmpty() ? 0 : a.isEmpty() ? -1 : 1;
        }
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        int c = Integer.compare(roman(x[0]), roman(y[0]));
        if (c != 0 || x.length < 2 || y.length < 2) {
            return c;
        }
        try {
            return Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
        } catch (NumberFormatException e) {
            return x[1].compareTo(y[1]);
        }
    }

    private static int roman(String numeral) {
        return switch (numeral) {
            case "I" -> 1;
            case "II" -> 2;
            case "III" -> 3;
            case "IV" -> 4;
            default -> 99;
        };
    }

    // ---------------------------------------------------------------- document header

    private Map<String, Object> document() {
        CouncilDocument d = edition.document();
        Language lang = msg.language();
        Marking marking = d.marking();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("council", msg.get("council.name"));
        m.put("number", d.number());
        m.put("place", header(d.place()));
        m.put("date", fmt.date(d.date()));
        m.put("dateIso", d.date().toString());
        m.put("placeAndDate", msg.format("header.place-date", header(d.place()), d.date()));
        m.put("originalLanguage", msg.format("header.original-language", d.originalLanguage().code()));
        m.put("marking", marking.text());
        m.put("markingCode", marking.code());
        m.put("hasMarking", marking != Marking.NONE);
        m.put("classified", marking.isClassified());
        m.put("subjectCodes", d.subjectCodes());
        m.put("type", msg.get(d.type().labelKey()));
        m.put("from", header(d.from()));
        m.put("to", header(d.to()));
        m.put("subject", header(d.subject()));
        m.put("title", msg.format("document.title", edition.info().period()));
        m.put("keywords", String.join(", ", d.subjectCodes()));
        return m;
    }

    // ---------------------------------------------------------------- key figures

    private List<Object> keyFigures() {
        List<Object> out = new ArrayList<>();
        analysis.crossings().ifPresent(c -> {
            Change ytd = c.yearToDate();
            out.add(figure(msg.format("key.crossings-ytd", ytd.basePeriod().shift(12), ytd.current()), fmt.integer(ytd.current()),
                    Long.toString(ytd.current()), changeSentence(ytd, true) + highestSince(c.ytdHighestSince())));
            c.routes().stream().findFirst().ifPresent(r -> out.add(figure(
                    msg.format("key.top-route", msg.get(r.route().labelKey()), c.period(), r.value()),
                    fmt.integer(r.value()), Long.toString(r.value()),
                    r.share().isPresent() ? msg.format("key.share-of-all", fmt.percent(r.share().getAsDouble())) : "")));
        });
        analysis.eurojust().ifPresent(g -> {
            MetricSummary s = g.metric("new_cases");
            out.add(figure(msg.format("key.eurojust-cases", g.period(), s.total()), fmt.integer(s.total()),
                    Long.toString(s.total()), changeSentence(s.vsYearEarlier(), false)));
        });
        analysis.empact().ifPresent(g -> {
            MetricSummary s = g.metric("total");
            out.add(figure(msg.format("key.empact-actions", g.period(), s.total()), fmt.integer(s.total()),
                    Long.toString(s.total()), msg.format("key.states-involved", s.states().size())));
        });
        analysis.databaseUse().ifPresent(g -> g.metrics().stream().filter(s -> s.key().equals("SIS.searches")).findFirst()
                .ifPresent(s -> out.add(figure(msg.format("key.sis-searches", g.period(), s.total()), fmt.integer(s.total()),
                        Long.toString(s.total()), changeSentence(s.vsYearEarlier(), false)))));
        if (edition.actions().isReceived()) {
            long overdue = analysis.actionCounts().getOrDefault(DeadlineStatus.OVERDUE, 0L);
            long soon = analysis.actionCounts().getOrDefault(DeadlineStatus.DUE_SOON, 0L);
            out.add(figure(msg.format("key.actions-overdue", overdue), fmt.integer(overdue), Long.toString(overdue),
                    msg.format("key.actions-due-soon", soon, analysis.actions().size())));
        }
        return out;
    }

    private Map<String, Object> figure(String label, String value, String raw, String note) {
        return map("label", label, "value", value, "raw", raw, "note", note);
    }

    private String changeSentence(Change c, boolean yearToDate) {
        if (c.ratio().isEmpty()) {
            return c.base().isPresent() ? msg.format("change.from-zero", c.base().getAsLong()) : msg.get("change.no-base");
        }
        Period base = yearToDate ? Period.year(c.basePeriod().end().getYear()) : c.basePeriod();
        return msg.format("change.vs", fmt.signedPercent(c.ratio().getAsDouble()), base);
    }

    private String highestSince(Optional<HighestSince> h) {
        if (h.isEmpty()) {
            return "";
        }
        return h.get().isHighestOfSeries()
                ? msg.format("change.highest-of-series", Period.year(h.get().seriesStart().start().getYear()))
                : msg.format("change.highest-since", Period.year(h.get().sinceYear()));
    }

    // ---------------------------------------------------------------- sections

    private Map<String, Object> section(DatasetKind kind) {
        Dataset<?> d = edition.dataset(kind);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", "s-" + kind.id());
        s.put("kind", kind.id());
        s.put("title", msg.get(kind.labelKey()));
        s.put("action", kind.action());
        s.put("actionLabel", kind.actions().isEmpty() ? "" : kind.actions().size() == 1
                ? msg.format("section.action", kind.action()) : msg.format("section.actions", kind.action()));
        s.put("pillar", kind.pillar().map(eu.barometer.core.reference.Pillar::code).orElse(""));
        s.put("received", d.isReceived());
        String provider = organisations(d.source().map(SourceInfo::provider).orElse(kind.defaultProvider()));
        s.put("provider", provider);
        s.put("missing", msg.format("section.not-received", provider));
        List<Object> paragraphs = new ArrayList<>();
        List<Object> tables = new ArrayList<>();
        List<Object> charts = new ArrayList<>();
        s.put("paragraphs", paragraphs);
        s.put("tables", tables);
        s.put("charts", charts);
        s.put("period", "");
        s.put("source", d.source().map(src -> sourceNote(src, hasFlaggedRows(d))).orElse(""));
        s.put("text", text.part(eu.barometer.core.text.Part.of(kind)));
        if (!d.isReceived()) {
            return s;
        }
        switch (kind) {
            case BORDER_CROSSINGS -> crossings(analysis.crossings().orElseThrow(), s, paragraphs, tables, charts);
            case DATABASE_USE -> databaseUse(analysis.databaseUse().orElseThrow(), s, paragraphs, tables, charts);
            case EMSC_INFORMATION_SHARING -> perState(analysis.emscSharing().orElseThrow(), s, paragraphs, tables, charts,
                    List.of("contributions", "investigations_opened", "investigations_shared_at_start"), "contributions", "hbar");
            case EMSC_SUPPORT -> perState(analysis.emscSupport().orElseThrow(), s, paragraphs, tables, charts,
                    List.of("operational_support_cases", "content_referrals", "reports"), "operational_support_cases", "");
            case EMPACT -> perState(analysis.empact().orElseThrow(), s, paragraphs, tables, charts,
                    List.of("actions_led", "actions_co_led", "actions_participated", "total"), "total", "stacked-hbar");
            case EUROJUST -> perState(analysis.eurojust().orElseThrow(), s, paragraphs, tables, charts,
                    List.of("new_cases", "ongoing_cases", "new_jits", "ongoing_jits", "coordination_meetings"), "new_cases", "hbar");
            case FINANCIAL_INVESTIGATIONS -> financial(analysis.financial().orElseThrow(), s, paragraphs, tables);
            case IMPACT_LEVELS -> impactLevels(s, paragraphs, tables);
            case ACTIONS -> actions(s, paragraphs, tables);
            case THIRD_COUNTRIES -> thirdCountries(s, tables);
            default -> throw new IllegalStateException("no section layout for " + kind);
        }
        return s;
    }

    private static boolean hasFlaggedRows(Dataset<?> d) {
        for (Object r : d.rows()) {
            if (((eu.barometer.core.model.Row) r).flag() != Flag.NONE) {
                return true;
            }
        }
        return false;
    }

    private String sourceNote(SourceInfo src, boolean flaggedRows) {
        String note = src.asOf().map(a -> msg.format("source.as-of", organisations(src.provider()), a))
                .orElse(msg.format("source.plain", organisations(src.provider())));
        if (src.provisional()) {
            note += " " + msg.get("source.provisional");
        } else if (flaggedRows) {
            note += " " + msg.get("source.some-provisional");
        }
        return note;
    }

    // ------------------------------------------------ crossings

    private void crossings(CrossingsAnalysis c, Map<String, Object> s, List<Object> paragraphs, List<Object> tables,
                           List<Object> charts) {
        s.put("period", period(c.period()));
        paragraphs.add(msg.format("crossings.period", c.period(), c.total(),
                changeSentence(c.vsYearEarlier(), false)));
        Change ytd = c.yearToDate();
        paragraphs.add(msg.format("crossings.ytd", ytd.basePeriod().shift(12), ytd.current(),
                changeSentence(ytd, true), highestSince(c.ytdHighestSince())));
        if (!c.routes().isEmpty()) {
            RouteFigure top = c.routes().get(0);
            if (top.share().isPresent()) {
                paragraphs.add(msg.format("crossings.top-route", msg.get(top.route().labelKey()),
                        fmt.percent(top.share().getAsDouble()), changeSentence(top.vsYearEarlier(), false)));
            }
        }

        Table t = new Table("t-crossings", msg.format("crossings.table.caption", c.period()),
                msg.get("sheet.crossings"), msg.get("column.route"));
        t.col(msg.get("column.detections"), true).col(msg.get("column.change-year"), true)
                .col(msg.format("column.ytd", ytd.basePeriod().shift(12)), true)
                .col(msg.get("column.change-ytd"), true).col(msg.get("column.share"), true);
        for (RouteFigure r : c.routes()) {
            List<Object> cells = new ArrayList<>();
            cells.add(intCell(r.value(), r.flag()));
            cells.add(ratioCell(r.vsYearEarlier()));
            cells.add(intCell(r.yearToDate().current(), Flag.NONE));
            cells.add(ratioCell(r.yearToDate()));
            cells.add(shareCell(r.share()));
            t.row(msg.get(r.route().labelKey()), r.route().code(), cells);
        }
        t.total(msg.get("column.total"), List.of(intCell(c.total(), c.flag()), ratioCell(c.vsYearEarlier()),
                intCell(ytd.current(), Flag.NONE), ratioCell(ytd), text("")));
        tables.add(t.toMap());

        // The line chart: one series per route (largest first), one point per month of the window.
        List<Route> routes = c.routes().stream().map(RouteFigure::route).toList();
        Chart ch = new Chart("c-crossings", msg.format("sheet.chart", msg.get("sheet.crossings")), "line", msg.format("crossings.chart.caption",
                c.months().get(0), c.months().get(c.months().size() - 1)),
                msg.get("column.detections"), msg.get("column.month"));
        for (Route r : routes) {
            ch.series(msg.get(r.labelKey()), r.code());
        }
        for (YearMonth m : c.months()) {
            List<Object> values = new ArrayList<>();
            for (Route r : routes) {
                SortedMap<Period, Long> series = c.monthlyByRoute().get(r);
                Long v = series == null ? null : series.get(Period.month(m));
                values.add(v == null ? text("") : intCell(v, Flag.NONE));
            }
            ch.row(fmt.shortMonth(m), m.toString(), values);
        }
        ch.alt(msg.format("crossings.chart.alt", c.months().get(0), c.months().get(c.months().size() - 1),
                routes.isEmpty() ? "" : msg.get(routes.get(0).labelKey())));
        charts.add(ch.toMap());
    }

    // ------------------------------------------------ per-state datasets

    private void perState(MetricGroup g, Map<String, Object> s, List<Object> paragraphs, List<Object> tables,
                          List<Object> charts, List<String> keys, String primary, String chartType) {
        String kind = g.kind().id();
        s.put("period", period(g.period()));
        MetricSummary main = g.metric(primary);
        String mainLabel = msg.get("metric." + kind + "." + primary);
        paragraphs.add(msg.format("perstate.total", mainLabel, g.period(), main.total(),
                changeSentence(main.vsYearEarlier(), false), main.states().size()));
        if (!main.ranking().isEmpty() && main.total() > 0) {
            List<String> top = main.ranking().stream().limit(3)
                    .map(f -> countryName(f.country()) + " (" + fmt.integer(f.value()) + ")").toList();
            paragraphs.add(msg.format("perstate.top", String.join(", ", top)));
        }
        if (g.kind() == DatasetKind.EMSC_INFORMATION_SHARING) {
            long opened = g.metric("investigations_opened").total();
            long shared = g.metric("investigations_shared_at_start").total();
            if (opened > 0) {
                paragraphs.add(msg.format("emsc.shared-at-start", fmt.percent((double) shared / opened),
                        shared, opened));
            }
        }
        Table t = stateTable(g, keys, main, "t-" + kind, msg.format("table.caption", msg.get("dataset." + kind), g.period()),
                msg.get("sheet." + kind));
        tables.add(t.toMap());

        if (chartType.isEmpty()) {
            return;
        }
        List<String> seriesKeys = switch (g.kind()) {
            case EMPACT -> List.of("actions_led", "actions_co_led", "actions_participated");
            case EUROJUST -> List.of("new_cases", "new_jits");
            default -> List.of(primary);
        };
        charts.add(stateChart(g, seriesKeys, chartType, "c-" + kind).toMap());
    }

    private Table stateTable(MetricGroup g, List<String> keys, MetricSummary main, String id, String caption, String sheet) {
        String kind = g.kind().id();
        Table t = new Table(id, caption, sheet, msg.get("column.state"));
        for (String k : keys) {
            t.col(label(kind, k), true);
        }
        t.col(msg.format("column.change-of", label(kind, main.key())), true).col(msg.get("column.share"), true)
                .col(msg.get("column.rank"), true);
        Map<Country, StateFigure> mainByState = byCountry(main);
        List<Map<Country, StateFigure>> columns = keys.stream().map(k -> byCountry(g.metric(k))).toList();
        for (Country c : statesOf(g, keys)) {
            List<Object> cells = new ArrayList<>();
            for (Map<Country, StateFigure> col : columns) {
                StateFigure f = col.get(c);
                cells.add(f == null ? dash() : intCell(f.value(), f.flag()));
            }
            StateFigure mf = mainByState.get(c);
            cells.add(mf == null ? dash() : ratioCell(mf.vsYearEarlier()));
            cells.add(mf == null ? dash() : shareCell(mf.share()));
            cells.add(mf == null ? dash() : cell(Integer.toString(mf.rank()), Integer.toString(mf.rank()), "integer", Flag.NONE));
            t.row(countryName(c), c.code(), cells);
        }
        List<Object> totals = new ArrayList<>();
        for (String k : keys) {
            MetricSummary m = g.metric(k);
            totals.add(intCell(m.total(), m.flag()));
        }
        totals.add(ratioCell(main.vsYearEarlier()));
        totals.add(text(""));
        totals.add(text(""));
        t.total(msg.get("column.total"), totals);
        return t;
    }

    private Chart stateChart(MetricGroup g, List<String> keys, String type, String id) {
        String kind = g.kind().id();
        String seriesNames = String.join(", ", keys.stream().map(k -> label(kind, k)).toList());
        String sheet = msg.format("sheet.chart", msg.get(g.kind() == DatasetKind.DATABASE_USE ? "sheet.database-use-sis" : "sheet." + kind));
        Chart ch = new Chart(id, sheet, type, msg.format("chart.by-state.caption", seriesNames, g.period()),
                keys.size() == 1 ? label(kind, keys.get(0)) : msg.get("chart.count"), msg.get("column.state"));
        for (String k : keys) {
            ch.series(label(kind, k), k);
        }
        List<Map<Country, StateFigure>> columns = keys.stream().map(k -> byCountry(g.metric(k))).toList();
        for (Country c : statesOf(g, keys)) {
            List<Object> values = new ArrayList<>();
            for (Map<Country, StateFigure> col : columns) {
                StateFigure f = col.get(c);
                values.add(f == null ? text("") : intCell(f.value(), f.flag()));
            }
            ch.row(countryName(c), c.code(), values);
        }
        MetricSummary first = g.metric(keys.get(0));
        String top = first.ranking().isEmpty() ? "–" : countryName(first.ranking().get(0).country());
        ch.alt(msg.format("chart.by-state.alt", seriesNames, g.period(), top));
        return ch;
    }

    private List<Country> statesOf(MetricGroup g, List<String> keys) {
        EnumSet<Country> states = EnumSet.noneOf(Country.class);
        for (String k : keys) {
            g.metric(k).states().forEach(f -> states.add(f.country()));
        }
        return List.copyOf(states);
    }

    private static Map<Country, StateFigure> byCountry(MetricSummary m) {
        Map<Country, StateFigure> out = new EnumMap<>(Country.class);
        m.states().forEach(f -> out.put(f.country(), f));
        return out;
    }

    private String label(String kind, String key) {
        if (kind.equals(DatasetKind.DATABASE_USE.id())) {
            int dot = key.indexOf('.');
            return key.substring(0, dot) + " – " + msg.get("measure." + key.substring(dot + 1));
        }
        return msg.get("metric." + kind + "." + key);
    }

    // ------------------------------------------------ database use: SIS and the other systems

    private void databaseUse(MetricGroup g, Map<String, Object> s, List<Object> paragraphs, List<Object> tables,
                             List<Object> charts) {
        s.put("period", period(g.period()));
        List<String> sis = g.metrics().stream().map(MetricSummary::key).filter(k -> k.startsWith(InformationSystem.SIS.code() + ".")).toList();
        List<String> other = g.metrics().stream().map(MetricSummary::key).filter(k -> !sis.contains(k)).toList();
        Optional<MetricSummary> searches = g.metrics().stream().filter(m -> m.key().equals("SIS.searches")).findFirst();
        searches.ifPresent(m -> {
            paragraphs.add(msg.format("perstate.total", label(g.kind().id(), m.key()), g.period(), m.total(),
                    changeSentence(m.vsYearEarlier(), false), m.states().size()));
            List<String> top = m.ranking().stream().limit(3)
                    .map(f -> countryName(f.country()) + " (" + fmt.integer(f.value()) + ")").toList();
            paragraphs.add(msg.format("perstate.top", String.join(", ", top)));
        });
        if (!sis.isEmpty()) {
            MetricSummary main = g.metric(sis.contains("SIS.searches") ? "SIS.searches" : sis.get(0));
            tables.add(stateTable(g, sis, main, "t-database-use-sis",
                    msg.format("database-use.sis.caption", g.period()), msg.get("sheet.database-use-sis")).toMap());
            charts.add(stateChart(g, List.of(main.key()), "hbar", "c-database-use").toMap());
        }
        if (!other.isEmpty()) {
            tables.add(otherSystemsTable(g, other).toMap());
        }
    }

    private Table otherSystemsTable(MetricGroup g, List<String> keys) {
        Table t = new Table("t-database-use-other", msg.format("database-use.other.caption", g.period()),
                msg.get("sheet.database-use-other"), msg.get("column.state"));
        for (String k : keys) {
            t.col(label(g.kind().id(), k), true);
        }
        List<Map<Country, StateFigure>> columns = keys.stream().map(k -> byCountry(g.metric(k))).toList();
        for (Country c : statesOf(g, keys)) {
            List<Object> cells = new ArrayList<>();
            for (Map<Country, StateFigure> col : columns) {
                StateFigure f = col.get(c);
                cells.add(f == null ? dash() : intCell(f.value(), f.flag()));
            }
            t.row(countryName(c), c.code(), cells);
        }
        t.total(msg.get("column.total"), keys.stream().map(k -> (Object) intCell(g.metric(k).total(), g.metric(k).flag())).toList());
        return t;
    }

    // ------------------------------------------------ financial investigations (euro amounts)

    private void financial(MetricGroup g, Map<String, Object> s, List<Object> paragraphs, List<Object> tables) {
        s.put("period", period(g.period()));
        MetricSummary opened = g.metric("investigations_opened");
        paragraphs.add(msg.format("perstate.total", label(g.kind().id(), "investigations_opened"), g.period(),
                opened.total(), changeSentence(opened.vsYearEarlier(), false), opened.states().size()));
        Map<Country, BigDecimal[]> eur = new EnumMap<>(Country.class);
        Map<Country, Flag> flags = new EnumMap<>(Country.class);
        BigDecimal frozen = BigDecimal.ZERO;
        BigDecimal confiscated = BigDecimal.ZERO;
        for (FinancialInvestigation r : edition.financialInvestigations().rows()) {
            if (r.period().equals(g.period())) {
                BigDecimal[] a = eur.computeIfAbsent(r.country(), c -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
                a[0] = a[0].add(r.assetsFrozenEur());
                a[1] = a[1].add(r.assetsConfiscatedEur());
                flags.merge(r.country(), r.flag(), Flag::and);
                frozen = frozen.add(r.assetsFrozenEur());
                confiscated = confiscated.add(r.assetsConfiscatedEur());
            }
        }
        paragraphs.add(msg.format("financial.assets", fmt.decimal(frozen, 0), fmt.decimal(confiscated, 0)));
        Table t = new Table("t-financial-investigations", msg.format("table.caption", msg.get("dataset.financial-investigations"),
                g.period()), msg.get("sheet.financial-investigations"), msg.get("column.state"));
        t.col(label(g.kind().id(), "investigations_opened"), true).col(msg.get("column.assets-frozen"), true)
                .col(msg.get("column.assets-confiscated"), true);
        Map<Country, StateFigure> open = byCountry(opened);
        for (Map.Entry<Country, BigDecimal[]> e : eur.entrySet()) {
            StateFigure f = open.get(e.getKey());
            Flag flag = flags.getOrDefault(e.getKey(), Flag.NONE);
            t.row(countryName(e.getKey()), e.getKey().code(), List.of(
                    f == null ? dash() : intCell(f.value(), f.flag()), eurCell(e.getValue()[0], flag), eurCell(e.getValue()[1], flag)));
        }
        t.total(msg.get("column.total"), List.of(intCell(opened.total(), opened.flag()), eurCell(frozen, Flag.NONE),
                eurCell(confiscated, Flag.NONE)));
        tables.add(t.toMap());
    }

    private Map<String, Object> eurCell(BigDecimal v, Flag flag) {
        return cell(fmt.decimal(v, 0), v.toPlainString(), "decimal", flag);
    }

    // ------------------------------------------------ impact levels (a heat map table)

    private void impactLevels(Map<String, Object> s, List<Object> paragraphs, List<Object> tables) {
        Map<ImpactLevel, Long> counts = analysis.impactCounts();
        List<String> parts = new ArrayList<>();
        for (ImpactLevel l : ImpactLevel.values()) {
            long n = counts.getOrDefault(l, 0L);
            if (n > 0) {
                parts.add(msg.format("impact.count", n, l.code(), msg.get(l.labelKey())));
            }
        }
        paragraphs.add(msg.format("impact.summary", analysis.impactLevels().size(), String.join(", ", parts)));
        Table t = new Table("t-impact-levels", msg.get("impact.table.caption"), msg.get("sheet.impact-levels"), msg.get("column.state"));
        t.col(msg.get("column.section"), false).col(msg.get("column.border-type"), false).col(msg.get("column.level"), false)
                .col(msg.get("column.set-on"), false);
        for (ImpactLevelAssignment a : analysis.impactLevels()) {
            Map<String, Object> level = cell(msg.get(a.level().labelKey()), a.level().code(), "text", a.flag());
            level.put("cls", "impact impact-" + a.level().code());
            t.row(countryName(a.country()), a.country().code(), List.of(text(freeText(a.section(), a.translations(), "section")), text(msg.get(a.borderType().labelKey())),
                    level, cell(fmt.date(a.setOn()), a.setOn().toString(), "date", Flag.NONE)));
        }
        tables.add(t.toMap());
    }

    // ------------------------------------------------ action tracker

    private void actions(Map<String, Object> s, List<Object> paragraphs, List<Object> tables) {
        Map<DeadlineStatus, Long> counts = analysis.actionCounts();
        List<String> parts = new ArrayList<>();
        for (DeadlineStatus st : DeadlineStatus.values()) {
            long n = counts.getOrDefault(st, 0L);
            if (n > 0) {
                parts.add(msg.format("actions.count", n, st.name().toLowerCase(Locale.ROOT).replace('_', '-'), msg.get(st.labelKey())));
            }
        }
        paragraphs.add(msg.format("actions.summary", analysis.actions().size(), edition.info().referenceDate(),
                String.join(", ", parts)));
        Table t = new Table("t-actions", msg.get("actions.table.caption"), msg.get("sheet.actions"), msg.get("column.action"));
        t.col(msg.get("column.owners"), false).col(msg.get("column.deliverable"), false).col(msg.get("column.deadline"), false)
                .col(msg.get("column.status"), false).col(msg.get("column.deadline-status"), false)
                .col(msg.get("column.comment"), false);
        for (TrackedAction ta : analysis.actions()) {
            var a = ta.action();
            Map<String, Object> status = cell(msg.get(ta.status().labelKey()), ta.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    "text", Flag.NONE);
            status.put("cls", "deadline deadline-" + ta.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            t.row(a.id(), a.id(), List.of(text(upperFirst(organisations(a.owners()))), text(freeText(a.deliverable(), a.translations(), "deliverable")),
                    cell(fmt.date(a.deadline()), a.deadline().toString(), "date", Flag.NONE),
                    text(msg.get(a.status().labelKey())), status, text(freeText(a.comment(), a.translations(), "comment"))));
        }
        tables.add(t.toMap());
    }

    // ------------------------------------------------ third countries

    private void thirdCountries(Map<String, Object> s, List<Object> tables) {
        Table t = new Table("t-third-countries", msg.get("third.table.caption"), msg.get("sheet.third-countries"),
                msg.get("column.country"));
        t.col(msg.get("column.cooperation"), false).col(msg.get("column.asop"), false)
                .col(msg.get("column.europol-agreement"), false).col(msg.get("column.eurojust-agreement"), false)
                .col(msg.get("column.comment"), false);
        for (ThirdCountryCooperation c : edition.thirdCountries().rows()) {
            Map<String, Object> level = cell(msg.get(c.cooperation().labelKey()), c.cooperation().code(), "text", c.flag());
            level.put("cls", "cooperation cooperation-" + c.cooperation().code());
            t.row(thirdCountryName(c.country()), c.country(), List.of(level,
                    text(msg.get(c.asop().labelKey())), text(msg.get("agreement." + c.europolAgreement().code())),
                    text(msg.get("agreement." + c.eurojustAgreement().code())), text(freeText(c.comment(), c.translations(), "comment"))));
        }
        tables.add(t.toMap());
    }

    // ---------------------------------------------------------------- sources annex

    private List<Object> sources() {
        List<Object> out = new ArrayList<>();
        for (DatasetKind k : SECTION_ORDER) {
            Dataset<?> d = edition.dataset(k);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", msg.get(k.labelKey()));
            m.put("action", k.action());
            m.put("received", d.isReceived());
            SourceInfo src = d.source().orElse(null);
            m.put("provider", organisations(src != null ? src.provider() : k.defaultProvider()));
            m.put("asOf", src != null && src.asOf().isPresent() ? fmt.date(src.asOf().get()) : "");
            m.put("asOfIso", src != null && src.asOf().isPresent() ? src.asOf().get().toString() : "");
            m.put("file", src != null ? src.file() : k.fileName());
            m.put("rows", src != null ? src.rowsRead() : 0);
            m.put("rowsText", src != null ? fmt.integer(src.rowsRead()) : "");
            m.put("sha256", src != null ? src.sha256() : "");
            m.put("status", src == null ? msg.get("source.status.missing")
                    : src.provisional() || hasFlaggedRows(d) ? msg.get("source.status.provisional") : msg.get("source.status.final"));
            out.add(m);
        }
        return out;
    }

    // ---------------------------------------------------------------- formatting helpers

    private String countryName(Country c) {
        return CountryNames.of(c.code(), msg.language());
    }

    private String thirdCountryName(String isoCode) {
        return CountryNames.of(isoCode, msg.language());
    }

    // ---------------------------------------------------------------- texts of the inputs in the edition's language

    /** A list of organisations as the inputs name them, in this language: "Europol, EMSC in EU IRU". */
    private String organisations(String list) {
        return organisations(Organisation.split(list));
    }

    private String organisations(List<String> names) {
        List<String> own = names.stream().map(n -> Organisation.lookup(n).map(o -> o.in(msg.language())).orElse(n)).toList();
        return own.isEmpty() ? "" : lists.format(own);
    }

    /**
     * A free text of the inputs in this language: its {@code <column>_<lang>} variant, or the text
     * as written followed by "(original language: EN)" where the variant is missing (validation
     * warned about it), never the other language unmarked.
     */
    private String freeText(String original, Translations translations, String column) {
        if (original.isEmpty() || msg.language() == textLanguage) {
            return original;
        }
        return translations.of(column, msg.language()).orElseGet(() -> marked(original));
    }

    /** A Council header field in this language, or the original text marked as untranslated. */
    private String header(LocalizedText text) {
        String own = text.translations().get(msg.language());
        if (own != null || msg.language() == textLanguage || text.defaultText().isEmpty()) {
            return own != null ? own : text.defaultText();
        }
        return marked(text.defaultText());
    }

    private String marked(String original) {
        return original + " " + msg.format("text.original-language", textLanguage.code().toUpperCase(Locale.ROOT));
    }

    private String upperFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, s.offsetByCodePoints(0, 1)).toUpperCase(locale) + s.substring(s.offsetByCodePoints(0, 1));
    }

    /** A period in words: "July–September 2023", "September 2023", "2023", "December 2022 – February 2023". */
    String period(Period p) {
        return msg.period(p, false);
    }

    private Map<String, Object> intCell(long v, Flag flag) {
        return cell(fmt.integer(v), Long.toString(v), "integer", flag);
    }

    private Map<String, Object> ratioCell(Change c) {
        OptionalDouble r = c.ratio();
        return r.isPresent() ? cell(fmt.signedPercent(r.getAsDouble()), ratio(r.getAsDouble()), "percent", Flag.NONE) : dash();
    }

    private Map<String, Object> shareCell(OptionalDouble share) {
        return share.isPresent() ? cell(fmt.percent(share.getAsDouble()), ratio(share.getAsDouble()), "percent", Flag.NONE) : dash();
    }

    private static String ratio(double d) {
        return BigDecimal.valueOf(d).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private Map<String, Object> cell(String text, String value, String type, Flag flag) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", flag == Flag.NONE ? text : text + msg.get("flag.mark." + flag.code()));
        m.put("value", value);
        m.put("type", type);
        m.put("flag", flag == Flag.NONE ? "" : flag.code());
        m.put("cls", type.equals("integer") || type.equals("decimal") || type.equals("percent") ? "num" : "");
        return m;
    }

    /** The mark of a figure that was not reported, aligned with the numbers of its column. */
    private static Map<String, Object> dash() {
        Map<String, Object> m = text("–");
        m.put("cls", "num");
        return m;
    }

    private static Map<String, Object> text(String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", text);
        m.put("value", "");
        m.put("type", "text");
        m.put("flag", "");
        m.put("cls", "");
        return m;
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** A data table being assembled: headers, rows with a row header, an optional totals row. */
    private static final class Table {
        private final Map<String, Object> m = new LinkedHashMap<>();
        private final List<Object> columns = new ArrayList<>();
        private final List<Object> rows = new ArrayList<>();

        Table(String id, String caption, String sheet, String firstColumn) {
            m.put("id", id);
            m.put("caption", caption);
            m.put("sheet", sheet);
            m.put("rowHeader", firstColumn);
            m.put("columns", columns);
            m.put("rows", rows);
            m.put("hasTotal", false);
            m.put("total", Map.of());
        }

        Table col(String label, boolean numeric) {
            columns.add(map("text", label, "num", numeric));
            return this;
        }

        void row(String header, String code, List<Object> cells) {
            rows.add(map("header", header, "code", code, "cells", cells));
        }

        void total(String header, List<Object> cells) {
            m.put("hasTotal", true);
            m.put("total", map("header", header, "code", "", "cells", cells));
        }

        Map<String, Object> toMap() {
            return m;
        }
    }

    /** A chart's data: categories (rows) by series (columns), with the texts a chart needs. */
    private static final class Chart {
        private final Map<String, Object> m = new LinkedHashMap<>();
        private final List<Object> series = new ArrayList<>();
        private final List<Object> seriesCodes = new ArrayList<>();
        private final List<Object> rows = new ArrayList<>();

        Chart(String id, String sheet, String type, String caption, String yLabel, String categoryHeader) {
            m.put("id", id);
            m.put("sheet", sheet);
            m.put("type", type);
            m.put("caption", caption);
            m.put("yLabel", yLabel);
            m.put("categoryHeader", categoryHeader);
            m.put("series", series);
            m.put("seriesCodes", seriesCodes);
            m.put("rows", rows);
            m.put("alt", caption);
        }

        /** A series with its code (a route, a measure), which keeps its colour and line in every chart and edition. */
        void series(String name, String code) {
            series.add(name);
            seriesCodes.add(code);
        }

        void row(String label, String key, List<Object> values) {
            rows.add(map("label", label, "key", key, "values", values));
        }

        void alt(String alt) {
            m.put("alt", alt);
        }

        Map<String, Object> toMap() {
            return m;
        }
    }
}
