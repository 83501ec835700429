package eu.barometer.templates.xlsx;

import eu.barometer.templates.RenderException;
import eu.barometer.templates.xlsx.Styles.Kind;
import eu.barometer.templates.xlsx.Styles.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The first sheet: the document's title, its metadata as label–value rows (dates as dates), the
 * key figures of the document's summary section, and the list of sheets with links.
 */
final class SummarySheet {

    /** One label–value row; the value is a String or a LocalDate. */
    record Item(String label, Object value) { }

    /** A key figure: its sentence, and the figure's raw value if the document gives one. */
    record KeyFigure(String text, Optional<HtmlTable.Cell> value) { }

    private final Styles styles;
    private final Printing printing;

    SummarySheet(Styles styles, Printing printing) {
        this.styles = styles;
        this.printing = printing;
    }

    void write(Grid g, String title, List<Item> metadata, String keyFiguresLabel, List<KeyFigure> keyFigures,
               String sheetsLabel, List<String> sheetNames) throws RenderException {
        ColumnWidths widths = new ColumnWidths();
        int r = 0;
        g.set(r++, 0, title, styles.title());
        r++;
        for (Item item : metadata) {
            label(g, r, item.label(), widths);
            if (item.value() instanceof LocalDate d) {
                g.set(r, 1, d, styles.cell(Kind.DATE, 0, Role.BODY, false, false));
            } else {
                g.set(r, 1, String.valueOf(item.value()), styles.cell(Kind.TEXT, 0, Role.BODY, false, true));
            }
            widths.fitText(1, String.valueOf(item.value()));
            r++;
        }
        int first = r + 1;
        r = list(g, r, keyFiguresLabel, keyFigures.stream().map(KeyFigure::text).toList(), widths, false);
        for (int i = 0; i < keyFigures.size(); i++) {
            if (keyFigures.get(i).value().isPresent()) {
                HtmlTable.Cell c = keyFigures.get(i).value().get();
                TableSheet.Value v = TableSheet.value(c, "key figure", i + 1, 1);
                g.set(first + i, 2, v.value(), styles.cell(v.kind(), v.decimals(), v.shown(), Role.BODY, c.flag().isPresent(),
                        false, null));
                widths.fit(2, Math.max(10, c.text().length()));
            }
        }
        r = list(g, r, sheetsLabel, sheetNames, widths, true);
        widths.fit(1, 40);
        widths.apply(g.setup, 3);
        for (int i = 0; i < g.rows(); i++) {
            if (g.value(i, 1) instanceof String text && styles.wraps(g.style(i, 1))) {
                widths.fitHeight(g, i, 1, text);
            }
        }
        printing.apply(g.setup, -1, -1, 2);
    }

    private int list(Grid g, int r, String label, List<String> items, ColumnWidths widths, boolean links) {
        if (items.isEmpty()) {
            return r;
        }
        r++;
        for (int i = 0; i < items.size(); i++, r++) {
            if (i == 0) {
                label(g, r, label, widths);
            }
            g.set(r, 1, items.get(i), links ? styles.link() : styles.cell(Kind.TEXT, 0, Role.BODY, false, true));
            widths.fitText(1, items.get(i));
            if (links) {
                g.setup.links.add(new SheetSetup.Link(r, 1, WorkbookXml.quote(items.get(i)) + "!A1", items.get(i)));
            }
        }
        return r;
    }

    private void label(Grid g, int r, String label, ColumnWidths widths) {
        g.set(r, 0, label, styles.label());
        widths.fitText(0, label);
    }
}
