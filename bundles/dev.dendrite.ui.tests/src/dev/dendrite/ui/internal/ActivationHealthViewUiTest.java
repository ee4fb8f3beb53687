package dev.dendrite.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;

import dev.dendrite.analysis.ui.internal.ActivationHealthView;
import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.NpmDatasets;
import dev.dendrite.train.run.Trainer;

/** The Activation Health view: a saturated sigmoid network's statistics as a heat map, a layer's histograms, warnings that open the layer. */
class ActivationHealthViewUiTest {

    /** Four sigmoid layers initialised with weights of deviation 4: saturated from the first step. */
    private static Network saturated(Weights weights) {
        NetworkBuilder b = new NetworkBuilder("saturated", "four sigmoid layers initialised far too large");
        Layer x = b.input("image", 784);
        SplittableRandom random = new SplittableRandom(5);
        int in = 784;
        for (int i = 1; i <= 4; i++) {
            x = b.dense(x, "fc" + i, 64, ActivationFunction.SIGMOID);
            float[] w = new float[in * 64];
            for (int k = 0; k < w.length; k++) {
                w[k] = (float) (4 * random.nextGaussian());
            }
            weights.put("fc" + i, "weight", new FloatTensor(new long[] {in, 64}, w));
            in = 64;
        }
        b.loss(b.dense(x, "out", 10), LossKind.CROSS_ENTROPY);
        return b.training("mnist", 1, 64, OptimizerKind.SGD, 0.1).network();
    }

    @Test
    void aSaturatedNetworksHealthIsDrawnAndItsWarningsLeadToTheLayer() throws Exception {
        Weights weights = new Weights();
        Network network = saturated(weights);
        var file = EditorFixture.write("saturated.dnet", network);
        Path run = file.getProject().getLocation().toFile().toPath().resolve("runs").resolve("saturated-run");
        var mnist = NpmDatasets.load("mnist", NpmDatasets.defaultCache());
        new Trainer(network, TrainingConfig.from(network).with(null, 2, null, null, null, 1L, null), l -> { }).withHealthEvery(10)
                .withConfigEntry("networkFile", file.getLocation().toFile().getAbsolutePath()).train(weights, mnist[0], mnist[1], run, false);
        file.getProject().refreshLocal(IResource.DEPTH_INFINITE, null);
        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        page.getWorkbenchWindow().getShell().setBounds(display.getPrimaryMonitor().getBounds());
        ActivationHealthView view = (ActivationHealthView) page.showView(ActivationHealthView.ID);
        view.show(run);
        assertTrue(UiWait.until(display, 30000, () -> view.history() != null), "the health records are read");
        var history = view.history();
        assertTrue(history.samples().size() > 20, "records: " + history.samples().size());
        assertTrue(history.warnings().stream().anyMatch(w -> w.kind().equals("saturated")), history.warnings().toString());
        page.activate(view);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        view.statistic(3);
        UiWait.flush(display);
        int[] drawn = view.drawn();
        assertEquals(history.layers().size(), drawn[0], "a heat-map row per layer");
        assertEquals(history.samples().size(), drawn[1], "a histogram column per record of the chosen layer");
        assertEquals(history.warnings().size(), drawn[2], "a row per warning");
        // Saturation is a statistic of the sigmoids' outputs: the dense layers' rows say they have none, not a grey bar.
        List<String> dense = history.layers().stream().filter(l -> !l.startsWith("sigmoid")).toList();
        assertEquals(dense, view.notRecorded());
        assertTrue(history.layers().stream().filter(l -> l.startsWith("sigmoid")).allMatch(l -> Arrays.stream(history.series(l, "saturated"))
                .anyMatch(Double::isFinite)), "the sigmoids have saturation values");
        Screenshots.save(page.getWorkbenchWindow().getShell(), "activation-health-view");
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);

        int index = history.warnings().indexOf(history.warnings().stream().filter(w -> w.kind().equals("saturated")).findFirst().orElseThrow());
        String layer = history.warnings().get(index).layer();
        view.selectWarning(index, true);
        UiWait.flush(display);
        IEditorPart editor = page.getActiveEditor();
        assertTrue(editor != null && editor.getEditorInput().getName().equals("saturated.dnet"), "the network opens: " + editor);
        var selection = (IStructuredSelection) editor.getSite().getSelectionProvider().getSelection();
        assertTrue(selection.getFirstElement() instanceof Layer l && l.getId().equals(layer), "the warning's layer " + layer + " is selected: "
                + selection);
        assertEquals(0, file.findMarkers(null, true, IResource.DEPTH_ZERO).length, "no marker is left behind");
        page.closeAllEditors(false);

