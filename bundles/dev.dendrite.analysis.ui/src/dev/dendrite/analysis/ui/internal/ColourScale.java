package dev.dendrite.analysis.ui.internal;

import org.eclipse.swt.graphics.RGB;

/** The heat-map ramp ({@link dev.dendrite.train.data.PictureColours#ramp}) as SWT colours. */
final class ColourScale {

    private ColourScale() {
    }

    /** The colour of a share in [0, 1] (clamped). */
    static RGB at(double share) {
        int rgb = dev.dendrite.train.data.PictureColours.ramp(share);
        return new RGB(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
    }
}
