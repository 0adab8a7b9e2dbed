package newsdesk.retrieval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import newsdesk.config.FileErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Beside Lucene's write lock, the process id of the writer, so that another that waits can say whom it waits for
 * ("another ingest (pid 4242)").
 */
final class WriterPid {
    private static final Logger log = LoggerFactory.getLogger(WriterPid.class);
    static final String FILE = "writer.pid";

    private WriterPid() {
    }

    /** Who holds the write lock of the index folder, as well as can be told. */
    static String holder(Path folder) {
        if (folder != null) {
            try {
                String pid = Files.readString(folder.resolve(FILE)).strip();
                if (pid.matches("\\d{1,10}") && !pid.equals(Long.toString(ProcessHandle.current().pid()))) {
                    return "another ingest (pid " + pid + ")";
                }
            } catch (IOException | RuntimeException unknown) {
                // the holder has not written its pid yet, or it cannot be read: say less
            }
        }
        return "another ingest";
    }

    /** Records this process as the writer of the index folder (nothing for an index in memory). */
    static void record(Path folder) {
        if (folder == null) {
            return;
        }
        try {
            Files.writeString(folder.resolve(FILE), Long.toString(ProcessHandle.current().pid()));
        } catch (IOException e) {
            log.debug("cannot record the writer's pid in {}: {}", folder, FileErrors.reason(e));
        }
    }
}
