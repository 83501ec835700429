package eu.barometer.templates;

import eu.barometer.core.reference.Language;
import eu.barometer.templates.internal.SecureXml;
import eu.barometer.templates.xhtml.XhtmlReader;
import eu.barometer.templates.xhtml.XhtmlTree;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Objects;

/**
 * The XHTML a template set produced for one edition in one language: the single source every
 * renderer works from. {@code docs/xhtml-subset.md} lists the elements and classes renderers
 * understand. Holds the text read into the typed document every renderer reads ({@link #tree()},
 * immutable) and a DOM for the renderers that lay out a DOM (PDF, HTML); the DOM belongs to one
 * render (one thread) at a time.
 *
 * @param language the edition's language
 * @param xhtml    the XHTML text
 * @param dom      the parsed document
 * @param tree     the typed document, with every problem against the subset
 * @since 0.1
 */
public record XhtmlDocument(Language language, String xhtml, Document dom, XhtmlTree tree) {

    public XhtmlDocument {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(xhtml, "xhtml");
        Objects.requireNonNull(dom, "dom");
        Objects.requireNonNull(tree, "tree");
    }

    /**
     * A document from its text and the DOM parsed from it; the text is read into the typed document.
     *
     * @throws IllegalArgumentException if the text is not well-formed
     */
    public XhtmlDocument(Language language, String xhtml, Document dom) {
        this(language, xhtml, dom, readTree(xhtml));
    }

    private static XhtmlTree readTree(String xhtml) {
        try {
            return XhtmlReader.read("xhtml", xhtml);
        } catch (RenderException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Parses XHTML without resolving any external entity or DTD: a template cannot make the
     * parser read a file or open a connection. A DOCTYPE is allowed (for {@code &nbsp;} and the
     * like, which must then be written as numeric references by the template).
     *
     * @param source the name used in problems, e.g. {@code edition.ftlh (output)}
     * @throws RenderException if the text is not well-formed XML; the problem gives the output line and column
     */
    public static XhtmlDocument parse(String source, Language language, String xhtml) throws RenderException {
        XhtmlTree tree = XhtmlReader.read(source, xhtml);
        try {
            DocumentBuilder builder = BUILDER.get();
            builder.reset();
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            builder.setErrorHandler(null);
            Document dom = builder.parse(new InputSource(new StringReader(xhtml)));
            return new XhtmlDocument(language, xhtml, dom, tree);
        } catch (SAXParseException e) {
            throw new RenderException(List.of(new TemplateProblem(source, Math.max(0, e.getLineNumber()),
                    Math.max(0, e.getColumnNumber()), "the template produced XHTML that is not well-formed: " + e.getMessage())));
        } catch (org.xml.sax.SAXException | IOException e) {
            throw new RenderException("could not parse the XHTML produced by the template: " + e.getMessage(), e);
        }
    }

    /**
     * One parser per thread, made once: finding and configuring a factory took longer than
     * parsing an edition. The whole tree is built at once (no deferred nodes), since every
     * renderer walks all of it.
     */
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(() -> {
        DocumentBuilderFactory f = secureFactory();
        try {
            f.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
        } catch (ParserConfigurationException e) {
            // another parser: keep its default
        }
        try {
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser: " + e.getMessage(), e);
        }
    });

    /** A DocumentBuilderFactory that resolves no external entity, DTD or XInclude. */
    public static DocumentBuilderFactory secureFactory() {
        return SecureXml.documentBuilderFactory();
    }
}
