package newsdesk.cli;

/**
 * Sets slf4j-simple's level before the first logger is made. Logs go to standard error (simplelogger.properties).
 */
final class Logging {
    private Logging() {
    }

    static void configure(boolean verbose) {
        if (verbose) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
            System.setProperty("org.slf4j.simpleLogger.log.net.dv8tion", "info");
            System.setProperty("org.slf4j.simpleLogger.log.org.apache", "info");
        }
    }
}
