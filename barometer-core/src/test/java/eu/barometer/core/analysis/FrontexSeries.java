package eu.barometer.core.analysis;

import eu.barometer.core.model.BorderCrossing;
import eu.barometer.core.reference.Flags;
import eu.barometer.core.reference.Route;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The real Frontex monthly series (test resource {@code /frontex/frontex_ibc_monthly.csv}) as rows. */
final class FrontexSeries {

    private FrontexSeries() { }

    /** Every route's detections from {@code from} to {@code to}, unflagged. */
    static List<BorderCrossing> rows(YearMonth from, YearMonth to) throws IOException {
        List<String> lines;
        try (InputStream in = FrontexSeries.class.getResourceAsStream("/frontex/frontex_ibc_monthly.csv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<BorderCrossing> rows = new ArrayList<>();
        int n = 1;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            YearMonth m = YearMonth.parse(f[1].substring(0, 7));
            n++;
            if (!m.isBefore(from) && !m.isAfter(to)) {
                rows.add(new BorderCrossing(Route.vocabulary().lookup(f[0]).orElseThrow(), m, Optional.empty(),
                        Long.parseLong(f[2]), Flags.NONE, n));
            }
        }
        return rows;
    }
}
