package eu.barometer.templates;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RenderersTest {

    @Test
    void givesARendererForEveryFormat() {
        TemplateSet set = TemplateSet.builtIn();
        for (OutputFormat f : OutputFormat.values()) {
            assertEquals(f, Renderers.forFormat(f, set).format());
        }
    }
}
