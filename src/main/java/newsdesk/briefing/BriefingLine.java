package newsdesk.briefing;

/**
 * One line of a briefing for a story not told in full, or an older article that arrived: its title and where to
 * read it.
 *
 * @param published ISO date or date-time, or null
 * @param url a link to it, or null
 * @param articles how many articles the story has (1 for an article)
 */
public record BriefingLine(String title, String source, String published, String url, int articles) {
}
