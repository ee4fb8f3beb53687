package dev.dendrite.analysis.ui.internal;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import dev.dendrite.train.run.HealthHistory;

/**
 * One layer's activation histograms over time: a column per health record, the value axis shared
 * by all records (each record's bins lie between its own minimum and maximum), each bin shaded by
 * its share of the column's largest count, so a distribution drifting, widening or collapsing onto
 * zero shows as a band moving, spreading or thinning.
 */
final class HistogramStrip {

    private static final int MARGIN = 6;

    private final Canvas canvas;
    private HealthHistory history;
    private String layer;
    private int columns;

    HistogramStrip(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> paint(e.gc));
    }

    Canvas control() {
        return canvas;
    }

    void show(HealthHistory shown, String shownLayer) {
        history = shown;
        layer = shownLayer;
        canvas.redraw();
    }

    /** The records drawn with a histogram at the last paint (tests). */
    int columns() {
        return columns;
    }

    private void paint(GC gc) {
        Point size = canvas.getSize();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(0, 0, size.x, size.y);
        columns = 0;
        if (history == null || layer == null) {
            gc.drawText("Click a layer in the heat map for its histograms over time", MARGIN, MARGIN, true);
            return;
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (HealthHistory.Sample sample : history.samples()) {
            HealthHistory.LayerHealth health = sample.layers().get(layer);
            if (health != null && health.histogram().length > 0) {
                low = Math.min(low, health.value("min"));
                high = Math.max(high, health.value("max"));
            }
        }
        int textHeight = gc.getFontMetrics().getHeight();
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        gc.drawText("Histograms of " + layer + "'s outputs over time", MARGIN, MARGIN, true);
        if (!(high > low)) {
            gc.drawText(layer + " has no histograms", MARGIN, MARGIN + textHeight, true);
            return;
        }
        int labelWidth = Math.max(gc.textExtent(label(low)).x, gc.textExtent(label(high)).x) + 2 * MARGIN;
        double left = labelWidth;
        double top = 2 * MARGIN + textHeight;
        double width = size.x - left - MARGIN;
        double height = size.y - top - textHeight - 2 * MARGIN;
        int n = history.samples().size();
        double columnWidth = width / n;
        for (int c = 0; c < n; c++) {
            HealthHistory.LayerHealth health = history.samples().get(c).layers().get(layer);
            if (health == null || health.histogram().length == 0) {
                continue;
            }
            columns++;
            long[] counts = health.histogram();
            long most = 1;
            for (long count : counts) {
                most = Math.max(most, count);
            }
            double min = health.value("min");
            double binWidth = (health.value("max") - min) / counts.length;
            int x0 = (int) Math.floor(left + c * columnWidth);
            int x1 = (int) Math.floor(left + (c + 1) * columnWidth);
            for (int b = 0; b < counts.length; b++) {
                if (counts[b] == 0) {
                    continue;
                }
                double from = min + b * binWidth;
                int yHigh = (int) Math.floor(top + height * (1 - (from + binWidth - low) / (high - low)));
                int yLow = (int) Math.ceil(top + height * (1 - (from - low) / (high - low)));
                gc.setBackground(new Color(ColourScale.at(0.15 + 0.85 * counts[b] / (double) most)));
                gc.fillRectangle(x0, yHigh, Math.max(1, x1 - x0), Math.max(1, yLow - yHigh));
            }
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        gc.drawText(label(high), MARGIN, (int) top, true);
        gc.drawText(label(low), MARGIN, (int) (top + height - textHeight), true);
        if (low < 0 && high > 0) {
            int zero = (int) (top + height * (1 - (0 - low) / (high - low)));
            gc.drawText("0", MARGIN, zero - textHeight / 2, true);
            gc.setLineStyle(SWT.LINE_DOT);
            gc.drawLine((int) left, zero, (int) (left + width), zero);
            gc.setLineStyle(SWT.LINE_SOLID);
        }
        int axisY = (int) (top + height + MARGIN / 2);
        gc.drawText("step " + history.samples().get(0).step(), (int) left, axisY, true);
        String last = "step " + history.samples().get(n - 1).step();
        gc.drawText(last, (int) (left + width - gc.textExtent(last).x), axisY, true);
    }

    private static String label(double value) {
        return String.format(Locale.ROOT, "%.3g", value);
    }
}
