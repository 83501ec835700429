package eu.barometer.cli.preview;

import eu.barometer.core.reference.Language;
import eu.barometer.templates.OutputFormat;
import eu.barometer.templates.Renderers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(120)
class PreviewServerTest {

    private static final Path SAMPLES = Path.of(System.getProperty("barometer.samples", "../samples"));

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final StringWriter log = new StringWriter();
    private PreviewServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private PreviewServer start(Path bundle, Path templates) throws IOException {
        server = new PreviewServer(bundle, templates, Optional.of(Language.EN),
                set -> Renderers.forFormat(OutputFormat.HTML, set), new PrintWriter(log, true));
        server.start(0);
        return server;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }

    /** Edits a file so that the change is seen even where modification times are coarse. */
    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), () -> from + " not in " + file);
        Files.writeString(file, text.replace(from, to));
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(2)));
    }

    /** Inserts a line after the {@code <body>} line of a template; returns the new line's number. */
    private static int insertAfterBody(Path template, String text) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(template));
        int body = lines.indexOf(lines.stream().filter(l -> l.contains("<body")).findFirst().orElseThrow());
        lines.add(body + 1, text);
        Files.write(template, lines);
        Files.setLastModifiedTime(template, FileTime.from(Instant.now().plusSeconds(2)));
        return body + 2;
    }

    private void awaitVersionAbove(long version) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (server.version() <= version) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no new render within 60 s; log:\n" + log);
            }
            Thread.sleep(50);
        }
    }

    private Path templateCopy() throws IOException {
        Path set = tmp.resolve("templates");
        eu.barometer.templates.TemplateSet.builtIn().copyTo(set);
        return set;
    }

    @Test
    void servesTheHtmlEditionOnLoopbackWithTheReloadScript() throws Exception {
        start(SAMPLES.resolve("2023-Q3"), null);
        assertEquals("127.0.0.1", server.uri().getHost());
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("<html"), page::body);
        assertTrue(page.body().contains("fetch('/__version'"), "the page polls for new versions");
        assertEquals(String.valueOf(server.version()), get("/__version").body());
        assertEquals(404, get("/etc/passwd").statusCode());
    }

    @Test
    void rendersAgainAfterATemplateChange() throws Exception {
        Path set = templateCopy();
        start(SAMPLES.resolve("2023-Q3"), set);
        String before = get("/").body();
        assertTrue(before.contains("<html"), before);
        long v = server.version();
        insertAfterBody(set.resolve("edition.ftlh"), "<p class=\"note\">Preview marker 4711</p>");
        awaitVersionAbove(v);
        String after = get("/").body();
        assertTrue(after.contains("Preview marker 4711"), after);
        assertEquals(String.valueOf(v + 1), get("/__version").body());
    }

    @Test
    void showsATemplateErrorWithItsLocationInThePage() throws Exception {
        Path set = templateCopy();
        start(SAMPLES.resolve("2023-Q3"), set);
        long v = server.version();
        int line = insertAfterBody(set.resolve("edition.ftlh"), "<#if>");
        awaitVersionAbove(v);
        String page = get("/").body();
        assertTrue(page.contains("The edition cannot be rendered"), page);
        assertTrue(page.contains(set.resolve("edition.ftlh") + ":" + line + ":"), page);
        assertTrue(page.contains("fetch('/__version'"), "an error page reloads by itself too");
    }

    @Test
    void showsAnInputErrorWithItsLocationAndRecoversWhenFixed() throws Exception {
        Path bundle = tmp.resolve("2023-Q3");
        copyTree(SAMPLES.resolve("2023-Q3"), bundle);
        start(bundle, null);
        long v = server.version();
        edit(bundle.resolve("eurojust.csv"), "\nBE;2022-Q2;4;13;0;2;1;", "\nBE;2022-Q2;-4;13;0;2;1;");
        awaitVersionAbove(v);
        String page = get("/").body();
        assertTrue(page.contains(bundle.resolve("eurojust.csv") + ":3:3: error: negative figure -4"), page);
        edit(bundle.resolve("eurojust.csv"), "\nBE;2022-Q2;-4;13;0;2;1;", "\nBE;2022-Q2;4;13;0;2;1;");
        awaitVersionAbove(v + 1);
        assertTrue(get("/").body().contains("<html"));
    }

    @Test
    void rendersAgainWhenANarrativeTextChangesAndShowsItsErrorsLocated() throws Exception {
        Path bundle = tmp.resolve("2023-Q3");
        copyTree(SAMPLES.resolve("2023-Q3"), bundle);
        start(bundle, null);
        long v = server.version();
        Path summary = bundle.resolve("text/summary.en.md");
        edit(summary, "Pressure on the external borders kept rising.", "Preview text marker 0815.");
        awaitVersionAbove(v);
        assertTrue(get("/").body().contains("Preview text marker 0815."), "the changed text is shown");
        edit(summary, "Preview text marker 0815.", "Preview text {{no.such-figure}}.");
        awaitVersionAbove(v + 1);
        String page = get("/").body();
        assertTrue(page.contains(bundle.resolve("text/summary.en.md") + ":2:14: error: unknown figure 'no.such-figure'"), page);
    }

    @Test
    void answersOnlyGetAndHead() throws Exception {
        start(SAMPLES.resolve("2023-Q3"), null);
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(server.uri()).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        URI head = server.uri();
        HttpResponse<Void> h = http.send(HttpRequest.newBuilder(head).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(200, h.statusCode());
    }
}
