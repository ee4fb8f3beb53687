package dev.dendrite.analysis.ui.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

import dev.dendrite.analysis.manifold.LayerSeparation;
import dev.dendrite.launching.ui.internal.ChartRanges;

/**
 * Neural collapse layer by layer, as He and Su draw their law of data separation: NC1 at each layer on a log axis, training and
 * test samples, with the geometric fit over the layers after the input (a straight line where each layer separates the classes
 * by the same factor).
 */
final class SeparationChart {

    private final Chart chart;
    private int lines;

    SeparationChart(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        chart.getLegend().setPosition(SWT.BOTTOM);
        chart.getAxisSet().getXAxis(0).getTitle().setText("layer");
        chart.getAxisSet().getYAxis(0).getTitle().setText("NC1 (log)");
        chart.setToolTipText("NC1, tr(Σ_W Σ_B⁺)/K, of every layer's output for the training samples and the test samples (the input first): "
                + "how far the classes still overlap there. The dashed line is the geometric fit over the layers after the input (drawn back to "
                + "the input too); a layer "
                + "whose class means coincide is drawn at 0.001");
        show(null);
    }

    Chart chart() {
        return chart;
    }

    /** The lines drawn (tests). */
    int lines() {
        return lines;
    }

    /** Draws the layers (null: an empty chart saying how to get them). */
    void show(LayerSeparation separation) {
        chart.suspendUpdate(true);
        ChartLines.clear(chart);
        lines = 0;
        IAxis x = chart.getAxisSet().getXAxis(0);
        IAxis y = chart.getAxisSet().getYAxis(0);
        y.enableLogScale(false);
        if (separation == null || separation.layers().isEmpty()) {
            chart.getTitle().setText("Separation by layer (tick By layer, then Measure)");
            x.enableCategory(false);
            chart.suspendUpdate(false);
            chart.redraw();
            return;
        }
        List<LayerSeparation.Layer> layers = separation.layers();
        chart.getTitle().setText(Double.isNaN(separation.ratio()) ? "Separation by layer" : String.format(Locale.ROOT,
                "Separation by layer: NC1 × %.3f per layer (R² %.2f)", separation.ratio(), separation.fit()));
        x.setCategorySeries(layers.stream().map(LayerSeparation.Layer::name).toArray(String[]::new));
        x.enableCategory(true);
        double[] positions = java.util.stream.IntStream.range(0, layers.size()).asDoubleStream().toArray();
        double[] train = layers.stream().mapToDouble(l -> drawn(l.withinClassVariation())).toArray();
        double[] test = layers.stream().mapToDouble(l -> drawn(l.testWithinClassVariation())).toArray();
        ChartLines.line(chart, "NC1, training samples", positions, train, SWT.COLOR_DARK_RED, LineStyle.SOLID, true, true);
        ChartLines.line(chart, "NC1, test samples", positions, test, SWT.COLOR_DARK_BLUE, LineStyle.SOLID, true, true);
        lines = 2;
        double[] fit = fitted(separation, train);
        if (fit != null) {
            ChartLines.line(chart, "geometric fit", positions, fit, SWT.COLOR_DARK_GRAY, LineStyle.DASH, false, true);
            lines++;
        }
        chart.suspendUpdate(false);
        chart.getAxisSet().adjustRange();
        ChartRanges.fit(chart);
        var all = java.util.stream.DoubleStream.concat(java.util.Arrays.stream(train), java.util.Arrays.stream(test)).summaryStatistics();
        y.enableLogScale(true);
        y.getTick().setFormat(new java.text.DecimalFormat("0.###"));
        y.setRange(new Range(all.getMin() / 1.5, all.getMax() * 1.5));
        chart.redraw();
    }

    /** A measure on the log axis: NaN (coinciding means) at the collapse chart's floor. */
    private static double drawn(double value) {
        return Double.isFinite(value) && value > 0 ? value : CollapseChart.FLOOR;
    }

    /**
     * The fitted line through the layers after the input, c·ratio^position, its c the geometric mean of value / ratio^position over
     * those layers (the least-squares intercept on the log axis), at every position; null without a fit.
     */
    private static double[] fitted(LayerSeparation separation, double[] values) {
        if (Double.isNaN(separation.ratio())) {
            return null;
        }
        double logSum = 0;
        int count = 0;
        for (int i = 1; i < values.length; i++) {
            double v = separation.layers().get(i).withinClassVariation();
            if (Double.isFinite(v) && v > 0) {
                logSum += Math.log(v) - i * Math.log(separation.ratio());
                count++;
            }
        }
        double intercept = logSum / count;
        double[] line = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            line[i] = Math.exp(intercept + i * Math.log(separation.ratio()));
        }
        return line;
    }
}
