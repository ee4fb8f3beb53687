package dev.dendrite.launching.ui.internal;

import java.nio.file.Path;

/** A view that shows one run directory: the Runs view opens runs in the analysis views through this, without depending on them. */
public interface RunViewer {

    void show(Path run);
}
