package eu.barometer.templates;

import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.reference.Language;
import eu.barometer.templates.internal.Deadline;
import eu.barometer.templates.internal.Messages;
import eu.barometer.templates.internal.NumberStyle;
import eu.barometer.templates.internal.ModelBuilder;
import eu.barometer.templates.internal.ModelWrapper;
import eu.barometer.templates.internal.SetCheck;
import eu.barometer.templates.internal.SetLoader;
import freemarker.cache.StrongCacheStorage;
import freemarker.cache.TemplateNameFormat;
import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XHTMLOutputFormat;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A template set: the FreeMarker templates, style sheet and labels that turn an analysed edition
 * into the XHTML every renderer works from ({@code docs/xhtml-subset.md}).
 *
 * <p>A set is read completely into memory when it is built, checked, and compiled once; after
 * that it is immutable and safe to share between threads. Templates run sandboxed: they see only
 * the template model (maps, lists, strings, numbers, booleans built in Java; no Java object or
 * method is reachable), {@code ?new} resolves nothing, {@code ?api} is off, includes and imports
 * reach only the set's own templates, and every run has a time limit.
 *
 * <pre>{@code
 * TemplateSet set = TemplateSet.builtIn();                        // or fromFolder(Path.of("my-templates"))
 * XhtmlDocument x = set.toXhtml(EditionAnalysis.of(edition), Language.SL, RenderOptions.DEFAULT);
 * }</pre>
 *
 * @since 0.1
 */
public final class TemplateSet {

    /** The main template every set has. */
    public static final String MAIN_TEMPLATE = "edition.ftlh";
    /** The English labels every set has; other languages fall back to it key by key. */
    public static final String ENGLISH_MESSAGES = "messages_en.properties";
    /** The name of the built-in set. */
    public static final String BUILT_IN_NAME = "council-note";

    private static final String BUILT_IN_ROOT = "eu/barometer/templates/council-note/";
    private static final String INDEX = "template-set.properties";
    private static final long MAX_FILE_BYTES = 8L * 1024 * 1024;
    private static final int MAX_FILES = 200;
    /** Constructs a template set must not use: they would run code the set's checks never saw. */
    private static final Pattern FORBIDDEN = Pattern.compile("\\?\\s*(interpret|eval|eval_json)\\b|(?<!-)->");
    private static final Pattern MESSAGES = Pattern.compile("messages_([a-z]{2})\\.properties");

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "barometer-template-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final String name;
    private final Map<String, byte[]> files;
    private final Map<String, String> css;
    private final Map<Language, Messages> messages;
    private final java.util.function.Function<Language, Messages> compileMessages;
    private final Map<String, Object> options;
    private final Configuration configuration;
    private final NumberConvention numberConvention;
    private final long smallBase;

    /** The default of {@code small-base}: a percentage change over a base below 20 is shown as a difference. */
    public static final long DEFAULT_SMALL_BASE = 20;

