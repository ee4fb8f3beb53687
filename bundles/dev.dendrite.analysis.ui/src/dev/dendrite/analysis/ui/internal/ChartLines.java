package dev.dendrite.analysis.ui.internal;

import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;

/** The line series the Lottery Lab's charts draw, and clearing a chart for the next folder. */
final class ChartLines {

    private ChartLines() {
    }

    /**
     * A line of one system colour, with a circle at each point where {@code symbols}; listed in the legend where
     * {@code legend} (a band's bounds and the like are not).
     */
    static void line(Chart chart, String id, double[] x, double[] y, int colour, LineStyle style, boolean symbols, boolean legend) {
        ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        series.setXSeries(x);
        series.setYSeries(y);
        series.setLineColor(chart.getDisplay().getSystemColor(colour));
        series.setLineStyle(style);
        series.setSymbolType(symbols ? ILineSeries.PlotSymbolType.CIRCLE : ILineSeries.PlotSymbolType.NONE);
        series.setSymbolColor(chart.getDisplay().getSystemColor(colour));
        series.setVisibleInLegend(legend);
    }

    /** Deletes every series of the chart. */
    static void clear(Chart chart) {
        for (var s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
    }
}
