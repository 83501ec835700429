package eu.barometer.bench.jasper;

import net.sf.jasperreports.charts.design.JRDesignCategoryDataset;
import net.sf.jasperreports.charts.design.JRDesignCategorySeries;
import net.sf.jasperreports.charts.design.JRDesignChart;
import net.sf.jasperreports.charts.type.ChartTypeEnum;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignField;
import net.sf.jasperreports.engine.design.JRDesignSection;
import net.sf.jasperreports.engine.design.JRDesignStaticText;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.type.EvaluationTimeEnum;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSaver;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The equal-work report of issue 16 in JasperReports 7.0.3, to measure Barometer+ against: a
 * two-page A4 report with the marking at the top and bottom of every page, "page X of Y", one
 * bar chart and one 31-row table of six integer columns (a state and six figures a row, the same
 * numbers the Barometer+ side shows: {@code barometer-bench/equal-work/data.csv}), filled once
 * and exported to PDF, DOCX and XLSX.
 *
 * <pre>
 * java -jar jasper-bench.jar compile report.jasper                   # the design, compiled once (JDT)
 * java -jar jasper-bench.jar cold report.jasper data.csv out          # one edition, then exit (time the process)
 * java -jar jasper-bench.jar warm report.jasper data.csv out 40 30    # warm-ups, runs: median CPU and wall ms per edition
 * </pre>
 */
public final class JasperBench {

    private static final String[] COLUMNS = {"SIENA – messages", "EIS – searches", "EIS – contributions",
            "FIELDS – contributions", "FADO – searches", "SLTD – searches"};

