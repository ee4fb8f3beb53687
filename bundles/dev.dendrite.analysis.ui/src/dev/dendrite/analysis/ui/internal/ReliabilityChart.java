package dev.dendrite.analysis.ui.internal;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import dev.dendrite.analysis.evaluation.ClassificationReport;

/**
 * A reliability diagram: for each confidence bin, the accuracy of the samples in it as a bar,
 * against the diagonal a calibrated model would follow; gaps above the diagonal are
 * under-confidence, below it over-confidence. Empty bins draw nothing.
 */
final class ReliabilityChart {

    private static final int MARGIN = 8;
    private static final int AXIS = 34;

    private final Canvas canvas;
    private ClassificationReport report;

    ReliabilityChart(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc));
    }

    Canvas control() {
        return canvas;
    }

    void show(ClassificationReport shown) {
        report = shown;
        canvas.redraw();
    }

    private void paint(GC gc) {
        if (report == null) {
            return;
        }
        int few = Math.max(10, report.samples() / 100);
        Point size = canvas.getSize();
        gc.setAntialias(SWT.ON);
        int plotLeft = MARGIN + AXIS;
        int plotTop = MARGIN + 16;
        int width = Math.max(10, size.x - plotLeft - MARGIN);
        int height = Math.max(10, size.y - plotTop - MARGIN - 18);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawString(String.format(Locale.ROOT, "reliability: accuracy per confidence bin (calibration error %.3f)", report.calibrationError()),
                plotLeft, MARGIN - 4, true);
        org.eclipse.swt.graphics.Color solid = new org.eclipse.swt.graphics.Color(ColourScale.at(0.45));
        org.eclipse.swt.graphics.Color faint = new org.eclipse.swt.graphics.Color(new org.eclipse.swt.graphics.RGB(190, 220, 219));
        for (ClassificationReport.ReliabilityBin bin : report.reliability()) {
            if (bin.count() == 0) {
                continue;
            }
            // A bin of a handful of samples says little about calibration: drawn faint, so it does not read like the full ones.
            gc.setBackground(bin.count() < few ? faint : solid);
            int x0 = plotLeft + (int) Math.round(bin.from() * width);
            int x1 = plotLeft + (int) Math.round(bin.to() * width);
            int top = plotTop + (int) Math.round((1 - bin.accuracy()) * height);
            gc.fillRectangle(x0 + 1, top, Math.max(1, x1 - x0 - 2), plotTop + height - top);
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_RED));
        gc.setLineStyle(SWT.LINE_DASH);
        gc.drawLine(plotLeft, plotTop + height, plotLeft + width, plotTop);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawRectangle(plotLeft, plotTop, width, height);
        for (double tick : new double[] {0, 0.5, 1}) {
            String label = String.format(Locale.ROOT, "%.1f", tick);
            Point extent = gc.textExtent(label);
            gc.drawString(label, plotLeft - extent.x - 4, plotTop + (int) Math.round((1 - tick) * height) - extent.y / 2, true);
            if (tick != 0.5) {
                gc.drawString(label, plotLeft + (int) Math.round(tick * width) - (tick == 1 ? extent.x : 0), plotTop + height + 2, true);
            }
        }
        gc.drawString("confidence (faint: bins under " + few + " samples)", plotLeft + 36, plotTop + height + 2, true);
    }
}
