package dev.dendrite.launching.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.Range;

/**
 * Axis ranges that show every point: SWTChart's {@code adjustRange} ends the value axis at the
 * extreme points, so a constant learning rate, an accuracy of 1 or a run's best step lies on the
 * plot's border and under the axis line, and it pads a step axis by 5 to 7% on each side, before
 * the first step.
 */
public final class ChartRanges {

    /** Of the data's span, added below and above on the value axis. */
    static final double VALUE_MARGIN = 0.05;
    /** Of the data's span, added on each side of a linear horizontal axis: room for a point's symbol. */
    static final double STEP_MARGIN = 0.02;
    /** SWTChart's default symbol radius (4) and a pixel and a half, so a dot clears the axis line. */
    static final double SYMBOL_PIXELS = 5.5;

    private ChartRanges() {
    }

    /**
     * Fits the chart's linear axes to its series' finite points, as SWTChart's {@code adjustRange}
     * where there is none; a log or category axis keeps its range (SWTChart's adjustment of a log
     * axis is its caller's to make, before the scale is switched on).
     */
    public static void fit(Chart chart) {
        var plot = chart.getPlotArea().getSize();
        if (chart.getData(POINTS) != null) {
            fit(chart.getAxisSet().getXAxis(0), span(chart, true), VALUE_MARGIN, plot.x);
            fit(chart.getAxisSet().getYAxis(0), span(chart, false), VALUE_MARGIN, plot.y);
            return;
        }
        fit(chart.getAxisSet().getXAxis(0), span(chart, true), STEP_MARGIN, plot.x);
        if (java.util.Arrays.stream(chart.getSeriesSet().getSeries()).anyMatch(s -> s.getType() == ISeries.SeriesType.BAR)) {
            // A bar's length is its value: its axis starts at 0, as SWTChart's own adjustment keeps it.
            chart.getAxisSet().getYAxis(0).adjustRange();
        } else {
            fit(chart.getAxisSet().getYAxis(0), span(chart, false), VALUE_MARGIN, plot.y);
        }
    }

    /**
     * Marks a scatter plot, whose horizontal axis is a value like its vertical one (an embedding's
     * components), so that {@link #fit} leaves the same margin on both sides of both axes; then fits it.
     */
    public static void fitPoints(Chart chart) {
        chart.setData(POINTS, Boolean.TRUE);
        fit(chart);
    }

    private static final String POINTS = "dev.dendrite.chartRanges.points";

    /**
     * Fits the chart again whenever its plot resizes, because the symbols' margin is in pixels: a
     * chart fitted in the bottom panel and then maximised kept a margin of 5% of its steps.
     */
    public static void fitOnResize(Chart chart) {
        chart.getPlotArea().getControl().addListener(SWT.Resize, event -> {
            // A new range lays the chart out again (its tick labels' width changes), which resizes the plot inside this
            // listener: answering that resize as well recursed until the stack overflowed.
            if (chart.getData(FITTING) == null && chart.getSeriesSet().getSeries().length > 0) {
                chart.setData(FITTING, Boolean.TRUE);
                try {
                    fit(chart);
                } finally {
                    chart.setData(FITTING, null);
                }
            }
        });
    }

    private static final String FITTING = "dev.dendrite.chartRanges.fitting";

    /** SWTChart's default least distance between two ticks, in pixels. */
    private static final int TICK_PIXELS = 64;

    /**
     * Keeps the x axis's ticks on whole numbers (brackets, words placed at 1, 2, 3): SWTChart steps its ticks by 1, 2 or 5
     * times a power of ten, the least whose spacing meets its hint in pixels; asking for nearly a unit's width whenever the
     * plot resizes rules out the steps below 1 (0.5 gave ticks between brackets) and leaves the larger ones whole.
     */
    public static void wholeTicksOnX(Chart chart) {
        chart.getPlotArea().getControl().addListener(SWT.Resize, event -> wholeTicks(chart));
        wholeTicks(chart);
    }

    /** As {@link #wholeTicksOnX} asked once, again after the x range changed with no resize (new data in the same chart). */
    public static void wholeTicksAgain(Chart chart) {
        wholeTicks(chart);
    }

    private static void wholeTicks(Chart chart) {
        IAxis axis = chart.getAxisSet().getXAxis(0);
        Range range = axis.getRange();
        int pixels = chart.getPlotArea().getControl().getSize().x;
        double span = range.upper - range.lower;
        if (pixels <= 0 || !(span > 0)) {
            return;
        }
        int hint = Math.max(TICK_PIXELS, (int) Math.ceil(0.9 * pixels / span));
        if (axis.getTick().getTickMarkStepHint() != hint) {
            axis.getTick().setTickMarkStepHint(hint);
        }
    }

    private static void fit(IAxis axis, double[] span, double margin, int pixels) {
        if (axis.isLogScaleEnabled() || axis.isCategoryEnabled()) {
            return;
        }
        if (span == null) {
            axis.adjustRange();
            return;
        }
        // At least a point symbol's radius and a pixel, however few points: three epochs' dots otherwise sat on the axes.
        double share = pixels > 4 * SYMBOL_PIXELS ? Math.max(margin, SYMBOL_PIXELS / (pixels - 2.0 * SYMBOL_PIXELS)) : margin;
        axis.setRange(padded(span[0], span[1], share));
    }

    /** The range [low, high] widened by {@code share} of its span on each side; a single value gets ±50% of itself (±1 for 0). */
    static Range padded(double low, double high, double share) {
        double span = high - low;
        if (!(span > 1e-9 * Math.max(Math.abs(low), Math.abs(high)))) {
            double half = low == 0 ? 1 : Math.abs(low) / 2;
            return new Range(low - half, high + half);
        }
        return new Range(low - span * share, high + span * share);
    }

    /** The smallest and largest finite value of the series' x or y values, or null when there is none. */
    private static double[] span(Chart chart, boolean ofX) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            if (!series.isVisible()) {
                continue;
            }
            for (double v : ofX ? series.getXSeries() : series.getYSeries()) {
                if (Double.isFinite(v)) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        return low > high ? null : new double[] {low, high};
    }
}
