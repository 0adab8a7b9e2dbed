package newsdesk.briefing;

import java.util.List;

/**
 * One measure of a story as its dated reports gave it, oldest first: what a timeline charts.
 *
 * @param measure e.g. "people killed"
 */
public record FigureSeries(String measure, List<Point> points) {
    /**
     * @param date the report's publication date (ISO)
     * @param wording the figure as written ("at least 40 people")
     * @param citation the number of the citation that quotes it
     */
    public record Point(String date, long value, String wording, int citation) {
    }

    public FigureSeries {
        points = List.copyOf(points);
    }
}
