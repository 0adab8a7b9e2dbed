package newsdesk.cli;

import java.util.List;

/** One {@code newsdesk} sub-command. */
interface Command {
    /** @return the exit code: 0 success, 2 usage or config error, 1 any other failure */
    int run(Wiring wiring, List<String> args) throws Exception;
}
