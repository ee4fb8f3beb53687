package dev.dendrite.launching.ui.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import dev.dendrite.model.io.AtomicFiles;

/** What the analysis views share: saving what a control shows as PNG, asking where to export, finding folders in the workspace. */
public final class ViewExports {

    /** Writes one export to a file. */
    @FunctionalInterface
    public interface Exporter {
        void export(Path file) throws IOException;
    }

    private ViewExports() {
    }

    /** What {@code control} shows on screen, as a PNG (written atomically). */
    public static void savePng(Control control, Path file) throws IOException {
        Point size = control.getSize();
        Image image = new Image(control.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
        try {
            GC gc = new GC(control);
            try {
                gc.copyArea(image, 0, 0);
            } finally {
                gc.dispose();
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            loader.save(bytes, SWT.IMAGE_PNG);
            AtomicFiles.write(file, bytes.toByteArray());
        } finally {
            image.dispose();
        }
    }

    /** Asks for a file with this extension ("*.png") and exports to it; a failure is shown, never thrown. */
    public static void askAndExport(Shell shell, String extension, Exporter exporter) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFilterExtensions(new String[] {extension});
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            try {
                exporter.export(Path.of(file));
            } catch (IOException e) {
                MessageDialog.openError(shell, "Export", "Could not write " + file + ": " + e.getMessage());
            }
        }
    }

    /** The folders up to {@code depth} below the open projects that satisfy {@code wanted}, sorted. */
    public static List<Path> workspaceFolders(int depth, Predicate<Path> wanted) {
        List<Path> found = new ArrayList<>();
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (!project.isOpen() || project.getLocation() == null) {
                continue;
            }
            List<Path> inProject = new ArrayList<>();
            try {
                Files.walkFileTree(project.getLocation().toFile().toPath(), java.util.Set.of(), depth, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                        if (wanted.test(dir)) {
                            inProject.add(dir);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        // Directories at the depth limit arrive here.
                        if (attributes.isDirectory() && wanted.test(file)) {
                            inProject.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        // Gone since the listing (a trainer's temporary file renamed into place) or unreadable: skip it.
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                // A project that cannot be read has nothing to show.
            }
            inProject.sort(null);
            found.addAll(inProject);
        }
        return found;
    }

    /** A menu action that runs {@code run}: what every Dendrite view's menu is made of. */
    public static org.eclipse.jface.action.Action action(String text, Runnable run) {
        return new org.eclipse.jface.action.Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }
}
