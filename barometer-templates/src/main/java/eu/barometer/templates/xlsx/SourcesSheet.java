package eu.barometer.templates.xlsx;

import eu.barometer.core.model.Dataset;
import eu.barometer.core.model.DatasetKind;
import eu.barometer.core.model.SourceInfo;
import eu.barometer.core.problem.InputProblem;
import eu.barometer.templates.xlsx.Styles.Kind;
import eu.barometer.templates.xlsx.Styles.Role;

import java.util.List;
import java.util.Map;

/**
 * The Sources sheet: one row per dataset, received or not, with its file, SHA-256, rows read, rows
 * in the edition, provider, the date of the figures, whether the provider called it provisional,
 * the name of its data sheet, and the number of problems (warnings) reported for its file, which
 * the Problems sheet lists.
 */
final class SourcesSheet {

    private static final String[] HEADS = {"sources.dataset", "sources.id", "sources.action", "sources.status",
        "sources.file", "sources.sha256", "sources.rows-read", "sources.rows-in-model", "sources.provider",
        "sources.as-of", "sources.provisional", "sources.sheet", "sources.problems"};
    private static final int FIRST_NUMBER = 6;
    private static final int LAST_NUMBER = 7;
    private static final int AS_OF = 9;
    private static final int PROBLEMS = 12;

    private final Styles styles;
    private final Labels labels;
    private final Printing printing;
    private final Words words;

    SourcesSheet(Styles styles, Labels labels, Printing printing, Words words) {
        this.styles = styles;
        this.labels = labels;
        this.printing = printing;
        this.words = words;
    }

    void write(Grid g, List<Dataset<?>> datasets, Map<DatasetKind, List<String>> dataSheets, List<InputProblem> warnings) {
        ColumnWidths widths = new ColumnWidths();
        for (int c = 0; c < HEADS.length; c++) {
            g.set(0, c, labels.get(HEADS[c]), styles.header(c >= FIRST_NUMBER && c <= LAST_NUMBER || c == PROBLEMS));
            widths.fit(c, Math.min(16, labels.get(HEADS[c]).length()));
        }
        int r = 1;
        for (Dataset<?> d : datasets) {
            DatasetKind k = d.kind();
            text(g, r, 0, labels.get(k.labelKey()), widths, Kind.TEXT);
            text(g, r, 1, k.id(), widths, Kind.CODE);
            text(g, r, 2, k.action(), widths, Kind.CODE);
            text(g, r, 3, labels.get(d.isReceived() ? "sources.received" : "sources.not-received"), widths, Kind.TEXT);
            if (d.source().isPresent()) {
                SourceInfo s = d.source().get();
                text(g, r, 4, s.file(), widths, Kind.TEXT);
                text(g, r, 5, s.sha256(), widths, Kind.CODE);
                number(g, r, 6, s.rowsRead(), widths);
                number(g, r, 7, d.rows().size(), widths);
                text(g, r, 8, words.organisations(eu.barometer.core.reference.Organisation.split(s.provider())), widths, Kind.TEXT);
                if (s.asOf().isPresent()) {
                    g.set(r, AS_OF, s.asOf().get(), styles.cell(Kind.DATE, 0, Role.BODY, false, false));
                    widths.fit(AS_OF, 10);
                }
                text(g, r, 10, s.provisional() ? labels.get("sources.yes") : "", widths, Kind.TEXT);
                text(g, r, 11, String.join(", ", dataSheets.getOrDefault(k, List.of())), widths, Kind.TEXT);
                number(g, r, PROBLEMS, warnings.stream().filter(p -> concerns(p, k, s)).count(), widths);
            } else {
                text(g, r, 8, k.defaultProvider(), widths, Kind.TEXT);
            }
            r++;
        }
        int lastRow = r - 1;
        g.set(r + 1, 0, labels.get("sources.note"), styles.note());
        g.setup.freezeColumns = 1;
        g.setup.freezeRows = 1;
        g.setup.autoFilter = new SheetSetup.Range(0, lastRow, 0, HEADS.length - 1);
        widths.apply(g.setup, HEADS.length);
        printing.apply(g.setup, 0, 0, HEADS.length);
    }

    /** True if a problem is located in a dataset's file (or, for data given through the API, its records). */
    static boolean concerns(InputProblem p, DatasetKind kind, SourceInfo source) {
        String where = p.location().source();
        return where.equals(source.file()) || (source.file().endsWith("[api]") && where.startsWith(kind.id() + "["));
    }

    private void text(Grid g, int r, int c, String s, ColumnWidths widths, Kind kind) {
        g.set(r, c, s, styles.cell(kind, 0, Role.BODY, false, false));
        widths.fitText(c, s);
    }

    private void number(Grid g, int r, int c, long n, ColumnWidths widths) {
        g.set(r, c, n, styles.cell(Kind.INTEGER, 0, Role.BODY, false, false));
        widths.fitInteger(c, n);
    }
}