    private TemplateSet(String name, Map<String, byte[]> files, Map<String, String> englishReference) throws RenderException {
        this.name = name;
        this.files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
        List<TemplateProblem> problems = new ArrayList<>();
        Map<String, String> texts = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : this.files.entrySet()) {
            String n = e.getKey();
            if (isTemplate(n) || n.endsWith(".css") || n.endsWith(".properties")) {
                try {
                    texts.put(n, utf8(e.getValue()));
                } catch (CharacterCodingException ex) {
                    problems.add(new TemplateProblem(n, 0, 0, "the file is not valid UTF-8; save it as UTF-8"));
                }
            }
        }
        NumberConvention convention = NumberConvention.STYLE_GUIDE;
        long small = DEFAULT_SMALL_BASE;
        String index = texts.get(INDEX);
        if (index != null) {
            List<String> lines = index.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                int eq = line.indexOf('=');
                if (line.startsWith("#") || eq < 0) {
                    continue;
                }
                String key = line.substring(0, eq).strip();
                String value = line.substring(eq + 1).strip();
                if (key.equals("number-style")) {
                    Optional<NumberConvention> c = NumberConvention.byCode(value);
                    if (c.isPresent()) {
                        convention = c.get();
                    } else {
                        problems.add(new TemplateProblem(INDEX, i + 1, eq + 2, "number-style=" + value
                                + " is not a number style; expected style-guide (the EU Interinstitutional Style Guide)"
                                + " or english-commas"));
                    }
                } else if (key.equals("small-base")) {
                    try {
                        small = Long.parseLong(value);
                        if (small < 0) {
                            throw new NumberFormatException();
                        }
                    } catch (NumberFormatException ex) {
                        problems.add(new TemplateProblem(INDEX, i + 1, eq + 2, "small-base=" + value
                                + " is not a whole number ≥ 0; expected e.g. 20 (0 shows every change as a percentage)"));
                    }
                }
            }
        }
        this.numberConvention = convention;
        this.smallBase = small;
        if (!texts.containsKey(MAIN_TEMPLATE)) {
            problems.add(new TemplateProblem(MAIN_TEMPLATE, 0, 0, "the template set has no main template " + MAIN_TEMPLATE));
        }
        this.options = readOptions(texts.get(INDEX), problems);
        Map<String, Map<String, String>> bundles = new TreeMap<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            Matcher m = MESSAGES.matcher(e.getKey());
            if (m.matches()) {
                Properties p = new Properties();
                try {
                    p.load(new StringReader(e.getValue()));
                } catch (IOException | IllegalArgumentException ex) {
                    problems.add(new TemplateProblem(e.getKey(), 0, 0, "cannot read the labels: " + ex.getMessage()));
                }
                Map<String, String> map = new TreeMap<>();
                p.forEach((k, v) -> map.put((String) k, (String) v));
                bundles.put(m.group(1), map);
            }
        }
        Map<String, String> english = bundles.get("en");
        if (english == null) {
            problems.add(new TemplateProblem(ENGLISH_MESSAGES, 0, 0, "the template set has no English labels " + ENGLISH_MESSAGES));
            english = Map.of();
        } else if (englishReference != null) {
            for (String key : englishReference.keySet()) {
                if (!english.containsKey(key)) {
                    problems.add(new TemplateProblem(ENGLISH_MESSAGES, 0, 0, "the label '" + key
                            + "' is missing; every label of the built-in set must be present (copy it from the built-in set)"));
                }
            }
        }
        // A folder's labels are checked here, each problem located; the built-in set's are checked by
        // its tests (TemplateSetTest), not again at every start of the command (≈ 130 ms cold).
        boolean builtInSet = englishReference == null;
        bundles.forEach((code, labels) -> Language.byCode(code).filter(l -> !builtInSet).ifPresent(l -> labels.forEach((key, pattern) -> {
            try {
                Messages.check(pattern, l);
            } catch (Messages.PatternException ex) {
                String file = "messages_" + code + ".properties";
                int[] at = position(texts.getOrDefault(file, ""), key, ex.index());
                problems.add(new TemplateProblem(file, at[0], at[1], "label '" + key + "': " + ex.getMessage()));
            }
        })));
        // Every pattern is checked above; a language's labels are compiled when an edition first needs
        // them, not all 24 languages at every start.
        Map<String, String> englishLabels = english;
        NumberConvention numbers = convention;
        this.messages = new java.util.concurrent.ConcurrentHashMap<>();
        this.compileMessages = l -> new Messages(l, NumberStyle.of(l, numbers), bundles.getOrDefault(l.code(), Map.of()), englishLabels);

        Map<String, String> templates = new TreeMap<>();
        Map<String, String> styles = new TreeMap<>();
        texts.forEach((n, text) -> {
            if (isTemplate(n)) {
                templates.put(n, text);
                scanForbidden(n, text, problems);
            } else if (n.endsWith(".css")) {
                styles.put(n, text);
            }
        });
        this.css = java.util.Collections.unmodifiableMap(styles);
        this.configuration = configure(templates);
        for (String n : templates.keySet()) {
            try {
                Template t = configuration.getTemplate(n);
                // Puts a check into every loop, even one with an empty body, so the deadline tracer sees each pass.
                _CoreAPI.addThreadInterruptedChecks(t);
            } catch (ParseException e) {
                problems.add(new TemplateProblem(n, e.getLineNumber(), e.getColumnNumber(), firstLine(e.getEditorMessage())));
            } catch (IOException e) {
                problems.add(new TemplateProblem(n, 0, 0, "cannot load the template: " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(null);
            throw new RenderException(problems);
        }
    }

    /**
     * The line and column of a label's pattern offset in a properties file: the line where the key
     * starts, the column of the offset after {@code key=} (continued lines and escapes aside).
     */
    static int[] position(String text, String key, int offset) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripLeading();
            String escaped = key.replace(" ", "\\ ");
            if (line.startsWith(escaped) && line.length() > escaped.length()
                    && "=: \t".indexOf(line.charAt(escaped.length())) >= 0) {
                int indent = lines[i].length() - line.length();
                return new int[]{i + 1, indent + escaped.length() + 2 + offset};
            }
        }
        return new int[]{0, 0};
    }

    private static Configuration configure(Map<String, String> templates) {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setTemplateLoader(new SetLoader(templates));
        c.setTemplateNameFormat(TemplateNameFormat.DEFAULT_2_4_0);
        c.setCacheStorage(new StrongCacheStorage());
        c.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        c.setLocalizedLookup(false);
        c.setRecognizeStandardFileExtensions(false);
        c.setOutputFormat(XHTMLOutputFormat.INSTANCE);
        c.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        c.setObjectWrapper(ModelWrapper.INSTANCE);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setAttemptExceptionReporter((te, env) -> { });
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(false);
        c.setFallbackOnNullLoopVariable(false);
        c.setDefaultEncoding("UTF-8");
        c.setLocale(Locale.ROOT);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setNumberFormat("computer");
        c.setBooleanFormat("c");
        return c;
    }

    /**
     * The options of a set: the {@code option.<name>} keys of {@code template-set.properties}, seen
     * by templates as {@code options["<name>"]}; {@code true} and {@code false} become booleans.
     * The built-in options are always present (with their defaults) so that templates can test them.
     */
    private static Map<String, Object> readOptions(String index, List<TemplateProblem> problems) {
        Map<String, Object> out = new TreeMap<>(DEFAULT_OPTIONS);
        if (index == null) {
            return java.util.Collections.unmodifiableMap(out);
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(index));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new TemplateProblem(INDEX, 0, 0, "cannot read the set's properties: " + e.getMessage()));
            return java.util.Collections.unmodifiableMap(out);
        }
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("option.")) {
                String name = key.substring("option.".length());
                String v = p.getProperty(key).strip();
                Object def = DEFAULT_OPTIONS.get(name);
                if (def instanceof Boolean && !v.equals("true") && !v.equals("false")) {
                    problems.add(new TemplateProblem(INDEX, 0, 0, "option." + name + "=" + v + ": expected true or false"));
                    continue;
                }
                out.put(name, v.equals("true") ? Boolean.TRUE : v.equals("false") ? Boolean.FALSE : v);
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The options templates may rely on, with their defaults. */
    private static final Map<String, Object> DEFAULT_OPTIONS = Map.of("group-by-pillar", Boolean.FALSE);

    /** The set's options ({@code option.*} of template-set.properties), with defaults. */
    public Map<String, Object> options() {
        return options;
    }

    private static void scanForbidden(String name, String text, List<TemplateProblem> problems) {
        Matcher m = FORBIDDEN.matcher(text);
        while (m.find()) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < m.start(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            String what = m.group().startsWith("?") ? m.group().replaceAll("\\s", "") : "a lambda (->)";
            problems.add(new TemplateProblem(name, line, m.start() - lineStart + 1, what
                    + " is not allowed in a template set: templates lay out the model, they do not compute or run code they build"));
        }
    }

    // ---------------------------------------------------------------- construction

    /** The built-in set {@value #BUILT_IN_NAME}, from the classpath. Built once; never null. */
    public static TemplateSet builtIn() {
        return BuiltIn.SET;
    }

    private static final class BuiltIn {
        static final TemplateSet SET = load();

        private static TemplateSet load() {
            try {
                Properties index = new Properties();
                index.load(new StringReader(utf8(resource(INDEX))));
                Map<String, byte[]> files = new LinkedHashMap<>();
                files.put(INDEX, resource(INDEX));
                for (String f : index.getProperty("files", "").split(",")) {
                    if (!f.isBlank()) {
                        files.put(f.trim(), resource(f.trim()));
                    }
                }
                return new TemplateSet(index.getProperty("name", BUILT_IN_NAME), files, null);
            } catch (IOException | RenderException e) {
                throw new IllegalStateException("the built-in template set is broken: " + e.getMessage(), e);
            }
        }

        private static byte[] resource(String name) throws IOException {
            try (InputStream in = TemplateSet.class.getClassLoader().getResourceAsStream(BUILT_IN_ROOT + name)) {
                if (in == null) {
                    throw new IOException("missing resource " + BUILT_IN_ROOT + name);
                }
                return in.readAllBytes();
            }
        }
    }

    /**
     * Reads a template set from a folder (an analyst's copy made with {@link #copyTo}). Every file
     * is read once; later changes to the folder do not affect the set.
     *
     * @throws RenderException listing every problem: a missing main template or English labels, a
     *                         template syntax error (with line and column), a label missing from
     *                         the English labels, a forbidden construct, a symbolic link leaving
     *                         the folder, a file too large
     * @throws IOException     if the folder cannot be read
     */
    public static TemplateSet fromFolder(Path dir) throws RenderException, IOException {
        if (!Files.isDirectory(dir)) {
            throw new RenderException(List.of(new TemplateProblem(dir.toString(), 0, 0, "not a folder")));
        }
        Path root = dir.toRealPath();
        List<TemplateProblem> problems = new ArrayList<>();
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (rel.isEmpty() || Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                if (Files.isSymbolicLink(p) && !p.toRealPath().startsWith(root)) {
                    problems.add(new TemplateProblem(rel, 0, 0, "a symbolic link that leaves the template set folder; "
                            + "copy the file into the folder instead"));
                    continue;
                }
                if (!Files.isRegularFile(p)) {
                    continue;
                }
                if (Files.size(p) > MAX_FILE_BYTES) {
                    problems.add(new TemplateProblem(rel, 0, 0, "larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB"));
                    continue;
                }
                if (files.size() >= MAX_FILES) {
                    problems.add(new TemplateProblem(rel, 0, 0, "the set has more than " + MAX_FILES + " files"));
                    break;
                }
                files.put(rel, Files.readAllBytes(p));
            }
        }
        if (!problems.isEmpty()) {
            throw new RenderException(problems);
        }
        String name = root.getFileName() == null ? "templates" : root.getFileName().toString();
        byte[] index = files.get(INDEX);
        if (index != null) {
            Properties p = new Properties();
            p.load(new StringReader(new String(index, StandardCharsets.UTF_8)));
            name = p.getProperty("name", name);
        }
        return new TemplateSet(name, files, builtIn().messagesOf(Language.EN).all());
    }

    // ---------------------------------------------------------------- the set's files

    /** How the set writes numbers: {@code number-style} in {@code template-set.properties}, the style guide by default. */
    public NumberConvention numberConvention() {
        return numberConvention;
    }

    /**
     * The base below which a change is shown as a difference ("3, up from 2"), not a percentage:
     * {@code small-base} in {@code template-set.properties}, {@value #DEFAULT_SMALL_BASE} by default.
     */
    public long smallBase() {
        return smallBase;
    }

    /** The set's name, e.g. {@code council-note}. */
    public String name() {
        return name;
    }

    /**
     * The set's labels in a language as a reader sees them (labels without arguments formatted;
     * those with arguments as written), falling back key by key to English. Never null.
     *
     * @since 0.1
     */
    public Map<String, String> labels(Language language) {
        return messagesOf(language).all();
    }

    /** The set's files, relative names with {@code /}, sorted. Never null. */
    public List<String> files() {
        return List.copyOf(files.keySet());
    }

    /** A file of the set (template, style sheet, labels, image), if it exists. */
    public Optional<byte[]> file(String relativeName) {
        byte[] b = files.get(relativeName);
        return b == null ? Optional.empty() : Optional.of(b.clone());
    }

    /**
     * Writes the set's files into a folder (created if needed), for analysts to customise and
     * load back with {@link #fromFolder}. Existing files are never overwritten.
     *
     * @throws FileAlreadyExistsException if one of the files exists already; nothing is written then
     */
    public void copyTo(Path dir) throws IOException {
        for (String f : files.keySet()) {
            if (Files.exists(dir.resolve(f))) {
                throw new FileAlreadyExistsException(dir.resolve(f).toString(), null,
                        "the folder already holds a template set file; choose an empty folder");
            }
        }
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path target = dir.resolve(e.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, e.getValue(), StandardOpenOption.CREATE_NEW);
        }
    }

    // ---------------------------------------------------------------- checking

    /**
     * A problem {@link #check} found in a file of a template set folder (or of a bundle's text).
     *
     * @param file     the file, relative to the checked folder (absolute for a bundle's text files)
     * @param line     the line from 1, or 0 if the problem concerns the whole file
     * @param column   the column from 1, or 0
     * @param severity error or warning (a label missing only in a translation)
     * @param message  what is wrong and what was expected
     * @since 0.2
     */
    public record Finding(String file, int line, int column, eu.barometer.core.problem.Severity severity, String message) implements Comparable<Finding> {

        public Finding {
            java.util.Objects.requireNonNull(file, "file");
            java.util.Objects.requireNonNull(severity, "severity");
            java.util.Objects.requireNonNull(message, "message");
        }

        /** True for errors. */
        public boolean isError() {
            return severity == eu.barometer.core.problem.Severity.ERROR;
        }

        /** {@code dir/file:line:col: severity: message}, leaving out a line or column of 0. */
        public String toString(Path dir) {
            StringBuilder b = new StringBuilder(dir.resolve(file).toString());
            if (line > 0) {
                b.append(':').append(line);
                if (column > 0) {
                    b.append(':').append(column);
                }
            }
            return b.append(": ").append(severity.word()).append(": ").append(message).toString();
        }

        @Override
        public int compareTo(Finding o) {
            int c = file.compareTo(o.file);
            if (c == 0) {
                c = Integer.compare(line, o.line);
            }
            if (c == 0) {
                c = Integer.compare(column, o.column);
            }
            return c != 0 ? c : message.compareTo(o.message);
        }
    }

    /**
     * Finds the mistakes in a template set folder, each with its file, line and column, sorted:
     * everything {@link #fromFolder} rejects; labels the templates use that a messages file lacks
     * (an error for English, a warning for a translation); elements outside the XHTML subset
     * ({@link eu.barometer.templates.xhtml.Subset}) and links it does not allow; files the set
     * refers to but does not have (style sheets, fonts, images, included templates).
     *
     * @return every finding; empty if the set is fine
     * @throws IOException if the folder cannot be read
     * @since 0.2
     */
    public static List<Finding> check(Path dir) throws IOException {
        return SetCheck.check(dir);
    }

    /**
     * Checks the narrative text of a bundle ({@code text/<part>.<lang>.md}) against a template set
     * folder: every problem of the text files, located in the bundle, and a warning for each part
     * the bundle has text for but the set never places.
     *
     * @since 0.2
     */
    public static List<Finding> checkText(Path templates, Path bundle) throws IOException {
        return SetCheck.checkText(templates, bundle);
    }

    // ---------------------------------------------------------------- rendering

    /**
     * Runs the main template for an edition in a language and parses the result.
     *
     * @throws RenderException with the template, line, column and failing expression of a
     *                         template error, a sandbox rule broken, the time limit passed, or
     *                         output that is not well-formed XHTML
     */
    public XhtmlDocument toXhtml(EditionAnalysis analysis, Language language, RenderOptions options) throws RenderException {
        Messages m = messagesOf(language);
        Map<String, Object> model = new LinkedHashMap<>();
        try {
            model.putAll(ModelBuilder.build(analysis, m, numberConvention, smallBase));
        } catch (java.util.NoSuchElementException e) {
            throw new RenderException(List.of(new TemplateProblem("messages_" + language.code() + ".properties", 0, 0,
                    e.getMessage())));
        }
        model.put("css", css);
        model.put("templateSet", name);
        model.put("options", this.options);
        StringWriter out = new StringWriter(64 * 1024);
        Deadline deadline = new Deadline(options.timeLimit());
        Thread self = Thread.currentThread();
        boolean interruptedBefore = Thread.interrupted(); // restored below; the run uses the flag as its stop signal
        ScheduledFuture<?> alarm = WATCHDOG.schedule(self::interrupt, options.timeLimit().toNanos(), TimeUnit.NANOSECONDS);
        try {
            Template main = configuration.getTemplate(MAIN_TEMPLATE);
            Environment env = main.createProcessingEnvironment(model,
                    deadline.guard(out, Math.min(Integer.MAX_VALUE - 16, options.maxOutputBytes())));
            env.setTemplateProcessingTracer(deadline);
            env.process();
        } catch (TemplateException e) {
            Deadline.Exceeded x = find(e, Deadline.Exceeded.class);
            if (x != null) {
                throw stopped(x, deadline);
            }
            String blamed = e.getBlamedExpressionString();
            String message = firstLine(e.getMessageWithoutStackTop());
            if (blamed != null && !message.contains(blamed)) {
                message += " (failing expression: " + blamed + ")";
            }
            throw new RenderException(List.of(new TemplateProblem(sourceName(e.getTemplateSourceName()),
                    nz(e.getLineNumber()), nz(e.getColumnNumber()), message)));
        } catch (Deadline.Exceeded x) {
            throw stopped(x, deadline);
        } catch (IOException e) {
            throw new RenderException("could not run the template set " + name + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e.getClass().getName().contains("ThreadInterrupted")) {
                throw stopped(deadline.timeout(), deadline);
            }
            throw e;
        } finally {
            alarm.cancel(false);
            Thread.interrupted(); // clears an interrupt the alarm may have raised just before it was cancelled
            if (interruptedBefore) {
                self.interrupt();
            }
        }
        return XhtmlDocument.parse(MAIN_TEMPLATE + " (output)", language, out.toString());
    }

    private static RenderException stopped(Deadline.Exceeded x, Deadline d) {
        var at = x.element() != null ? x.element() : d.last();
        if (at == null) {
            return new RenderException(List.of(new TemplateProblem(MAIN_TEMPLATE, 0, 0, x.getMessage())));
        }
        return new RenderException(List.of(new TemplateProblem(sourceName(at.getTemplate().getSourceName()),
                at.getBeginLine(), at.getBeginColumn(), x.getMessage())));
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    private static String sourceName(String n) {
        return n == null ? MAIN_TEMPLATE : n;
    }

    private static int nz(Integer i) {
        return i == null ? 0 : i;
    }

    /** FreeMarker's message without its tips and stack: what went wrong, on one line. */
    private static String firstLine(String s) {
        if (s == null) {
            return "template error";
        }
        String t = s;
        int tips = t.indexOf("\n----");
        if (tips >= 0) {
            t = t.substring(0, tips);
        }
        t = t.replaceAll("\\s*\\[in template \"[^\"]*\" at line \\d+, column \\d+\\]", "");
        return t.replaceAll("\\s+", " ").strip();
    }

    private static boolean isTemplate(String n) {
        return n.endsWith(".ftlh") || n.endsWith(".ftl") || n.endsWith(".ftlx");
    }

    private static String utf8(byte[] b) throws CharacterCodingException {
        String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(b)).toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    @Override
    public String toString() {
        return "TemplateSet[" + name + ", " + files.size() + " files]";
    }

    /** The labels of one language, compiled once on first use and shared by all threads. */
    private Messages messagesOf(Language language) {
        return messages.computeIfAbsent(language, compileMessages);
    }
}
