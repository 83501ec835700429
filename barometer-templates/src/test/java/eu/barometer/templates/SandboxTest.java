package eu.barometer.templates;

import eu.barometer.core.reference.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static eu.barometer.templates.TemplateSetTest.minimal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test per sandbox rule; each breaks the rule and must fail cleanly, with a message and no side effect. */
class SandboxTest {

    private static final RenderOptions QUICK = new RenderOptions(false, Duration.ofMillis(700), 64L * 1024 * 1024);

    @TempDir
    Path dir;

    private TemplateSet setWith(String editionBody) throws Exception {
        TemplateSet.builtIn().copyTo(dir);
        Files.writeString(dir.resolve("edition.ftlh"), minimal(editionBody));
        return TemplateSet.fromFolder(dir);
    }

    private RenderException failsToRender(TemplateSet set) {
        return assertThrows(RenderException.class, () -> set.toXhtml(Samples.q3(), Language.EN, QUICK));
    }

    @Test
    void templateModelExposesNoJavaObjectOrMethod() throws Exception {
        RenderException e = failsToRender(setWith("<p>${doc.getClass()}</p>"));
        assertEquals("edition.ftlh", e.problems().get(0).template());
        assertTrue(setWith2("<p>${doc?size}</p>").contains("<p>"), "the model is a plain hash");
    }

    private String setWith2(String body) throws Exception {
        Path other = Files.createTempDirectory(dir, "x");
        TemplateSet.builtIn().copyTo(other);
        Files.writeString(other.resolve("edition.ftlh"), minimal(body));
        return TemplateSet.fromFolder(other).toXhtml(Samples.q3(), Language.EN, QUICK).xhtml();
    }

    @Test
    void newBuiltInResolvesNoClass() throws Exception {
        Path marker = dir.resolve("pwned");
        RenderException e = failsToRender(setWith(
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"touch " + marker + "\")}"));
        assertTrue(e.getMessage().contains("Execute") || e.getMessage().contains("not allowed"), e.getMessage());
        assertFalse(Files.exists(marker));
    }

    @Test
    void apiBuiltInIsOff() throws Exception {
        RenderException e = failsToRender(setWith("<p>${doc?api.getClass().getName()}</p>"));
        assertTrue(e.getMessage().contains("api"), e.getMessage());
    }

    @Test
    void noStaticModelsOrObjectWrapperTricks() throws Exception {
        RenderException e = failsToRender(setWith("<p>${statics[\"java.lang.System\"].exit(1)}</p>"));
        assertTrue(e.getMessage().contains("statics"), e.getMessage());
    }

    @Test
    void includesCannotLeaveTheSet() throws Exception {
        RenderException e = failsToRender(setWith("<#include \"../../../../etc/passwd\">"));
        assertTrue(e.getMessage().contains("passwd"), e.getMessage());
    }

    @Test
    void absoluteIncludesOnlyMeanTheSetsOwnRoot() throws Exception {
        RenderException e = failsToRender(setWith("<#include \"/etc/passwd\">"));
        assertTrue(e.getMessage().contains("not found") || e.getMessage().contains("passwd"), e.getMessage());
    }

