package dev.dendrite.analysis.ui.internal;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
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

    private final PictureCanvas view;
    private RunOod.Report report;
    private int set = -1;

    OodExamplesStrip(Composite parent) {
        view = new PictureCanvas(parent, this::paint);
    }

    void show(RunOod.Report shown) {
        report = shown;
        set = shown.sets().isEmpty() ? -1 : 0;
        view.load(shown.examplesFile());
    }

    void select(int index) {
        set = index;
        view.canvas().redraw();
    }

    /** The samples drawn (tests). */
    int drawn() {
        return view.picture() == null || set < 0 ? 0 : report.sets().get(set).examples().size();
    }

    private void paint(GC gc) {
        if (report == null || set < 0) {
            return;
        }
        RunOod.OutSet shown = report.sets().get(set);
        gc.setForeground(view.canvas().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawText(report.autoencoder() ? "The " + shown.name() + " samples the autoencoder rebuilds best" : "The " + shown.name()
                + " samples the model is surest of", MARGIN, MARGIN, true);
        if (view.picture() == null) {
            gc.drawText("The samples are no pictures: their rows are in ood.json", MARGIN, MARGIN + 24, true);
            return;
        }
        Image picture = view.picture();
        Rectangle size = picture.getBounds();
        int columns = report.sets().stream().mapToInt(s -> s.examples().size()).max().orElse(1);
        int cellWidth = (size.width + GAP) / columns;
        int rowHeight = (size.height + GAP) / report.sets().size();
        Rectangle area = view.canvas().getClientArea();
        int lineHeight = gc.getFontMetrics().getHeight();
        int perRow = Math.max(1, (area.width - MARGIN) / (CELL + MARGIN));
        gc.setForeground(view.canvas().getDisplay().getSystemColor(SWT.COLOR_BLACK));
        for (int c = 0; c < shown.examples().size(); c++) {
            RunOod.Example e = shown.examples().get(c);
            int left = MARGIN + (c % perRow) * (CELL + MARGIN);
            int top = MARGIN + 24 + (c / perRow) * (CELL + 2 * lineHeight + MARGIN);
            gc.drawImage(picture, c * cellWidth, set * rowHeight, cellWidth - GAP, rowHeight - GAP, left, top, CELL, CELL);
            if (report.autoencoder()) {
                gc.drawText("error", left, top + CELL + 2, true);
                gc.drawText(String.format(Locale.ROOT, "%.4f", e.error()), left, top + CELL + 2 + lineHeight, true);
                continue;
            }
            String read = report.classNames().isEmpty() ? "read as " + e.predicted() : report.className(e.predicted());
            gc.drawText(read, left, top + CELL + 2, true);
            gc.drawText(String.format(Locale.ROOT, "%.1f%%", 100 * e.probability()), left, top + CELL + 2 + lineHeight, true);
        }
    }
}
