package dev.dendrite.analysis.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.LineStyle;

import dev.dendrite.analysis.landscape.InstabilityAnalysis;
import dev.dendrite.analysis.landscape.LandscapeCsv;
import dev.dendrite.analysis.landscape.LossLandscape;
import dev.dendrite.launching.ui.internal.ChartRanges;

/**
 * An instability analysis ({@code stability.csv}) in the Lottery Lab's charts: the error barrier between the two copies
 * against the step they branched at, with the 2-point line under which a network counts as stable; both copies' test
 * accuracy; and the error along one step's path between the copies. The steps are categories, evenly spaced, since they
 * usually grow by factors.
 */
final class StabilityCharts {

    /** Frankle et al. call a network stable where the error barrier is under 2 points. */
    static final double STABLE_POINTS = 2;

    private StabilityCharts() {
    }

    /** The barrier chart and the accuracy chart for every step. */
    static void drawSummary(Chart barrier, Chart accuracy, List<InstabilityAnalysis.Row> rows) {
        String[] steps = rows.stream().map(r -> String.format(Locale.ROOT, "%,d", r.step())).toArray(String[]::new);
        boolean classifier = rows.stream().anyMatch(r -> !Double.isNaN(r.errorBarrier()));
        double[] x = java.util.stream.IntStream.range(0, rows.size()).asDoubleStream().toArray();
        prepare(barrier, classifier ? "Error barrier between the two copies" : "Loss barrier between the two copies", "step of the parent's training the copies start from", classifier ? "error barrier (points)"
                        : "loss barrier", steps);
        if (classifier) {
            ChartLines.line(barrier, "error barrier", x, rows.stream().mapToDouble(r -> 100 * r.errorBarrier()).toArray(), SWT.COLOR_DARK_RED,
                    LineStyle.SOLID, true, true);
            double[] threshold = new double[x.length];
            java.util.Arrays.fill(threshold, STABLE_POINTS);
            ChartLines.line(barrier, "stable below 2 points", x, threshold, SWT.COLOR_DARK_GRAY, LineStyle.DASH, false, true);
        } else {
            ChartLines.line(barrier, "loss barrier", x, rows.stream().mapToDouble(InstabilityAnalysis.Row::barrier).toArray(), SWT.COLOR_DARK_RED,
                    LineStyle.SOLID, true, true);
        }
        // A regressor's copies are compared by their test loss.
        prepare(accuracy, classifier ? "Test accuracy of the two copies" : "Test loss of the two copies",
                "step of the parent's training the copies start from", classifier ? "test accuracy (%)" : "test loss", steps);
        ChartLines.line(accuracy, "copy 1", x, rows.stream().mapToDouble(r -> classifier ? 100 * r.accuracyA() : r.lossA()).toArray(), SWT.COLOR_DARK_BLUE,
                LineStyle.SOLID, true, true);
        ChartLines.line(accuracy, "copy 2", x, rows.stream().mapToDouble(r -> classifier ? 100 * r.accuracyB() : r.lossB()).toArray(), SWT.COLOR_DARK_GREEN,
                LineStyle.SOLID, true, true);
        finish(barrier);
        finish(accuracy);
        if (!classifier) {
            return;
        }
        // Whole points around the accuracies: a range of two or three points otherwise gets a single tick.
        double low = rows.stream().mapToDouble(r -> Math.min(r.accuracyA(), r.accuracyB())).min().orElse(0) * 100;
        double high = rows.stream().mapToDouble(r -> Math.max(r.accuracyA(), r.accuracyB())).max().orElse(1) * 100;
        if (Double.isFinite(low) && Double.isFinite(high)) {
            accuracy.getAxisSet().getYAxis(0).setRange(new org.eclipse.swtchart.Range(Math.floor(low) - 1, Math.ceil(high) + 1));
            accuracy.redraw();
        }
    }

