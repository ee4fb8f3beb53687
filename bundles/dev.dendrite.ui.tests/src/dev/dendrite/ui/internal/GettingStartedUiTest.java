package dev.dendrite.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;

import dev.dendrite.launching.ui.internal.GettingStartedView;
import dev.dendrite.launching.ui.internal.RunsView;
import dev.dendrite.launching.ui.internal.TrainingMonitorView;
import dev.dendrite.train.run.RunState;

/** The Getting Started view's three steps, as a first-time user takes them: open, train, watch. */
class GettingStartedUiTest {

    @Test
    void openTrainAndWatchTheExample() throws Exception {
        IProject examples = ExamplesProject.ensure(new NullProgressMonitor());
        Path runs = examples.getLocation().toFile().toPath().resolve("runs");
        IWorkbenchPage page = EditorFixture.page();
        page.closeAllEditors(false);
        GettingStartedView view = (GettingStartedView) page.showView(GettingStartedView.ID);
        Display display = Display.getCurrent();

        press(view, "1. Open an example");
        IEditorPart editor = page.getActiveEditor();
        assertNotNull(editor, "an editor opened");
        assertEquals("mlp-classifier.dnet", editor.getEditorInput().getName());

        press(view, "2. Train it");
        // The first training is in sight at once, not behind the view that started it.
        TrainingMonitorView monitor = (TrainingMonitorView) page.findView(TrainingMonitorView.ID);
        assertNotNull(monitor, "the Training Monitor opened");
        assertTrue(page.isPartVisible(monitor), "the Training Monitor is in front");
        assertTrue(UiWait.until(display, 120000, () -> monitor.runs().stream().anyMatch(r -> r.directory().startsWith(runs)
                && r.state() == RunState.FINISHED && !r.epochs().isEmpty())), "the example's run trains to the end in the monitor: "
                + monitor.runs().stream().map(r -> r.directory() + " " + r.state()).toList());
        // The picture for the README: the network beside its finished run, on the whole screen.
        var shell = page.getWorkbenchWindow().getShell();
        var bounds = shell.getBounds();
        shell.setBounds(display.getPrimaryMonitor().getBounds());
        List<org.eclipse.ui.IViewReference> aside = new java.util.ArrayList<>();
        for (String id : List.of(org.eclipse.ui.IPageLayout.ID_PROJECT_EXPLORER, org.eclipse.ui.IPageLayout.ID_OUTLINE)) {
            org.eclipse.ui.IViewReference reference = page.findViewReference(id);
            if (reference != null) {
                aside.add(reference);
                page.setPartState(reference, IWorkbenchPage.STATE_MINIMIZED);
            }
        }
        UiWait.flush(display);
        Screenshots.save(shell, "getting-started-trained");
        aside.forEach(reference -> page.setPartState(reference, IWorkbenchPage.STATE_RESTORED));
        shell.setBounds(bounds);

        page.showView(GettingStartedView.ID);
        press(view, "3. Watch it");
        assertTrue(page.isPartVisible(monitor), "Show brings the monitor back to the front");
        assertTrue(page.findView(RunsView.ID) != null, "and opens the Runs view");
    }

    /** Presses the step's button (its tooltip names the step). */
    private static void press(GettingStartedView view, String step) {
        Button button = null;
        ArrayDeque<Control> todo = new ArrayDeque<>(List.of(view.getSite().getShell()));
        while (!todo.isEmpty() && button == null) {
            Control control = todo.pop();
            if (control instanceof Button b && step.equals(b.getToolTipText())) {
                button = b;
            } else if (control instanceof Composite composite) {
                todo.addAll(List.of(composite.getChildren()));
            }
        }
        assertNotNull(button, "the button of step " + step);
        // A click activates the view first, as a real one does.
        view.getSite().getPage().activate(view);
        button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        UiWait.flush(Display.getCurrent());
    }
}
