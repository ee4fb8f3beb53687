package dev.dendrite.analysis.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import dev.dendrite.analysis.evaluation.SequenceReport;

/**
 * A sequence model's scores along its sequences: by output position (with greedy decoding's beside
 * teacher forcing, dashed, where the model has a decoder) and by the sequences' real length, one
 * plot above the other where both exist. Points of few sequences (under 1% of them, or under 10)
 * are drawn hollow: they say little. Hover names a point's score and count.
 */
final class SequenceChart {

    private static final int MARGIN = 8;
    private static final int AXIS = 46;
    private static final RGB TEACHER = ColourScale.at(0.3);
    private static final RGB GREEDY = new RGB(214, 96, 24);

    /** One plot's curves, as drawn; kept for hover. */
    private record Plot(String title, String axis, List<List<SequenceReport.Point>> curves, List<String> names, int left, int top, int width,
            int height, int min, int max, double high) {
    }

    private final Canvas canvas;
    private SequenceReport report;
    private final List<Plot> drawn = new ArrayList<>();

    SequenceChart(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseMove, e -> canvas.setToolTipText(describe(e.x, e.y)));
    }

    Canvas control() {
        return canvas;
    }

    void show(SequenceReport shown) {
        report = shown;
        canvas.redraw();
    }

    /** Plots drawn by the last paint (tests). */
    int plots() {
        return drawn.size();
    }

    /** What the point nearest {@code x} in the plot under {@code y} holds, or null. */
    String describe(int x, int y) {
        for (Plot plot : drawn) {
            if (y < plot.top() - 16 || y > plot.top() + plot.height() + 18) {
                continue;
            }
            int at = (int) Math.round(plot.min() + (x - plot.left()) / (double) Math.max(1, plot.width()) * Math.max(1, plot.max() - plot.min()));
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < plot.curves().size(); c++) {
                for (SequenceReport.Point p : plot.curves().get(c)) {
                    if (p.at() == at) {
                        text.append(text.length() == 0 ? plot.axis() + " " + at + ": " : "; ").append(plot.names().get(c)).append(' ')
                                .append(score(p.score())).append(String.format(Locale.ROOT, " (%,d %s)", p.count(), unit()));
                    }
                }
            }
            return text.length() == 0 ? null : text.toString();
        }
        return null;
    }

    private String unit() {
        return SequenceReport.PER_STEP.equals(report.unit()) && report.byPosition().isEmpty() ? "steps" : "predictions";
    }

    private String score(double value) {
        return report.accuracies() ? String.format(Locale.ROOT, "%.1f%%", 100 * value) : String.format(Locale.ROOT, "MSE %.4g", value);
    }

    private void paint(GC gc) {
        drawn.clear();
        if (report == null) {
            return;
        }
        List<Plot> plots = new ArrayList<>();
        String what = report.accuracies() ? "accuracy" : "mean squared error";
        if (!report.byPosition().isEmpty()) {
            List<List<SequenceReport.Point>> curves = new ArrayList<>(List.of(report.byPosition()));
            List<String> names = new ArrayList<>(List.of(report.greedy() == null ? what : "teacher-forced"));
            if (report.greedy() != null) {
                curves.add(report.greedy().byPosition());
                names.add("greedy");
            }
            plots.add(plot(what + " by position" + (report.greedy() == null ? "" : ": teacher-forced, and greedy (dashed: each prediction fed back)"),
                    "position", curves, names));
        }
        if (!report.byLength().isEmpty()) {
            plots.add(plot(what + " by sequence length", "length", List.of(report.byLength()), List.of(what)));
        }
        if (plots.isEmpty()) {
            gc.drawString("One length, one prediction per sequence: nothing to draw along the sequences", MARGIN, MARGIN, true);
            return;
        }
        Point size = canvas.getSize();
        int band = Math.max(60, size.y / plots.size());
        gc.setAntialias(SWT.ON);
        for (int i = 0; i < plots.size(); i++) {
            Plot p = plots.get(i);
            int top = i * band + MARGIN + 16;
            Plot placed = new Plot(p.title(), p.axis(), p.curves(), p.names(), MARGIN + AXIS, top, Math.max(10, size.x - 2 * MARGIN - AXIS),
                    Math.max(10, band - MARGIN - 16 - 20), p.min(), p.max(), p.high());
            draw(gc, placed);
            drawn.add(placed);
        }
    }

    private Plot plot(String title, String axis, List<List<SequenceReport.Point>> curves, List<String> names) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        double high = 0;
        for (List<SequenceReport.Point> curve : curves) {
            for (SequenceReport.Point p : curve) {
                min = Math.min(min, p.at());
                max = Math.max(max, p.at());
                high = Math.max(high, Double.isFinite(p.score()) ? p.score() : 0);
            }
        }
        return new Plot(title, axis, curves, names, 0, 0, 0, 0, min, max, report.accuracies() ? 1 : high > 0 ? high * 1.05 : 1);
    }

    private void draw(GC gc, Plot p) {
        Color grey = canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
        gc.setForeground(grey);
        gc.drawString(p.title(), p.left(), p.top() - 16, true);
        gc.drawRectangle(p.left(), p.top(), p.width(), p.height());
        for (double tick : new double[] {0, 0.5, 1}) {
            String label = report.accuracies() ? String.format(Locale.ROOT, "%.0f%%", 100 * tick) : String.format(Locale.ROOT, "%.3g", tick * p.high());
            Point extent = gc.textExtent(label);
            gc.drawString(label, p.left() - extent.x - 4, p.top() + (int) Math.round((1 - tick) * p.height()) - extent.y / 2, true);
        }
        int step = Math.max(1, (p.max() - p.min() + 1) / 12);
        for (int at = p.min(); at <= p.max(); at += step) {
            String label = String.valueOf(at);
            gc.drawString(label, x(p, at) - gc.textExtent(label).x / 2, p.top() + p.height() + 2, true);
        }
        int few = Math.max(10, report.sequences() / 100);
        for (int c = 0; c < p.curves().size(); c++) {
            Color colour = new Color(c == 0 ? TEACHER : GREEDY);
            gc.setForeground(colour);
            gc.setBackground(colour);
            gc.setLineWidth(2);
            gc.setLineStyle(c == 0 ? SWT.LINE_SOLID : SWT.LINE_DASH);
            List<SequenceReport.Point> curve = p.curves().get(c);
            for (int i = 1; i < curve.size(); i++) {
                gc.drawLine(x(p, curve.get(i - 1).at()), y(p, curve.get(i - 1).score()), x(p, curve.get(i).at()), y(p, curve.get(i).score()));
            }
            gc.setLineStyle(SWT.LINE_SOLID);
            gc.setLineWidth(1);
            for (SequenceReport.Point point : curve) {
                int px = x(p, point.at());
                int py = y(p, point.score());
                if (point.count() < few) {
                    gc.drawOval(px - 3, py - 3, 6, 6);
                } else {
                    gc.fillOval(px - 3, py - 3, 7, 7);
                }
            }
        }
    }

    private static int x(Plot p, int at) {
        return p.left() + (int) Math.round((at - p.min()) / (double) Math.max(1, p.max() - p.min()) * p.width());
    }

    private static int y(Plot p, double score) {
        double share = Double.isFinite(score) ? Math.max(0, Math.min(1, score / p.high())) : 0;
        return p.top() + (int) Math.round((1 - share) * p.height());
    }
}
