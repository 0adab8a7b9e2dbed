package newsdesk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A sub-command that runs with the {@link Wiring} its parent builds from the shared options. */
abstract class WiredCommand implements Callable<Integer> {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @ParentCommand
    NewsdeskCommand newsdesk;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        return newsdesk.run(this);
    }

    /** @return the exit code (see {@link Cli}) */
    abstract int run(Wiring wiring) throws Exception;

    /** A command line that parsed but cannot be run as written: shown with this command's usage, exit code 2. */
    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
