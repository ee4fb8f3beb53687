package dev.dendrite.analysis.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/** A white canvas drawing a PNG a command wrote: loaded when shown, disposed with the next one or the canvas. */
final class PictureCanvas {

    private final Canvas canvas;
    private Image picture;

    PictureCanvas(Composite parent, Consumer<GC> paint) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint.accept(e.gc));
        canvas.addListener(SWT.Dispose, e -> dispose());
    }

    /** Loads {@code file} (null, missing or unreadable: no picture) and redraws. */
    void load(String file) {
        dispose();
        if (file != null && Files.isRegularFile(Path.of(file))) {
            try {
                picture = new Image(canvas.getDisplay(), file);
            } catch (SWTException e) {
                picture = null;
            }
        }
        canvas.redraw();
    }

    /** The picture loaded, or null. */
    Image picture() {
        return picture;
    }

    Canvas canvas() {
        return canvas;
    }

    /** Draws the picture scaled to fit the canvas, keeping its proportions, never above {@code largest} times its size. */
    void paintFitted(GC gc, double largest) {
        if (picture == null) {
            return;
        }
        org.eclipse.swt.graphics.Rectangle image = picture.getBounds();
        org.eclipse.swt.graphics.Rectangle area = canvas.getClientArea();
        double scale = Math.min(largest, Math.min((double) (area.width - 8) / image.width, (double) (area.height - 8) / image.height));
        if (scale <= 0) {
            return;
        }
        gc.setInterpolation(scale < 1 ? SWT.HIGH : SWT.NONE);
        gc.drawImage(picture, 0, 0, image.width, image.height, 4, 4, (int) Math.round(image.width * scale), (int) Math.round(image.height * scale));
    }

    private void dispose() {
        if (picture != null) {
            picture.dispose();
            picture = null;
        }
    }
}
