package eu.barometer.templates;

import eu.barometer.core.Barometer;
import eu.barometer.core.analysis.EditionAnalysis;

import java.nio.file.Path;

/** The sample editions, loaded once for all tests. */
final class Samples {

    private Samples() { }

    static Path folder(String id) {
        return Path.of(System.getProperty("barometer.samples", "../samples")).resolve(id);
    }

    static final class Q3 {
        static final EditionAnalysis ANALYSIS = load("2023-Q3");
    }

    static EditionAnalysis q3() {
        return Q3.ANALYSIS;
    }

    static EditionAnalysis load(String id) {
        try {
            return EditionAnalysis.of(Barometer.load(folder(id)));
        } catch (Exception e) {
            throw new IllegalStateException("cannot load sample " + id + ": " + e.getMessage(), e);
        }
    }
}
