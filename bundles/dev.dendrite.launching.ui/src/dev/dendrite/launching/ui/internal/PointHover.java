package dev.dendrite.launching.ui.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.DoubleFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ISeries;

/**
 * The value under the mouse on a line chart: the nearest point of any shown series within a few
 * pixels, as the plot's tooltip ("validation: 0.2134 at step 1,200"). Points are found by their
 * x values (sorted, as steps and epochs are), so a run of 25,000 logged steps answers at once.
 */
public final class PointHover {

    static final int REACH = 8;

    private final Chart chart;
    private final DoubleFunction<String> xText;
    private final DoubleFunction<String> yText;

    private PointHover(Chart chart, DoubleFunction<String> xText, DoubleFunction<String> yText) {
        this.chart = chart;
        this.xText = xText;
        this.yText = yText;
    }

    /** Shows the value under the mouse on a chart over steps or epochs: "loss: 0.2134 at step 1,200". */
    public static PointHover attach(Chart chart, String xName, DoubleFunction<String> yText) {
        return attach(chart, x -> xName + " " + String.format(Locale.ROOT, "%,d", Math.round(x)), yText);
    }

    /** Shows the value under the mouse on {@code chart}; {@code xText} and {@code yText} write a point's x and y as users read them. */
    public static PointHover attach(Chart chart, DoubleFunction<String> xText, DoubleFunction<String> yText) {
        PointHover hover = new PointHover(chart, xText, yText);
        Control area = chart.getPlotArea().getControl();
        area.addListener(SWT.MouseMove, e -> {
            String text = hover.textAt(e.x, e.y);
            if (!java.util.Objects.equals(text, area.getToolTipText())) {
                area.setToolTipText(text);
            }
        });
        area.addListener(SWT.MouseExit, e -> area.setToolTipText(null));
        return hover;
    }

    /** What the tooltip says at plot-area pixel (x, y): the nearest point within {@value #REACH} pixels, or null. */
    public String textAt(int x, int y) {
        IAxis xAxis = chart.getAxisSet().getXAxis(0);
        IAxis yAxis = chart.getAxisSet().getYAxis(0);
        double from = xAxis.getDataCoordinate(x - REACH);
        double to = xAxis.getDataCoordinate(x + REACH);
        long best = (long) REACH * REACH + 1;
        String text = null;
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            if (!series.isVisible() || series.getType() == ISeries.SeriesType.BAR) {
                continue;
            }
            double[] xs = series.getXSeries();
            double[] ys = series.getYSeries();
            // Steps ascend: only the points within reach of x are measured. Other orders (a ladder's shrinking share) are few.
            boolean ascending = xs.length < 2 || xs[0] <= xs[xs.length - 1];
            int i = ascending ? firstAtLeast(xs, Math.min(from, to)) : 0;
            for (; i < xs.length && (!ascending || xs[i] <= Math.max(from, to)); i++) {
                long dx = xAxis.getPixelCoordinate(xs[i]) - x;
                long dy = yAxis.getPixelCoordinate(ys[i]) - y;
                if (dx * dx + dy * dy < best && Double.isFinite(ys[i])) {
                    best = dx * dx + dy * dy;
                    text = series.getId() + ": " + yText.apply(ys[i]) + " at " + xText.apply(xs[i]);
                }
            }
        }
        return text;
    }

    /** The first index whose x is at least {@code value} in ascending {@code xs}. */
    private static int firstAtLeast(double[] xs, double value) {
        int found = Arrays.binarySearch(xs, value);
        if (found < 0) {
            return -found - 1;
        }
        while (found > 0 && xs[found - 1] == value) {
            found--;
        }
        return found;
    }

    /** Four significant digits without trailing zeros (0.2134, 0.01), thousands grouped (41,250), tiny values as 1.234e-8. */
    public static String fourDigits(double value) {
        double size = Math.abs(value);
        if (size == 0) {
            return "0";
        }
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        if (size >= 10_000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (size < 1e-3) {
            return String.format(Locale.ROOT, "%.3e", value).replaceFirst("\\.?0*e-0*", "e-");
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