    private JasperBench() { }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: compile OUT.jasper | cold REPORT.jasper DATA.csv OUT | warm REPORT.jasper DATA.csv OUT WARMUPS RUNS");
            System.exit(2);
        }
        switch (args[0]) {
            case "compile" -> JRSaver.saveObject(JasperCompileManager.compileReport(design()), args[1]);
            case "cold" -> edition((JasperReport) JRLoader.loadObjectFromFile(args[1]), rows(Path.of(args[2])), Path.of(args[3]));
            case "warm" -> warm((JasperReport) JRLoader.loadObjectFromFile(args[1]), rows(Path.of(args[2])), Path.of(args[3]),
                    Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            default -> {
                System.err.println("unknown mode " + args[0]);
                System.exit(2);
            }
        }
    }

    /** Fills the report once and exports it to PDF, DOCX and XLSX. */
    static void edition(JasperReport report, List<Map<String, ?>> rows, Path out) throws JRException, IOException {
        Files.createDirectories(out);
        Map<String, Object> parameters = new HashMap<>();
        JasperPrint print = JasperFillManager.fillReport(report, parameters, new JRMapCollectionDataSource(new ArrayList<>(rows)));
        try (OutputStream o = Files.newOutputStream(out.resolve("jasper.pdf"))) {
            JRPdfExporter e = new JRPdfExporter();
            e.setExporterInput(new SimpleExporterInput(print));
            e.setExporterOutput(new SimpleOutputStreamExporterOutput(o));
            e.exportReport();
        }
        try (OutputStream o = Files.newOutputStream(out.resolve("jasper.docx"))) {
            JRDocxExporter e = new JRDocxExporter();
            e.setExporterInput(new SimpleExporterInput(print));
            e.setExporterOutput(new SimpleOutputStreamExporterOutput(o));
            e.exportReport();
        }
        try (OutputStream o = Files.newOutputStream(out.resolve("jasper.xlsx"))) {
            JRXlsxExporter e = new JRXlsxExporter();
            e.setExporterInput(new SimpleExporterInput(print));
            e.setExporterOutput(new SimpleOutputStreamExporterOutput(o));
            e.exportReport();
        }
    }

    private static void warm(JasperReport report, List<Map<String, ?>> rows, Path out, int warmups, int runs)
            throws JRException, IOException {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warmups; i++) {
            edition(report, rows, out);
        }
        double[] cpu = new double[runs];
        double[] wall = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c = bean.getCurrentThreadCpuTime();
            long w = System.nanoTime();
            edition(report, rows, out);
            cpu[i] = (bean.getCurrentThreadCpuTime() - c) / 1e6;
            wall[i] = (System.nanoTime() - w) / 1e6;
        }
        System.out.printf(java.util.Locale.ROOT, "jasper warm edition (PDF+DOCX+XLSX): median %.1f ms CPU, %.1f ms wall (%d runs after %d warm-ups)%n",
                median(cpu), median(wall), runs, warmups);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    /** The rows of data.csv: {@code state,c1,…,c6} with a header line. */
    static List<Map<String, ?>> rows(Path csv) throws IOException {
        List<Map<String, ?>> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("state", f[0]);
            for (int i = 1; i <= COLUMNS.length; i++) {
                // An empty cell is a figure not reported (the Barometer+ edition prints ':'): blank here.
                row.put("c" + i, i < f.length && !f[i].isBlank() ? Integer.valueOf(f[i].trim()) : null);
            }
            rows.add(row);
        }
        return rows;
    }

    /** The report's design: A4, marking in the page header and footer, a chart in the title band, the table. */
    static JasperDesign design() throws JRException {
        JasperDesign d = new JasperDesign();
        d.setName("equal-work");
        d.setPageWidth(595);
        d.setPageHeight(842);
        d.setLeftMargin(62);
        d.setRightMargin(57);
        d.setTopMargin(57);
        d.setBottomMargin(57);
        d.setColumnWidth(595 - 62 - 57);
        int width = d.getColumnWidth();

        JRDesignField state = new JRDesignField();
        state.setName("state");
        state.setValueClass(String.class);
        d.addField(state);
        for (int i = 1; i <= COLUMNS.length; i++) {
            JRDesignField f = new JRDesignField();
            f.setName("c" + i);
            f.setValueClass(Integer.class);
            d.addField(f);
        }

        // Jasper prints the title band above the first page header: the first page's marking is in the title band,
        // the page header prints from page 2 on.
        JRDesignBand title = new JRDesignBand();
        title.setHeight(324);
        title.addElement(text("LIMITE", width - 80, 0, 80, 18, true, HorizontalTextAlignEnum.RIGHT));
        title.addElement(text("Use of SIENA, EIS, FIELDS, FADO and Interpol SLTD by State, July–September 2023", 0, 24, width, 20, true,
                HorizontalTextAlignEnum.LEFT));
        JRDesignChart chart = new JRDesignChart(d, ChartTypeEnum.BAR);
        chart.setX(0);
        chart.setY(48);
        chart.setWidth(width);
        chart.setHeight(270);
        chart.setShowLegend(false);
        chart.setEvaluationTime(EvaluationTimeEnum.REPORT);
        JRDesignCategorySeries series = new JRDesignCategorySeries();
        series.setSeriesExpression(new JRDesignExpression("\"" + COLUMNS[0] + "\""));
        series.setCategoryExpression(new JRDesignExpression("$F{state}"));
        series.setValueExpression(new JRDesignExpression("$F{c1}"));
        ((JRDesignCategoryDataset) chart.getDataset()).addCategorySeries(series);
        title.addElement(chart);
        d.setTitle(title);

        JRDesignBand header = new JRDesignBand();
        header.setHeight(24);
        header.setPrintWhenExpression(new JRDesignExpression("$V{PAGE_NUMBER} > 1"));
        header.addElement(text("LIMITE", width - 80, 0, 80, 18, true, HorizontalTextAlignEnum.RIGHT));
        d.setPageHeader(header);

        int stateWidth = width - 6 * 60;
        JRDesignBand columns = new JRDesignBand();
        columns.setHeight(30);
        columns.addElement(text("State", 0, 0, stateWidth, 30, true, HorizontalTextAlignEnum.LEFT));
        for (int i = 0; i < COLUMNS.length; i++) {
            columns.addElement(text(COLUMNS[i], stateWidth + 60 * i, 0, 60, 30, true, HorizontalTextAlignEnum.RIGHT));
        }
        d.setColumnHeader(columns);

        JRDesignBand detail = new JRDesignBand();
        detail.setHeight(16);
        detail.addElement(field("$F{state}", null, 0, 0, stateWidth, HorizontalTextAlignEnum.LEFT, EvaluationTimeEnum.NOW));
        for (int i = 1; i <= COLUMNS.length; i++) {
            JRDesignTextField f = field("$F{c" + i + "}", "#,##0", stateWidth + 60 * (i - 1), 0, 60, HorizontalTextAlignEnum.RIGHT,
                    EvaluationTimeEnum.NOW);
            detail.addElement(f);
        }
        ((JRDesignSection) d.getDetailSection()).addBand(detail);

        JRDesignBand footer = new JRDesignBand();
        footer.setHeight(20);
        footer.addElement(text("13901/23", 0, 2, 100, 16, false, HorizontalTextAlignEnum.LEFT));
        footer.addElement(field("\"page \" + $V{PAGE_NUMBER} + \" of\"", null, width / 2 - 60, 2, 70, HorizontalTextAlignEnum.RIGHT,
                EvaluationTimeEnum.NOW));
        footer.addElement(field("\" \" + $V{PAGE_NUMBER}", null, width / 2 + 10, 2, 40, HorizontalTextAlignEnum.LEFT,
                EvaluationTimeEnum.REPORT));
        footer.addElement(text("LIMITE", width - 80, 2, 80, 16, true, HorizontalTextAlignEnum.RIGHT));
        d.setPageFooter(footer);
        return d;
    }

    private static JRDesignStaticText text(String s, int x, int y, int w, int h, boolean bold, HorizontalTextAlignEnum align) {
        JRDesignStaticText t = new JRDesignStaticText();
        t.setText(s);
        t.setX(x);
        t.setY(y);
        t.setWidth(w);
        t.setHeight(h);
        t.setBold(bold);
        t.setFontSize(8f);
        t.setHorizontalTextAlign(align);
        return t;
    }

    private static JRDesignTextField field(String expression, String pattern, int x, int y, int w, HorizontalTextAlignEnum align,
                                           EvaluationTimeEnum time) {
        JRDesignTextField f = new JRDesignTextField();
        f.setExpression(new JRDesignExpression(expression));
        if (pattern != null) {
            f.setPattern(pattern);
        }
        f.setX(x);
        f.setY(y);
        f.setWidth(w);
        f.setHeight(16);
        f.setFontSize(8f);
        f.setHorizontalTextAlign(align);
        f.setEvaluationTime(time);
        f.setBlankWhenNull(true);
        return f;
    }
}
