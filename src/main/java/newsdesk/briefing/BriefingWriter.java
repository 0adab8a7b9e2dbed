package newsdesk.briefing;

/** Writes the briefing of what is new. */
public interface BriefingWriter {
    Briefing write(BriefingRequest request);
}
