package eu.barometer.core.text;

import eu.barometer.core.analysis.TextFigures;
import eu.barometer.core.problem.Location;
import eu.barometer.core.problem.ProblemCode;
import eu.barometer.core.problem.ProblemCollector;
import eu.barometer.core.reference.Language;
import eu.barometer.core.reference.Suggestions;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the narrative text of a bundle: the Markdown files {@code text/<part>.<lang>.md}. Only the
 * Markdown that maps to the XHTML subset is accepted (paragraphs, emphasis, lists nested one level,
 * links to {@code https:}, {@code mailto:} and {@code #} targets, footnotes, block quotes, headings
 * {@code ##} and {@code ###}); raw HTML, images, code, rules and anything else are errors located
 * at {@code text/summary.en.md:line:column}, as are malformed or unknown figure placeholders. All
 * problems go to the collector with the bundle's other problems. Thread-safe.
 *
 * @since 0.2
 */
public final class NarrativeReader {

    /** The folder of a bundle that holds the text files. */
    public static final String FOLDER = "text";

    private static final Pattern FILE_NAME = Pattern.compile("([a-z0-9-]+)\\.([a-z]{2})\\.md");
    private static final Pattern FIGURE_NAME = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");
    private static final Pattern DANGLING_FOOTNOTE = Pattern.compile("\\[\\^([^\\]\\s]*)\\]");

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(FootnotesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private final long maxFileBytes;

    /** A reader that refuses files larger than {@code maxFileBytes}. */
    public NarrativeReader(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * Reads the {@code text/} folder of a bundle; a bundle without one has no narrative.
     *
     * @param languages  the languages the edition is published in, or null if unknown (then no
     *                   translation warnings are given)
     * @param translated the languages every part should be written in ({@code text.languages} of
     *                   {@code edition.properties}, by default the edition's): a part missing in
     *                   one of them is a warning; null if unknown
     * @param original   the language of the original, or null if unknown
     */
    public Narrative read(Path bundle, List<Language> languages, List<Language> translated, Language original,
                          ProblemCollector problems)
            throws IOException {
        Path folder = bundle.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return Narrative.EMPTY;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder)) {
            ds.forEach(files::add);
        }
        files.sort(null);
        List<PartText> texts = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String shown = FOLDER + "/" + name;
            if (Files.isDirectory(f) || !name.endsWith(".md")) {
                problems.warning(Location.of(shown), ProblemCode.UNKNOWN_FILE,
                        "not a text file and is ignored; expected Markdown files named <part>.<lang>.md");
                continue;
            }
            var m = FILE_NAME.matcher(name);
            if (!m.matches()) {
                problems.error(Location.of(shown), ProblemCode.UNKNOWN_FILE,
                        "file name not of the form <part>.<lang>.md (e.g. summary.en.md); parts: " + String.join(", ", Part.names()));
                continue;
            }
            Optional<Part> part = Part.byId(m.group(1));
            Optional<Language> lang = Language.byCode(m.group(2));
            if (part.isEmpty()) {
                List<String> near = Suggestions.nearest(m.group(1), Part.names());
                problems.error(Location.of(shown), ProblemCode.UNKNOWN_FILE, "unknown text part '" + m.group(1) + "'"
                        + (near.isEmpty() ? "" : " (did you mean '" + near.get(0) + "'?)") + "; expected one of "
                        + String.join(", ", Part.names()));
            }
            if (lang.isEmpty()) {
                problems.error(Location.of(shown), ProblemCode.UNKNOWN_FILE, "unknown language '" + m.group(2)
                        + "'; expected one of the 24 EU language codes (bg, es, cs, … sv)");
            }
            if (part.isEmpty() || lang.isEmpty()) {
                continue;
            }
            long size = Files.size(f);
            if (size > maxFileBytes) {
                problems.error(Location.of(shown), ProblemCode.LIMIT_EXCEEDED, "file of " + size
                        + " bytes; expected at most " + maxFileBytes + " bytes (raise the limit with maxFileBytes)");
                continue;
            }
            String text = decode(shown, Files.readAllBytes(f), problems);
            if (text == null) {
                continue;
            }
            if (languages != null && !languages.contains(lang.get())) {
                problems.warning(Location.of(shown), ProblemCode.MISSING_TRANSLATION, "written in "
                        + lang.get().code() + ", a language the edition is not published in ("
                        + String.join(", ", languages.stream().map(Language::code).toList()) + "); it is checked, "
                        + "and shown only where a translation is missing");
            }
            texts.add(parse(part.get(), lang.get(), shown, text, problems));
        }
        Narrative narrative = Narrative.of(texts);
        if (translated != null) {
            warnAboutMissingTranslations(narrative, translated, original, problems);
        }
        return narrative;
    }

    /**
     * Warns, once per part, about each language of the edition a part has no text in, naming the
     * language the edition shows instead.
     */
    public static void warnAboutMissingTranslations(Narrative n, List<Language> languages, Language original,
                                                    ProblemCollector problems) {
        for (Part p : n.parts()) {
            List<String> missing = languages.stream().filter(l -> n.text(p, l).isEmpty()).map(Language::code).toList();
            if (missing.isEmpty()) {
                continue;
            }
            Language firstMissing = Language.byCode(missing.get(0)).orElseThrow();
            Narrative.Shown shown = n.shown(p, firstMissing, original == null ? Language.EN : original).orElseThrow();
            String from = shown.text().language().code().toUpperCase(Locale.ROOT);
            problems.warning(Location.of(shown.text().file()), ProblemCode.MISSING_TRANSLATION,
                    "no translation in " + String.join(", ", missing) + " (expected " + String.join(", ", missing.stream()
                            .map(l -> FOLDER + "/" + p.id() + "." + l + ".md").toList()) + "); "
                            + (missing.size() == 1 ? "that edition shows" : "those editions show")
                            + " this text marked \"original language: " + from + "\"");
        }
    }

    private static String decode(String name, byte[] bytes, ProblemCollector problems) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            String lossy = new String(bytes, StandardCharsets.UTF_8);
            int bad = lossy.indexOf('\uFFFD');
            int line = 1;
            for (int i = 0; i < bad; i++) {
                if (lossy.charAt(i) == '\n') {
                    line++;
                }
            }
            problems.error(new Location(name, line, 0), ProblemCode.BAD_ENCODING,
                    "bytes that are not valid UTF-8; expected the text saved as UTF-8");
            return null;
        }
    }

    /**
     * Parses one text. Problems are reported under {@code file}; the result holds what could be
     * read (callers do not use it when there were errors).
     */
    public static PartText parse(Part part, Language language, String file, String markdown, ProblemCollector problems) {
        return new Walk(part, file, markdown, problems).run(language);
    }

    /** One pass over a parsed document. */
    private static final class Walk {
        private final Part part;
        private final String file;
        private final String[] lines;
        private final ProblemCollector problems;
        private final Node document;
        private final Map<String, FootnoteDefinition> definitions = new HashMap<>();
        private final Set<String> referenced = new HashSet<>();

        Walk(Part part, String file, String markdown, ProblemCollector problems) {
            this.part = part;
            this.file = file;
            this.lines = markdown.split("\r\n|\r|\n", -1);
            this.problems = problems;
            this.document = PARSER.parse(markdown);
        }

        PartText run(Language language) {
            for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof FootnoteDefinition d) {
                    definitions.putIfAbsent(d.getLabel().toLowerCase(Locale.ROOT), d);
                }
            }
            Optional<List<Inline>> title = Optional.empty();
            List<Block> blocks = new ArrayList<>();
            boolean first = true;
            for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof FootnoteDefinition || n instanceof LinkReferenceDefinition
                        || (n instanceof HtmlBlock c && isComment(c.getLiteral()))) {
                    continue;
                }
                if (n instanceof Heading h && h.getLevel() == 1 && first && part.hasOwnTitle()) {
                    title = Optional.of(inlines(h, false));
                } else {
                    block(n, blocks, 0, false);
                }
                first = false;
            }
            for (Map.Entry<String, FootnoteDefinition> d : definitions.entrySet()) {
                if (!referenced.contains(d.getKey())) {
                    problems.warning(at(d.getValue()), ProblemCode.UNSUPPORTED_MARKUP, "footnote [^"
                            + d.getValue().getLabel() + "] is defined but never referenced; it is not shown");
                }
            }
            return new PartText(part, language, file, title, blocks);
        }

        private void block(Node n, List<Block> out, int listDepth, boolean inQuote) {
            if (n instanceof Paragraph) {
                out.add(new Block.Paragraph(inlines(n, false)));
            } else if (n instanceof Heading h) {
                if (listDepth > 0 || inQuote) {
                    error(n, "a heading inside a " + (inQuote ? "block quote" : "list") + "; headings stand on their own");
                } else if (h.getLevel() == 1) {
                    error(n, part.hasOwnTitle()
                            ? "a level-1 heading (# …) may only open the annex, as its title; use ## or ### below it"
                            : "a level-1 heading (# …); the part '" + part.id() + "' has its heading from the template,"
                            + " so its own headings start at ## (and ###)");
                } else if (h.getLevel() > 3) {
                    error(n, "a level-" + h.getLevel() + " heading; headings in text go to ### at most"
                            + " (the XHTML subset ends at <h3>)");
                } else {
                    out.add(new Block.Heading(h.getLevel() - 1, inlines(n, false)));
                }
            } else if (n instanceof BulletList || n instanceof OrderedList) {
                if (listDepth >= 2) {
                    error(n, "a list nested two levels deep; lists nest one level at most");
                    return;
                }
                List<Block.ListItem> items = new ArrayList<>();
                for (Node li = n.getFirstChild(); li != null; li = li.getNext()) {
                    if (li instanceof ListItem) {
                        List<Block> content = new ArrayList<>();
                        for (Node c = li.getFirstChild(); c != null; c = c.getNext()) {
                            block(c, content, listDepth + 1, inQuote);
                        }
                        items.add(new Block.ListItem(content));
                    }
                }
                boolean ordered = n instanceof OrderedList;
                out.add(new Block.ListBlock(ordered, ordered ? ((OrderedList) n).getMarkerStartNumber() == null ? 1
                        : ((OrderedList) n).getMarkerStartNumber() : 1, items));
            } else if (n instanceof BlockQuote) {
                if (inQuote || listDepth > 0) {
                    error(n, "a block quote inside a " + (inQuote ? "block quote" : "list") + "; quotes stand on their own");
                    return;
                }
                List<Block> content = new ArrayList<>();
                for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                    block(c, content, listDepth, true);
                }
                out.add(new Block.Quote(content));
            } else if (n instanceof HtmlBlock h && isComment(h.getLiteral())) {
                return; // <!-- a note to fellow analysts --> is not shown
            } else if (n instanceof HtmlBlock) {
                error(n, "raw HTML; text files take Markdown only (paragraphs, *emphasis*, **strong**, lists, links,"
                        + " footnotes [^1], > quotes, ## headings)");
            } else if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
                error(n, "a code block (``` or a line indented by four spaces); the XHTML subset has no code."
                        + " Remove the indentation if this is a paragraph");
            } else if (n instanceof ThematicBreak) {
                error(n, "a horizontal rule (---); the XHTML subset has none: start a new part with ## instead");
            } else if (n instanceof FootnoteDefinition) {
                error(n, "a footnote definition inside a " + (inQuote ? "block quote" : "list")
                        + "; define footnotes at the start of a line, outside lists and quotes");
            } else if (n instanceof LinkReferenceDefinition) {
                return;
            } else {
                error(n, "Markdown construct '" + n.getClass().getSimpleName() + "' is not supported here");
            }
        }

        /** The inline content of a node; {@code inFootnote} forbids nested footnotes. */
        private List<Inline> inlines(Node parent, boolean inFootnote) {
            List<Inline> out = new ArrayList<>();
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                inline(n, out, inFootnote);
            }
            return out;
        }

        private void inline(Node n, List<Inline> out, boolean inFootnote) {
            if (n instanceof Text t) {
                text(t, out);
            } else if (n instanceof SoftLineBreak) {
                out.add(new Inline.Text(" "));
            } else if (n instanceof HardLineBreak) {
                out.add(new Inline.LineBreak());
            } else if (n instanceof Emphasis) {
                out.add(new Inline.Emphasis(inlines(n, inFootnote)));
            } else if (n instanceof StrongEmphasis) {
                out.add(new Inline.Strong(inlines(n, inFootnote)));
            } else if (n instanceof Link l) {
                String href = l.getDestination();
                String lower = href.toLowerCase(Locale.ROOT);
                if (!(lower.startsWith("https://") || lower.startsWith("mailto:") || (href.startsWith("#") && href.length() > 1))) {
                    error(n, "link to '" + href + "'; links may only go to https:, mailto: or #fragment targets");
                }
                out.add(new Inline.Link(href, inlines(n, inFootnote)));
            } else if (n instanceof FootnoteReference r) {
                String label = r.getLabel().toLowerCase(Locale.ROOT);
                if (inFootnote) {
                    error(n, "a footnote inside a footnote; footnotes cannot nest");
                    return;
                }
                if (!referenced.add(label)) {
                    error(n, "footnote [^" + r.getLabel() + "] is referenced a second time; each footnote is referenced"
                            + " once (give the second place its own footnote)");
                    return;
                }
                out.add(new Inline.Footnote(r.getLabel(), footnoteContent(definitions.get(label))));
            } else if (n instanceof HtmlInline h && isComment(h.getLiteral())) {
                return;
            } else if (n instanceof HtmlInline) {
                error(n, "raw HTML '" + ((HtmlInline) n).getLiteral() + "'; text files take Markdown only"
                        + " (*emphasis*, **strong**, [links](https://…), footnotes [^1])");
            } else if (n instanceof Image) {
                error(n, "an image; narrative text carries no images (charts come from the data)");
            } else if (n instanceof Code) {
                error(n, "code (`…`); the XHTML subset has no code: write the text plainly or in *emphasis*");
            } else {
                error(n, "Markdown construct '" + n.getClass().getSimpleName() + "' is not supported here");
            }
        }

        private static boolean isComment(String literal) {
            String s = literal.strip();
            return s.startsWith("<!--") && s.endsWith("-->");
        }

        private List<Inline> footnoteContent(FootnoteDefinition d) {
            List<Inline> out = new ArrayList<>();
            for (Node c = d.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Paragraph) {
                    if (!out.isEmpty()) {
                        out.add(new Inline.Text(" "));
                    }
                    out.addAll(inlines(c, true));
                } else {
                    error(c, "a footnote holds text only (one or more paragraphs); no lists, quotes or headings");
                }
            }
            return out;
        }

        /** Splits a text into plain text and figure placeholders, checking each placeholder. */
        private void text(Text t, List<Inline> out) {
            String s = t.getLiteral();
            Location base = at(t);
            String raw = rawSource(t);
            var dangling = DANGLING_FOOTNOTE.matcher(s);
            while (dangling.find()) {
                error(shift(base, raw, "[^" + dangling.group(1) + "]", 0), "footnote [^" + dangling.group(1)
                        + "] has no definition; expected a line [^" + dangling.group(1) + "]: … in this file");
            }
            int from = 0;
            int occurrence = 0;
            StringBuilder plain = new StringBuilder();
            while (from < s.length()) {
                int open = s.indexOf("{{", from);
                int strayClose = s.indexOf("}}", from);
                if (strayClose >= 0 && (open < 0 || strayClose < open)) {
                    figureError(shift(base, raw, "}}", countBefore(s, "}}", strayClose)),
                            "'}}' without an opening '{{'; a figure is written {{name}}");
                }
                if (open < 0) {
                    plain.append(s, from, s.length());
                    break;
                }
                plain.append(s, from, open);
                Location where = shift(base, raw, "{{", occurrence++);
                int close = s.indexOf("}}", open + 2);
                if (close < 0) {
                    figureError(where, "placeholder not closed; expected {{name}} on one line, e.g. {{border-crossings.ytd}}");
                    plain.append(s, open, s.length());
                    break;
                }
                String name = s.substring(open + 2, close).strip();
                if (!FIGURE_NAME.matcher(name).matches()) {
                    figureError(where, "malformed placeholder '{{" + s.substring(open + 2, close) + "}}'; expected a figure name of"
                            + " lower-case letters, digits, '.' and '-', e.g. {{border-crossings.ytd}}");
                } else if (TextFigures.byName(name).isEmpty()) {
                    List<String> near = Suggestions.nearest(name, TextFigures.names().stream().map(TextFigures.Name::name).toList());
                    figureError(where, "unknown figure '" + name + "'" + (near.isEmpty() ? "" : " (did you mean '" + near.get(0) + "'?)")
                            + "; barometer validate --list-figures lists the names");
                } else {
                    if (!plain.isEmpty()) {
                        out.add(new Inline.Text(plain.toString()));
                        plain.setLength(0);
                    }
                    out.add(new Inline.Figure(name, where));
                }
                from = close + 2;
            }
            if (!plain.isEmpty()) {
                out.add(new Inline.Text(plain.toString()));
            }
        }

        private static int countBefore(String s, String what, int end) {
            int n = 0;
            for (int i = s.indexOf(what); i >= 0 && i < end; i = s.indexOf(what, i + what.length())) {
                n++;
            }
            return n;
        }

        /** The source text of a node on its first line, for exact columns (escapes make the literal shorter). */
        private String rawSource(Node n) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (spans.isEmpty()) {
                return "";
            }
            SourceSpan sp = spans.get(0);
            if (sp.getLineIndex() >= lines.length) {
                return "";
            }
            String line = lines[sp.getLineIndex()];
            int start = Math.min(sp.getColumnIndex(), line.length());
            return line.substring(start, Math.min(line.length(), start + sp.getLength()));
        }

        /** The location of the {@code occurrence}-th {@code what} in a node's source text. */
        private static Location shift(Location base, String raw, String what, int occurrence) {
            int i = -1;
            for (int k = 0; k <= occurrence; k++) {
                i = raw.indexOf(what, i + 1);
                if (i < 0) {
                    return base;
                }
            }
            return new Location(base.source(), base.line(), base.column() + i);
        }

        private Location at(Node n) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (spans.isEmpty()) {
                return Location.of(file);
            }
            SourceSpan sp = spans.get(0);
            return new Location(file, sp.getLineIndex() + 1, sp.getColumnIndex() + 1);
        }

        private void error(Node n, String message) {
            error(at(n), message);
        }

        private void error(Location where, String message) {
            problems.error(where, ProblemCode.UNSUPPORTED_MARKUP, message);
        }

        private void figureError(Location where, String message) {
            problems.error(where, ProblemCode.UNKNOWN_FIGURE, message);
        }
    }
}
