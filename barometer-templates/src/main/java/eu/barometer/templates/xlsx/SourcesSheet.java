package eu.barometer.templates.xlsx;

import eu.barometer.core.model.Dataset;
import eu.barometer.core.model.DatasetKind;
import eu.barometer.core.model.SourceInfo;
import eu.barometer.templates.xlsx.Styles.Kind;
import eu.barometer.templates.xlsx.Styles.Role;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.util.List;
import java.util.Map;

/**
 * The last sheet: one row per dataset, received or not, with its file, SHA-256, rows read, rows
 * in the edition, provider, the date of the figures, whether the provider called it provisional,
 * and the name of its data sheet. The renderer has no list of input problems: rows read minus
 * rows in the edition is what validation set aside, and a note under the table says where the
 * problems are listed.
 */
final class SourcesSheet {

    private static final String[] HEADS = {"sources.dataset", "sources.id", "sources.action", "sources.status",
        "sources.file", "sources.sha256", "sources.rows-read", "sources.rows-in-model", "sources.provider",
        "sources.as-of", "sources.provisional", "sources.sheet"};
    private static final int FIRST_NUMBER = 6;
    private static final int LAST_NUMBER = 7;
    private static final int AS_OF = 9;

    private final Styles styles;
    private final Labels labels;
    private final Printing printing;

    SourcesSheet(Styles styles, Labels labels, Printing printing) {
        this.styles = styles;
        this.labels = labels;
        this.printing = printing;
    }

    void write(Sheet sheet, List<Dataset<?>> datasets, Map<DatasetKind, String> dataSheets) {
        ColumnWidths widths = new ColumnWidths();
        Row head = sheet.createRow(0);
        for (int c = 0; c < HEADS.length; c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(labels.get(HEADS[c]));
            cell.setCellStyle(styles.header(c >= FIRST_NUMBER && c <= LAST_NUMBER));
            widths.fit(c, Math.min(16, labels.get(HEADS[c]).length()));
        }
        int r = 1;
        for (Dataset<?> d : datasets) {
            Row row = sheet.createRow(r++);
            DatasetKind k = d.kind();
            text(row, 0, labels.get(k.labelKey()), widths, Kind.TEXT);
            text(row, 1, k.id(), widths, Kind.CODE);
            text(row, 2, k.action(), widths, Kind.CODE);
            text(row, 3, labels.get(d.isReceived() ? "sources.received" : "sources.not-received"), widths, Kind.TEXT);
            if (d.source().isPresent()) {
                SourceInfo s = d.source().get();
                text(row, 4, s.file(), widths, Kind.TEXT);
                text(row, 5, s.sha256(), widths, Kind.CODE);
                number(row, 6, s.rowsRead(), widths);
                number(row, 7, d.rows().size(), widths);
                text(row, 8, s.provider(), widths, Kind.TEXT);
                if (s.asOf().isPresent()) {
                    Cell c = row.createCell(AS_OF);
                    c.setCellValue(s.asOf().get());
                    c.setCellStyle(styles.cell(Kind.DATE, 0, Role.BODY, false, false));
                    widths.fit(AS_OF, 10);
                }
                text(row, 10, s.provisional() ? labels.get("sources.yes") : "", widths, Kind.TEXT);
                text(row, 11, dataSheets.getOrDefault(k, ""), widths, Kind.TEXT);
            } else {
                text(row, 8, k.defaultProvider(), widths, Kind.TEXT);
            }
        }
        int lastRow = r - 1;
        Cell note = sheet.createRow(r + 1).createCell(0);
        note.setCellValue(labels.get("sources.note"));
        note.setCellStyle(styles.note());
        sheet.createFreezePane(1, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, HEADS.length - 1));
        widths.apply(sheet, HEADS.length);
        printing.apply(sheet, 0, 0, HEADS.length);
    }

    private void text(Row row, int c, String s, ColumnWidths widths, Kind kind) {
        Cell cell = row.createCell(c);
        cell.setCellValue(s);
        cell.setCellStyle(styles.cell(kind, 0, Role.BODY, false, false));
        widths.fitText(c, s);
    }

    private void number(Row row, int c, long n, ColumnWidths widths) {
        Cell cell = row.createCell(c);
        cell.setCellValue(n);
        cell.setCellStyle(styles.cell(Kind.INTEGER, 0, Role.BODY, false, false));
        widths.fitInteger(c, n);
    }
}
