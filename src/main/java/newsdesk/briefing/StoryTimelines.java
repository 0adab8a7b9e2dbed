package newsdesk.briefing;

/** Timelines of stories: what {@code timeline} and {@code /timeline} show. */
public interface StoryTimelines {
    /** The timeline of the story the query is about; {@link Timeline#found()} is false when none is. */
    Timeline about(String query);
}
