package dev.dendrite.analysis.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

import dev.dendrite.launching.ui.internal.ViewExports;

/** The run chooser of an analysis view: the workspace's run directories that have what the view draws, as "folder/run". */
final class RunChoice {

    private final Combo combo;
    private final Predicate<Path> wanted;
    private final List<Path> runs = new ArrayList<>();

    /** @param onChoice called when the user chooses another run */
    RunChoice(Composite parent, Predicate<Path> wanted, Runnable onChoice) {
        this.wanted = wanted;
        combo = new Combo(parent, SWT.READ_ONLY);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        combo.addListener(SWT.Selection, e -> onChoice.run());
    }

    /** Scans the workspace again and chooses {@code preferred} when listed, else keeps the choice, else takes the first run. */
    void rescan(Path preferred) {
        Path previous = preferred != null ? preferred : chosen();
        runs.clear();
        runs.addAll(ViewExports.workspaceFolders(4, wanted));
        combo.setItems(runs.stream().map(d -> d.getParent().getFileName() + "/" + d.getFileName()).toArray(String[]::new));
        if (!runs.isEmpty()) {
            combo.select(Math.max(0, runs.indexOf(previous)));
        }
    }

    /** The chosen run, or null. */
    Path chosen() {
        int index = combo.getSelectionIndex();
        return index < 0 || index >= runs.size() ? null : runs.get(index);
    }

    void setEnabled(boolean enabled) {
        combo.setEnabled(enabled);
    }

    void setFocus() {
        combo.setFocus();
    }
}
