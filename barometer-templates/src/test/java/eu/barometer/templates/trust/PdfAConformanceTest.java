package eu.barometer.templates.trust;

import eu.barometer.core.Barometer;
import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.reference.Language;
import eu.barometer.core.testing.Samples;
import eu.barometer.templates.OutputFormat;
import eu.barometer.templates.RenderOptions;
import eu.barometer.templates.Renderers;
import eu.barometer.templates.TemplateSet;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --pdfa} PDFs pass a real PDF/A-1b validator (Apache PDFBox Preflight). */
class PdfAConformanceTest {

    static EditionAnalysis analysis;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() throws Exception {
        analysis = EditionAnalysis.of(Barometer.load(Samples.bundle("2023-Q3")));
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"EN", "BG", "EL"})
    void pdfAEditionPassesPreflight(Language language) throws Exception {
        Path pdf = tmp.resolve("a-" + language.code() + ".pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            Renderers.forFormat(OutputFormat.PDF, TemplateSet.builtIn())
                    .render(analysis, language, RenderOptions.DEFAULT.withPdfA(true), out);
        }
        ValidationResult result = PreflightParser.validate(pdf.toFile());
        assertTrue(result.isValid(), () -> result.getErrorsList().stream()
                .map(e -> e.getErrorCode() + " " + e.getDetails()).distinct().limit(20).collect(Collectors.joining("\n")));
    }

    @org.junit.jupiter.api.Test
    void ordinaryPdfIsNotClaimedAsPdfA() throws Exception {
        Path pdf = tmp.resolve("plain.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            Renderers.forFormat(OutputFormat.PDF, TemplateSet.builtIn()).render(analysis, Language.EN, RenderOptions.DEFAULT, out);
        }
        assertTrue(!PreflightParser.validate(pdf.toFile()).isValid(), "the validator sees the difference");
    }
}
