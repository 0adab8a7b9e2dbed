package newsdesk;

import newsdesk.cli.Cli;

/** The program: {@code java -jar newsdesk.jar [--config FILE] [--data DIR] [--verbose] COMMAND ...}. */
public final class Newsdesk {
    private Newsdesk() {
    }

    public static void main(String[] args) {
        System.exit(Cli.standard().run(args));
    }
}
