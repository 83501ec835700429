package eu.barometer.core.text;

import eu.barometer.core.model.DatasetKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A place in an edition that carries the analysts' own text, read from {@code text/<part>.<lang>.md}:
 * the introduction, the summary after the key figures, one part per dataset section (named by the
 * dataset's file stem, placed after the section's figures), the conclusions and a free annex.
 *
 * <p>Parts are compared by the order an edition shows them; {@link #byId} and {@link #all} give
 * the known ones.
 *
 * @param id the part's name in file names, e.g. {@code summary} or {@code border-crossings}
 * @since 0.2
 */
public record Part(String id) implements Comparable<Part> {

    /** Right after the document header, before the key figures. */
    public static final Part INTRO = new Part("intro");
    /** After the key figures. */
    public static final Part SUMMARY = new Part("summary");
    /** After the last section. */
    public static final Part CONCLUSIONS = new Part("conclusions");
    /** A free annex (such as "Challenges and needs"), before the annex of sources. */
    public static final Part ANNEX = new Part("annex");

    private static final List<Part> ALL;

    static {
        List<Part> all = new ArrayList<>(List.of(INTRO, SUMMARY));
        for (DatasetKind k : DatasetKind.values()) {
            all.add(new Part(k.id()));
        }
        all.add(CONCLUSIONS);
        all.add(ANNEX);
        ALL = List.copyOf(all);
    }

    public Part {
        Objects.requireNonNull(id, "id");
    }

    /** Every part, in the order an edition shows them. */
    public static List<Part> all() {
        return ALL;
    }

    /** The names of all parts, for messages. */
    public static List<String> names() {
        return ALL.stream().map(Part::id).toList();
    }

    /** The part with this name, if any. */
    public static Optional<Part> byId(String id) {
        return ALL.stream().filter(p -> p.id.equals(id)).findFirst();
    }

    /** The part of a dataset section. */
    public static Part of(DatasetKind kind) {
        return new Part(kind.id());
    }

    /** The dataset whose section this part follows, if it is a dataset part. */
    public Optional<DatasetKind> dataset() {
        return Optional.ofNullable(DatasetKind.byId(id));
    }

    /** True if a level-1 heading ({@code # Title}) may open the part and give its title: only the annex. */
    public boolean hasOwnTitle() {
        return this.equals(ANNEX);
    }

    @Override
    public int compareTo(Part o) {
        int a = ALL.indexOf(this);
        int b = ALL.indexOf(o);
        return a != b ? Integer.compare(a, b) : id.compareTo(o.id);
    }

    @Override
    public String toString() {
        return id;
    }
}
