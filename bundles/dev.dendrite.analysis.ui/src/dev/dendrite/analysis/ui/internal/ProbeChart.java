package dev.dendrite.analysis.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

import dev.dendrite.launching.internal.RunProbes;
import dev.dendrite.launching.ui.internal.ChartRanges;

/**
 * Linear probes along a network's depth: each layer's probe accuracy on the test split (and on its
 * training samples, dotted), for a run, the same network untrained where probed (grey), and, where
 * compared, a second run of the same layers, with chance marked: where the classes become linearly
 * separable, and whether training made them so.
 */
final class ProbeChart {

    private final Chart chart;
    private final List<RunProbes.Report> shown = new ArrayList<>();

    ProbeChart(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setText("Linear probes: the classes read from each layer");
        chart.getLegend().setPosition(SWT.RIGHT);
        chart.getAxisSet().getYAxis(0).getTitle().setText("probe accuracy (%)");
        chart.getAxisSet().getXAxis(0).getTitle().setText("layer");
    }

    /** The reports drawn (tests). */
    List<RunProbes.Report> shown() {
        return List.copyOf(shown);
    }

    /**
     * Draws {@code mine} (null: nothing) and {@code other} where it probes the same layers.
     *
     * @return what the chart says, in words
     */
    String show(RunProbes.Report mine, String name, RunProbes.Report other, String otherName) {
        shown.clear();
        chart.suspendUpdate(true);
        ChartLines.clear(chart);
        if (mine == null) {
            chart.suspendUpdate(false);
            chart.redraw();
            return "";
        }
        shown.add(mine);
        List<String> layers = mine.probes().stream().map(RunProbes.Probe::layer).toList();
        boolean comparable = other != null && other.probes().stream().map(RunProbes.Probe::layer).toList().equals(layers);
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.setCategorySeries(layers.toArray(String[]::new));
        x.enableCategory(true);
        double[] positions = java.util.stream.IntStream.range(0, layers.size()).asDoubleStream().toArray();
        ChartLines.line(chart, name + " (test)", positions, percent(mine, true), SWT.COLOR_DARK_RED, LineStyle.SOLID, true, true);
        ChartLines.line(chart, name + " (training samples)", positions, percent(mine, false), SWT.COLOR_DARK_RED, LineStyle.DOT, false, true);
        if (mine.probes().stream().noneMatch(p -> Double.isNaN(p.untrainedTestAccuracy()))) {
            ChartLines.line(chart, name + " untrained (test)", positions, mine.probes().stream().mapToDouble(p -> 100 * p.untrainedTestAccuracy())
                    .toArray(), SWT.COLOR_GRAY, LineStyle.SOLID, true, true);
        }
        if (comparable) {
            shown.add(other);
            ChartLines.line(chart, otherName + " (test)", positions, percent(other, true), SWT.COLOR_DARK_BLUE, LineStyle.SOLID, true, true);
            ChartLines.line(chart, otherName + " (training samples)", positions, percent(other, false), SWT.COLOR_DARK_BLUE, LineStyle.DOT, false,
                    true);
        }
        double[] chance = new double[layers.size()];
        java.util.Arrays.fill(chance, 100.0 / mine.classes());
        ChartLines.line(chart, "chance", positions, chance, SWT.COLOR_DARK_GRAY, LineStyle.DASH, false, true);
        chart.suspendUpdate(false);
        chart.updateLayout();
        chart.getAxisSet().adjustRange();
        ChartRanges.fit(chart);
        chart.getAxisSet().getYAxis(0).setRange(new Range(0, 101));
        chart.redraw();
        RunProbes.Probe best = mine.probes().stream().max(java.util.Comparator.comparingDouble(RunProbes.Probe::testAccuracy)).orElseThrow();
        RunProbes.Probe last = mine.probes().get(mine.probes().size() - 1);
        String text = String.format(Locale.ROOT, "Linear probes of %s (%,d training samples, %,d test samples): %s reads %.1f%%, the most; the "
                + "input %.1f%%, the output %.1f%%", name, mine.trainSamples(), mine.testSamples(), best.layer(), 100 * best.testAccuracy(), 100
                        * mine.probes().get(0).testAccuracy(), 100 * last.testAccuracy());
        if (!Double.isNaN(last.untrainedTestAccuracy())) {
            text += String.format(Locale.ROOT, " (untrained %.1f%%)", 100 * last.untrainedTestAccuracy());
        }
        if (other != null) {
            text += comparable ? String.format(Locale.ROOT, "; %s's output %.1f%%", otherName, 100 * other.probes().get(other.probes().size() - 1)
                    .testAccuracy()) : "; " + otherName + " has other layers, so its probes are not drawn";
        }
        return text;
    }

    private static double[] percent(RunProbes.Report report, boolean test) {
        return report.probes().stream().mapToDouble(p -> 100 * (test ? p.testAccuracy() : p.trainAccuracy())).toArray();
    }
}
