package eu.barometer.cli.preview;

import eu.barometer.templates.internal.XmlText;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import eu.barometer.cli.render.LoadedBundle;
import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.problem.InputProblem;
import eu.barometer.core.reference.Language;
import eu.barometer.templates.EditionRenderer;
import eu.barometer.templates.RenderException;
import eu.barometer.templates.RenderOptions;
import eu.barometer.templates.TemplateSet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Serves the HTML edition of a bundle on the loopback interface and renders it again whenever a
 * file of the bundle or the template set changes. The page carries a small script that asks
 * {@code /__version} twice a second and reloads when the edition was rendered again. An input or
 * template problem is shown in the page with its location.
 *
 * <p>Only for previewing: it binds to 127.0.0.1 (never to other interfaces) and serves one page.
 *
 * @since 0.1
 */
public final class PreviewServer implements AutoCloseable {

    /** The path the page polls for the current version. */
    public static final String VERSION_PATH = "/__version";

    private static final long POLL_MILLIS = 250;

    /** What the page shows: the edition or the problems, and the version it belongs to. */
    private record Page(long version, byte[] html, boolean ok) { }

    private final Path bundle;
    private final Path templates;
    private final Optional<Language> language;
    private final Function<TemplateSet, EditionRenderer> htmlRenderer;
    private final PrintWriter log;
    private final ScheduledExecutorService watcher;
    private HttpServer server;
    private volatile Page page = new Page(0, new byte[0], false);
    private String fingerprint = "";

