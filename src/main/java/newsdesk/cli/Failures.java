package newsdesk.cli;

import java.io.PrintWriter;
import newsdesk.config.ConfigException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Turns what a command threw into one line on standard error and an exit code (see {@link Cli}). */
final class Failures implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (e instanceof UsageException) {
            return new UsageErrors().handleParseException(
                    new CommandLine.ParameterException(cmd, e.getMessage(), e), parsed.originalArgs().toArray(String[]::new));
        }
        if (e instanceof ConfigException) {
            err.println("newsdesk: configuration error: " + e.getMessage());
            err.flush();
            return Cli.USAGE;
        }
        err.println("newsdesk: " + describe(e));
        err.flush();
        LoggerFactory.getLogger(Cli.class).debug("failure", e);
        return Cli.FAILURE;
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        Throwable cause = e.getCause();
        while ((message == null || message.isBlank()) && cause != null) {
            message = cause.getMessage();
            cause = cause.getCause();
        }
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
