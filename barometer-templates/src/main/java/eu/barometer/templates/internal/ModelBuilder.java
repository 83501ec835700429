package eu.barometer.templates.internal;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import eu.barometer.core.analysis.BorderControls;
import eu.barometer.core.analysis.Change;
import eu.barometer.core.analysis.CrossingsAnalysis;
import eu.barometer.core.analysis.DeadlineStatus;
import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.analysis.Standing;
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
import eu.barometer.core.model.InternalBorderControl;
import eu.barometer.core.model.LocalizedText;
import eu.barometer.core.model.Period;
import eu.barometer.core.model.SourceInfo;
import eu.barometer.core.model.ThirdCountryCooperation;
import eu.barometer.core.model.Translations;
import eu.barometer.core.reference.ControlReason;
import eu.barometer.core.reference.Country;
import eu.barometer.core.reference.CountryNames;
import eu.barometer.core.reference.Flag;
import eu.barometer.core.reference.Flags;
import eu.barometer.core.reference.ImpactLevel;
import eu.barometer.core.reference.InformationSystem;
import eu.barometer.core.reference.Language;
import eu.barometer.core.reference.Marking;
import eu.barometer.core.reference.Organisation;
import eu.barometer.core.reference.Route;
import eu.barometer.templates.NumberConvention;

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
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

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
    private final long smallBase;
    /** The marks used anywhere in the document, for the legend near the top. */
    private final Set<Mark> used = new TreeSet<>();
    private final Language textLanguage;
    private final ListFormatter lists;

    private final TextModel text;

    /**
     * The marks of table cells and figures, in the order of the legend: the flags of a figure, a
     * figure not reported, a change without a base, a change over a small base given as a difference.
     */
    enum Mark {
        PROVISIONAL, ESTIMATED, NOT_REPORTED, NO_BASE, SMALL_BASE;

        String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private ModelBuilder(EditionAnalysis analysis, Messages msg, NumberConvention convention, long smallBase) {
        this.analysis = analysis;
        this.edition = analysis.edition();
        this.msg = msg;
        this.fmt = NumberStyle.of(msg.language(), convention);
        this.locale = msg.language().locale();
        this.smallBase = smallBase;
        this.textLanguage = edition.document().originalLanguage();
        this.lists = ListFormatter.getInstance(ULocale.forLocale(locale));
        this.text = new TextModel(analysis, msg, fmt, this::period);
    }

    /** The model of an edition in the language of the messages, under the style guide and the default small base. */
    public static Map<String, Object> build(EditionAnalysis analysis, Messages messages) {
        return build(analysis, messages, NumberConvention.STYLE_GUIDE, 20);
    }

    /**
     * The model of an edition in the language of the messages.
     *
     * @param convention how numbers are written
     * @param smallBase  a change over a base below this is given as a difference, not a percentage
     */
    public static Map<String, Object> build(EditionAnalysis analysis, Messages messages, NumberConvention convention,
                                            long smallBase) {
        return new ModelBuilder(analysis, messages, convention, smallBase).build();
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
        root.put("legend", legend(used));
        root.put("text", text.all());
        return root;
    }

    /** Datasets in the order the note presents them: the picture first, then the pillars, the tracker last. */
    static final List<DatasetKind> SECTION_ORDER = List.of(DatasetKind.BORDER_CROSSINGS, DatasetKind.ASYLUM_APPLICATIONS,
            DatasetKind.INTERNAL_BORDER_CONTROLS, DatasetKind.EMSC_INFORMATION_SHARING,
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
            Period ytdPeriod = ytd.basePeriod().shift(12);
            out.add(figure(msg.format("key.crossings-ytd", periodArg(ytdPeriod, c.isStale()), ytd.current()), ytd.current(),
                    c.yearToDateFlags(), changeSentence(ytd) + standing(c.ytdStanding())));
            c.routes().stream().findFirst().ifPresent(r -> out.add(figure(
                    msg.format("key.top-route", msg.get(r.route().labelKey()), periodArg(c.period(), c.isStale()), r.value()),
                    r.value(), r.flags(), r.share().isPresent()
                            ? msg.format("key.share-of-all", fmt.percent(r.share().getAsDouble()) + marks(r.shareFlags())) : "")));
        });
        analysis.eurojust().ifPresent(g -> {
            MetricSummary s = g.metric("new_cases");
            out.add(figure(msg.format("key.eurojust-cases", periodArg(g), s.total()), s.total(), s.flags(),
                    changeSentence(s.vsYearEarlier())));
        });
        analysis.empact().ifPresent(g -> {
            MetricSummary s = g.metric("total");
            out.add(figure(msg.format("key.empact-actions", periodArg(g), s.total()), s.total(), s.flags(),
                    msg.format("key.states-involved", s.states().size())));
        });
        analysis.databaseUse().ifPresent(g -> g.metrics().stream().filter(s -> s.key().equals("SIS.searches")).findFirst()
                .ifPresent(s -> out.add(figure(msg.format("key.sis-searches", periodArg(g), s.total()), s.total(), s.flags(),
                        changeSentence(s.vsYearEarlier())))));
        if (edition.actions().isReceived()) {
            long overdue = analysis.actionCounts().getOrDefault(DeadlineStatus.OVERDUE, 0L);
            long soon = analysis.actionCounts().getOrDefault(DeadlineStatus.DUE_SOON, 0L);
            out.add(figure(msg.format("key.actions-overdue", overdue), overdue, Flags.NONE,
                    msg.format("key.actions-due-soon", soon, analysis.actions().size())));
        }
        return out;
    }

    private Map<String, Object> figure(String label, long value, Flags flags, String note) {
        return map("label", label, "value", fmt.integer(value) + marks(flags), "raw", Long.toString(value), "note", note,
                "flag", flags.codes());
    }

    /**
     * What a change says in running text, naming the period compared with and its figure:
     * "+22 % compared with 233 748 in January–September 2022"; over a small base the difference
     * ("up from 2 in July–September 2022"), never a percentage. The marks of the flags of both
     * figures follow the change: the percentage, or the base when the change is a difference.
     */
    String changeSentence(Change c) {
        Period basePeriod = c.basePeriod();
        if (c.base().isEmpty()) {
            return msg.format("change.no-base-for", basePeriod);
        }
        long base = c.base().getAsLong();
        String marks = marks(c.flags());
        if (c.smallBase(smallBase) || c.ratio().isEmpty()) {
            long d = c.current() - base;
            String key = d > 0 ? "change.up-from" : d < 0 ? "change.down-from" : "change.unchanged";
            return msg.format(key, new Marked(base, marks), basePeriod);
        }
        return msg.format("change.vs-base", fmt.signedPercent(c.ratio().getAsDouble()) + marks, basePeriod, base);
    }

    /** "; the highest since 2016", "; the lowest since 2021", or nothing when the series supports no claim. */
    String standing(Optional<Standing> h) {
        if (h.isEmpty()) {
            return "";
        }
        boolean high = h.get().extreme() == Standing.Extreme.HIGHEST;
        String key = h.get().isRecord() ? (high ? "change.highest-record" : "change.lowest-record")
                : (high ? "change.highest-since" : "change.lowest-since");
        return msg.format(key, Period.year(h.get().sinceYear()));
    }

    /** A dataset's period in words, said to be the latest available when it ends before the edition's. */
    private String periodText(MetricGroup g) {
        return periodText(g.period(), g.isStale());
    }

    private String periodText(Period p, boolean stale) {
        return stale ? msg.format("period.latest-available", p) : period(p);
    }

    /** A dataset's period as a message argument: the period, or when stale the text saying it is the latest available. */
    private Object periodArg(MetricGroup g) {
        return periodArg(g.period(), g.isStale());
    }

    private Object periodArg(Period p, boolean stale) {
        return stale ? msg.format("period.latest-available", p) : p;
    }

    /** The marks of a figure's flags ("*", "°", "*°"), noted for the legend. */
    private String marks(Flags flags) {
        StringBuilder sb = new StringBuilder(2);
        for (Flag f : flags.list()) {
            used.add(f == Flag.PROVISIONAL ? Mark.PROVISIONAL : Mark.ESTIMATED);
            sb.append(msg.get("flag.mark." + f.code()));
        }
        return sb.toString();
    }

    /** The legend of a set of marks: "* provisional figure, to be revised; ° estimated figure; …". */
    private String legend(Set<Mark> marks) {
        List<String> parts = new ArrayList<>();
        for (Mark m : marks) {
            parts.add(switch (m) {
                case PROVISIONAL -> msg.get("flag.mark.provisional") + " " + msg.get("legend.provisional");
                case ESTIMATED -> msg.get("flag.mark.estimated") + " " + msg.get("legend.estimated");
                case NOT_REPORTED -> msg.get("mark.not-reported") + " " + msg.get("legend.not-reported");
                case NO_BASE -> msg.get("mark.no-base") + " " + msg.get("legend.no-base");
                case SMALL_BASE -> msg.format("legend.small-base", smallBase);
            });
        }
        return String.join("; ", parts);
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
            case ASYLUM_APPLICATIONS -> asylum(analysis.group(kind).orElseThrow(), s, paragraphs, tables, charts);
            case INTERNAL_BORDER_CONTROLS -> borderControls(analysis.detail(kind, BorderControls.class).orElseThrow(), s,
                    paragraphs, tables, charts);
            default -> throw new IllegalStateException("no section layout for " + kind);
        }
        return s;
    }

    private static boolean hasFlaggedRows(Dataset<?> d) {
        for (Object r : d.rows()) {
            if (!((eu.barometer.core.model.Row) r).allFlags().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The note that a dataset's figures are the latest available, not the edition's period's. */
    private void staleNote(Period shown, List<Object> paragraphs) {
        paragraphs.add(msg.format("stale.note", edition.info().period(), shown));
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
        s.put("period", periodText(c.period(), c.isStale()));
        if (c.isStale()) {
            staleNote(c.period(), paragraphs);
        }
        paragraphs.add(msg.format("crossings.period", c.period(), new Marked(c.total(), marks(c.flags())),
                changeSentence(c.vsYearEarlier())));
        Change ytd = c.yearToDate();
        paragraphs.add(msg.format("crossings.ytd", ytd.basePeriod().shift(12),
                new Marked(ytd.current(), marks(c.yearToDateFlags())), changeSentence(ytd), standing(c.ytdStanding())));
        if (!c.routes().isEmpty()) {
            RouteFigure top = c.routes().get(0);
            if (top.share().isPresent()) {
                paragraphs.add(msg.format("crossings.top-route", msg.get(top.route().labelKey()),
                        fmt.percent(top.share().getAsDouble()) + marks(top.shareFlags()), changeSentence(top.vsYearEarlier())));
            }
        }

        Table t = new Table("t-crossings", msg.format("crossings.table.caption", periodText(c.period(), c.isStale())),
                msg.get("sheet.crossings"), msg.get("column.route"));
        t.col(msg.get("column.detections"), true).col(msg.get("column.change-year"), true)
                .col(msg.format("column.ytd", ytd.basePeriod().shift(12)), true)
                .col(msg.get("column.change-ytd"), true).col(msg.get("column.share"), true);
        for (RouteFigure r : c.routes()) {
            List<Object> cells = new ArrayList<>();
            cells.add(intCell(r.value(), r.flags()));
            cells.add(ratioCell(r.vsYearEarlier()));
            cells.add(intCell(r.yearToDate().current(), r.yearToDate().flags()));
            cells.add(ratioCell(r.yearToDate()));
            cells.add(shareCell(r.share(), r.shareFlags()));
            t.row(msg.get(r.route().labelKey()), r.route().code(), cells);
        }
        t.total(msg.get("column.total"), List.of(intCell(c.total(), c.flags()), ratioCell(c.vsYearEarlier()),
                intCell(ytd.current(), c.yearToDateFlags()), ratioCell(ytd), text("")));
        tables.add(table(t));

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
                SortedMap<Period, Flags> flags = c.monthlyFlags().get(r);
                Flags f = flags == null ? Flags.NONE : flags.getOrDefault(Period.month(m), Flags.NONE);
                values.add(v == null ? text("") : intCell(v, f));
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
        s.put("period", periodText(g));
        if (g.isStale()) {
            staleNote(g.period(), paragraphs);
        }
        MetricSummary main = g.metric(primary);
        String mainLabel = msg.get("metric." + kind + "." + primary);
        paragraphs.add(msg.format("perstate.total", mainLabel, g.period(), new Marked(main.total(), marks(main.flags())),
                changeSentence(main.vsYearEarlier()), main.states().size()));
        if (!main.ranking().isEmpty() && main.total() > 0) {
            List<String> top = main.ranking().stream().limit(3)
                    .map(f -> countryName(f.country()) + " (" + fmt.integer(f.value()) + marks(f.flags()) + ")").toList();
            paragraphs.add(msg.format("perstate.top", String.join(", ", top)));
        }
        if (g.kind() == DatasetKind.EMSC_INFORMATION_SHARING) {
            MetricSummary opened = g.metric("investigations_opened");
            MetricSummary shared = g.metric("investigations_shared_at_start");
            if (opened.total() > 0) {
                Flags both = opened.flags().and(shared.flags());
                paragraphs.add(msg.format("emsc.shared-at-start", fmt.percent((double) shared.total() / opened.total()) + marks(both),
                        fmt.integer(shared.total()) + marks(shared.flags()), fmt.integer(opened.total()) + marks(opened.flags())));
            }
        }
        Table t = stateTable(g, keys, main, "t-" + kind, msg.format("table.caption", msg.get("dataset." + kind), periodText(g)),
                msg.get("sheet." + kind));
        tables.add(table(t));

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
                cells.add(f == null ? notReported() : intCell(f.value(), f.flags()));
            }
            StateFigure mf = mainByState.get(c);
            cells.add(mf == null ? notReported() : ratioCell(mf.vsYearEarlier()));
            cells.add(mf == null ? notReported() : shareCell(mf.share(), mf.shareFlags()));
            cells.add(mf == null ? notReported() : cell(Integer.toString(mf.rank()), Integer.toString(mf.rank()), "integer", Flags.NONE));
            t.row(countryName(c), c.code(), cells);
        }
        List<Object> totals = new ArrayList<>();
        for (String k : keys) {
            MetricSummary m = g.metric(k);
            totals.add(intCell(m.total(), m.flags()));
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
        Chart ch = new Chart(id, sheet, type, msg.format("chart.by-state.caption", seriesNames, periodText(g)),
                keys.size() == 1 ? label(kind, keys.get(0)) : msg.get("chart.count"), msg.get("column.state"));
        for (String k : keys) {
            ch.series(label(kind, k), k);
        }
        List<Map<Country, StateFigure>> columns = keys.stream().map(k -> byCountry(g.metric(k))).toList();
        for (Country c : statesOf(g, keys)) {
            List<Object> values = new ArrayList<>();
            for (Map<Country, StateFigure> col : columns) {
                StateFigure f = col.get(c);
                values.add(f == null ? text("") : intCell(f.value(), f.flags()));
            }
            ch.row(countryName(c), c.code(), values);
        }
        MetricSummary first = g.metric(keys.get(0));
        String top = first.ranking().isEmpty() ? "–" : countryName(first.ranking().get(0).country());
        ch.alt(msg.format("chart.by-state.alt", seriesNames, periodText(g), top));
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
        s.put("period", periodText(g));
        if (g.isStale()) {
            staleNote(g.period(), paragraphs);
        }
        List<String> sis = g.metrics().stream().map(MetricSummary::key).filter(k -> k.startsWith(InformationSystem.SIS.code() + ".")).toList();
        List<String> other = g.metrics().stream().map(MetricSummary::key).filter(k -> !sis.contains(k)).toList();
        Optional<MetricSummary> searches = g.metrics().stream().filter(m -> m.key().equals("SIS.searches")).findFirst();
        searches.ifPresent(m -> {
            paragraphs.add(msg.format("perstate.total", label(g.kind().id(), m.key()), g.period(),
                    new Marked(m.total(), marks(m.flags())), changeSentence(m.vsYearEarlier()), m.states().size()));
            List<String> top = m.ranking().stream().limit(3)
                    .map(f -> countryName(f.country()) + " (" + fmt.integer(f.value()) + marks(f.flags()) + ")").toList();
            paragraphs.add(msg.format("perstate.top", String.join(", ", top)));
        });
        if (!sis.isEmpty()) {
            MetricSummary main = g.metric(sis.contains("SIS.searches") ? "SIS.searches" : sis.get(0));
            tables.add(table(stateTable(g, sis, main, "t-database-use-sis",
                    msg.format("database-use.sis.caption", periodText(g)), msg.get("sheet.database-use-sis"))));
            charts.add(stateChart(g, List.of(main.key()), "hbar", "c-database-use").toMap());
        }
        if (!other.isEmpty()) {
            tables.add(table(otherSystemsTable(g, other)));
        }
    }

    private Table otherSystemsTable(MetricGroup g, List<String> keys) {
        Table t = new Table("t-database-use-other", msg.format("database-use.other.caption", periodText(g)),
                msg.get("sheet.database-use-other"), msg.get("column.state"));
        for (String k : keys) {
            t.col(label(g.kind().id(), k), true);
        }
        List<Map<Country, StateFigure>> columns = keys.stream().map(k -> byCountry(g.metric(k))).toList();
        for (Country c : statesOf(g, keys)) {
            List<Object> cells = new ArrayList<>();
            for (Map<Country, StateFigure> col : columns) {
                StateFigure f = col.get(c);
                cells.add(f == null ? notReported() : intCell(f.value(), f.flags()));
            }
            t.row(countryName(c), c.code(), cells);
        }
        t.total(msg.get("column.total"), keys.stream().map(k -> (Object) intCell(g.metric(k).total(), g.metric(k).flags())).toList());
        return t;
    }

    // ------------------------------------------------ financial investigations (euro amounts)

    private void financial(MetricGroup g, Map<String, Object> s, List<Object> paragraphs, List<Object> tables) {
        s.put("period", periodText(g));
        if (g.isStale()) {
            staleNote(g.period(), paragraphs);
        }
        MetricSummary opened = g.metric("investigations_opened");
        MetricSummary frozenMetric = g.metric("assets_frozen_eur");
        MetricSummary confiscatedMetric = g.metric("assets_confiscated_eur");
        paragraphs.add(msg.format("perstate.total", label(g.kind().id(), "investigations_opened"), g.period(),
                new Marked(opened.total(), marks(opened.flags())), changeSentence(opened.vsYearEarlier()), opened.states().size()));
        Map<Country, BigDecimal[]> eur = new EnumMap<>(Country.class);
        BigDecimal frozen = BigDecimal.ZERO;
        BigDecimal confiscated = BigDecimal.ZERO;
        for (FinancialInvestigation r : edition.financialInvestigations().rows()) {
            if (r.period().equals(g.period())) {
                BigDecimal[] a = eur.computeIfAbsent(r.country(), c -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
                a[0] = a[0].add(r.assetsFrozenEur());
                a[1] = a[1].add(r.assetsConfiscatedEur());
                frozen = frozen.add(r.assetsFrozenEur());
                confiscated = confiscated.add(r.assetsConfiscatedEur());
            }
        }
        paragraphs.add(msg.format("financial.assets", fmt.decimal(frozen, 0) + marks(frozenMetric.flags()),
                fmt.decimal(confiscated, 0) + marks(confiscatedMetric.flags())));
        Table t = new Table("t-financial-investigations", msg.format("table.caption", msg.get("dataset.financial-investigations"),
                periodText(g)), msg.get("sheet.financial-investigations"), msg.get("column.state"));
        t.col(label(g.kind().id(), "investigations_opened"), true).col(msg.get("column.assets-frozen"), true)
                .col(msg.get("column.assets-confiscated"), true);
        Map<Country, StateFigure> open = byCountry(opened);
        Map<Country, StateFigure> frozenBy = byCountry(frozenMetric);
        Map<Country, StateFigure> confiscatedBy = byCountry(confiscatedMetric);
        for (Map.Entry<Country, BigDecimal[]> e : eur.entrySet()) {
            StateFigure f = open.get(e.getKey());
            t.row(countryName(e.getKey()), e.getKey().code(), List.of(
                    f == null ? notReported() : intCell(f.value(), f.flags()),
                    eurCell(e.getValue()[0], flagsOf(frozenBy.get(e.getKey()))),
                    eurCell(e.getValue()[1], flagsOf(confiscatedBy.get(e.getKey())))));
        }
        t.total(msg.get("column.total"), List.of(intCell(opened.total(), opened.flags()), eurCell(frozen, frozenMetric.flags()),
                eurCell(confiscated, confiscatedMetric.flags())));
        tables.add(table(t));
    }

    private static Flags flagsOf(StateFigure f) {
        return f == null ? Flags.NONE : f.flags();
    }

    /** A euro amount shown in whole euros; the exact amount stays the cell's value. */
    private Map<String, Object> eurCell(BigDecimal v, Flags flags) {
        Map<String, Object> c = cell(fmt.decimal(v, 0), v.toPlainString(), "decimal", flags);
        c.put("decimals", "0");
        return c;
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
            Map<String, Object> level = label(msg.get(a.level().labelKey()), a.allFlags());
            level.put("cls", "impact impact-" + a.level().code());
            t.row(countryName(a.country()), a.country().code(), List.of(text(freeText(a.section(), a.translations(), "section")), text(msg.get(a.borderType().labelKey())),
                    level, cell(fmt.date(a.setOn()), a.setOn().toString(), "date", Flags.NONE)));
        }
        tables.add(table(t));
    }

    // ------------------------------------------------ action tracker

    private void actions(Map<String, Object> s, List<Object> paragraphs, List<Object> tables) {
        Map<DeadlineStatus, Long> counts = analysis.actionCounts();
        List<String> parts = new ArrayList<>();
        for (DeadlineStatus st : DeadlineStatus.values()) {
            long n = counts.getOrDefault(st, 0L);
            if (n > 0) {
                parts.add(msg.format("actions.count", n, st.code(), msg.get(st.labelKey())));
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
            Map<String, Object> status = label(msg.get(ta.status().labelKey()), Flags.NONE);
            status.put("cls", "deadline deadline-" + ta.status().code());
            t.row(a.id(), a.id(), List.of(text(upperFirst(organisations(a.owners()))), text(freeText(a.deliverable(), a.translations(), "deliverable")),
                    cell(fmt.date(a.deadline()), a.deadline().toString(), "date", Flags.NONE),
                    text(msg.get(a.status().labelKey())), status, text(freeText(a.comment(), a.translations(), "comment"))));
        }
        tables.add(table(t));
    }

    // ------------------------------------------------ asylum applications (Eurostat)

    private void asylum(MetricGroup g, Map<String, Object> s, List<Object> paragraphs, List<Object> tables, List<Object> charts) {
        perState(g, s, paragraphs, tables, charts, List.of("first_time_applicants", "visa_free_applicants"),
                "first_time_applicants", "hbar");
        MetricSummary all = g.metric("first_time_applicants");
        MetricSummary visaFree = g.metric("visa_free_applicants");
        if (all.total() > 0) {
            Flags both = all.flags().and(visaFree.flags());
            // After the total and the highest figures, before anything else perState adds to the text.
            paragraphs.add(msg.format("asylum.visa-free", fmt.percent((double) visaFree.total() / all.total()) + marks(both),
                    fmt.integer(visaFree.total()) + marks(visaFree.flags()), fmt.integer(all.total()) + marks(all.flags())));
        }
    }

    // ------------------------------------------------ border control at internal borders

    private void borderControls(BorderControls b, Map<String, Object> s, List<Object> paragraphs, List<Object> tables,
                                List<Object> charts) {
        s.put("period", period(edition.info().period()));
        if (b.inForce().isEmpty()) {
            paragraphs.add(msg.format("controls.none", b.on()));
        } else {
            paragraphs.add(msg.format("controls.summary", b.states().size(), b.on(),
                    lists.format(b.states().stream().map(this::countryName).toList())));
            List<String> parts = new ArrayList<>();
            for (ControlReason r : b.reasonsRanked()) {
                parts.add(msg.format("controls.reason-count", b.inForceByReason().get(r), msg.get(r.labelKey())));
            }
            paragraphs.add(msg.format("controls.by-reason", b.inForce().size(), String.join(", ", parts)));
        }
        Table t = new Table("t-internal-border-controls", msg.format("table.caption", msg.get("dataset.internal-border-controls"),
                period(edition.info().period())),
                msg.get("sheet.internal-border-controls"), msg.get("column.state"));
        t.col(msg.get("column.borders"), false).col(msg.get("column.reasons"), false).col(msg.get("column.from"), false)
                .col(msg.get("column.until"), false).col(msg.get("column.in-force"), false);
        for (InternalBorderControl c : b.shown()) {
            String borders = c.allBorders() ? msg.get("controls.all-borders")
                    : lists.format(c.borders().stream().map(this::countryName).toList());
            String reasons = lists.format(c.reasons().stream().map(r -> msg.get(r.labelKey())).toList());
            Map<String, Object> until = c.end().map(e -> cell(fmt.date(e), e.toString(), "date", Flags.NONE))
                    .orElseGet(() -> text(msg.get("controls.open-ended")));
            boolean inForce = c.inForceOn(b.on());
            Map<String, Object> state = label(msg.get(inForce ? "controls.yes" : "controls.no"), c.allFlags());
            t.row(countryName(c.country()), c.country().code(), List.of(text(borders), text(upperFirst(reasons)),
                    cell(fmt.date(c.start()), c.start().toString(), "date", Flags.NONE), until, state));
        }
        tables.add(table(t));
        if (b.inForce().isEmpty()) {
            return;
        }
        Chart ch = new Chart("c-internal-border-controls", msg.format("sheet.chart", msg.get("sheet.internal-border-controls")),
                "hbar", msg.format("controls.chart.caption", b.on()), msg.get("controls.notifications"), msg.get("column.reasons"));
        ch.series(msg.get("controls.notifications"), "notifications");
        for (ControlReason r : b.reasonsRanked()) {
            long n = b.inForceByReason().get(r);
            ch.row(upperFirst(msg.get(r.labelKey())), r.code(), List.of(intCell(n, Flags.NONE)));
        }
        ch.alt(msg.format("controls.chart.alt", b.on(), msg.get(b.reasonsRanked().get(0).labelKey())));
        charts.add(ch.toMap());
    }

    // ------------------------------------------------ third countries

    private void thirdCountries(Map<String, Object> s, List<Object> tables) {
        Table t = new Table("t-third-countries", msg.get("third.table.caption"), msg.get("sheet.third-countries"),
                msg.get("column.country"));
        t.col(msg.get("column.cooperation"), false).col(msg.get("column.asop"), false)
                .col(msg.get("column.europol-agreement"), false).col(msg.get("column.eurojust-agreement"), false)
                .col(msg.get("column.comment"), false);
        for (ThirdCountryCooperation c : edition.thirdCountries().rows()) {
            Map<String, Object> level = label(msg.get(c.cooperation().labelKey()), c.allFlags());
            level.put("cls", "cooperation cooperation-" + c.cooperation().code());
            t.row(thirdCountryName(c.country()), c.country(), List.of(level,
                    text(msg.get(c.asop().labelKey())), text(msg.get("agreement." + c.europolAgreement().code())),
                    text(msg.get("agreement." + c.eurojustAgreement().code())), text(freeText(c.comment(), c.translations(), "comment"))));
        }
        tables.add(table(t));
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

    private Map<String, Object> intCell(long v, Flags flags) {
        return cell(fmt.integer(v), Long.toString(v), "integer", flags);
    }

    /**
     * A change in a table: a percentage, or over a base below the small base the difference in
     * numbers ({@code +1}), or the mark of no base when the period compared with has no figure.
     */
    private Map<String, Object> ratioCell(Change c) {
        if (c.base().isEmpty()) {
            return markCell(Mark.NO_BASE, "mark.no-base");
        }
        if (c.smallBase(smallBase) || c.ratio().isEmpty()) {
            long d = c.current() - c.base().getAsLong();
            Map<String, Object> m = cell(fmt.signedInteger(d), Long.toString(d), "integer", c.flags());
            m.put("mark", Mark.SMALL_BASE.id());
            used.add(Mark.SMALL_BASE);
            return m;
        }
        double r = c.ratio().getAsDouble();
        Map<String, Object> m = cell(fmt.signedPercent(r), ratio(r), "percent", c.flags());
        m.put("decimals", Integer.toString(fmt.percentPlaces(r)));
        return m;
    }

    private Map<String, Object> shareCell(OptionalDouble share, Flags flags) {
        if (share.isEmpty()) {
            return markCell(Mark.NO_BASE, "mark.no-base");
        }
        Map<String, Object> m = cell(fmt.percent(share.getAsDouble()), ratio(share.getAsDouble()), "percent", flags);
        m.put("decimals", Integer.toString(fmt.percentPlaces(share.getAsDouble())));
        return m;
    }

    /** The exact value of a fraction, as the spreadsheet stores it (never rounded). */
    private static String ratio(double d) {
        return BigDecimal.valueOf(d).toPlainString();
    }

    private Map<String, Object> cell(String text, String value, String type, Flags flags) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", text + marks(flags));
        m.put("value", value);
        m.put("type", type);
        m.put("flag", flags.codes());
        m.put("cls", type.equals("integer") || type.equals("decimal") || type.equals("percent") ? "num" : "");
        m.put("decimals", "");
        m.put("mark", "");
        return m;
    }

    /**
     * A cell showing a label (impact level, deadline status, cooperation) with the marks of its
     * flags. No {@code data-value}: the XLSX table sheet shows the label as every other edition does
     * (a code there was English in every language); the code stays in the cell's class and in the
     * data sheets' code columns.
     */
    private Map<String, Object> label(String label, Flags flags) {
        return cell(label, "", "text", flags);
    }

    /** The mark of a figure that was not reported, aligned with the numbers of its column. */
    private Map<String, Object> notReported() {
        return markCell(Mark.NOT_REPORTED, "mark.not-reported");
    }

    private Map<String, Object> markCell(Mark mark, String key) {
        used.add(mark);
        Map<String, Object> m = text(msg.get(key));
        m.put("cls", "num");
        m.put("mark", mark.id());
        return m;
    }

    private static Map<String, Object> text(String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", text);
        m.put("value", "");
        m.put("type", "text");
        m.put("flag", "");
        m.put("cls", "");
        m.put("decimals", "");
        m.put("mark", "");
        return m;
    }

    /** A table's model with the legend of the marks its cells use. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> table(Table t) {
        Map<String, Object> m = t.toMap();
        Set<Mark> marks = new TreeSet<>();
        List<Object> rows = new ArrayList<>((List<Object>) m.get("rows"));
        if ((Boolean) m.get("hasTotal")) {
            rows.add(m.get("total"));
        }
        for (Object r : rows) {
            for (Object c : (List<Object>) ((Map<String, Object>) r).get("cells")) {
                Map<String, Object> cell = (Map<String, Object>) c;
                String flag = (String) cell.get("flag");
                if (flag.contains(Flag.PROVISIONAL.code())) {
                    marks.add(Mark.PROVISIONAL);
                }
                if (flag.contains(Flag.ESTIMATED.code())) {
                    marks.add(Mark.ESTIMATED);
                }
                String mark = (String) cell.get("mark");
                for (Mark k : Mark.values()) {
                    if (k.id().equals(mark)) {
                        marks.add(k);
                    }
                }
            }
        }
        m.put("legend", legend(marks));
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
