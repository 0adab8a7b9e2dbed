package newsdesk.briefing;

import java.time.Instant;

/** Writes the briefing of what is new. */
public interface BriefingWriter {
    /**
     * @param since articles that entered the store at or after this instant are new
     * @param topic only stories about this; null or blank for everything
     */
    Briefing write(Instant since, String topic);
}
