package dev.dendrite.analysis.ui.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import dev.dendrite.train.run.HealthHistory;
import dev.dendrite.train.run.HealthWarning;

/**
 * One statistic of every layer over a run's health records as a heat map: a row per layer in
 * forward order, a column per record, grey where the statistic does not apply to the layer, and a
 * red mark where a warning was raised. Norms and ratios are drawn on a log scale. Clicking a row
 * chooses the layer; hovering names the cell.
 */
final class HealthHeatmap {

    private static final int MARGIN = 6;
    private static final int LEGEND = 60;

    private final Canvas canvas;
    private HealthHistory history;
    private String key = "std";
    private boolean log;
    private String selected;
    private Consumer<String> onLayer = layer -> { };
    /** What a layer's row says when none of its records has the statistic shown (a dense layer's saturation). */
    static final String NOT_RECORDED = "not recorded for this layer";

    /** Where the last paint put the cells: left, top, cell width, cell height. */
    private double left;
    private double top;
    private double cellWidth;
    private double cellHeight;

    HealthHeatmap(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseDown, e -> {
            int row = row(e.y);
            if (history != null && row >= 0) {
                select(history.layers().get(row));
                onLayer.accept(selected);
            }
        });
        canvas.addListener(SWT.MouseMove, e -> canvas.setToolTipText(describe(e.x, e.y)));
    }

    Canvas control() {
        return canvas;
    }

    void onLayer(Consumer<String> listener) {
        onLayer = listener;
    }

    void show(HealthHistory shown, String statistic, boolean logScale) {
        history = shown;
        key = statistic;
        log = logScale;
        canvas.redraw();
    }

    void select(String layer) {
        selected = layer;
        canvas.redraw();
    }

    /** The rows drawn (tests). */
    int rows() {
        return history == null ? 0 : history.layers().size();
    }

    /** The layers whose row said {@link #NOT_RECORDED} at the last paint (tests). */
    List<String> notRecorded() {
        return List.copyOf(notRecorded);
    }

    private final List<String> notRecorded = new java.util.ArrayList<>();

    /** The layer row at pixel y, or −1. */
    private int row(int y) {
        if (history == null || cellHeight <= 0) {
            return -1;
        }
        int row = (int) Math.floor((y - top) / cellHeight);
        return row >= 0 && row < history.layers().size() ? row : -1;
    }

    private String describe(int x, int y) {
        int row = row(y);
        int column = cellWidth <= 0 ? -1 : (int) Math.floor((x - left) / cellWidth);
        if (row < 0 || column < 0 || column >= history.samples().size()) {
            return null;
        }
        String layer = history.layers().get(row);
        HealthHistory.Sample sample = history.samples().get(column);
        HealthHistory.LayerHealth health = sample.layers().get(layer);
        double value = health == null ? Double.NaN : health.value(key);
        return String.format(Locale.ROOT, "%s at step %d: %s = %s", layer, sample.step(), key, Double.isNaN(value) ? "n/a"
                : String.format(Locale.ROOT, "%.4g", value));
    }

    private double scaled(double value) {
        return log ? Math.log10(Math.max(value, 1e-12)) : value;
    }

    private void paint(GC gc) {
        Point size = canvas.getSize();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(0, 0, size.x, size.y);
        if (history == null || history.samples().isEmpty()) {
            gc.drawText("No health records: train with --health-every N (a launch's Output tab), then Refresh", MARGIN, MARGIN, true);
            return;
        }
        List<String> layers = history.layers();
        notRecorded.clear();
        int labelWidth = layers.stream().mapToInt(l -> gc.textExtent(l).x).max().orElse(0) + 2 * MARGIN;
        int textHeight = gc.getFontMetrics().getHeight();
        left = labelWidth;
        top = MARGIN;
        double width = size.x - labelWidth - LEGEND - 2 * MARGIN;
        double height = size.y - top - textHeight - 2 * MARGIN;
        int columns = history.samples().size();
        cellWidth = width / columns;
        cellHeight = height / layers.size();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        double[][] values = new double[layers.size()][];
        for (int r = 0; r < layers.size(); r++) {
            values[r] = history.series(layers.get(r), key);
            for (double v : values[r]) {
                if (Double.isFinite(v)) {
                    low = Math.min(low, scaled(v));
                    high = Math.max(high, scaled(v));
                }
            }
        }
        double range = high > low ? high - low : 1;
        Color grey = canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW);
        for (int r = 0; r < layers.size(); r++) {
            gc.setForeground(canvas.getDisplay().getSystemColor(layers.get(r).equals(selected) ? SWT.COLOR_LIST_SELECTION
                    : SWT.COLOR_WIDGET_FOREGROUND));
            gc.drawText(layers.get(r), MARGIN, (int) (top + r * cellHeight + (cellHeight - textHeight) / 2), true);
            if (Arrays.stream(values[r]).noneMatch(Double::isFinite)) {
                // Not a grey bar that reads as a value: say that this layer has no such statistic.
                gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
                gc.drawText(NOT_RECORDED, (int) left + MARGIN, (int) (top + r * cellHeight + (cellHeight - textHeight) / 2), true);
                notRecorded.add(layers.get(r));
                continue;
            }
            for (int c = 0; c < columns; c++) {
                double v = values[r][c];
                Color colour = Double.isFinite(v) ? new Color(ColourScale.at((scaled(v) - low) / range)) : grey;
                gc.setBackground(colour);
                int x0 = (int) Math.floor(left + c * cellWidth);
                int x1 = (int) Math.floor(left + (c + 1) * cellWidth);
                int y0 = (int) Math.floor(top + r * cellHeight);
                int y1 = (int) Math.floor(top + (r + 1) * cellHeight);
                gc.fillRectangle(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0 - 1));
            }
        }
        markWarnings(gc, layers);
        if (selected != null && layers.contains(selected)) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
            gc.setLineWidth(2);
            gc.drawRectangle((int) left, (int) (top + layers.indexOf(selected) * cellHeight), (int) width, (int) cellHeight - 1);
            gc.setLineWidth(1);
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        int axisY = (int) (top + height + MARGIN / 2);
        gc.drawText("step " + history.samples().get(0).step(), (int) left, axisY, true);
        String last = "step " + history.samples().get(columns - 1).step();
        gc.drawText(last, (int) (left + width - gc.textExtent(last).x), axisY, true);
        legend(gc, size, low, high, height);
    }

    /** A red triangle at each warning's layer and record. */
    private void markWarnings(GC gc, List<String> layers) {
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_RED));
        for (HealthWarning warning : history.warnings()) {
            int r = layers.indexOf(warning.layer());
            int c = 0;
            while (c < history.samples().size() - 1 && history.samples().get(c).step() < warning.step()) {
                c++;
            }
            if (r >= 0) {
                int x = (int) (left + c * cellWidth);
                int y = (int) (top + r * cellHeight);
                int s = (int) Math.max(4, Math.min(10, cellHeight / 2));
                gc.fillPolygon(new int[] {x, y, x + s, y, x, y + s});
            }
        }
    }

    private void legend(GC gc, Point size, double low, double high, double height) {
        int x = size.x - LEGEND + MARGIN;
        for (int y = 0; y < (int) height; y++) {
            gc.setForeground(new Color(ColourScale.at(1 - y / height)));
            gc.drawLine(x, (int) top + y, x + 12, (int) top + y);
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        gc.drawText(label(high), x + 14, (int) top, true);
        gc.drawText(label(low), x + 14, (int) (top + height - gc.getFontMetrics().getHeight()), true);
    }

    private String label(double scaledValue) {
        if (!Double.isFinite(scaledValue)) {
            return "";
        }
        return log ? String.format(Locale.ROOT, "1e%.1f", scaledValue) : String.format(Locale.ROOT, "%.3g", scaledValue);
    }
}
