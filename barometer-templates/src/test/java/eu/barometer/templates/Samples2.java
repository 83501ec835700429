package eu.barometer.templates;

import eu.barometer.core.analysis.EditionAnalysis;

/** The sample editions for tests in other packages of the templates module. */
public final class Samples2 {

    private Samples2() { }

    /** The 2023-Q3 sample, analysed (loaded once). */
    public static EditionAnalysis q3() {
        return Samples.q3();
    }
}
