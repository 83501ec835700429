package eu.barometer.templates.xlsx;

import eu.barometer.core.problem.InputProblem;
import eu.barometer.templates.xlsx.Styles.Kind;
import eu.barometer.templates.xlsx.Styles.Role;

import java.util.List;

/**
 * The last sheet: every problem (warning) the edition's inputs raised, one per row with its file,
 * line, column, code and message, in the order {@code barometer validate} prints them; or a line
 * saying there was none. An edition never has errors: inputs with errors give no edition.
 */
final class ProblemsSheet {

    private static final String[] HEADS = {"problems.file", "problems.line", "problems.column", "problems.code",
        "problems.message"};
    private static final int MESSAGE = 4;

    private final Styles styles;
    private final Labels labels;
    private final Printing printing;

    ProblemsSheet(Styles styles, Labels labels, Printing printing) {
        this.styles = styles;
        this.labels = labels;
        this.printing = printing;
    }

    void write(Grid g, List<InputProblem> problems) {
        ColumnWidths widths = new ColumnWidths();
        for (int c = 0; c < HEADS.length; c++) {
            g.set(0, c, labels.get(HEADS[c]), styles.header(c == 1 || c == 2));
            widths.fit(c, Math.min(16, labels.get(HEADS[c]).length()));
        }
        int text = styles.cell(Kind.TEXT, 0, Role.BODY, false, false);
        int code = styles.cell(Kind.CODE, 0, Role.BODY, false, false);
        int number = styles.cell(Kind.INTEGER, 0, Role.BODY, false, false);
        int message = styles.cell(Kind.TEXT, 0, Role.BODY, false, true);
        int r = 1;
        for (InputProblem p : problems) {
            g.set(r, 0, p.location().source(), text);
            widths.fitText(0, p.location().source());
            if (p.location().line() > 0) {
                g.set(r, 1, p.location().line(), number);
                widths.fitInteger(1, p.location().line());
            }
            if (p.location().column() > 0) {
                g.set(r, 2, p.location().column(), number);
                widths.fitInteger(2, p.location().column());
            }
            g.set(r, 3, p.code().id(), code);
            widths.fitText(3, p.code().id());
            g.set(r, MESSAGE, p.message(), message);
            widths.fit(MESSAGE, ColumnWidths.MAX);
            r++;
        }
        if (problems.isEmpty()) {
            g.set(r++, 0, labels.get("problems.none"), styles.note());
        } else {
            g.setup.autoFilter = new SheetSetup.Range(0, r - 1, 0, HEADS.length - 1);
        }
        g.set(r + 1, 0, labels.get("problems.note"), styles.note());
        g.setup.freezeRows = 1;
        widths.apply(g.setup, HEADS.length);
        for (int i = 1; i < r; i++) {
            if (g.value(i, MESSAGE) instanceof String m) {
                widths.fitHeight(g, i, MESSAGE, m);
            }
        }
        printing.apply(g.setup, 0, 0, HEADS.length);
    }
}
