package dev.dendrite.analysis.ui.internal;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import dev.dendrite.launching.internal.RunOod;

/**
 * One set's surest samples from the picture {@code dendrite ood} draws (a row per set, surest first),
 * each cut out, scaled and captioned with the class the model reads in it (by name where the data
 * set names its classes) and how surely.
 */
final class OodExamplesStrip {

    private static final int MARGIN = 8;
    private static final int CELL = 84;
    /** The picture's gap between samples, in its pixels (OodImages: two pixels at three times). */
    private static final int GAP = 6;

    private final Canvas canvas;
    private RunOod.Report report;
    private int set = -1;
    private Image picture;

    OodExamplesStrip(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.Dispose, e -> disposePicture());
    }

    void show(RunOod.Report shown) {
        report = shown;
        set = shown.sets().isEmpty() ? -1 : 0;
        disposePicture();
        if (shown.examplesFile() != null && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(shown.examplesFile()))) {
            try {
                picture = new Image(canvas.getDisplay(), shown.examplesFile());
            } catch (org.eclipse.swt.SWTException e) {
                picture = null;
            }
        }
        canvas.redraw();
    }

    void select(int index) {
        set = index;
        canvas.redraw();
    }

    /** The samples drawn (tests). */
    int drawn() {
        return picture == null || set < 0 ? 0 : report.sets().get(set).examples().size();
    }

    private void paint(GC gc) {
        if (report == null || set < 0) {
            return;
        }
        RunOod.OutSet shown = report.sets().get(set);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawText("The " + shown.name() + " samples the model is surest of", MARGIN, MARGIN, true);
        if (picture == null) {
            gc.drawText("The samples are no pictures: their rows are in ood.json", MARGIN, MARGIN + 24, true);
            return;
        }
        Rectangle size = picture.getBounds();
        int columns = report.sets().stream().mapToInt(s -> s.examples().size()).max().orElse(1);
        int cellWidth = (size.width + GAP) / columns;
        int rowHeight = (size.height + GAP) / report.sets().size();
        Rectangle area = canvas.getClientArea();
        int lineHeight = gc.getFontMetrics().getHeight();
        int perRow = Math.max(1, (area.width - MARGIN) / (CELL + MARGIN));
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        for (int c = 0; c < shown.examples().size(); c++) {
            RunOod.Example e = shown.examples().get(c);
            int left = MARGIN + (c % perRow) * (CELL + MARGIN);
            int top = MARGIN + 24 + (c / perRow) * (CELL + 2 * lineHeight + MARGIN);
            gc.drawImage(picture, c * cellWidth, set * rowHeight, cellWidth - GAP, rowHeight - GAP, left, top, CELL, CELL);
            String read = report.classNames().isEmpty() ? "read as " + e.predicted() : report.className(e.predicted());
            gc.drawText(read, left, top + CELL + 2, true);
            gc.drawText(String.format(Locale.ROOT, "%.1f%%", 100 * e.probability()), left, top + CELL + 2 + lineHeight, true);
        }
    }

    private void disposePicture() {
        if (picture != null) {
            picture.dispose();
            picture = null;
        }
    }
}