    /** What the analysis says in words: the stability threshold and the steps on either side of it. */
    static List<String> verdict(List<InstabilityAnalysis.Row> rows) {
        if (rows.stream().allMatch(r -> Double.isNaN(r.errorBarrier()))) {
            return List.of("No classifier: read the loss barriers (0 where the path never rises above the line between the copies).");
        }
        List<String> unstable = rows.stream().filter(r -> !(100 * r.errorBarrier() < STABLE_POINTS)).map(r -> String.format(Locale.ROOT, "%,d",
                r.step())).toList();
        Long from = null;
        for (InstabilityAnalysis.Row r : rows) {
            from = 100 * r.errorBarrier() < STABLE_POINTS ? (from == null ? r.step() : from) : null;
        }
        return List.of("Frankle et al. (2020) call a network stable where the error barrier", "between two copies is under 2 points: training's noise",
                "no longer decides which minimum it ends in.", "",
                from == null ? "Not stable at any of these steps." : String.format(Locale.ROOT, "Stable from step %,d on.", from),
                unstable.isEmpty() ? "Stable at every step, initialisation included." : "Unstable at step" + (unstable.size() > 1 ? "s " : " ")
                        + String.join(", ", unstable) + ".");
    }

    /** The error (or, for no classifier, the loss) along the straight path between one step's copies, with the line between its ends. */
    static void drawPath(Chart chart, InstabilityAnalysis.Row row) throws IOException {
        Path a = Path.of(row.copyA());
        LossLandscape.Line path = LandscapeCsv.readPath(LandscapeCsv.pathFile(a, Path.of(row.copyB())), 0);
        boolean classifier = !Double.isNaN(row.errorBarrier());
        double[] values = classifier ? java.util.Arrays.stream(path.accuracy()).map(v -> 100 * (1 - v)).toArray() : path.loss();
        chart.suspendUpdate(true);
        ChartLines.clear(chart);
        IAxis xAxis = chart.getAxisSet().getXAxis(0);
        xAxis.enableCategory(false);
        chart.getTitle().setText(String.format(Locale.ROOT, "The path between the copies of step %,d", row.step()));
        xAxis.getTitle().setText("α: copy 1 at 0, copy 2 at 1");
        chart.getAxisSet().getYAxis(0).getTitle().setText(classifier ? "test error (%)" : "test loss");
        ChartLines.line(chart, classifier ? "error along the path" : "loss along the path", path.alphas(), values, SWT.COLOR_DARK_RED, LineStyle.SOLID, true, true);
        double[] ends = {path.alphas()[0], path.alphas()[path.alphas().length - 1]};
        ChartLines.line(chart, "between the copies", ends, new double[] {values[0], values[values.length - 1]}, SWT.COLOR_DARK_GRAY, LineStyle.DASH, false, true);
        chart.suspendUpdate(false);
        chart.updateLayout();
        chart.getAxisSet().adjustRange();
        ChartRanges.fit(chart);
        chart.redraw();
    }

    /** What the hover says for a category's x: the step. */
    static String stepText(List<InstabilityAnalysis.Row> rows, double x) {
        int index = (int) Math.round(x);
        return index >= 0 && index < rows.size() ? String.format(Locale.ROOT, "step %,d", rows.get(index).step()) : "";
    }

    private static void prepare(Chart chart, String title, String x, String y, String[] categories) {
        chart.suspendUpdate(true);
        ChartLines.clear(chart);
        chart.getTitle().setText(title);
        IAxis xAxis = chart.getAxisSet().getXAxis(0);
        xAxis.enableLogScale(false);
        xAxis.setReversed(false);
        xAxis.getTitle().setText(x);
        chart.getAxisSet().getYAxis(0).getTitle().setText(y);
        xAxis.setCategorySeries(categories);
        xAxis.enableCategory(true);
    }

    private static void finish(Chart chart) {
        chart.suspendUpdate(false);
        chart.updateLayout();
        chart.getAxisSet().adjustRange();
        ChartRanges.fit(chart);
        chart.redraw();
    }
}
