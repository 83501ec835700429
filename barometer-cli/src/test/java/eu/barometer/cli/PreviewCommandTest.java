package eu.barometer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(120)
class PreviewCommandTest {

    @Test
    void servesUntilStoppedAndSaysWhere() throws Exception {
        CountDownLatch stop = new CountDownLatch(1);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = BarometerCommand.configure(new picocli.CommandLine(new PreviewCommand(RendererSource.BUILT_IN, stop)),
                new PrintWriter(out, true), new PrintWriter(err, true));
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(
                () -> cl.execute(Bundles.sample("2023-Q3").toString(), "--port", "0", "--lang", "sl"));
        Pattern url = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/) ");
        Matcher m;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!(m = url.matcher(out.toString())).find()) {
            assertTrue(System.nanoTime() < deadline, () -> "no address printed; out: " + out + " err: " + err);
            Thread.sleep(50);
        }
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(m.group(1)))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("lang=\"sl\""), "the language asked for");
        stop.countDown();
        assertEquals(ExitCode.OK, run.get(30, TimeUnit.SECONDS));
    }

    @Test
    void aPortInUseIsAFailureNamingIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            Cli.Result r = Cli.run(new PreviewCommand(RendererSource.BUILT_IN, new CountDownLatch(0)),
                    Bundles.sample("2023-Q3").toString(), "--port", String.valueOf(port));
            assertEquals(ExitCode.FAILURE, r.exitCode(), r::toString);
            assertTrue(r.err().startsWith("barometer: cannot listen on 127.0.0.1:" + port + " ("), r::toString);
        }
    }

    @Test
    void rejectsAPortOutOfRangeAndAnUnknownLanguage() {
        assertEquals(ExitCode.USAGE, Cli.run("preview", Bundles.sample("2023-Q3").toString(), "--port", "70000").exitCode());
        assertEquals(ExitCode.USAGE, Cli.run("preview", Bundles.sample("2023-Q3").toString(), "--lang", "xx").exitCode());
    }
}
