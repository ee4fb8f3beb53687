package dev.dendrite.ui.internal;

import static dev.dendrite.ui.internal.TrainingFixture.display;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.dendrite.launching.ui.internal.TrainingMonitorView;

/** What the Training Monitor's charts must show: every point inside, readable log labels, the value under the mouse. */
final class MonitorChecks {

    private MonitorChecks() {
    }

    /** The monitor's charts in creation order, found through its one chart of that title. */
    static List<org.eclipse.swtchart.Chart> charts(TrainingMonitorView monitor) {
        java.util.ArrayDeque<org.eclipse.swt.widgets.Control> todo = new java.util.ArrayDeque<>(List.of(monitor.getSite().getShell()));
        while (!todo.isEmpty()) {
            org.eclipse.swt.widgets.Control control = todo.pop();
            if (control instanceof org.eclipse.swtchart.Chart chart && chart.getTitle().getText().equals("Gradients, first run")) {
                return java.util.Arrays.stream(chart.getParent().getChildren()).filter(org.eclipse.swtchart.Chart.class::isInstance)
                        .map(org.eclipse.swtchart.Chart.class::cast).toList();
            } else if (control instanceof org.eclipse.swt.widgets.Composite composite) {
                todo.addAll(List.of(composite.getChildren()));
            }
        }
        return List.of();
    }

    /**
     * No point on a chart's border, where the axis line hides it (the second run's constant learning rate lay under the
     * bottom axis), and a step axis that starts near the first step rather than 7% of the run before it.
     */
    static void everyPointInsideItsChart(TrainingMonitorView monitor) {
        for (org.eclipse.swtchart.Chart chart : charts(monitor)) {
            if (chart.getSeriesSet().getSeries().length == 0) {
                continue; // nothing tracked (the sharpness of a run without --sharpness-every): no point to place
            }
            var x = chart.getAxisSet().getXAxis(0).getRange();
            var y = chart.getAxisSet().getYAxis(0).getRange();
            double first = Double.POSITIVE_INFINITY;
            double last = Double.NEGATIVE_INFINITY;
            for (var series : chart.getSeriesSet().getSeries()) {
                for (int i = 0; i < series.getYSeries().length; i++) {
                    double value = series.getYSeries()[i];
                    assertTrue(value > y.lower && value < y.upper, chart.getTitle().getText() + ": " + series.getId() + "'s " + value
                            + " inside " + y);
                    first = Math.min(first, series.getXSeries()[i]);
                    last = Math.max(last, series.getXSeries()[i]);
                }
            }
            assertTrue(x.lower < first && x.lower > first - 0.03 * (last - first) && x.upper > last
                    && x.upper < last + 0.03 * (last - first), chart.getTitle().getText() + ": " + x + " around " + first + ".." + last);
        }
    }

