package dev.dendrite.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Saves what a shell shows as a PNG under the build's screenshot folder, so that a person can look at it. */
final class Screenshots {

    private Screenshots() {
    }

    static Path save(Shell shell, String name) throws Exception {
        Display display = shell.getDisplay();
        UiWait.flush(display);
        // The client area, where the shell's own pixels are: without a window manager a dialog's bounds include a title bar nobody draws.
        Rectangle area = shell.getClientArea();
        org.eclipse.swt.graphics.Point origin = shell.toDisplay(area.x, area.y);
        Image image = new Image(display, area.width, area.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, origin.x, origin.y);
            ImageData data = image.getImageData();
            Path dir = Path.of(System.getProperty("dendrite.shots", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {data};
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
