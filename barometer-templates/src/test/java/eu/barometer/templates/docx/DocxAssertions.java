package eu.barometer.templates.docx;

import eu.barometer.templates.xhtml.Subset;
import eu.barometer.templates.XhtmlDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reading a written DOCX back and comparing it with the XHTML it came from. */
final class DocxAssertions {

    private DocxAssertions() { }

    static XWPFDocument read(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    static byte[] write(XhtmlDocument x) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxWriter.withDefaultReference().write(x, "test.xhtml", out);
        return out.toByteArray();
    }

    /** The texts of every cell of every non-chart table in the XHTML, row by row, as the reader sees them. */
    static List<List<String>> xhtmlTables(XhtmlDocument x) {
        List<List<String>> out = new ArrayList<>();
        NodeList tables = x.dom().getElementsByTagNameNS(DocxBuild.XHTML_NS, "table");
        for (int t = 0; t < tables.getLength(); t++) {
            Element table = (Element) tables.item(t);
            if (Subset.hasClass(table, "chart-data")) {
                continue;
            }
            NodeList rows = table.getElementsByTagNameNS(DocxBuild.XHTML_NS, "tr");
            for (int r = 0; r < rows.getLength(); r++) {
                List<String> cells = new ArrayList<>();
                for (Element c : DocxBuild.elements((Element) rows.item(r))) {
                    cells.add(DocxBuild.collapse(textWithBreaks(c)));
                }
                out.add(cells);
            }
        }
        return out;
    }

    /** The text of an element with a space for each {@code <br/>}, as a line break reads. */
    static String textWithBreaks(Element e) {
        StringBuilder b = new StringBuilder();
        for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                b.append(c.getLocalName().equals("br") ? " " : textWithBreaks(c));
            } else if (n.getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
                b.append(n.getNodeValue());
            }
        }
        return b.toString();
    }

    /** The texts of every cell of every table in the DOCX, row by row, without the cells that continue a row span. */
    static List<List<String>> docxTables(XWPFDocument d) {
        List<List<String>> out = new ArrayList<>();
        for (XWPFTable table : d.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                List<String> cells = new ArrayList<>();
                for (XWPFTableCell c : row.getTableCells()) {
                    var pr = c.getCTTc().getTcPr();
                    boolean continuation = pr != null && pr.isSetVMerge() && (pr.getVMerge().getVal() == null
                            || pr.getVMerge().getVal().toString().equals("continue"));
                    if (!continuation) {
                        cells.add(DocxBuild.collapse(c.getText()));
                    }
                }
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                out.add(cells);
            }
        }
        return out;
    }

    /** Every figure in every table of the XHTML is in the DOCX, in the same cell. */
    static void assertTablesMatch(XhtmlDocument x, XWPFDocument d) {
        List<List<String>> expected = xhtmlTables(x);
        expected.forEach(row -> {
            while (!row.isEmpty() && row.get(row.size() - 1).isEmpty()) {
                row.remove(row.size() - 1);
            }
        });
        List<List<String>> actual = docxTables(d);
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), "table row " + (i + 1) + " (counting all tables)");
        }
        assertEquals(expected.size(), actual.size(), "table rows");
    }
}
