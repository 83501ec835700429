package eu.barometer.templates.internal;

import eu.barometer.core.problem.Severity;
import eu.barometer.templates.RenderException;
import eu.barometer.templates.TemplateProblem;
import eu.barometer.templates.TemplateSet;
import eu.barometer.templates.TemplateSet.Finding;
import eu.barometer.templates.xhtml.Subset;
import freemarker.core.ParseException;
import freemarker.core.XHTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the mistakes in a template set folder, each with its file, line and column:
 * <ul>
 *   <li>everything {@link TemplateSet#fromFolder} rejects: FreeMarker syntax errors, forbidden
 *       constructs, labels missing from the English messages, files that are not UTF-8;</li>
 *   <li>labels used by the templates ({@code msg["key"]}) that a messages file lacks: an error if
 *       English lacks it, a warning for a translation (the English text is used);</li>
 *   <li>elements outside the XHTML subset ({@link Subset}), and links other than
 *       {@code https://}, {@code mailto:} and {@code #fragment};</li>
 *   <li>files the set refers to but does not have: {@code css["…"]}, {@code <#include>},
 *       {@code <#import>}, {@code src}/{@code href} in templates, {@code url(…)} and
 *       {@code @import} in style sheets (fonts, images).</li>
 * </ul>
 *
 * <p>Internal: {@link TemplateSet#check} and {@link TemplateSet#checkText} are the API.
 */
public final class SetCheck {

    private static final Pattern MESSAGES_FILE = Pattern.compile("(?:.*/)?messages_([a-z]{2})\\.properties");
    private static final Pattern MSG_KEY = Pattern.compile("\\bmsg\\s*\\[\\s*([\"'])((?:(?!\\1).)*)\\1\\s*]");
    private static final Pattern CSS_REF = Pattern.compile("\\bcss\\s*\\[\\s*([\"'])((?:(?!\\1).)*)\\1\\s*]");
    private static final Pattern INCLUDE = Pattern.compile("<#(include|import)\\s+([\"'])((?:(?!\\2).)*)\\2");
    private static final Pattern TAG = Pattern.compile("<([A-Za-z][A-Za-z0-9:_.-]*)");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s(href|src)\\s*=\\s*([\"'])((?:(?!\\2).)*)\\2");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*([\"']?)([^\"')]+)\\1\\s*\\)|@import\\s+([\"'])((?:(?!\\3).)*)\\3");

    private final Path dir;
    private final Map<String, String> texts = new TreeMap<>();
    private final Set<String> files;
    private final List<Finding> findings = new ArrayList<>();

    private SetCheck(Path dir, Set<String> files) {
        this.dir = dir;
        this.files = files;
    }

    /**
     * Checks a template set folder.
     *
     * @return every finding, sorted by file, line and column; empty if the set is fine
     * @throws IOException if the folder cannot be read
     */
    public static List<Finding> check(Path dir) throws IOException {
        Set<String> names = new java.util.TreeSet<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p)) {
                    names.add(dir.relativize(p).toString().replace('\\', '/'));
                }
            }
        }
        SetCheck c = new SetCheck(dir, Collections.unmodifiableSet(names));
        c.run();
        Collections.sort(c.findings);
        return List.copyOf(c.findings);
    }

    private static final Pattern TEXT_CALL = Pattern.compile("<@(?:\\w+\\.)?text\\s+(\\w+)\\s*(?:\\.\\s*([\\w-]+)|\\[\\s*\"([\\w-]+)\"\\s*])");

    /**
     * Checks the narrative text of a bundle ({@code text/<part>.<lang>.md}) against a template set:
     * every problem of the text files (Markdown outside the subset, bad figure placeholders,
     * missing translations), located in the bundle, and a warning for each part the bundle has
     * text for but the set never places. A part counts as placed when a template calls the
     * {@code text} macro with it: {@code <@m.text text.summary …/>} for the document's parts,
     * {@code <@m.text s.text …/>} (any variable's {@code .text}) for the dataset sections' parts.
     *
     * @return the findings, with file names under the bundle folder
     */
    public static List<Finding> checkText(Path templates, Path bundle) throws IOException {
        List<Finding> out = new ArrayList<>();
        eu.barometer.core.Validation v = eu.barometer.core.Barometer.validate(bundle);
        for (eu.barometer.core.problem.InputProblem p : v.problems()) {
            if (p.location().source().startsWith(eu.barometer.core.text.NarrativeReader.FOLDER + "/")) {
                out.add(new Finding(bundle.resolve(p.location().source()).toString(), p.location().line(), p.location().column(),
                        p.severity(), p.message() + " [" + p.code().id() + "]"));
            }
        }
        Set<String> placed = new java.util.HashSet<>();
        boolean datasetParts = false;
        try (Stream<Path> walk = Files.walk(templates)) {
            for (Path f : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(f) && isTemplate(f.getFileName().toString())) {
                    Matcher m = TEXT_CALL.matcher(blank(new String(Files.readAllBytes(f), StandardCharsets.UTF_8), "<#--", "-->"));
                    while (m.find()) {
                        String part = m.group(2) != null ? m.group(2) : m.group(3);
                        if (m.group(1).equals("text")) {
                            placed.add(part);
                        } else if ("text".equals(part)) {
                            datasetParts = true;
                        }
                    }
                }
            }
        }
        Path folder = bundle.resolve(eu.barometer.core.text.NarrativeReader.FOLDER);
        if (Files.isDirectory(folder)) {
            Set<String> warned = new java.util.HashSet<>();
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                    String name = f.getFileName().toString();
                    int dot = name.indexOf('.');
                    if (dot < 0 || !name.endsWith(".md")) {
                        continue;
                    }
                    String part = name.substring(0, dot);
                    var known = eu.barometer.core.text.Part.byId(part);
                    if (known.isEmpty()) {
                        continue;
                    }
                    boolean isPlaced = known.get().dataset().isPresent() ? datasetParts : placed.contains(part);
                    if (!isPlaced && warned.add(part)) {
                        out.add(new Finding(f.toString(), 0, 0, Severity.WARNING, "the template set never places the part '"
                                + part + "' (" + (known.get().dataset().isPresent() ? "no <@m.text s.text …/> in a section"
                                : "no <@m.text text." + part + " …/>") + "), so this text would not appear in the editions"));
                    }
                }
            }
        }
        Collections.sort(out);
        return List.copyOf(out);
    }

    private void run() throws IOException {
        try {
            TemplateSet.fromFolder(dir);
        } catch (RenderException e) {
            for (TemplateProblem p : e.problems()) {
                findings.add(new Finding(p.template(), p.line(), p.column(), Severity.ERROR, p.message()));
            }
            if (e.problems().isEmpty()) {
                findings.add(new Finding(".", 0, 0, Severity.ERROR, e.getMessage()));
            }
        }
        for (String f : files) {
            if (isTemplate(f) || f.endsWith(".css") || f.endsWith(".properties")) {
                Path p = dir.resolve(f);
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && Files.size(p) <= 8L * 1024 * 1024) {
                    texts.put(f, stripBom(new String(Files.readAllBytes(p), StandardCharsets.UTF_8)));
                }
            }
        }
        parseEachTemplate();
        Map<String, Map<String, String>> messages = readMessages();
        Set<String> usedKeys = new java.util.HashSet<>();
        texts.forEach((name, text) -> {
            if (isTemplate(name)) {
                checkTemplate(name, text, messages, usedKeys);
            } else if (name.endsWith(".css")) {
                checkStyleSheet(name, text);
            }
        });
        checkTranslations(messages, usedKeys);
    }

    // ------------------------------------------------------------------ templates

    /**
     * Parses every template on its own, with the settings of a template set (XHTML output, so
     * {@code ?no_esc} is allowed). {@link TemplateSet#fromFolder} parses them too, but not if it
     * stops earlier (say, at a symbolic link); a syntax error it already reported is not repeated.
     */
    private void parseEachTemplate() {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setRecognizeStandardFileExtensions(false);
        c.setOutputFormat(XHTMLOutputFormat.INSTANCE);
        c.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        texts.forEach((name, text) -> {
            if (!isTemplate(name)) {
                return;
            }
            try {
                new Template(name, new StringReader(text), c);
            } catch (ParseException e) {
                boolean known = findings.stream().anyMatch(f -> f.file().equals(name) && f.line() == e.getLineNumber()
                        && f.column() == e.getColumnNumber());
                if (!known) {
                    String message = e.getEditorMessage() == null ? "syntax error" : e.getEditorMessage().strip();
                    int nl = message.indexOf('\n');
                    findings.add(new Finding(name, e.getLineNumber(), e.getColumnNumber(), Severity.ERROR,
                            nl < 0 ? message : message.substring(0, nl)));
                }
            } catch (IOException e) {
                findings.add(new Finding(name, 0, 0, Severity.ERROR, "cannot read the template: " + e.getMessage()));
            }
        });
    }

    private void checkTemplate(String name, String text, Map<String, Map<String, String>> messages, Set<String> usedKeys) {
        Lines lines = new Lines(text);
        String code = blank(text, "<#--", "-->");
        Matcher m = MSG_KEY.matcher(code);
        while (m.find()) {
            String key = m.group(2);
            usedKeys.add(key);
            checkLabel(name, lines, m.start(2), key, messages);
        }
        m = CSS_REF.matcher(code);
        while (m.find()) {
            requireFile(name, lines, m.start(2), m.group(2), "", "style sheet");
        }
        m = INCLUDE.matcher(code);
        while (m.find()) {
            requireFile(name, lines, m.start(3), m.group(3), folderOf(name), "template");
        }
        String markup = markupOnly(blank(code, "<!--", "-->"));
        m = TAG.matcher(markup);
        while (m.find()) {
            String element = m.group(1);
            if (element.equals("h") && code.startsWith("${", m.end())) {
                continue; // <h${level}>: a heading whose level the template computes (h1 to h3 at run time)
            }
            if (!Subset.contains(element)) {
                add(name, lines, m.start(), Severity.ERROR, "<" + element + "> is not in the XHTML subset every renderer understands"
                        + " (docs/xhtml-subset.md); use one of its elements, e.g. " + suggestion(element));
            }
        }
        m = ATTRIBUTE.matcher(markup);
        while (m.find()) {
            String value = m.group(3).strip();
            if (value.contains("${") || value.isEmpty()) {
                continue;   // built at render time
            }
            String element = elementAround(markup, m.start());
            if ("a".equals(element) && "href".equals(m.group(1))) {
                if (!Subset.isAllowedLink(value)) {
                    add(name, lines, m.start(3), Severity.ERROR, "link target '" + value + "' is not allowed; " + Subset.LINK_RULE);
                }
            } else if (!isExternal(value)) {
                requireFile(name, lines, m.start(3), value, folderOf(name), "file");
            }
        }
    }

    private void checkLabel(String template, Lines lines, int at, String key, Map<String, Map<String, String>> messages) {
        Map<String, String> english = messages.get("en");
        if (english == null) {
            return;     // reported by the set itself: no English labels
        }
        if (!english.containsKey(key)) {
            add(template, lines, at, Severity.ERROR, "label '" + key + "' is not in messages_en.properties");
            return;
        }
        List<String> lacking = new ArrayList<>();
        messages.forEach((lang, labels) -> {
            if (!labels.containsKey(key) && needsTranslation(english.get(key))) {
                lacking.add("messages_" + lang + ".properties");
            }
        });
        if (!lacking.isEmpty()) {
            add(template, lines, at, Severity.WARNING, "label '" + key + "' is missing in " + String.join(", ", lacking)
                    + "; the English text is used there");
        }
    }

    /** Labels the model needs (English has them, the templates do not use them) that a translation lacks. */
    private void checkTranslations(Map<String, Map<String, String>> messages, Set<String> usedKeys) {
        Map<String, String> english = messages.get("en");
        if (english == null) {
            return;
        }
        messages.forEach((lang, labels) -> {
            if (lang.equals("en")) {
                return;
            }
            String file = messageFile(lang);
            List<String> lacking = english.keySet().stream()
                    .filter(k -> !labels.containsKey(k) && !usedKeys.contains(k) && needsTranslation(english.get(k))).sorted().toList();
            if (!lacking.isEmpty()) {
                findings.add(new Finding(file, 0, 0, Severity.WARNING, "lacks " + lacking.size()
                        + (lacking.size() == 1 ? " label" : " labels") + " of messages_en.properties, so the English text is used: "
                        + String.join(", ", lacking.subList(0, Math.min(8, lacking.size()))) + (lacking.size() > 8 ? ", …" : "")));
            }
            Lines lines = new Lines(texts.getOrDefault(file, ""));
            labels.keySet().stream().filter(english::containsKey).sorted().forEach(k -> {
                try {
                    var want = Messages.arguments(english.get(k)).keySet();
                    var have = Messages.arguments(labels.get(k)).keySet();
                    if (!want.equals(have)) {
                        findings.add(new Finding(file, lines.lineOfKey(k), 1, Severity.WARNING, "label '" + k + "' uses the arguments "
                                + braces(have) + " where messages_en.properties uses " + braces(want)
                                + "; a missing argument is not shown, an extra one shows nothing"));
                    }
                } catch (Messages.PatternException e) {
                    // a pattern ICU cannot read is an error of the set itself, reported with its place
                }
            });
            labels.keySet().stream().filter(k -> !english.containsKey(k)).sorted().forEach(k ->
                    findings.add(new Finding(file, lines.lineOfKey(k), 1, Severity.WARNING,
                            "label '" + k + "' is not in messages_en.properties, so no template or model uses it; a typo?")));
        });
    }

    private static String braces(java.util.Collection<Integer> args) {
        return args.isEmpty() ? "none" : String.join(" ", args.stream().map(n -> "{" + n + "}").toList());
    }

    /** A label without letters (a mark such as {@code *} or {@code °}) reads the same in every language. */
    private static boolean needsTranslation(String englishText) {
        return englishText.codePoints().anyMatch(Character::isLetter);
    }

    private Map<String, Map<String, String>> readMessages() {
        Map<String, Map<String, String>> out = new TreeMap<>();
        texts.forEach((name, text) -> {
            Matcher m = MESSAGES_FILE.matcher(name);
            if (m.matches() && !name.contains("/")) {
                Properties p = new Properties();
                try {
                    p.load(new StringReader(text));
                } catch (IOException | IllegalArgumentException e) {
                    return;     // reported by the set itself
                }
                Map<String, String> labels = new TreeMap<>();
                p.forEach((k, v) -> labels.put((String) k, (String) v));
                out.put(m.group(1), labels);
            }
        });
        return out;
    }

    // ------------------------------------------------------------------ style sheets

    private void checkStyleSheet(String name, String text) {
        Lines lines = new Lines(text);
        Matcher m = CSS_URL.matcher(blank(text, "/*", "*/"));
        while (m.find()) {
            int group = m.group(2) != null ? 2 : 4;
            String ref = m.group(group).strip();
            if (!isExternal(ref)) {
                requireFile(name, lines, m.start(group), ref, folderOf(name), ref.matches("(?i).*\\.(ttf|otf|woff2?)$") ? "font" : "file");
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private void requireFile(String from, Lines lines, int at, String ref, String base, String kind) {
        String path = ref.startsWith("/") ? ref.substring(1) : base + ref;
        String normal = normalise(path);
        if (normal == null || !files.contains(normal)) {
            add(from, lines, at, Severity.ERROR, "the " + kind + " '" + ref + "' is not in the template set"
                    + (normal == null ? " (it points outside the set's folder)" : ""));
        }
    }

    private void add(String file, Lines lines, int offset, Severity severity, String message) {
        findings.add(new Finding(file, lines.line(offset), lines.column(offset), severity, message));
    }

    private static boolean isTemplate(String n) {
        return n.endsWith(".ftlh") || n.endsWith(".ftl") || n.endsWith(".ftlx");
    }

    private static boolean isExternal(String ref) {
        return ref.matches("(?i)^(https?:|data:|mailto:|#|//).*");
    }

    private static String folderOf(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? "" : name.substring(0, slash + 1);
    }

    private static String messageFile(String lang) {
        return "messages_" + lang + ".properties";
    }

    /** {@code a/./b/../c} → {@code a/c}; null if it climbs out of the set. */
    private static String normalise(String path) {
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }

    private static String suggestion(String element) {
        return switch (element.toLowerCase(java.util.Locale.ROOT)) {
            case "h4", "h5", "h6" -> "<h3>";
            case "img", "svg", "canvas", "object" -> "<figure class=\"chart\"> for a chart";
            case "dl", "dt", "dd" -> "<ul>/<li> or a <table>";
            case "u", "s", "small", "mark", "code", "kbd", "font" -> "<span class=\"…\"> styled in CSS";
            case "hr" -> "<div class=\"page-break\"/> or a CSS border";
            case "pre", "main" -> "<div class=\"…\">";
            case "col", "colgroup" -> "class=\"num\" on the cells";
            default -> element.chars().anyMatch(Character::isUpperCase) ? "<" + element.toLowerCase(java.util.Locale.ROOT) + "> (names are lower case)"
                    : "<div> or <span> with a class";
        };
    }

    /** The element name of the tag an offset is in. */
    private static String elementAround(String markup, int offset) {
        int lt = markup.lastIndexOf('<', offset);
        Matcher m = TAG.matcher(markup);
        return lt >= 0 && m.find(lt) && m.start() == lt ? m.group(1) : "";
    }

    /** The text with the regions from {@code open} to {@code close} replaced by spaces (line breaks kept, offsets unchanged). */
    static String blank(String text, String open, String close) {
        StringBuilder b = new StringBuilder(text);
        int from = 0;
        while (true) {
            int s = text.indexOf(open, from);
            if (s < 0) {
                break;
            }
            int e = text.indexOf(close, s + open.length());
            int end = e < 0 ? text.length() : e + close.length();
            spaces(b, s, end);
            from = end;
        }
        return b.toString();
    }

    /**
     * The template with FreeMarker directives ({@code <#…>}, {@code </#…>}, {@code <@…>},
     * {@code </@…>}) and interpolations ({@code ${…}}) replaced by spaces, so that what is left
     * is the markup. Handles {@code >} inside parentheses and strings of a directive.
     */
    static String markupOnly(String code) {
        StringBuilder b = new StringBuilder(code);
        int i = 0;
        while (i < code.length()) {
            int end = -1;
            if (code.startsWith("<#", i) || code.startsWith("</#", i) || code.startsWith("<@", i) || code.startsWith("</@", i)) {
                end = endOf(code, i, '>');
            } else if (code.startsWith("${", i)) {
                end = endOf(code, i + 1, '}');
            }
            if (end > i) {
                spaces(b, i, end);
                i = end;
            } else {
                i++;
            }
        }
        return b.toString();
    }

    /** The offset after the {@code stop} character that closes a construct, skipping nested brackets and strings. */
    private static int endOf(String s, int from, char stop) {
        int depth = 0;
        char quote = 0;
        for (int i = from + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '[' || (c == '{' && stop == '}')) {
                depth++;
            } else if ((c == ')' || c == ']' || (c == '}' && stop == '}' && depth > 0)) && depth > 0) {
                depth--;
            } else if (c == stop && depth == 0) {
                return i + 1;
            }
        }
        return s.length();
    }

    private static void spaces(StringBuilder b, int from, int to) {
        for (int k = from; k < to; k++) {
            if (b.charAt(k) != '\n' && b.charAt(k) != '\r') {
                b.setCharAt(k, ' ');
            }
        }
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** Offsets to 1-based lines and columns. */
    private static final class Lines {
        private final String text;
        private final int[] starts;

        Lines(String text) {
            this.text = text;
            List<Integer> s = new ArrayList<>();
            s.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    s.add(i + 1);
                }
            }
            starts = s.stream().mapToInt(Integer::intValue).toArray();
        }

        int line(int offset) {
            int i = Arrays.binarySearch(starts, offset);
            return (i >= 0 ? i : -i - 2) + 1;
        }

        int column(int offset) {
            return offset - starts[line(offset) - 1] + 1;
        }

        /** The line where a properties key is defined, or 0. */
        int lineOfKey(String key) {
            String[] ls = text.split("\n", -1);
            for (int i = 0; i < ls.length; i++) {
                String l = ls[i].stripLeading();
                if (l.startsWith(key) && (l.length() == key.length() || "=: \t".indexOf(l.charAt(key.length())) >= 0)) {
                    return i + 1;
                }
            }
            return 0;
        }
    }
}
