package eu.barometer.templates.internal;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

/**
 * The XML parser factories of the library, made safe once: no external entity, DTD, schema or
 * XInclude is resolved, so no XML a template writes can make a parser read a file or open a
 * connection.
 */
public final class SecureXml {

    private static final String[] OFF = {
            "http://xml.org/sax/features/external-general-entities",
            "http://xml.org/sax/features/external-parameter-entities",
            "http://apache.org/xml/features/nonvalidating/load-external-dtd"};

    private SecureXml() { }

    /** A namespace-aware DOM factory that resolves nothing external. */
    public static DocumentBuilderFactory documentBuilderFactory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            for (String feature : OFF) {
                f.setFeature(feature, false);
            }
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("the XML parser cannot be made safe: " + e.getMessage(), e);
        }
        return f;
    }

    /** A namespace-aware SAX factory that resolves nothing external. */
    public static SAXParserFactory saxParserFactory() {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setXIncludeAware(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            for (String feature : OFF) {
                f.setFeature(feature, false);
            }
        } catch (ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("the XML parser cannot be made safe: " + e.getMessage(), e);
        }
        return f;
    }
}
