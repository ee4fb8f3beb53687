package dev.dendrite.analysis.ui.internal;

import org.eclipse.swt.graphics.RGB;

/** A perceptually ordered colour ramp (dark blue through teal and green to yellow, after viridis) for heat maps. */
final class ColourScale {

    private static final int[][] ANCHORS = {{68, 1, 84}, {59, 82, 139}, {33, 145, 140}, {94, 201, 98}, {253, 231, 37}};

    private ColourScale() {
    }

    /** The colour of a share in [0, 1] (clamped). */
    static RGB at(double share) {
        double t = Math.max(0, Math.min(1, share)) * (ANCHORS.length - 1);
        int i = Math.min(ANCHORS.length - 2, (int) t);
        double f = t - i;
        return new RGB((int) Math.round(ANCHORS[i][0] + f * (ANCHORS[i + 1][0] - ANCHORS[i][0])),
                (int) Math.round(ANCHORS[i][1] + f * (ANCHORS[i + 1][1] - ANCHORS[i][1])),
                (int) Math.round(ANCHORS[i][2] + f * (ANCHORS[i + 1][2] - ANCHORS[i][2])));
    }
}
