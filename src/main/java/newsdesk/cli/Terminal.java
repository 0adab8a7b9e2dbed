package newsdesk.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/** What the program gets from the process it runs in: streams, environment, clock, and whether a person watches. */
record Terminal(InputStream stdin, PrintStream out, PrintStream err, Map<String, String> env, Clock clock,
                boolean interactive) {
}
