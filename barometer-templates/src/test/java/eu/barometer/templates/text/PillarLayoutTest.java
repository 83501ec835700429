package eu.barometer.templates.text;

import eu.barometer.core.Barometer;
import eu.barometer.core.analysis.EditionAnalysis;
import eu.barometer.core.model.DatasetKind;
import eu.barometer.core.reference.Language;
import eu.barometer.templates.RenderException;
import eu.barometer.templates.RenderOptions;
import eu.barometer.templates.TemplateSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The option group-by-pillar of the council-note set, and the action labels of the sections. */
class PillarLayoutTest {

    @TempDir
    Path tmp;

    private static EditionAnalysis sample() throws Exception {
        return EditionAnalysis.of(Barometer.load(Path.of(System.getProperty("barometer.samples", "../samples")).resolve("2023-Q3")));
    }

    private TemplateSet withOption(String value) throws Exception {
        Path set = tmp.resolve("set-" + value);
        TemplateSet.builtIn().copyTo(set);
        Path props = set.resolve("template-set.properties");
        Files.writeString(props, Files.readString(props).replace("option.group-by-pillar=false", "option.group-by-pillar=" + value));
        return TemplateSet.fromFolder(set);
    }

    /** The h1 and h2 headings of the body, as "h1 text", in document order (the contents list left out). */
    private static List<String> headings(Element e, List<String> out) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                if ((c.getLocalName().equals("h1") || c.getLocalName().equals("h2")) && !c.getAttribute("class").contains("toc")) {
                    out.add(c.getLocalName() + " " + c.getTextContent().replaceAll("\\s+", " ").strip());
                } else {
                    headings(c, out);
                }
            }
        }
        return out;
    }

    @Test
    void groupsTheSectionsUnderTheSeedsFourPillarsWithTheirHeadings() throws Exception {
        var x = withOption("true").toXhtml(sample(), Language.SL, RenderOptions.DEFAULT);
        List<String> h = headings(x.dom().getDocumentElement(), new ArrayList<>());
        int first = h.indexOf("h1 Neregularni prehodi meje");
        assertTrue(first > 0, h.toString());
        assertEquals(List.of(
                "h1 Neregularni prehodi meje",
                "h1 Prosilci za azil, ki so prvič vložili prošnjo",
                "h1 Nadzor na notranjih mejah",
                "h1 I. Krepitev skupnega situacijskega zavedanja",
                "h2 Izmenjava informacij z Europolovim centrom EMSC",
                "h2 Uporaba informacijskih sistemov PNZ",
                "h2 Podpora centra EMSC in enote EU IRU državam članicam",
                "h1 II. Krepitev pravnega okvira EU na področju tihotapljenja migrantov",
                "h1 III. Krepitev in povezovanje evropskega operativnega sodelovanja",
                "h2 Sodelovanje v operativnih akcijskih načrtih EMPACT",
                "h2 Podpora Eurojusta v zadevah tihotapljenja migrantov",
                "h2 Finančne preiskave in odvzem premoženjske koristi",
                "h2 Stopnje vpliva, dodeljene posameznim odsekom zunanjih meja",
                "h1 IV. Čim večje sinergije z zunanjim delovanjem EU",
                "h2 Sodelovanje ključnih tretjih držav",
                "h1 Spremljanje ukrepov"), h.subList(first, first + 16));
        String xhtml = x.xhtml();
        assertTrue(xhtml.contains("<strong>II.1</strong>"), "the pillar without a dataset lists its tracked action");
    }

    @Test
    void withoutTheOptionSectionsAreOneNumberedList() throws Exception {
        var x = TemplateSet.builtIn().toXhtml(sample(), Language.EN, RenderOptions.DEFAULT);
        List<String> h = headings(x.dom().getDocumentElement(), new ArrayList<>());
        assertTrue(h.contains("h1 1. Irregular border crossings"), h.toString());
        assertTrue(h.stream().noneMatch(s -> s.startsWith("h1 I. ")), "no pillar headings");
    }

    @Test
    void aBadOptionValueIsAProblemOfTheSetsProperties() throws Exception {
        RenderException e = assertThrows(RenderException.class, () -> withOption("yes"));
        assertEquals("template-set.properties", e.problems().get(0).template());
        assertTrue(e.problems().get(0).message().contains("option.group-by-pillar=yes: expected true or false"));
    }

    @Test
    void actionLabelsFollowTheSeedBorderCrossingsAreNotActionI2() {
        assertEquals("", DatasetKind.BORDER_CROSSINGS.action(), "the general picture, not the joint situational picture");
        assertTrue(DatasetKind.BORDER_CROSSINGS.pillar().isEmpty());
        assertEquals(List.of("I.5", "IV.1", "IV.2"), DatasetKind.THIRD_COUNTRIES.actions());
        assertEquals("", DatasetKind.ACTIONS.action());
        assertEquals("I.1", DatasetKind.EMSC_INFORMATION_SHARING.action());
    }
}
