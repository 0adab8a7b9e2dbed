package newsdesk.briefing;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** A small PNG line chart of one figure over its dated reports, drawn with XChart (no window, no display needed). */
final class FigureChart {
    static final int WIDTH = 640;
    static final int HEIGHT = 320;

    private FigureChart() {
    }

    static byte[] png(String title, FigureSeries series) {
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle("report date")
                .yAxisTitle(series.measure()).build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setDatePattern("d MMM");
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        chart.getStyler().setDecimalPattern("#,###");
        List<Date> dates = series.points().stream()
                .map(p -> Date.from(LocalDate.parse(p.date()).atStartOfDay(ZoneOffset.UTC).toInstant())).toList();
        List<Long> values = series.points().stream().map(FigureSeries.Point::value).toList();
        XYSeries line = chart.addSeries(series.measure(), dates, values);
        line.setMarker(SeriesMarkers.CIRCLE);
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the chart of " + series.measure(), e);
        }
    }
}
