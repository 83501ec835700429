package eu.barometer.core.input;

import eu.barometer.core.problem.Location;
import eu.barometer.core.problem.ProblemCode;
import eu.barometer.core.problem.ProblemCollector;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code key=value} file read with the line and column of every value, so that a bad value in
 * {@code edition.properties} is reported where it is. Accepts {@code =} or {@code :} as separator,
 * {@code #} and {@code !} comments, and a backslash at the end of a line to continue a value.
 */
final class PropertiesFile {

    /** A value with the position of its first character. */
    record Entry(String key, String value, int line, int column) { }

    private final String name;
    private final Map<String, Entry> entries;

    private PropertiesFile(String name, Map<String, Entry> entries) {
        this.name = name;
        this.entries = entries;
    }

    static PropertiesFile parse(String name, String text, ProblemCollector problems) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNo = i + 1;
            String trimmed = line.strip();
            if (i == 0 && trimmed.startsWith("\uFEFF")) {
                trimmed = trimmed.substring(1).strip();
                line = line.replace("\uFEFF", "");
            }
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                continue;
            }
            int sep = -1;
            for (int j = 0; j < line.length(); j++) {
                char c = line.charAt(j);
                if (c == '=' || c == ':') {
                    sep = j;
                    break;
                }
            }
            if (sep < 0) {
                problems.error(new Location(name, lineNo, 1), ProblemCode.BAD_EDITION_PROPERTY,
                        "'" + trimmed + "' is not a setting; expected key=value, e.g. edition.id=2023-Q3");
                continue;
            }
            String key = line.substring(0, sep).strip();
            int valueStart = sep + 1;
            while (valueStart < line.length() && Character.isWhitespace(line.charAt(valueStart))) {
                valueStart++;
            }
            StringBuilder value = new StringBuilder(line.substring(valueStart).stripTrailing());
            int startLine = lineNo;
            while (value.length() > 0 && value.charAt(value.length() - 1) == '\\' && i + 1 < lines.length) {
                value.setLength(value.length() - 1);
                i++;
                value.append(lines[i].strip());
            }
            if (key.isEmpty()) {
                problems.error(new Location(name, lineNo, 1), ProblemCode.BAD_EDITION_PROPERTY,
                        "a value without a key; expected key=value");
                continue;
            }
            Entry previous = entries.put(key, new Entry(key, value.toString(), startLine, valueStart + 1));
            if (previous != null) {
                problems.warning(new Location(name, lineNo, 1), ProblemCode.BAD_EDITION_PROPERTY,
                        "'" + key + "' is set again (first on line " + previous.line() + "); the last value counts");
            }
        }
        return new PropertiesFile(name, entries);
    }

    String name() {
        return name;
    }

    Map<String, Entry> entries() {
        return entries;
    }

    Entry get(String key) {
        return entries.get(key);
    }

    Location at(Entry e) {
        return new Location(name, e.line(), e.column());
    }
}