    /**
     * A preview, not yet started.
     *
     * @param bundle       the input bundle folder
     * @param templates    a template set folder, or null for the built-in set
     * @param language     the language, or empty for the edition's first
     * @param htmlRenderer the HTML renderer for a template set
     * @param log          where re-renders and problems are reported
     */
    public PreviewServer(Path bundle, Path templates, Optional<Language> language,
                         Function<TemplateSet, EditionRenderer> htmlRenderer, PrintWriter log) {
        this.bundle = bundle;
        this.templates = templates;
        this.language = language;
        this.htmlRenderer = htmlRenderer;
        this.log = log;
        this.watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "barometer-preview-watch");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Renders the edition and starts serving it on 127.0.0.1.
     *
     * @param port the port, or 0 for any free one
     * @throws IOException if the port cannot be bound
     */
    public void start(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        refresh();
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "barometer-preview-http");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        watcher.scheduleWithFixedDelay(this::refreshQuietly, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** The address of the page. */
    public URI uri() {
        InetSocketAddress a = server.getAddress();
        return URI.create("http://" + a.getAddress().getHostAddress() + ":" + a.getPort() + "/");
    }

    /** How many times the edition was rendered; the page reloads when it changes. */
    public long version() {
        return page.version();
    }

    @Override
    public void close() {
        watcher.shutdownNow();
        if (server != null) {
            server.stop(0);
            ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
        }
    }

    // ------------------------------------------------------------------ rendering

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException | IOException e) {
            log.println("preview: " + e);
            log.flush();
        }
    }

    /** Renders again if a watched file changed since the last render (or if there was none). */
    synchronized void refresh() throws IOException {
        String now = fingerprint();
        if (now.equals(fingerprint) && page.version() > 0) {
            return;
        }
        fingerprint = now;
        long start = System.nanoTime();
        long version = page.version() + 1;
        List<String> problems = new ArrayList<>();
        byte[] html = render(version, problems);
        boolean ok = problems.isEmpty();
        page = new Page(version, ok ? html : errorPage(version, problems), ok);
        if (version > 1 || !ok) {
            log.println(ok ? "preview: rendered again after a change (" + (System.nanoTime() - start) / 1_000_000 + " ms)"
                    : "preview: the edition cannot be rendered:\n  " + String.join("\n  ", problems));
            log.flush();
        }
    }

    private byte[] render(long version, List<String> problems) {
        TemplateSet set;
        try {
            set = templates == null ? TemplateSet.builtIn() : TemplateSet.fromFolder(templates);
        } catch (RenderException e) {
            problems.addAll(eu.barometer.cli.render.Runner.templateProblems(e, templates));
            return null;
        } catch (IOException e) {
            problems.add("cannot read the template set " + templates + ": " + e.getMessage());
            return null;
        }
        LoadedBundle loaded = LoadedBundle.load(bundle);
        if (!loaded.isValid()) {
            for (InputProblem p : loaded.errors()) {
                problems.add(where(p) + ": error: " + p.message());
            }
            return null;
        }
        EditionAnalysis analysis = loaded.analysis().get();
        List<Language> languages = analysis.edition().info().languages();
        Language lang = language.orElse(languages.get(0));
        if (!languages.contains(lang)) {
            problems.add("the edition " + analysis.edition().info().id() + " is not published in " + lang.code());
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try {
            htmlRenderer.apply(set).render(analysis, lang, RenderOptions.DEFAULT, out);
        } catch (RenderException e) {
            problems.addAll(eu.barometer.cli.render.Runner.templateProblems(e, templates));
            return null;
        } catch (IOException | RuntimeException e) {
            problems.add("the HTML renderer failed: " + e);
            return null;
        }
        return withReloadScript(out.toString(StandardCharsets.UTF_8), version).getBytes(StandardCharsets.UTF_8);
    }

    private String where(InputProblem p) {
        String source = p.location().source();
        String file = source.startsWith("(") || source.equals(bundle.toString()) ? bundle.toString() : bundle.resolve(source).toString();
        return file + (p.location().line() > 0 ? ":" + p.location().line() + (p.location().column() > 0 ? ":" + p.location().column() : "") : "");
    }

    /** A fingerprint of the watched files: names, sizes and modification times. */
    private String fingerprint() throws IOException {
        StringBuilder b = new StringBuilder();
        for (Path root : templates == null ? List.of(bundle) : List.of(bundle, templates)) {
            if (!Files.isDirectory(root)) {
                b.append(root).append(" missing;");
                continue;
            }
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : (Iterable<Path>) s.sorted()::iterator) {
                    if (Files.isRegularFile(p)) {
                        b.append(p).append('|').append(Files.size(p)).append('|')
                                .append(Files.getLastModifiedTime(p).toMillis()).append(';');
                    }
                }
            } catch (java.io.UncheckedIOException e) {
                b.append(root).append(" changing;");   // a file vanished while listing: look again next time
            }
        }
        return b.toString();
    }

    /** The script that reloads the page when a newer version exists; only in the preview. */
    static String reloadScript(long version) {
        // No '<' or '&' inside: the page may be parsed as XML.
        return "<script>(function(){var v='" + version + "';setInterval(function(){fetch('" + VERSION_PATH
                + "',{cache:'no-store'}).then(function(r){return r.text();}).then(function(t){if(t!==v){location.reload();}})"
                + ".catch(function(){});},500);})();</script>";
    }

    private static String withReloadScript(String html, long version) {
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html + reloadScript(version) : html.substring(0, end) + reloadScript(version) + html.substring(end);
    }

    private static byte[] errorPage(long version, List<String> problems) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>"
                + "<title>Barometer+ preview: cannot render</title><style>body{font:15px/1.5 sans-serif;margin:2em;color:#222}"
                + "pre{background:#fff4f4;border-left:4px solid #c00;padding:1em;white-space:pre-wrap}</style></head><body>"
                + "<h1>The edition cannot be rendered</h1><p>Fix the problem below and save; this page reloads by itself.</p><pre>");
        problems.forEach(p -> XmlText.text(p, b).append('\n'));
        b.append("</pre>").append(reloadScript(version)).append("</body></html>\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ HTTP

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            String method = x.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(x, 405, "text/plain; charset=UTF-8", "only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = x.getRequestURI().getPath();
            Page p = page;
            if (path.equals(VERSION_PATH)) {
                send(x, 200, "text/plain; charset=UTF-8", Long.toString(p.version()).getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/") || path.equals("/index.html")) {
                send(x, 200, "text/html; charset=UTF-8", p.html());
            } else {
                send(x, 404, "text/plain; charset=UTF-8", "not found; the edition is at /\n".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().set("Content-Type", type);
        x.getResponseHeaders().set("Cache-Control", "no-store");
        x.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = x.getRequestMethod().equals("HEAD");
        x.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream o = x.getResponseBody()) {
                o.write(body);
            }
        }
    }
}
