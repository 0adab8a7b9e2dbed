package newsdesk.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line that cannot be run as written: the reason, the right form of the command it was meant for, and
 * where to read more. Exit code {@link Cli#USAGE}.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        String name = cmd.getCommandSpec().qualifiedName();
        boolean unknownCommand = e instanceof UnmatchedArgumentException u && !u.isUnknownOption()
                && !cmd.getSubcommands().isEmpty() && !u.getUnmatched().isEmpty();
        err.println(name + ": " + (unknownCommand
                ? "unknown command '" + ((UnmatchedArgumentException) e).getUnmatched().get(0) + "'"
                : e.getMessage()));
        UnmatchedArgumentException.printSuggestions(e, err);
        err.print(cmd.getHelp().fullSynopsis());
        err.println("Try '" + name + " --help' for more.");
        err.flush();
        return Cli.USAGE;
    }
}
