package dev.dendrite.launching.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import dev.dendrite.train.data.AugmentedExamples;

/**
 * The Data tab's picture of an augmentation: the first training pictures in the top row, each
 * epoch's changes of them below, as {@code dendrite augment} draws them; nothing without examples.
 */
public final class AugmentationStrip extends Canvas {

    private static final int SIDE = 48;
    private static final int GAP = 3;

    private AugmentedExamples examples;

    AugmentationStrip(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        addPaintListener(e -> paint(e.gc));
    }

    /** Shows these examples (null: none) and asks the layout for their room. */
    void show(AugmentedExamples shown) {
        this.examples = shown;
        setToolTipText(shown == null ? null : "Top row: the first training pictures; below them: epochs 1 to " + shown.epochs().size());
        redraw();
        getParent().layout(true, true);
    }

    public AugmentedExamples examples() {
        return examples;
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        if (examples == null) {
            return new Point(wHint == SWT.DEFAULT ? 1 : wHint, 1);
        }
        return new Point(examples.originals().size() * (SIDE + GAP) + GAP, (1 + examples.epochs().size()) * (SIDE + GAP) + GAP);
    }

    private void paint(GC gc) {
        if (examples == null) {
            return;
        }
        int rows = 1 + examples.epochs().size();
        for (int row = 0; row < rows; row++) {
            List<float[]> pictures = row == 0 ? examples.originals() : examples.epochs().get(row - 1);
            for (int column = 0; column < pictures.size(); column++) {
                ImageData data = new ImageData(examples.width(), examples.height(), 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
                int[] rgb = examples.rgb(pictures.get(column));
                for (int y = 0; y < examples.height(); y++) {
                    data.setPixels(0, y, examples.width(), rgb, y * examples.width());
                }
                Image image = new Image(getDisplay(), data);
                try {
                    // Nearest neighbour: a pixel stays a pixel when a 28×28 picture fills 48×48.
                    gc.setInterpolation(SWT.NONE);
                    gc.drawImage(image, 0, 0, examples.width(), examples.height(), GAP + column * (SIDE + GAP), GAP + row * (SIDE + GAP), SIDE,
                            SIDE);
                } finally {
                    image.dispose();
                }
            }
        }
    }
}
