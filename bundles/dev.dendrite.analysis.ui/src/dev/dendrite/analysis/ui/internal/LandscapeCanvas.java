package dev.dendrite.analysis.ui.internal;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import dev.dendrite.analysis.landscape.LandscapePicture;
import dev.dendrite.analysis.landscape.LossLandscape;
import dev.dendrite.analysis.landscape.Trajectory;

/**
 * Draws a loss plane (the picture {@code dendrite landscape} writes, with its axes, a colour bar
 * and the loss under the pointer) or a path between two runs (the loss and accuracy along α, the
 * straight line between the ends' losses dashed, the barrier in the title).
 */
final class LandscapeCanvas {

    private static final int MARGIN = 10;
    private static final int AXIS = 44;
    private static final int CELL = 12;

    private final Canvas canvas;
    private LossLandscape.Plane plane;
    private LossLandscape.Line line;
    private Trajectory trajectory;
    private String other;
    private Image picture;
    /** Where the plane's picture was last drawn, for the pointer's point. */
    private Rectangle drawn;

    LandscapeCanvas(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseMove, e -> canvas.setToolTipText(describe(e.x, e.y)));
        canvas.addListener(SWT.Dispose, e -> disposePicture());
    }

    Canvas control() {
        return canvas;
    }

    void show(LossLandscape.Plane shown) {
        plane = shown;
        line = null;
        trajectory = null;
        disposePicture();
        if (shown != null) {
            picture = image(LandscapePicture.of(shown, CELL));
        }
        canvas.redraw();
    }

    void show(LossLandscape.Line shown, String otherName) {
        line = shown;
        other = otherName;
        plane = null;
        trajectory = null;
        disposePicture();
        canvas.redraw();
    }

    /** A training path over its plane (null: nothing). */
    void show(Trajectory shown) {
        trajectory = shown;
        plane = null;
        line = null;
        disposePicture();
        if (shown != null) {
            picture = image(LandscapePicture.of(shown, CELL));
        }
        canvas.redraw();
    }

    private Image image(LandscapePicture.Pixels pixels) {
        ImageData data = new ImageData(pixels.side(), pixels.side(), 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        for (int y = 0; y < pixels.side(); y++) {
            data.setPixels(0, y, pixels.side(), pixels.rgb(), y * pixels.side());
        }
        return new Image(canvas.getDisplay(), data);
    }

    private void disposePicture() {
        if (picture != null) {
            picture.dispose();
            picture = null;
        }
        drawn = null;
    }

    /** Where the plane's picture was last drawn, or null (tests). */
    Rectangle plotted() {
        return drawn;
    }

    /** The loss at the plane's point under (x, y), or the path's α nearest to x; null elsewhere (tooltips, tests). */
    String describe(int x, int y) {
        if (trajectory != null && drawn != null && drawn.contains(x, y)) {
            for (int p = 0; p < trajectory.epochs().length; p++) {
                Point at = onPicture(trajectory.path()[p][0], trajectory.path()[p][1]);
                if (Math.abs(at.x - x) <= 4 && Math.abs(at.y - y) <= 4) {
                    return String.format(Locale.ROOT, "epoch %d: loss %.4f%s, %.1f%% of its distance from the end in the plane",
                            trajectory.epochs()[p], trajectory.pathLoss()[p], Double.isNaN(trajectory.pathAccuracy()[p]) ? ""
                                    : String.format(Locale.ROOT, ", accuracy %.2f%%", 100 * trajectory.pathAccuracy()[p]), 100 * trajectory.inPlane()[p]);
                }
            }
            int n = trajectory.xs().length;
            int i = Math.max(0, Math.min(n - 1, (int) Math.round((x - drawn.x) / (double) drawn.width * (n - 1))));
            int j = Math.max(0, Math.min(n - 1, n - 1 - (int) Math.round((y - drawn.y) / (double) drawn.height * (n - 1))));
            return String.format(Locale.ROOT, "PC1 %.3g, PC2 %.3g: loss %.4f", trajectory.xs()[i], trajectory.ys()[j], trajectory.loss()[j][i]);
        }
        if (plane != null && drawn != null && drawn.contains(x, y)) {
            int n = plane.coordinates().length;
            int i = (int) Math.round((x - drawn.x) / (double) drawn.width * (n - 1));
            int j = n - 1 - (int) Math.round((y - drawn.y) / (double) drawn.height * (n - 1));
            i = Math.max(0, Math.min(n - 1, i));
            j = Math.max(0, Math.min(n - 1, j));
            return String.format(Locale.ROOT, "δ %.2f, η %.2f: loss %.4f%s", plane.coordinates()[i], plane.coordinates()[j], plane.loss()[j][i],
                    Double.isNaN(plane.accuracy()[j][i]) ? "" : String.format(Locale.ROOT, ", accuracy %.2f%%", 100 * plane.accuracy()[j][i]));
        }
        return null;
    }

    private void paint(GC gc) {
        gc.setAntialias(SWT.ON);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        if (plane != null && picture != null) {
            paintPlane(gc);
        } else if (trajectory != null && picture != null) {
            paintTrajectory(gc);
        } else if (line != null) {
            paintLine(gc);
        }
    }

    private void paintPlane(GC gc) {
        Point size = canvas.getSize();
        int top = MARGIN + 20;
        int bar = 70;
        int side = Math.max(40, Math.min(size.x - AXIS - MARGIN - bar, size.y - top - MARGIN - 34));
        int left = AXIS + MARGIN;
        Rectangle source = picture.getBounds();
        gc.drawImage(picture, 0, 0, source.width, source.height, left, top, side, side);
        drawn = new Rectangle(left, top, side, side);
        gc.drawString(String.format(Locale.ROOT, "loss around the weights (+) along two filter-normalised directions δ and η, %d samples; "
                + "colours: log loss, contours", plane.samples()), left, MARGIN - 2, true);
        gc.drawRectangle(left, top, side, side);
        for (double tick : new double[] {-span(), 0, span()}) {
            String label = String.format(Locale.ROOT, "%.2g", tick);
            Point extent = gc.textExtent(label);
            int along = (int) Math.round((tick + span()) / (2 * span()) * side);
            gc.drawString(label, left + along - extent.x / 2, top + side + 2, true);
            gc.drawString(label, left - extent.x - 4, top + side - along - extent.y / 2, true);
        }
        gc.drawString("δ", left + side / 2 + 24, top + side + 2, true);
        gc.drawString("η", left - 16, top + side / 2 - 24, true);
        paintColourBar(gc, left + side + 14, top, side, plane.loss(), LandscapePicture.SATURATION);
    }

    private void paintTrajectory(GC gc) {
        Point size = canvas.getSize();
        int top = MARGIN + 20;
        int side = Math.max(40, Math.min(size.x - AXIS - MARGIN - 70, size.y - top - MARGIN - 34));
        int left = AXIS + MARGIN;
        Rectangle source = picture.getBounds();
        gc.drawImage(picture, 0, 0, source.width, source.height, left, top, side, side);
        drawn = new Rectangle(left, top, side, side);
        int last = trajectory.epochs().length - 1;
        gc.drawString(String.format(Locale.ROOT, "the training path (white, epoch %d to %d, + the end) over the loss on the plane of its two "
                + "main directions (%.1f%% and %.1f%% of its variance; axes not to one scale), %d samples", trajectory.epochs()[0], trajectory
                        .epochs()[last], 100 * trajectory.explained()[0], 100 * trajectory.explained()[1], trajectory.samples()), left, MARGIN - 2,
                true);
        gc.drawRectangle(left, top, side, side);
        double[] xs = trajectory.xs();
        double[] ys = trajectory.ys();
        for (double tick : new double[] {xs[0], 0, xs[xs.length - 1]}) {
            String label = String.format(Locale.ROOT, "%.2g", tick);
            gc.drawString(label, onPicture(tick, ys[0]).x - gc.textExtent(label).x / 2, top + side + 2, true);
        }
        for (double tick : new double[] {ys[0], 0, ys[ys.length - 1]}) {
            String label = String.format(Locale.ROOT, "%.2g", tick);
            Point extent = gc.textExtent(label);
            gc.drawString(label, left - extent.x - 4, onPicture(xs[0], tick).y - extent.y / 2, true);
        }
        gc.drawString("PC1", left + side / 2 + 24, top + side + 2, true);
        gc.drawString("PC2", left - 30, top + side / 2 - 24, true);
        Point start = onPicture(trajectory.path()[0][0], trajectory.path()[0][1]);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.drawString("epoch " + trajectory.epochs()[0], start.x + 12, start.y - 8, true);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        paintColourBar(gc, left + side + 14, top, side, trajectory.loss(), LandscapePicture.saturation(trajectory));
    }

    /** Where the plane's point (x, y) lies on the drawn picture. */
    private Point onPicture(double x, double y) {
        double[] xs = trajectory.xs();
        double[] ys = trajectory.ys();
        return new Point(drawn.x + (int) Math.round((x - xs[0]) / (xs[xs.length - 1] - xs[0]) * drawn.width), drawn.y + drawn.height - (int) Math
                .round((y - ys[0]) / (ys[ys.length - 1] - ys[0]) * drawn.height));
    }

    private double span() {
        return plane.coordinates()[plane.coordinates().length - 1];
    }

    /** The colour scale beside the plane: the lowest loss of {@code grid} at the bottom, {@code saturation} times it at the top. */
    private void paintColourBar(GC gc, int x, int top, int height, double[][] grid, double saturation) {
        double low = java.util.Arrays.stream(grid).flatMapToDouble(java.util.Arrays::stream).filter(Double::isFinite).min().orElse(1);
        for (int y = 0; y < height; y++) {
            Color colour = new Color(ColourScale.at(1 - y / (double) (height - 1)));
            gc.setForeground(colour);
            gc.drawLine(x, top + y, x + 12, top + y);
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        for (double times : new double[] {1, Math.sqrt(saturation), saturation}) {
            double share = Math.log(times) / Math.log(saturation);
            int y = top + (int) Math.round((1 - share) * (height - 1));
            String label = String.format(Locale.ROOT, "%.3g", low * times);
            gc.drawString(label, x + 16, y - gc.textExtent(label).y / 2, true);
        }
    }


    private void paintLine(GC gc) {
        Point size = canvas.getSize();
        int top = MARGIN + 20;
        int left = AXIS + MARGIN;
        int width = Math.max(20, size.x - left - AXIS - MARGIN);
        int height = Math.max(20, size.y - top - MARGIN - 34);
        double[] a = line.alphas();
        double[] loss = line.loss();
        double high = java.util.Arrays.stream(loss).filter(Double::isFinite).max().orElse(1);
        double low = Math.min(0, java.util.Arrays.stream(loss).filter(Double::isFinite).min().orElse(0));
        double from = a[0];
        double until = a[a.length - 1];
        java.util.function.DoubleUnaryOperator x = alpha -> left + (alpha - from) / (until - from) * width;
        java.util.function.DoubleUnaryOperator yLoss = v -> top + height - (v - low) / (high - low == 0 ? 1 : high - low) * height;
        gc.drawString(String.format(Locale.ROOT, "loss (colour) and accuracy (grey) from this run (α = 0) to %s (α = 1), %d samples; dashed: "
                + "the straight line between the ends' losses", other, line.samples()), left, MARGIN - 2, true);
        gc.drawRectangle(left, top, width, height);
        if (!Double.isNaN(line.accuracy()[0])) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_GRAY));
            polyline(gc, a, line.accuracy(), x, v -> top + height - v * height);
            gc.drawString("100%", left + width + 4, top - 6, true);
            gc.drawString("0%", left + width + 4, top + height - 10, true);
        }
        Color lossColour = new Color(ColourScale.at(0.3));
        gc.setForeground(lossColour);
        gc.setLineWidth(2);
        polyline(gc, a, loss, x, yLoss);
        gc.setLineWidth(1);
        int start = index(a, 0);
        int end = index(a, 1);
        if (start >= 0 && end >= 0) {
            gc.setLineStyle(SWT.LINE_DASH);
            gc.drawLine((int) x.applyAsDouble(0), (int) yLoss.applyAsDouble(loss[start]), (int) x.applyAsDouble(1),
                    (int) yLoss.applyAsDouble(loss[end]));
            gc.setLineStyle(SWT.LINE_SOLID);
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        for (double v : new double[] {low, (low + high) / 2, high}) {
            String label = String.format(Locale.ROOT, "%.3g", v);
            Point extent = gc.textExtent(label);
            gc.drawString(label, left - extent.x - 4, (int) yLoss.applyAsDouble(v) - extent.y / 2, true);
        }
        for (double alpha : new double[] {from, 0, 0.5, 1, until}) {
            if (alpha < from || alpha > until) {
                continue;
            }
            String label = String.format(Locale.ROOT, "%.2g", alpha);
            gc.drawString(label, (int) x.applyAsDouble(alpha) - gc.textExtent(label).x / 2, top + height + 2, true);
        }
        gc.drawString("α", left + width / 2 + 30, top + height + 2, true);
    }

    private static int index(double[] alphas, double alpha) {
        for (int s = 0; s < alphas.length; s++) {
            if (Math.abs(alphas[s] - alpha) < 1e-9) {
                return s;
            }
        }
        return -1;
    }

    private static void polyline(GC gc, double[] xs, double[] ys, java.util.function.DoubleUnaryOperator x,
            java.util.function.DoubleUnaryOperator y) {
        int[] points = new int[2 * xs.length];
        for (int s = 0; s < xs.length; s++) {
            points[2 * s] = (int) Math.round(x.applyAsDouble(xs[s]));
            points[2 * s + 1] = (int) Math.round(y.applyAsDouble(Double.isFinite(ys[s]) ? ys[s] : 0));
        }
        gc.drawPolyline(points);
    }
}
