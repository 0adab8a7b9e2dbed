package newsdesk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Where the console reads its lines: a terminal with line editing and history, or plain standard input. */
interface ConsoleInput extends AutoCloseable {
    /** The next line, or null at the end (Ctrl-D). */
    String readLine() throws IOException;

    @Override
    default void close() throws IOException {
    }

    /** Plain lines from a reader; the prompt goes to standard error only when a person is watching. */
    static ConsoleInput plain(BufferedReader in, PrintStream err, boolean prompt) {
        return () -> {
            if (prompt) {
                err.print("> ");
                err.flush();
            }
            return in.readLine();
        };
    }

    /** A terminal with arrow-key editing and a history kept across sessions in {@code historyFile}. */
    static ConsoleInput terminal(Path historyFile) throws IOException {
        Terminal terminal = TerminalBuilder.builder().system(true).build();
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.HISTORY_SIZE, 500)
                .build();
        return new ConsoleInput() {
            @Override
            public String readLine() {
                while (true) {
                    try {
                        return reader.readLine("> ");
                    } catch (UserInterruptException ctrlC) {
                        // Ctrl-C clears the line, as in a shell; Ctrl-D leaves
                    } catch (EndOfFileException ctrlD) {
                        return null;
                    }
                }
            }

            @Override
            public void close() throws IOException {
                reader.getHistory().save();
                terminal.close();
            }
        };
    }
}
