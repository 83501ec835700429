package eu.barometer.cli;

import eu.barometer.cli.text.Units;
import eu.barometer.templates.TemplateSet;
import eu.barometer.templates.TemplateSet.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code barometer templates check DIR}: the findings of {@link TemplateSet#check}, one a line, and an exit code. */
@Command(name = "check",
        description = {"Check a template set and list each problem as DIR/template:line:col: severity: message:",
                "FreeMarker syntax errors, labels (msg[\"key\"]) missing from a language's messages file, "
                        + "elements outside the XHTML subset (docs/xhtml-subset.md), links other than https://, mailto: "
                        + "and #fragment, and referenced files (style sheets, fonts, images, templates) that are missing.",
                "A label missing only in a translation is a warning (the English text is used); "
                        + "exits with 3 if there is an error (or a warning, with --strict)."})
final class TemplatesCheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The template set folder.")
    Path dir;

    @Option(names = "--strict", description = "Treat warnings (untranslated labels) as errors.")
    boolean strict;

    @Option(names = "--bundle", paramLabel = "BUNDLE",
            description = "Also check the narrative text of this input bundle (text/<part>.<lang>.md) with the set: "
                    + "its Markdown and figure placeholders, missing translations, and parts the set never places.")
    Path bundle;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new CliException(ExitCode.INVALID, dir + ": not a folder; expected a template set folder (see 'barometer templates init')");
        }
        List<Finding> findings = new java.util.ArrayList<>(TemplateSet.check(dir));
        if (bundle != null) {
            if (!Files.isDirectory(bundle)) {
                throw new CliException(ExitCode.INVALID, bundle + ": not a folder; expected an input bundle folder");
            }
            findings.addAll(TemplateSet.checkText(dir, bundle));
        }
        PrintWriter out = spec.commandLine().getOut();
        findings.forEach(f -> out.println(f.toString(dir)));
        long errors = findings.stream().filter(Finding::isError).count();
        out.println(Units.count(errors, "error", "errors") + ", " + Units.count(findings.size() - errors, "warning", "warnings")
                + " in the template set " + dir);
        out.flush();
        boolean failed = errors > 0 || (strict && !findings.isEmpty());
        return failed ? ExitCode.INVALID : ExitCode.OK;
    }
}
