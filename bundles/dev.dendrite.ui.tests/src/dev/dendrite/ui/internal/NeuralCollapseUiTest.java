package dev.dendrite.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IResource;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;

import dev.dendrite.analysis.ui.internal.EmbeddingView;
import dev.dendrite.analysis.ui.internal.SimilarityView;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.run.Trainer;

/** The Embedding view's Neural collapse...: a classifier's collapse measured in a trainer JVM, charted over its recorded epochs, tabled, kept. */
class NeuralCollapseUiTest {

    @Test
    void aTappedClassifiersCollapseIsChartedOverTrainingAndTabled() throws Exception {
        Network network = TemplateLibrary.find("lenet-300-100").orElseThrow().create();
        var file = EditorFixture.write("collapsing.dnet", network);
        Path run = file.getProject().getLocation().toFile().toPath().resolve("runs").resolve("collapsing-run");
        TrainingConfig config = TrainingConfig.from(network).with(null, 6, null, null, null, 3L, null);
        var mnist = dev.dendrite.train.data.NpmDatasets.load("mnist", dev.dendrite.train.data.NpmDatasets.defaultCache());
        new Trainer(network, config, l -> { }).withActivationTaps(List.of(), 1000, 1, true).withWeightsKeptEvery(1).train(new Weights(), mnist[0], mnist[1], run, false);
        file.getProject().refreshLocal(IResource.DEPTH_INFINITE, null);
        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        page.getWorkbenchWindow().getShell().setBounds(display.getPrimaryMonitor().getBounds());
        EmbeddingView view = (EmbeddingView) page.showView(EmbeddingView.ID);
        view.show(run);
        var dialog = view.collapse();
        assertNull(dialog.shown(), "nothing measured yet");
        dialog.measure(3000, true);
        assertTrue(UiWait.until(display, 180_000, () -> dialog.shown() != null), "the trainer JVM measures: " + dialog.statusText());
        var report = dialog.shown();
        assertEquals(7, report.epochs().size(), "before training and after each of six epochs");
        assertEquals("relu2", report.epochsLayer());
        assertTrue(report.epochsOfTraining(), "the probe set of training samples");
        assertEquals(3000, report.train().samples());
        double first = report.epochs().get(0).measures().withinClassVariation();
        double last = report.epochs().get(6).measures().withinClassVariation();
        assertTrue(last < first / 2, "training gathers the classes: NC1 " + first + " then " + last);
        assertEquals(6, dialog.chartLines(), "NC1, three NC2 lines, NC4 and, from the kept weights, NC3");
        assertTrue(Double.isFinite(report.epochs().get(3).measures().selfDuality()), "NC3 at every epoch");
        // By layer: the input first, the last layer's input measured as the end's measure is, the fit drawn beside.
        var byLayer = report.byLayer();
        assertEquals(List.of("image", "fc1", "relu1", "fc2", "relu2", "fc3"), byLayer.layers().stream().map(l -> l.name()).toList());
        assertEquals(report.train().withinClassVariation(), byLayer.layers().get(4).withinClassVariation(), 1e-9);
        assertTrue(byLayer.ratio() > 0 && byLayer.ratio() < 1, "separating: " + byLayer.ratio());
        assertEquals(3, dialog.layerChartLines(), "NC1 on training and test samples, and the fit");
        List<String[]> rows = dialog.rows();
        assertEquals(11, rows.size());
        assertEquals("NC1 within-class variation", rows.get(0)[0]);
        assertEquals(String.format(java.util.Locale.ROOT, "%.4f", report.train().withinClassVariation()), rows.get(0)[1]);
        assertEquals("", rows.get(4)[2], "the classifier's rows are one, measured once");
        assertTrue(rows.get(8)[1].endsWith("%") && rows.get(8)[2].endsWith("%"), String.join(" | ", rows.get(8)));
        assertTrue(dialog.statusText().startsWith("The 100 features of 'relu2' that 'fc3' classifies (10 classes), 3,000 training and 2,000 "
                + "test samples"), dialog.statusText());
        assertTrue(dialog.statusText().endsWith("on the probe set's training samples (kept in the run)"), dialog.statusText());
        UiWait.flush(display);
        Screenshots.save(dialog.getShell(), "collapse-dialog");
        dialog.close();
        var again = view.collapse();
        assertNotNull(again.shown());
        assertNotNull(again.shown().byLayer(), "the kept report has the layers too");
        assertTrue(again.statusText().endsWith("(kept from the last measurement of collapsing-run)"), again.statusText());
        again.close();

        // The same recorded taps in the Layer Similarity view: each layer at every recorded epoch against its last.
        SimilarityView similarity = (SimilarityView) page.showView(SimilarityView.ID);
        similarity.show(run);
        similarity.chooseAgainst(2);
        similarity.pressCompare();
        assertTrue(UiWait.until(display, 180_000, () -> similarity.shown() != null), "the trainer JVM compares: " + similarity.statusText());
        var settling = similarity.shown();
        assertEquals(List.of("epoch 0", "epoch 1", "epoch 2", "epoch 3", "epoch 4", "epoch 5", "epoch 6"), settling.columns());
        assertEquals(List.of("fc1", "relu1", "fc2", "relu2", "fc3"), settling.rows().subList(0, 5), "the model's order: " + settling.rows());
        for (double[] row : settling.values()) {
            assertEquals(1, row[6], 1e-9, "the last epoch against itself");
        }
        assertTrue(similarity.statusText().startsWith("Linear CKA of each layer collapsing-run recorded (rows) at every recorded epoch (columns) "
                + "against its last, epoch 6; settled (at 0.9 or more from then on) by epoch: fc1 "), similarity.statusText());
        page.toggleZoom(page.getReference(similarity));
        UiWait.flush(display);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "layer-similarity-over-training");
        page.toggleZoom(page.getReference(similarity));
        page.hideView(similarity);
    }
}
