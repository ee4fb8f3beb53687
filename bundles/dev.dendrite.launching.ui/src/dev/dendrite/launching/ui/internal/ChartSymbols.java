package dev.dendrite.launching.ui.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;

/**
 * Point markers only where they stay apart. Epoch series mark each epoch with a dot, which reads
 * well for a few epochs; 200 epochs in a chart 150 pixels wide drew the dots on top of each other,
 * a solid band that hid the line, its dashes and its neighbours. A series whose dots would come
 * closer than {@link #MIN_SPACING} pixels is drawn as its line alone, and gets its dots back when
 * the chart grows.
 */
public final class ChartSymbols {

    /** Pixels between neighbouring dots' centres: SWTChart's default dot is 8 pixels wide. */
    public static final int MIN_SPACING = 10;
    /** Dots a series keeps before its chart has been laid out (its width is not known yet). */
    static final int POINTS_BEFORE_LAYOUT = 20;
    private static final String MARKED = "dev.dendrite.markedSeries";

    private ChartSymbols() {
    }

    /** Whether {@code points} dots spread over {@code plotWidth} pixels stay {@link #MIN_SPACING} apart. */
    public static boolean fit(int points, int plotWidth) {
        if (plotWidth <= 0) {
            return points <= POINTS_BEFORE_LAYOUT;
        }
        return points <= 1 || (long) (points - 1) * MIN_SPACING <= plotWidth;
    }

    /** Asks for dots on {@code series} where they fit, decided by {@link #apply}; series not asked for keep none. */
    public static void mark(Chart chart, ILineSeries<?> series) {
        marked(chart).add(series.getId());
    }

    /** Forgets the series asked for, as a chart's series are all deleted before it is drawn again. */
    public static void clear(Chart chart) {
        marked(chart).clear();
    }

    /** Decides the dots of every series asked for again, at the chart's current width; true where one changed. */
    public static boolean apply(Chart chart) {
        int width = chart.getPlotArea().getSize().x;
        boolean changed = false;
        for (String id : marked(chart)) {
            ISeries<?> series = chart.getSeriesSet().getSeries(id);
            if (series instanceof ILineSeries<?> line) {
                var type = fit(line.getXSeries().length, width) ? ILineSeries.PlotSymbolType.CIRCLE : ILineSeries.PlotSymbolType.NONE;
                changed |= line.getSymbolType() != type;
                line.setSymbolType(type);
            }
        }
        return changed;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> marked(Chart chart) {
        Object ids = chart.getData(MARKED);
        if (ids == null) {
            ids = new LinkedHashSet<String>();
            chart.setData(MARKED, ids);
        }
        return (Set<String>) ids;
    }
}
