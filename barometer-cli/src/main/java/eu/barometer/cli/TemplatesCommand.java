package eu.barometer.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code barometer templates}: the commands for template sets. */
@Command(name = "templates",
        description = "Make and check template sets: 'templates init DIR' copies the built-in set to customise, "
                + "'templates check DIR' finds the mistakes in one.",
        subcommands = {TemplatesInitCommand.class, TemplatesCheckCommand.class})
final class TemplatesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing a command: init or check");
    }
}
