package eu.barometer.core.input;

import eu.barometer.core.problem.ProblemCode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/inputs.md must document every file, column and problem code the reader knows. */
class InputsDocTest {

    @Test
    void documentsEveryColumnOfEveryDatasetAndEveryProblemCode() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "inputs.md"));
        for (DatasetSchema<?> s : Schemas.all()) {
            int at = doc.indexOf("### `" + s.kind().fileName() + "`");
            assertTrue(at >= 0, "section for " + s.kind().fileName());
            int end = doc.indexOf("### ", at + 4);
            String section = end < 0 ? doc.substring(at) : doc.substring(at, end);
            for (Column c : s.columns()) {
                assertTrue(section.contains("| `" + c.name() + "` | " + (c.required() ? "yes" : "no")),
                        s.kind().fileName() + " documents column " + c.name());
                for (String alias : c.aliases()) {
                    assertTrue(section.contains("`" + alias + "`"), s.kind().fileName() + " documents alias " + alias);
                }
            }
        }
        for (ProblemCode code : ProblemCode.values()) {
            assertTrue(doc.contains("`" + code.id() + "`"), "documents problem code " + code.id());
        }
    }
}
