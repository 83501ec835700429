package eu.barometer.templates.pdf;

import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLConnection;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The user agent of a PDF render: it opens no file and no connection. It serves {@code data:} URIs
 * and Flying Saucer's own default style sheet (read once from its jar); any other reference (http,
 * https, file, jar, a relative path) is refused and recorded, and the render fails naming it.
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

    SandboxUserAgent(ITextOutputDevice device, int dotsPerPixel) {
        super(device, dotsPerPixel);
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
        if (uri != null) {
            refused.add(uri);
        }
        return null;
    }
}
