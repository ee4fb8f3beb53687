package dev.dendrite.analysis.ui.internal;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;

import dev.dendrite.launching.internal.RunRobustness;

/**
 * The fooled samples of a robustness report: the picture {@code dendrite robustness} draws (a row
 * per sample: the sample, what the attack added, the adversarial input), scaled to fit, each row
 * captioned with the class it is, what the model reads in it, and the radius that fooled it.
 */
final class AdversarialStrip {

    private static final int MARGIN = 8;
    private static final int HEADER = 20;
    /** The gap between rows in the picture, in its pixels (AdversarialImages: two cells of four pixels). */
    private static final int ROW_GAP = 8;

    private final PictureCanvas view;
    private RunRobustness.Report report;

    AdversarialStrip(Composite parent) {
        view = new PictureCanvas(parent, this::paint);
    }

    void show(RunRobustness.Report shown) {
        report = shown;
        view.load(shown.examplesFile());
    }

    /** The rows drawn: the fooled samples shown. */
    int drawn() {
        return view.picture() == null ? 0 : report.examples().size();
    }

    private void paint(GC gc) {
        Rectangle area = view.canvas().getClientArea();
        if (report == null) {
            return;
        }
        if (view.picture() == null) {
            gc.drawText(report.examples().isEmpty() ? "No sample was fooled at any radius" : "The samples are no pictures: their rows are in "
                    + "robustness.json", MARGIN, MARGIN, true);
            return;
        }
        Image picture = view.picture();
        Rectangle size = picture.getBounds();
        int rows = report.examples().size();
        // As large as the height allows, but never so wide that the rows' words beside the pictures are cut off.
        int words = 0;
        for (RunRobustness.Example e : report.examples()) {
            words = Math.max(words, gc.textExtent(readAs(e)).x);
        }
        double scale = Math.min(1, Math.min((area.height - HEADER - 2.0 * MARGIN) / size.height, Math.max(0.2, (area.width - 3.0 * MARGIN
                - words) / size.width)));
        int width = (int) Math.round(size.width * scale);
        int height = (int) Math.round(size.height * scale);
        gc.setForeground(view.canvas().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        int third = width / 3;
        gc.drawText("sample", MARGIN, MARGIN, true);
        gc.drawText("added", MARGIN + third, MARGIN, true);
        gc.drawText("adversarial", MARGIN + 2 * third, MARGIN, true);
        gc.drawImage(picture, 0, 0, size.width, size.height, MARGIN, MARGIN + HEADER, width, height);
        double rowHeight = (size.height + ROW_GAP) * scale / rows;
        gc.setForeground(view.canvas().getDisplay().getSystemColor(SWT.COLOR_BLACK));
        int lineHeight = gc.getFontMetrics().getHeight();
        for (int r = 0; r < rows; r++) {
            RunRobustness.Example e = report.examples().get(r);
            int top = MARGIN + HEADER + (int) Math.round(r * rowHeight + (rowHeight - 2 * lineHeight) / 2);
            gc.drawText(String.format(Locale.ROOT, "sample %d: a %d (%.1f%%)", e.sample(), e.label(), 100 * e.cleanProbability()), MARGIN * 2 + width,
                    top, true);
            gc.drawText(readAs(e), MARGIN * 2 + width, top + lineHeight, true);
        }
    }

    private static String readAs(RunRobustness.Example e) {
        return String.format(Locale.ROOT, "read as %d (%.1f%%) at radius %s", e.adversarialClass(), 100 * e.adversarialProbability(),
                dev.dendrite.train.run.RunRecord.significant(e.epsilon()));
    }
}
