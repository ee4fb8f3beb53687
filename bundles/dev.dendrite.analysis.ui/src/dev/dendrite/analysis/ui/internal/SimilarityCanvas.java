package dev.dendrite.analysis.ui.internal;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import dev.dendrite.analysis.evaluation.SaliencyImages;
import dev.dendrite.launching.internal.RunSimilarity;

/**
 * A similarity matrix (CKA, SVCCA or PWCCA) drawn as squares, black (0) through red to yellow (1), the run's layers down the
 * left and the other's (or its own again) along the bottom, each row's best match outlined, a
 * colour bar, and the pair under the pointer in the tooltip.
 */
final class SimilarityCanvas {

    private static final int MARGIN = 10;
    private static final int BAR = 14;

    private final Canvas canvas;
    private RunSimilarity.Matrix matrix;
    /** The matrix's last drawn place: its left, top and cell side, for the pointer's pair. */
    private int left;
    private int top;
    private int cell;

    SimilarityCanvas(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseMove, e -> canvas.setToolTipText(describe(e.x, e.y)));
    }

    Canvas control() {
        return canvas;
    }

    void show(RunSimilarity.Matrix shown) {
        matrix = shown;
        canvas.redraw();
    }

    /** The row and column under a point, or null. */
    int[] pairAt(int x, int y) {
        if (matrix == null || cell == 0 || x < left || y < top) {
            return null;
        }
        int column = (x - left) / cell;
        int row = (y - top) / cell;
        return row < matrix.rows().size() && column < matrix.columns().size() ? new int[] {row, column} : null;
    }

    private String describe(int x, int y) {
        int[] pair = pairAt(x, y);
        if (pair == null) {
            return null;
        }
        var similarity = matrix.similarity();
        String text = String.format(Locale.ROOT, "%s × %s: %s %.3f", matrix.rows().get(pair[0]), matrix.columns().get(pair[1]),
                similarity.measure().family().toUpperCase(Locale.ROOT), matrix.values()[pair[0]][pair[1]]);
        return similarity.measure().canonical() ? text + String.format(Locale.ROOT, " (%d and %d directions)", similarity.rowDimensions().get(
                pair[0]), similarity.columnDimensions().get(pair[1])) : text;
    }

    private void paint(GC gc) {
        if (matrix == null) {
            return;
        }
        Rectangle area = canvas.getClientArea();
        int labelWidth = 0;
        for (String name : matrix.rows()) {
            labelWidth = Math.max(labelWidth, gc.textExtent(name).x);
        }
        int labelHeight = 0;
        for (String name : matrix.columns()) {
            labelHeight = Math.max(labelHeight, gc.textExtent(name).x);
        }
        int rows = matrix.rows().size();
        int columns = matrix.columns().size();
        left = MARGIN + labelWidth + 6;
        top = MARGIN;
        cell = Math.max(4, Math.min((area.width - left - 4 * MARGIN - BAR - 40) / columns, (area.height - top - labelHeight - 2 * MARGIN) / rows));
        int[] best = matrix.against() == null ? null : matrix.bestMatches();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                Color colour = colour(gc, matrix.values()[i][j]);
                gc.setBackground(colour);
                gc.fillRectangle(left + j * cell, top + i * cell, cell, cell);
                colour.dispose();
                String value = String.format(Locale.ROOT, "%.2f", matrix.values()[i][j]);
                Point extent = gc.textExtent(value);
                if (cell >= extent.x + 6) {
                    // Dark squares (below about 0.4) take white figures.
                    gc.setForeground(canvas.getDisplay().getSystemColor(matrix.values()[i][j] < 0.4 ? SWT.COLOR_WHITE : SWT.COLOR_BLACK));
                    gc.drawText(value, left + j * cell + (cell - extent.x) / 2, top + i * cell + (cell - extent.y) / 2, true);
                }
            }
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            Point extent = gc.textExtent(matrix.rows().get(i));
            gc.drawText(matrix.rows().get(i), left - 6 - extent.x, top + i * cell + (cell - extent.y) / 2, true);
            if (best != null) {
                gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_CYAN));
                gc.setLineWidth(2);
                gc.drawRectangle(left + best[i] * cell + 1, top + i * cell + 1, cell - 2, cell - 2);
                gc.setLineWidth(1);
            }
        }
        // Column labels turned a quarter, read upwards.
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        Transform turn = new Transform(canvas.getDisplay());
        try {
            for (int j = 0; j < columns; j++) {
                String name = matrix.columns().get(j);
                Point extent = gc.textExtent(name);
                turn.identity();
                turn.translate(left + j * cell + (cell - extent.y) / 2f, top + rows * cell + 6 + extent.x);
                turn.rotate(-90);
                gc.setTransform(turn);
                gc.drawText(name, 0, 0, true);
            }
        } finally {
            gc.setTransform(null);
            turn.dispose();
        }
        // The colour bar: 0 at the bottom, 1 at the top.
        int barLeft = left + columns * cell + 2 * MARGIN;
        int barHeight = rows * cell;
        for (int y = 0; y < barHeight; y++) {
            Color colour = colour(gc, 1 - (double) y / Math.max(1, barHeight - 1));
            gc.setForeground(colour);
            gc.drawLine(barLeft, top + y, barLeft + BAR, top + y);
            colour.dispose();
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawText("1", barLeft + BAR + 4, top, true);
        gc.drawText("0", barLeft + BAR + 4, top + barHeight - gc.getFontMetrics().getHeight(), true);
    }

    private static Color colour(GC gc, double share) {
        int rgb = SaliencyImages.heat(share);
        return new Color(gc.getDevice(), rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
    }
}
