package dev.dendrite.launching.ui.internal;

import java.nio.file.Path;

/** A view that shows a run directory (or two): the Runs view opens runs in the analysis views through this, without depending on them. */
public interface RunViewer {

    void show(Path run);

    /** Shows {@code run} beside {@code other} where the view compares two runs (the Loss Landscape's path); else {@code run} alone. */
    default void show(Path run, Path other) {
        show(run);
    }
}