        // The Runs view shows a run in this view from its menu.
        page.hideView(view);
        var runs = (dev.dendrite.launching.ui.internal.RunsView) page.showView(dev.dendrite.launching.ui.internal.RunsView.ID);
        runs.refresh();
        assertTrue(UiWait.until(display, 10000, () -> runs.shown().stream().anyMatch(r -> r.directory().equals(run))), "the run is listed");
        runs.showRun(run, dev.dendrite.launching.ui.internal.RunsView.ACTIVATION_HEALTH);
        var shown = (ActivationHealthView) page.findView(ActivationHealthView.ID);
        assertTrue(shown != null && UiWait.until(display, 30000, () -> shown.history() != null
                && shown.history().samples().size() == history.samples().size()), "Show Activation Health opens the run");
    }

    @Test
    void aRunningRunsRecordsArriveWithoutRefreshing() throws Exception {
        Network network = dev.dendrite.model.templates.TemplateLibrary.find("mlp-classifier").orElseThrow().create();
        var file = EditorFixture.write("live-health.dnet", network);
        Path run = file.getProject().getLocation().toFile().toPath().resolve("runs").resolve("live-run");
        var cancellation = new dev.dendrite.train.run.Cancellation();
        Thread trainer = new Thread(() -> {
            try {
                new Trainer(network, TrainingConfig.from(network).with(null, 4000, null, null, null, 1L, null), l -> { }).withHealthEvery(5)
                        .withCancellation(cancellation).train(new Weights(), dev.dendrite.train.data.SyntheticData.twoMoons(640, 0.1, 1),
                                dev.dendrite.train.data.SyntheticData.twoMoons(200, 0.1, 2), run, false);
            } catch (Exception e) {
                // cancelled at the end of the test
            }
        }, "live trainer");
        trainer.start();
        try {
            Display display = Display.getCurrent();
            assertTrue(UiWait.until(display, 30000, () -> ActivationHealthView.hasHealth(run)), "the run writes health records");
            file.getProject().refreshLocal(IResource.DEPTH_INFINITE, null);
            IWorkbenchPage page = EditorFixture.page();
            ActivationHealthView view = (ActivationHealthView) page.showView(ActivationHealthView.ID);
            view.show(run);
            assertTrue(UiWait.until(display, 30000, () -> view.history() != null), "the records are read");
            int first = view.history().samples().size();
            assertTrue(UiWait.until(display, 30000, () -> view.history().samples().size() > first + 5),
                    "new records arrive while the run trains, without Refresh: " + first + " → " + view.history().samples().size());
        } finally {
            cancellation.cancel("the test is done");
            trainer.join(30000);
        }
    }

    @Test
    void aRunThatEndsBetweenTwoLooksShowsItsLastRecords() throws Exception {
        Network network = dev.dendrite.model.templates.TemplateLibrary.find("mlp-classifier").orElseThrow().create();
        var file = EditorFixture.write("ending-health.dnet", network);
        Path runs = file.getProject().getLocation().toFile().toPath().resolve("runs");
        Path done = runs.resolve("ended-run");
        new Trainer(network, TrainingConfig.from(network).with(null, 3, null, null, null, 1L, null), l -> { }).withHealthEvery(5)
                .train(new Weights(), dev.dendrite.train.data.SyntheticData.twoMoons(640, 0.1, 1),
                        dev.dendrite.train.data.SyntheticData.twoMoons(200, 0.1, 2), done, false);
        // The same run as a follower saw it mid-way: the first half of its records, its status "running" (this process wrote it).
        Path live = java.nio.file.Files.createDirectories(runs.resolve("ending-run"));
        for (Path f : java.nio.file.Files.list(done).filter(java.nio.file.Files::isRegularFile).toList()) {
            java.nio.file.Files.copy(f, live.resolve(f.getFileName()));
        }
        List<String> lines = java.nio.file.Files.readAllLines(done.resolve("metrics.jsonl"));
        java.nio.file.Files.write(live.resolve("metrics.jsonl"), lines.subList(0, lines.size() / 2));
        String finished = java.nio.file.Files.readString(done.resolve("status.json"));
        java.nio.file.Files.writeString(live.resolve("status.json"), finished.replaceFirst("\"state\"\\s*:\\s*\"finished\"", "\"state\": \"running\""));
        java.nio.file.Files.deleteIfExists(live.resolve("summary.json"));
        assertEquals(dev.dendrite.train.run.RunState.RUNNING, dev.dendrite.train.run.RunReader.readWithoutMetrics(live).state());
        file.getProject().refreshLocal(IResource.DEPTH_INFINITE, null);
        Display display = Display.getCurrent();
        ActivationHealthView view = (ActivationHealthView) EditorFixture.page().showView(ActivationHealthView.ID);
        view.show(live);
        assertTrue(UiWait.until(display, 30000, () -> view.history() != null), "the records are read");
        int half = view.history().samples().size();
        // It ends before the next look: the rest of its records and its final status land at once.
        java.nio.file.Files.write(live.resolve("metrics.jsonl"), lines);
        java.nio.file.Files.writeString(live.resolve("status.json"), finished);
        assertTrue(UiWait.until(display, 30000, () -> view.history().samples().size() > half),
                "the last records show after the run ended: " + half + " → " + view.history().samples().size());
    }
}
