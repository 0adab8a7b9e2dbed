package newsdesk.briefing;

import newsdesk.answer.Citation;

/**
 * One dated event of a story: its first report, a change of a figure, an update, or its latest state.
 *
 * @param date the publication date of the article that reports it (ISO), or of its arrival when undated
 * @param kind "first report", "update", "figure" or "latest"
 * @param text what happened, with the citation mark at the end
 * @param citation the verbatim sentence it rests on
 */
public record TimelineEvent(String date, String kind, String text, Citation citation) {
}