    /**
     * Hovering a point of the chart's first series shows, as the plot's tooltip, the nearest point's series, value (as users read
     * it: {@code value} of the plotted y) and step; that point lies within reach of the mouse.
     */
    static void hoverReadsThePointUnderTheMouse(org.eclipse.swtchart.Chart chart, String xName,
            java.util.function.DoubleUnaryOperator value) {
        var series = chart.getSeriesSet().getSeries()[0];
        int middle = series.getXSeries().length / 2;
        var xAxis = chart.getAxisSet().getXAxis(0);
        var yAxis = chart.getAxisSet().getYAxis(0);
        var event = new org.eclipse.swt.widgets.Event();
        event.x = xAxis.getPixelCoordinate(series.getXSeries()[middle]);
        event.y = yAxis.getPixelCoordinate(series.getYSeries()[middle]);
        var area = chart.getPlotArea().getControl();
        // Through the X server, in steps as a hand moves it (a single jump brings the pointer in without a motion to report).
        for (int step = 3; step >= 0; step--) {
            RealEvents.move(area, event.x - step, event.y - step);
            UiWait.until(display(), 150, () -> false);
        }
        UiWait.until(display(), 3000, () -> area.getToolTipText() != null);
        String text = area.getToolTipText();
        var parts = java.util.regex.Pattern.compile("(.+): (\\S+) at " + xName + " ([0-9,]+)").matcher(text == null ? "" : text);
        assertTrue(parts.matches(), chart.getTitle().getText() + ": " + text);
        var named = java.util.Arrays.stream(chart.getSeriesSet().getSeries()).filter(s -> s.getId().equals(parts.group(1))).findFirst()
                .orElseThrow();
        long step = Long.parseLong(parts.group(3).replace(",", ""));
        boolean found = false;
        for (int i = 0; i < named.getXSeries().length; i++) {
            double dx = xAxis.getPixelCoordinate(named.getXSeries()[i]) - event.x;
            double dy = yAxis.getPixelCoordinate(named.getYSeries()[i]) - event.y;
            found |= Math.round(named.getXSeries()[i]) == step && dx * dx + dy * dy <= 64
                    && dev.dendrite.launching.ui.internal.PointHover.fourDigits(value.applyAsDouble(named.getYSeries()[i]))
                            .equals(parts.group(2));
        }
        assertTrue(found, chart.getTitle().getText() + ": the tooltip's point is the one under the mouse: " + text);
    }

    /** The gradient chart plots log10 of each layer's norm on a linear axis whose ticks read as powers of ten. */
    static void gradientNormsReadInPowersOfTen(TrainingMonitorView monitor) throws java.text.ParseException {
        org.eclipse.swtchart.Chart chart = charts(monitor).stream().filter(c -> c.getTitle().getText().equals("Gradients, first run"))
                .findFirst().orElseThrow();
        assertTrue(UiWait.until(display(), 5000, () -> chart.getSeriesSet().getSeries().length > 0), "the gradient chart has lines");
        var axis = chart.getAxisSet().getYAxis(0);
        java.text.Format format = axis.getTick().getFormat();
        assertFalse(axis.isLogScaleEnabled(), "SWTChart's log scale put its ticks at the data's first value");
        assertEquals(List.of("1e-4", "3.2e-5", "0.01", "0.5", "1", "20", "1000", "1e7", "1.3", "0.79", "0.63"),
                java.util.stream.DoubleStream.of(-4, -4.5, -2, Math.log10(0.5), 0, Math.log10(20), 3, 7, 0.1, -0.1, -0.2)
                        .mapToObj(format::format).toList());
        var series = chart.getSeriesSet().getSeries()[0];
        var first = monitor.runs().get(0).steps().stream().filter(r -> r.gradientNorms().containsKey(series.getId())).findFirst()
                .orElseThrow();
        assertEquals(Math.log10(first.gradientNorms().get(series.getId())), series.getYSeries()[0], 1e-12, "a line's first point");
        var range = axis.getRange();
        List<String> labels = java.util.Arrays.stream(axis.getTick().getTickLabelValues()).mapToObj(format::format).toList();
        assertEquals(labels.size(), java.util.Set.copyOf(labels).size(), "each tick its own label: " + labels);
        // SWTChart reads each label back and writes "..." unless it lands on its tick: "1.3" must read as 0.1, not log10(1.3).
        assertEquals(0.1, ((Number) format.parseObject(format.format(0.1))).doubleValue(), 1e-9);
        for (double tick : axis.getTick().getTickLabelValues()) {
            assertEquals(tick, ((Number) format.parseObject(format.format(tick))).doubleValue(), 1e-9, "the label of " + tick + " read back");
        }
        for (double tick : axis.getTick().getTickLabelValues()) {
            assertTrue(tick >= range.lower - 1e-9 && tick <= range.upper + 1e-9, "a tick inside the range: " + tick);
            assertTrue(format.format(tick).matches("\\d+(\\.\\d+)?|[1-9](\\.\\d)?e-?\\d+"), "a tick label: " + format.format(tick));
        }
    }
}
