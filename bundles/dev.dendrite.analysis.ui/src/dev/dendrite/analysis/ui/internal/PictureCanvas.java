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

    private void dispose() {
        if (picture != null) {
            picture.dispose();
            picture = null;
        }
    }
}