    @Test
    void symbolicLinkLeavingTheFolderIsRefused() throws Exception {
        TemplateSet.builtIn().copyTo(dir);
        Path outside = Files.createTempFile("secret", ".ftlh");
        try {
            Files.writeString(outside, "secret");
            Files.createSymbolicLink(dir.resolve("leak.ftlh"), outside);
            RenderException e = assertThrows(RenderException.class, () -> TemplateSet.fromFolder(dir));
            assertTrue(e.getMessage().contains("leak.ftlh") && e.getMessage().contains("symbolic link"), e.getMessage());
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void interpretAndEvalAreRefusedWhenTheSetIsLoaded() throws Exception {
        TemplateSet.builtIn().copyTo(dir);
        Files.writeString(dir.resolve("edition.ftlh"), minimal("<#assign t = \"<#list 1..9 as i></#list>\"?interpret><@t/>"));
        RenderException e = assertThrows(RenderException.class, () -> TemplateSet.fromFolder(dir));
        assertTrue(e.getMessage().contains("?interpret is not allowed"), e.getMessage());
        assertEquals(2, e.problems().get(0).line());
    }

    @Test
    void endlessLoopWithoutOutputStopsAtTheTimeLimit() throws Exception {
        TemplateSet set = setWith("<#list 1..999999999999 as i></#list>");
        RenderException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> failsToRender(set));
        assertTrue(e.getMessage().contains("time limit"), e.getMessage());
        assertEquals("edition.ftlh", e.problems().get(0).template());
        assertFalse(Thread.currentThread().isInterrupted(), "the caller's thread is left uninterrupted");
    }

    @Test
    void endlessLoopWithOutputStopsAtTheTimeLimit() throws Exception {
        TemplateSet set = setWith("<#list 1..999999999999 as i>${i} </#list>");
        RenderException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> failsToRender(set));
        assertTrue(e.getMessage().contains("time limit") || e.getMessage().contains("size limit"), e.getMessage());
    }

    @Test
    void settingDirectiveIsRefused() throws Exception {
        RenderException e = failsToRender(setWith("<#setting locale=\"de\"><p>x</p>"));
        assertTrue(e.getMessage().contains("#setting is not allowed"), e.getMessage());
    }

    @Test
    void xmlExternalEntitiesAreNotResolved() throws Exception {
        TemplateSet.builtIn().copyTo(dir);
        Files.writeString(dir.resolve("edition.ftlh"), "<!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + minimal("<p>&x;</p>").replace("lang=\"${lang.code}\"", "lang=\"en\""));
        TemplateSet set = TemplateSet.fromFolder(dir);
        try {
            XhtmlDocument x = set.toXhtml(Samples.q3(), Language.EN, QUICK);
            assertFalse(x.dom().getDocumentElement().getTextContent().contains("root:"));
        } catch (RenderException e) {
            assertFalse(e.getMessage().contains("root:"), e.getMessage());
        }
    }

    @Test
    void pdfLayoutFetchesNoFileOrUrl() throws Exception {
        TemplateSet.builtIn().copyTo(dir);
        Files.writeString(dir.resolve("edition.ftlh"), "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>t</title>"
                + "<style>@import url(\"file:///etc/passwd\"); p { background-image: url(\"http://127.0.0.1:9/x.png\"); }</style>"
                + "</head><body><p>x</p></body></html>");
        TemplateSet set = TemplateSet.fromFolder(dir);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RenderException e = assertThrows(RenderException.class,
                () -> Renderers.forFormat(OutputFormat.PDF, set).render(Samples.q3(), Language.EN, QUICK, out));
        assertTrue(e.getMessage().contains("does not load"), e.getMessage());
        assertEquals(0, out.size(), "nothing written");
    }

    @Test
    void pdfLayoutServesTheSetsOwnFiles() throws Exception {
        TemplateSet.builtIn().copyTo(dir);
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(img, "png", dir.resolve("emblem.png").toFile());
        Files.writeString(dir.resolve("edition.ftlh"), "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>t</title>"
                + "<style>p { background-image: url(\"emblem.png\"); }</style></head><body><p>x</p></body></html>");
        TemplateSet set = TemplateSet.fromFolder(dir);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Renderers.forFormat(OutputFormat.PDF, set).render(Samples.q3(), Language.EN, QUICK, out);
        assertTrue(out.size() > 500);
    }

    @Test
    void pdfNamesACharacterTheFontsCannotDraw() throws Exception {
        TemplateSet set = setWith("<p id=\"greeting\">Hello \u4E2D world</p>");
        RenderException e = assertThrows(RenderException.class,
                () -> Renderers.forFormat(OutputFormat.PDF, set).render(Samples.q3(), Language.EN, QUICK, new ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains("U+4E2D"), e.getMessage());
        assertTrue(e.getMessage().contains("p#greeting"), e.getMessage());
    }
}
