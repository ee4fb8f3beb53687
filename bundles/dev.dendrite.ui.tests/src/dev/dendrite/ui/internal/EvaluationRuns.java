package dev.dendrite.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.resources.IResource;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;

import dev.dendrite.analysis.ui.internal.EvaluationView;
import dev.dendrite.model.network.Network;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.run.Trainer;

/** Runs trained into the test workspace, and the Evaluation view showing one: what the Evaluation view's tests share. */
final class EvaluationRuns {

    private EvaluationRuns() {
    }

    /** Trains {@code network}, written as {@code file}, into the project's runs/NAME-run, and refreshes the project; the run. */
    static Path trained(org.eclipse.core.resources.IFile file, Network network, TrainingConfig config,
            dev.dendrite.train.data.BatchSource[] data) throws Exception {
        String name = file.getName().replaceFirst("\\.dnet$", "");
        Path run = file.getProject().getLocation().toFile().toPath().resolve("runs").resolve(name + "-run");
        new Trainer(network, config, l -> { }).withConfigEntry("networkFile", file.getLocation().toFile().getAbsolutePath()).train(new Weights(),
                data[0], data[1], run, false);
        file.getProject().refreshLocal(IResource.DEPTH_INFINITE, null);
        return run;
    }

    /** Hides the Evaluation view: left open, it takes room from the views the next test classes measure. */
    static void hideEvaluationView() throws Exception {
        IWorkbenchPage page = EditorFixture.page();
        var view = page.findView(EvaluationView.ID);
        if (view != null) {
            page.hideView(view);
        }
        UiWait.flush(Display.getCurrent());
    }

    /** The Evaluation view, on the whole screen, showing {@code run}. */
    static EvaluationView viewOf(IWorkbenchPage page, Path run) throws Exception {
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        page.getWorkbenchWindow().getShell().setBounds(display.getPrimaryMonitor().getBounds());
        EvaluationView view = (EvaluationView) page.showView(EvaluationView.ID);
        view.show(run);
        UiWait.flush(display);
        return view;
    }
}
