package dev.dendrite.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IResource;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;

import dev.dendrite.analysis.ui.internal.EmbeddingView;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.SyntheticData;
import dev.dendrite.train.run.Trainer;

/** The Embedding view shows a run's recorded activations embedded in 2-D, a series per label, with its measures. */
class EmbeddingViewUiTest {

    @Test
    void aTappedRunsLayerIsEmbeddedAndColouredByLabel() throws Exception {
        var file = EditorFixture.write("embedded.dnet", TemplateLibrary.find("mlp-classifier").orElseThrow().create());
        Path run = file.getProject().getLocation().toFile().toPath().resolve("runs").resolve("embedded-run");
        Network network = TemplateLibrary.find("mlp-classifier").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with(null, 15, null, null, null, 3L, null);
        new Trainer(network, config, l -> { }).withActivationTaps(List.of(), 300).train(new Weights(), SyntheticData.twoMoons(1000, 0.1, 1),
                SyntheticData.twoMoons(400, 0.1, 2), run, false);
        file.getProject().refreshLocal(IResource.DEPTH_INFINITE, null);
        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        page.getWorkbenchWindow().getShell().setBounds(display.getPrimaryMonitor().getBounds());
        EmbeddingView view = (EmbeddingView) page.showView(EmbeddingView.ID);
        view.show(run);
        assertTrue(UiWait.until(display, 30000, () -> view.shown() != null), "the embedding is computed");
        assertEquals(2, view.seriesCount(), "a series per class of the two moons");
        assertEquals(300, view.shown().points().n());
        assertTrue(view.shown().summary().contains("trustworthiness") && view.shown().summary().contains("intrinsic dimension"),
                view.shown().summary());
        page.activate(view);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        UiWait.flush(display);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "embedding-view");
        view.method(1);
        assertTrue(UiWait.until(display, 60000, () -> view.shown() != null && view.shown().summary().contains("t-SNE trustworthiness")),
                "the t-SNE embedding is computed");
        assertEquals(2, view.seriesCount());
        UiWait.flush(display);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "embedding-view-tsne");
        Path csv = Files.createTempFile("embedding", ".csv");
        view.exportCsv(csv);
        assertEquals(301, Files.readAllLines(csv).size());
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
    }
}
