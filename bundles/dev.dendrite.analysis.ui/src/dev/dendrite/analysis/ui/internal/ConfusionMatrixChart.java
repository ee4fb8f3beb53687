package dev.dendrite.analysis.ui.internal;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import dev.dendrite.analysis.evaluation.ClassificationReport;

/**
 * A confusion matrix as a heat map: rows the actual class, columns the predicted one, each cell
 * coloured by its share of the actual class (so a small class's errors show as clearly as a large
 * one's) and labelled with its count where the cells are large enough. Hovering names the cell;
 * clicking a cell chooses its class and shows its samples.
 */
final class ConfusionMatrixChart {

    private static final int MARGIN = 8;
    private static final int AXIS = 44;

    private final Canvas canvas;
    private ClassificationReport report;
    private int selected = -1;
    private CellListener onCell = (actual, predicted) -> { };

    /** Hears a click on the cell of {@code actual} predicted as {@code predicted}. */
    @FunctionalInterface
    interface CellListener {
        void clicked(int actual, int predicted);
    }
    /** Where the last paint put the cells: left, top and the side of a cell. */
    private double left;
    private double top;
    private double cell;

    ConfusionMatrixChart(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseMove, e -> canvas.setToolTipText(describe(e.x, e.y)));
        canvas.addListener(SWT.MouseDown, e -> {
            int[] at = cellAt(e.x, e.y);
            if (at != null) {
                select(at[0]);
                onCell.clicked(at[0], at[1]);
            }
        });
    }

    Canvas control() {
        return canvas;
    }

    void onCell(CellListener listener) {
        onCell = listener;
    }

    /** Clicks the cell of {@code actual} predicted as {@code predicted}, as the mouse does (tests). */
    void click(int actual, int predicted) {
        select(actual);
        onCell.clicked(actual, predicted);
    }

    void show(ClassificationReport shown) {
        report = shown;
        selected = -1;
        canvas.redraw();
    }

    void select(int label) {
        selected = label;
        canvas.redraw();
    }

    /** The classes drawn (tests): 0 without a classification report. */
    int classes() {
        return report == null ? 0 : report.classCount();
    }

    /** The share of the actual class a cell's colour stands for. */
    static double share(int[][] confusion, int actual, int predicted) {
        int support = 0;
        for (int count : confusion[actual]) {
            support += count;
        }
        return support == 0 ? 0 : (double) confusion[actual][predicted] / support;
    }

    /** The tooltip of a point: the cell's counts and shares, or null off the cells. */
    String describe(int x, int y) {
        int[] at = cellAt(x, y);
        if (at == null) {
            return null;
        }
        int count = report.confusion()[at[0]][at[1]];
        double share = share(report.confusion(), at[0], at[1]);
        return at[0] == at[1]
                ? String.format(Locale.ROOT, "class %d predicted right: %d samples (recall %.1f%%)", at[0], count, 100 * share)
                : String.format(Locale.ROOT, "class %d predicted as %d: %d samples (%.1f%% of class %d)", at[0], at[1], count, 100 * share, at[0]);
    }

    private int[] cellAt(int x, int y) {
        if (report == null || cell <= 0) {
            return null;
        }
        int column = (int) Math.floor((x - left) / cell);
        int row = (int) Math.floor((y - top) / cell);
        int n = report.classCount();
        return column < 0 || row < 0 || column >= n || row >= n ? null : new int[] {row, column};
    }

    private void paint(GC gc) {
        Point size = canvas.getSize();
        gc.setAntialias(SWT.ON);
        if (report == null) {
            gc.drawString("No classification evaluated", MARGIN, MARGIN, true);
            cell = 0;
            return;
        }
        int n = report.classCount();
        double side = Math.min(size.x - AXIS - 2 * MARGIN, size.y - AXIS - 2 * MARGIN - 16);
        cell = Math.max(2, side / n);
        left = MARGIN + AXIS;
        top = MARGIN + 16;
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawString("predicted →", (int) (left + n * cell / 2 - gc.textExtent("predicted →").x / 2), MARGIN - 4, true);
        boolean labelled = cell >= 22;
        boolean counted = cell >= 26;
        for (int a = 0; a < n; a++) {
            for (int p = 0; p < n; p++) {
                double share = share(report.confusion(), a, p);
                // A square-root ramp: the few percent that errors usually are stay visible beside the diagonal's 90%.
                RGB rgb = ColourScale.at(Math.sqrt(share));
                Color colour = new Color(rgb);
                gc.setBackground(colour);
                int x = (int) Math.round(left + p * cell);
                int y = (int) Math.round(top + a * cell);
                int w = (int) Math.round(left + (p + 1) * cell) - x;
                int h = (int) Math.round(top + (a + 1) * cell) - y;
                gc.fillRectangle(x, y, w, h);
                if (counted && report.confusion()[a][p] > 0) {
                    String text = String.valueOf(report.confusion()[a][p]);
                    Point extent = gc.textExtent(text);
                    if (extent.x < w - 2) {
                        boolean light = Math.sqrt(share) > 0.6;
                        gc.setForeground(canvas.getDisplay().getSystemColor(light ? SWT.COLOR_BLACK : SWT.COLOR_WHITE));
                        gc.drawString(text, x + (w - extent.x) / 2, y + (h - extent.y) / 2, true);
                    }
                }
            }
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        int step = labelled ? 1 : Math.max(1, (int) Math.ceil(22 / cell));
        for (int c = 0; c < n; c += step) {
            String label = String.valueOf(c);
            Point extent = gc.textExtent(label);
            gc.drawString(label, (int) (left + c * cell + (cell - extent.x) / 2), (int) (top + n * cell + 2), true);
            gc.drawString(label, (int) (left - extent.x - 6), (int) (top + c * cell + (cell - extent.y) / 2), true);
        }
        gc.drawString("actual ↓", MARGIN, MARGIN - 4, true);
        if (selected >= 0 && selected < n) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_RED));
            gc.setLineWidth(2);
            gc.drawRectangle((int) left, (int) Math.round(top + selected * cell), (int) Math.round(n * cell), (int) Math.round(cell));
        }
    }
}
