package eu.barometer.templates.internal;

import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.analysis.TextFigures;
import eu.barometer.core.model.Period;
import eu.barometer.core.reference.Flag;
import eu.barometer.core.reference.Flags;
import eu.barometer.core.reference.Language;
import eu.barometer.core.text.Block;
import eu.barometer.core.text.Inline;
import eu.barometer.core.text.Narrative;
import eu.barometer.core.text.Part;
import eu.barometer.core.text.PartText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The template model of the analysts' narrative text: for each {@link Part}, its blocks as a tree
 * of maps that the {@code text} macro of a template set turns into XHTML, with every figure
 * placeholder resolved and formatted in the edition's language (through {@link NumberStyle}, with
 * the flag mark of the figure). A part missing in the edition's language carries the text of
 * another language and the note "(original language: EN)" in the edition's words.
 * {@code docs/template-model.md} describes the tree.
 */
final class TextModel {

    private final EditionAnalysis analysis;
    private final Messages msg;
    private final NumberStyle fmt;
    private final Function<Period, String> periodWords;

    TextModel(EditionAnalysis analysis, Messages msg, NumberStyle fmt, Function<Period, String> periodWords) {
        this.analysis = analysis;
        this.msg = msg;
        this.fmt = fmt;
        this.periodWords = periodWords;
    }

    /** Every part by id ({@code text.summary}, {@code text["border-crossings"]}); absent parts have {@code present = false}. */
    Map<String, Object> all() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Part p : Part.all()) {
            m.put(p.id(), part(p));
        }
        return m;
    }

    /** The model of one part in the edition's language. */
    Map<String, Object> part(Part part) {
        Narrative n = analysis.edition().narrative();
        Language lang = msg.language();
        Optional<Narrative.Shown> shown = n.shown(part, lang, analysis.edition().document().originalLanguage());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("part", part.id());
        m.put("present", shown.isPresent());
        m.put("fallback", shown.map(Narrative.Shown::fallback).orElse(false));
        PartText t = shown.map(Narrative.Shown::text).orElse(null);
        String written = t == null ? lang.code() : t.language().code();
        m.put("lang", written);
        m.put("note", t == null ? "" : msg.format("text.original-language", written.toUpperCase(Locale.ROOT)));
        m.put("hasTitle", t != null && t.title().isPresent());
        m.put("title", t == null ? List.of() : inlines(t.title().orElse(List.of())));
        List<Object> blocks = new ArrayList<>();
        if (t != null) {
            int[] heading = {0};
            for (Block b : t.blocks()) {
                blocks.add(block(b, part, heading));
            }
        }
        m.put("blocks", blocks);
        return m;
    }

    private Map<String, Object> block(Block b, Part part, int[] heading) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (b instanceof Block.Paragraph p) {
            m.put("type", "p");
            m.put("content", inlines(p.content()));
        } else if (b instanceof Block.Heading h) {
            m.put("type", "h");
            m.put("depth", h.depth());
            m.put("id", "x-" + part.id() + "-" + (++heading[0]));
            m.put("content", inlines(h.content()));
        } else if (b instanceof Block.ListBlock l) {
            m.put("type", l.ordered() ? "ol" : "ul");
            m.put("start", l.start());
            List<Object> items = new ArrayList<>();
            for (Block.ListItem i : l.items()) {
                List<Object> content = new ArrayList<>();
                for (Block c : i.blocks()) {
                    content.add(block(c, part, heading));
                }
                items.add(Map.of("blocks", content));
            }
            m.put("items", items);
        } else if (b instanceof Block.Quote q) {
            m.put("type", "quote");
            List<Object> content = new ArrayList<>();
            for (Block c : q.blocks()) {
                content.add(block(c, part, heading));
            }
            m.put("blocks", content);
        } else {
            throw new IllegalStateException("unknown block " + b);
        }
        return m;
    }

    private List<Object> inlines(List<Inline> in) {
        List<Object> out = new ArrayList<>();
        for (Inline i : in) {
            out.add(inline(i));
        }
        return out;
    }

    private Map<String, Object> inline(Inline i) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (i instanceof Inline.Text t) {
            m.put("type", "text");
            m.put("text", t.text());
        } else if (i instanceof Inline.Emphasis e) {
            m.put("type", "em");
            m.put("content", inlines(e.content()));
        } else if (i instanceof Inline.Strong s) {
            m.put("type", "strong");
            m.put("content", inlines(s.content()));
        } else if (i instanceof Inline.Link l) {
            m.put("type", "a");
            m.put("href", l.href());
            m.put("content", inlines(l.content()));
        } else if (i instanceof Inline.LineBreak) {
            m.put("type", "br");
        } else if (i instanceof Inline.Footnote f) {
            m.put("type", "footnote");
            m.put("content", inlines(f.content()));
        } else if (i instanceof Inline.Figure f) {
            m.put("type", "figure");
            m.put("name", f.name());
            Optional<TextFigures.Value> v = TextFigures.value(analysis, f.name());
            m.put("text", v.map(this::format).orElse("–"));
            m.put("value", v.map(TextFigures.Value::raw).orElse(""));
            m.put("flag", v.map(x -> x.flag().codes()).orElse(""));
        } else {
            throw new IllegalStateException("unknown inline " + i);
        }
        return m;
    }

    /** A figure in the edition's language and number style, with the mark of its flag. */
    private String format(TextFigures.Value v) {
        String text = switch (v.kind()) {
            case COUNT -> fmt.integer(v.number());
            case EUR -> fmt.integer(v.number());
            case YEAR -> Long.toString(v.number());
            case CHANGE -> fmt.signedPercent(v.ratio());
            case SHARE -> fmt.percent(v.ratio());
            case PERIOD -> periodWords.apply(v.period());
            case ROUTE -> msg.get(v.route().labelKey());
        };
        StringBuilder marks = new StringBuilder();
        for (Flag f : v.flag().list()) {
            marks.append(msg.get("flag.mark." + f.code()));
        }
        return text + marks;
    }
}
