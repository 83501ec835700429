package eu.barometer.templates.pdf;

import eu.barometer.templates.internal.SetLoader;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLConnection;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The user agent of a PDF render: it opens no file and no connection. It serves the template
 * set's own files (by relative name, from memory), {@code data:} URIs and Flying Saucer's default
 * style sheet (read once from its jar); any other reference (http, https, file, jar, a name outside
 * the set) is refused and recorded, and the render fails naming it.
 */
final class SandboxUserAgent extends ITextUserAgent {

    private static final java.net.URL DEFAULT_CSS_URL =
            org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler.class.getResource("/resources/css/XhtmlNamespaceHandler.css");
    private static final byte[] DEFAULT_CSS = readDefaultCss();

    private static byte[] readDefaultCss() {
        try (InputStream in = DEFAULT_CSS_URL.openStream()) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("Flying Saucer's default style sheet is missing: " + e.getMessage(), e);
        }
    }

    private final List<String> refused = new ArrayList<>();
    private final Function<String, Optional<byte[]>> setFiles;

    SandboxUserAgent(ITextOutputDevice device, int dotsPerPixel, Function<String, Optional<byte[]>> setFiles) {
        super(device, dotsPerPixel);
        this.setFiles = setFiles;
    }

    /** The references refused during the render, in order. */
    List<String> refused() {
        return refused;
    }

    @Override
    public String resolveURI(String uri) {
        return uri;
    }

    @Override
    protected InputStream resolveAndOpenStream(String uri) {
        return open(uri);
    }

    @Override
    protected InputStream openStream(String uri) {
        return open(uri);
    }

    @Override
    protected URLConnection openConnection(String uri) throws IOException {
        refused.add(uri);
        throw new IOException("the PDF renderer opens no connection: " + uri);
    }

    @Override
    public byte[] getBinaryResource(String uri) {
        InputStream in = open(uri);
        try {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    private InputStream open(String uri) {
        if (uri != null && uri.equals(DEFAULT_CSS_URL.toString())) {
            return new ByteArrayInputStream(DEFAULT_CSS);
        }
        if (uri != null && uri.startsWith("data:")) {
            int comma = uri.indexOf(',');
            if (comma > 0) {
                String meta = uri.substring(5, comma);
                String payload = uri.substring(comma + 1);
                byte[] bytes = meta.endsWith(";base64") ? Base64.getMimeDecoder().decode(payload)
                        : java.net.URLDecoder.decode(payload, java.nio.charset.StandardCharsets.UTF_8)
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                return new ByteArrayInputStream(bytes);
            }
        }
        if (uri != null && SetLoader.isSafeName(uri)) {
            Optional<byte[]> file = setFiles.apply(uri);
            if (file.isPresent()) {
                return new ByteArrayInputStream(file.get());
            }
        }
        if (uri != null) {
            refused.add(uri);
        }
        return null;
    }
}
