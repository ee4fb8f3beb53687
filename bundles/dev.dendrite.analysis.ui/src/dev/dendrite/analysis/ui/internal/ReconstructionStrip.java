package dev.dendrite.analysis.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import dev.dendrite.analysis.evaluation.ReconstructionReport;

/**
 * An autoencoder's worst-reconstructed samples, each beside what the model made of it, worst first,
 * with its index, class and error: the report carries both pictures, so nothing is read here.
 */
final class ReconstructionStrip {

    private static final int ZOOM = 2;
    private static final int GAP = 10;

    private final Canvas canvas;
    private final List<Image> images = new ArrayList<>();
    private ReconstructionReport report;
    private int drawn;

    ReconstructionStrip(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addDisposeListener(e -> release());
    }

    Canvas control() {
        return canvas;
    }

    void show(ReconstructionReport shown) {
        report = shown;
        release();
        if (shown != null) {
            for (ReconstructionReport.Worst w : shown.worst()) {
                images.add(picture(w.input()));
                images.add(picture(w.reconstruction()));
            }
        }
        canvas.redraw();
    }

    /** Pairs drawn by the last paint, with both pictures (tests). */
    int drawn() {
        return drawn;
    }

    private Image picture(float[] values) {
        int side = (int) Math.round(Math.sqrt(values.length));
        int colour = (int) Math.round(Math.sqrt(values.length / 3.0));
        long[] shape = side * side == values.length ? new long[] {1, side, side} : new long[] {3, colour, colour};
        ImageData data = SamplePicture.of(values, 0, shape, ZOOM, true);
        return data == null ? null : new Image(canvas.getDisplay(), data);
    }

    private void paint(GC gc) {
        drawn = 0;
        if (report == null) {
            return;
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawString("Worst reconstructed, worst first: each sample beside its reconstruction", 4, 2, true);
        int x = 4;
        int y = 22;
        int width = canvas.getSize().x;
        for (int i = 0; i < report.worst().size(); i++) {
            Image input = images.get(2 * i);
            Image output = images.get(2 * i + 1);
            if (input == null || output == null) {
                continue; // not a picture: the table and the text name these samples
            }
            int w = input.getBounds().width;
            int h = input.getBounds().height;
            if (x + 2 * w + 2 > width && x > 4) {
                x = 4;
                y += h + 34;
            }
            gc.drawImage(input, x, y);
            gc.drawImage(output, x + w + 2, y);
            ReconstructionReport.Worst worst = report.worst().get(i);
            gc.drawString(String.format(Locale.ROOT, "#%d%s", worst.sample(), worst.label() >= 0 ? "  a " + worst.label() : ""), x, y + h + 1, true);
            gc.drawString(String.format(Locale.ROOT, "error %.3f", worst.error()), x, y + h + 15, true);
            x += 2 * w + 2 + GAP;
            drawn++;
        }
    }

    private void release() {
        images.forEach(image -> {
            if (image != null) {
                image.dispose();
            }
        });
        images.clear();
    }
}
