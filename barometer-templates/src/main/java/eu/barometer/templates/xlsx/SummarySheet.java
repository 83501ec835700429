package eu.barometer.templates.xlsx;

import eu.barometer.templates.xlsx.Styles.Kind;
import eu.barometer.templates.xlsx.Styles.Role;
import eu.barometer.templates.RenderException;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.time.LocalDate;
import java.util.List;

/**
 * The first sheet: the document's title, its metadata as label–value rows (dates as dates), the
 * key figures of the document's summary section, and the list of sheets with links.
 */
final class SummarySheet {

    /** One label–value row; the value is a String or a LocalDate. */
    record Item(String label, Object value) { }

    /** A key figure: its sentence, and the figure's raw value if the document gives one. */
    record KeyFigure(String text, java.util.Optional<HtmlTable.Cell> value) { }

    private final Styles styles;
    private final Printing printing;

    SummarySheet(Styles styles, Printing printing) {
        this.styles = styles;
        this.printing = printing;
    }

    void write(Sheet sheet, String title, List<Item> metadata, String keyFiguresLabel, List<KeyFigure> keyFigures,
               String sheetsLabel, List<String> sheetNames) throws RenderException {
        ColumnWidths widths = new ColumnWidths();
        int r = 0;
        Cell t = sheet.createRow(r++).createCell(0);
        t.setCellValue(title);
        t.setCellStyle(styles.title());
        r++;
        for (Item item : metadata) {
            Row row = sheet.createRow(r++);
            label(row, item.label(), widths);
            Cell v = row.createCell(1);
            if (item.value() instanceof LocalDate d) {
                v.setCellValue(d);
                v.setCellStyle(styles.cell(Kind.DATE, 0, Role.BODY, false, false));
            } else {
                v.setCellValue(String.valueOf(item.value()));
                v.setCellStyle(styles.cell(Kind.TEXT, 0, Role.BODY, false, true));
            }
            widths.fitText(1, String.valueOf(item.value()));
        }
        int first = r + 1;
        r = list(sheet, r, keyFiguresLabel, keyFigures.stream().map(KeyFigure::text).toList(), widths, false);
        for (int i = 0; i < keyFigures.size(); i++) {
            if (keyFigures.get(i).value().isPresent()) {
                HtmlTable.Cell c = keyFigures.get(i).value().get();
                TableSheet.Value v = TableSheet.value(c, "key figure", i + 1, 1);
                Cell cell = sheet.getRow(first + i).createCell(2);
                cell.setCellStyle(styles.cell(v.kind(), v.decimals(), Role.BODY, c.flag().isPresent(), false));
                TableSheet.put(cell, v);
                widths.fit(2, Math.max(10, c.text().length()));
            }
        }
        r = list(sheet, r, sheetsLabel, sheetNames, widths, true);
        widths.fit(1, 40);
        widths.apply(sheet, 3);
        for (Row row : sheet) {
            Cell v = row.getCell(1);
            if (v != null && v.getCellStyle().getWrapText()) {
                widths.fitHeight(row, 1, v.getStringCellValue());
            }
        }
        printing.apply(sheet, -1, -1, 2);
    }

    private int list(Sheet sheet, int r, String label, List<String> items, ColumnWidths widths, boolean links) {
        if (items.isEmpty()) {
            return r;
        }
        r++;
        for (int i = 0; i < items.size(); i++) {
            Row row = sheet.createRow(r++);
            if (i == 0) {
                label(row, label, widths);
            }
            Cell v = row.createCell(1);
            v.setCellValue(items.get(i));
            v.setCellStyle(styles.cell(Kind.TEXT, 0, Role.BODY, false, true));
            widths.fitText(1, items.get(i));
            if (links) {
                Hyperlink h = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                h.setAddress("'" + items.get(i).replace("'", "''") + "'!A1");
                v.setHyperlink(h);
            }
        }
        return r;
    }

    private void label(Row row, String label, ColumnWidths widths) {
        Cell l = row.createCell(0);
        l.setCellValue(label);
        l.setCellStyle(styles.label());
        widths.fitText(0, label);
    }
}
