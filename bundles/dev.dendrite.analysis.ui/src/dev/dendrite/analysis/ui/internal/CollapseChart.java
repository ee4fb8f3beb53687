package dev.dendrite.analysis.ui.internal;

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

import dev.dendrite.analysis.manifold.NeuralCollapse;
import dev.dendrite.launching.internal.RunCollapse;
import dev.dendrite.launching.ui.internal.ChartRanges;

/**
 * Neural collapse over training, as Papyan et al. draw it: each measure against the epoch on a log
 * axis, every one falling towards 0 as the classes' features gather at the vertices of a simplex.
 */
final class CollapseChart {

    /** Where a measure is 0 (the nearest mean agreeing on every sample) it is drawn here: a log axis has no 0. */
    static final double FLOOR = 1e-3;

    private final Chart chart;
    private int lines;

    CollapseChart(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setText("Neural collapse over training (probe set)");
        chart.getLegend().setPosition(SWT.RIGHT);
        chart.getAxisSet().getXAxis(0).getTitle().setText("epoch");
        chart.getAxisSet().getYAxis(0).getTitle().setText("measure (log; 0 drawn at 0.001)");
        ChartRanges.wholeTicksOnX(chart);
        chart.setToolTipText("Measured on the run's probe set (its first test samples, or training samples with --probe-split train) at "
                + "each epoch it recorded: NC1, the within-class "
                + "variation, and NC2, how far the centred class means are from a simplex of equal norms and angles; NC4, the share of samples "
                + "whose nearest class mean the network does not choose, where the logits were recorded; NC3, how far the classifier's rows "
                + "are from the centred means, where the run kept its weights (--keep-weights-every)");
    }

    Chart chart() {
        return chart;
    }

    /** The lines drawn (tests). */
    int lines() {
        return lines;
    }

    /** Draws the report's epochs (none: an empty chart). */
    void show(RunCollapse.Report report) {
        chart.suspendUpdate(true);
        ChartLines.clear(chart);
        lines = 0;
        List<RunCollapse.Epoch> epochs = report == null ? List.of() : report.epochs();
        chart.getTitle().setText(epochs.isEmpty() ? "Neural collapse over training (nothing recorded)" : String.format(java.util.Locale.ROOT,
                "Neural collapse over training (probe set: %,d %s samples)", epochs.get(0).measures().samples(), report.epochsOfTraining()
                        ? "training" : "test"));
        if (!epochs.isEmpty()) {
            double[] x = epochs.stream().mapToDouble(RunCollapse.Epoch::epoch).toArray();
            boolean symbols = x.length <= 40;
            line("NC1 within-class variation", epochs, NeuralCollapse.Measures::withinClassVariation, x, SWT.COLOR_DARK_RED, LineStyle.SOLID, symbols);
            line("NC2 means' norm spread", epochs, NeuralCollapse.Measures::meanNormSpread, x, SWT.COLOR_DARK_BLUE, LineStyle.SOLID, symbols);
            line("NC2 means' cosine spread", epochs, NeuralCollapse.Measures::meanCosineSpread, x, SWT.COLOR_DARK_GREEN, LineStyle.SOLID, symbols);
            line("NC2 |cos + 1/(K-1)|", epochs, NeuralCollapse.Measures::meanAngleGap, x, SWT.COLOR_DARK_MAGENTA, LineStyle.DASH, symbols);
            line("NC4 nearest-mean mismatch", epochs, NeuralCollapse.Measures::nearestMeanMismatch, x, SWT.COLOR_DARK_CYAN, LineStyle.DOT, symbols);
            line("NC3 self-duality", epochs, NeuralCollapse.Measures::selfDuality, x, SWT.COLOR_DARK_YELLOW, LineStyle.DASHDOT, symbols);
        }
        chart.suspendUpdate(false);
        chart.getAxisSet().adjustRange();
        IAxis y = chart.getAxisSet().getYAxis(0);
        y.enableLogScale(false);
        ChartRanges.fit(chart);
        ChartRanges.wholeTicksAgain(chart);
        if (lines > 0) {
            var drawn = java.util.Arrays.stream(chart.getSeriesSet().getSeries()).flatMapToDouble(s -> java.util.Arrays.stream(s.getYSeries()))
                    .filter(Double::isFinite).summaryStatistics();
            y.enableLogScale(true);
            // SWTChart's default format rounds 0.25 and 0.3 alike on a log axis.
            y.getTick().setFormat(new java.text.DecimalFormat("0.###"));
            y.setRange(new Range(drawn.getMin() / 1.5, drawn.getMax() * 1.5));
        }
        chart.redraw();
    }

    private void line(String name, List<RunCollapse.Epoch> epochs, ToDoubleFunction<NeuralCollapse.Measures> measure, double[] x, int colour,
            LineStyle style, boolean symbols) {
        // Only the epochs that have the measure (NC3 where weights were kept, NC4 where the logits were tapped).
        int[] measured = java.util.stream.IntStream.range(0, epochs.size()).filter(i -> Double.isFinite(measure.applyAsDouble(epochs.get(i)
                .measures()))).toArray();
        if (measured.length == 0) {
            return;
        }
        double[] xs = java.util.Arrays.stream(measured).mapToDouble(i -> x[i]).toArray();
        double[] y = java.util.Arrays.stream(measured).mapToDouble(i -> Math.max(FLOOR, measure.applyAsDouble(epochs.get(i).measures())))
                .toArray();
        ChartLines.line(chart, name, xs, y, colour, style, symbols, true);
        ((org.eclipse.swtchart.ILineSeries<?>) chart.getSeriesSet().getSeries(name)).setLineWidth(2);
        lines++;
    }
}
