package dev.dendrite.analysis.ui.internal;

import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;

/** The line series the analysis views' charts draw (their colours), and clearing a chart for the next folder. */
final class ChartLines {

    /**
     * Series colours, the dark ones first, as many as a ladder's controls and an embedding's classes need
     * before repeating (four repeated IMP's colour for the fifth control).
     */
    static final int[] SERIES = {org.eclipse.swt.SWT.COLOR_DARK_BLUE, org.eclipse.swt.SWT.COLOR_DARK_RED, org.eclipse.swt.SWT.COLOR_DARK_GREEN,
        org.eclipse.swt.SWT.COLOR_DARK_MAGENTA, org.eclipse.swt.SWT.COLOR_DARK_CYAN, org.eclipse.swt.SWT.COLOR_DARK_YELLOW,
        org.eclipse.swt.SWT.COLOR_BLUE, org.eclipse.swt.SWT.COLOR_RED, org.eclipse.swt.SWT.COLOR_GREEN, org.eclipse.swt.SWT.COLOR_MAGENTA};

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
