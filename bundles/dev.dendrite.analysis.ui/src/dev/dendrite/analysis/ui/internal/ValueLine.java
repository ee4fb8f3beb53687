package dev.dendrite.analysis.ui.internal;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A sequence of values as a small plot, a column per step: one value per step as a line through
 * its points, several as a column of grey cells (dark the largest); with saliency scores each
 * column's background is tinted as {@link TokenLine} tints tokens, and a tagger's mistaken step is
 * outlined in red.
 */
final class ValueLine {

    /** The plot's size: as wide as a token line, and tall enough to read a wave. */
    private static final int WIDTH = 230;
    private static final int HEIGHT = 40;

    private ValueLine() {
    }

    /** A plot of {@code values} (steps × {@code features}) under {@code parent}; {@code scores} (one per step, or null) tint it. */
    static Canvas of(Composite parent, float[] values, int features, float[] scores, int marked) {
        int steps = values.length / features;
        int column = Math.max(2, Math.min(16, WIDTH / Math.max(1, steps)));
        Canvas canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        GridData layout = new GridData(SWT.LEFT, SWT.TOP, false, false);
        layout.widthHint = column * steps;
        layout.heightHint = HEIGHT;
        canvas.setLayoutData(layout);
        float[] shares = TokenLine.shares(scores, steps);
        float low = Float.POSITIVE_INFINITY;
        float high = Float.NEGATIVE_INFINITY;
        for (float v : values) {
            low = Math.min(low, v);
            high = Math.max(high, v);
        }
        float min = low;
        float range = high > low ? high - low : 1;
        canvas.addListener(SWT.Paint, e -> paint(e.gc, values, features, shares, marked, column, min, range));
        StringBuilder tip = new StringBuilder(shares == null ? "Values per step:" : "Saliency per step (the largest 1):");
        for (int t = 0; t < steps && t < 64; t++) {
            tip.append(features == 1 ? String.format(Locale.ROOT, " %.3g", values[t]) : " t" + t);
            if (shares != null) {
                tip.append(String.format(Locale.ROOT, " (%.2f)", shares[t]));
            }
        }
        canvas.setToolTipText(tip.append(steps > 64 ? " ..." : "").toString());
        return canvas;
    }

    private static void paint(GC gc, float[] values, int features, float[] shares, int marked, int column, float min, float range) {
        int steps = values.length / features;
        gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(0, 0, column * steps, HEIGHT);
        for (int t = 0; shares != null && t < steps; t++) {
            gc.setBackground(TokenLine.tint(shares[t]));
            gc.fillRectangle(t * column, 0, column, HEIGHT);
        }
        if (features == 1) {
            gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_BLUE));
            gc.setLineWidth(1);
            int[] points = new int[2 * steps];
            for (int t = 0; t < steps; t++) {
                points[2 * t] = t * column + column / 2;
                points[2 * t + 1] = y(values[t], min, range);
            }
            gc.drawPolyline(points);
            gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_BLUE));
            for (int t = 0; column >= 4 && t < steps; t++) {
                gc.fillOval(points[2 * t] - 1, points[2 * t + 1] - 1, 3, 3);
            }
        } else {
            int cell = Math.max(1, (HEIGHT - 4) / features);
            for (int t = 0; t < steps; t++) {
                for (int f = 0; f < features; f++) {
                    int grey = 230 - Math.round(200 * (values[t * features + f] - min) / range);
                    gc.setBackground(new Color(grey, grey, grey));
                    gc.fillRectangle(t * column + 1, 2 + f * cell, Math.max(1, column - 2), cell);
                }
            }
        }
        if (marked >= 0 && marked < steps) {
            gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_RED));
            gc.setLineWidth(2);
            gc.drawRectangle(marked * column + 1, 1, column - 2, HEIGHT - 2);
        }
    }

    /** A value's height: the sequence's range over the plot, 3 pixels spare at either edge. */
    private static int y(float value, float min, float range) {
        return HEIGHT - 3 - Math.round((HEIGHT - 6) * (value - min) / range);
    }
}
