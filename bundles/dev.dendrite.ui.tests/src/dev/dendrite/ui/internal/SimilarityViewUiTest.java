package dev.dendrite.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.resources.IResource;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;

import dev.dendrite.analysis.ui.internal.SimilarityView;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.data.NpmDatasets;
import dev.dendrite.train.run.Trainer;

/** The Layer Similarity view: a LeNet-5 run's layers against each other, then against a second seed's, and both runs' linear probes, from trainer JVMs. */
class SimilarityViewUiTest {

    @Test
    void comparesARunsLayersAndTwoSeeds() throws Exception {
        Network network = TemplateLibrary.find("lenet-5").orElseThrow().create();
        Dataset[] mnist = NpmDatasets.load("mnist", NpmDatasets.defaultCache());
        var file = EditorFixture.write("similarity.dnet", network);
        Path one = trained(file, network, 1, mnist, "one");
        Path two = trained(file, network, 2, mnist, "two");

        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        page.getWorkbenchWindow().getShell().setBounds(display.getPrimaryMonitor().getBounds());
        SimilarityView view = (SimilarityView) page.showView(SimilarityView.ID);
        view.show(one);
        UiWait.flush(display);
        assertNull(view.shown());
        view.pressCompare();
        assertTrue(UiWait.until(display, 180_000, () -> view.shown() != null), "the trainer JVM compares: " + view.statusText());
        var within = view.shown();
        assertEquals(12, within.rows().size(), "the input and LeNet-5's eleven layers: " + within.rows());
        assertEquals(within.rows(), within.columns());
        for (int i = 0; i < 12; i++) {
            assertEquals(1, within.values()[i][i], 1e-9);
        }
        assertTrue(view.statusText().startsWith("Linear CKA on 500 test samples: similarity-one's layers against each other; the output keeps "),
                view.statusText());
        page.toggleZoom(page.getReference(view));
        UiWait.flush(display);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "layer-similarity");
        // The same layers by an RBF kernel: the diagonal still 1, the kernel named, another matrix.
        view.chooseMeasure(1);
        view.pressCompare();
        assertTrue(UiWait.until(display, 180_000, () -> view.shown() != within && view.shown() != null), "RBF: " + view.statusText());
        assertTrue(view.statusText().startsWith("RBF CKA (σ = 0.8 × the median distance) on 500 test samples: "), view.statusText());
        assertEquals(1, view.shown().values()[5][5], 1e-9);
        assertTrue(Math.abs(view.shown().values()[11][0] - within.values()[11][0]) > 1e-4, "another kernel, another alignment");
        UiWait.flush(display);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "layer-similarity-rbf");
        // SVCCA: each layer still itself, the directions each keeps and the chance level said.
        var rbf = view.shown();
        view.chooseMeasure(4);
        view.pressCompare();
        assertTrue(UiWait.until(display, 180_000, () -> view.shown() != rbf && view.shown() != null), "SVCCA: " + view.statusText());
        assertTrue(view.statusText().startsWith("SVCCA (99% of the variance) on 500 test samples: similarity-one's layers against each "
                + "other; the layers keep "), view.statusText());
        assertTrue(view.statusText().contains(" directions (chance: a mean squared correlation up to 0."), view.statusText());
        assertEquals(12, view.shown().similarity().rowDimensions().size());
        assertEquals(1, view.shown().values()[7][7], 1e-6);
        UiWait.flush(display);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "layer-similarity-svcca");
        view.chooseMeasure(0);

        view.show(one, two);
        UiWait.flush(display);
        assertNull(view.shown(), "another pair: nothing shown until compared");
        view.pressCompare();
        assertTrue(UiWait.until(display, 180_000, () -> view.shown() != null), "again: " + view.statusText());
        var across = view.shown();
        assertTrue(across.against().endsWith("model.onnx"), across.against());
        assertEquals(0, across.bestMatches()[0], "both read the same pictures");
        assertTrue(view.statusText().matches(".*; \\d+ of 12 layers are most like their namesake"), view.statusText());
        UiWait.flush(display);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "layer-similarity-two-seeds");
        // Linear probes of both runs' layers, drawn under the matrix; the runs keep them.
        view.pressProbe();
        assertTrue(UiWait.until(display, 240_000, () -> view.probesShown().size() == 2), "the trainer JVMs probe: " + view.statusText());
        for (var probes : view.probesShown()) {
            assertEquals(12, probes.probes().size());
            assertEquals(5000, probes.trainSamples());
            var output = probes.probes().get(11);
            assertEquals("fc3", output.layer());
            assertTrue(output.testAccuracy() > 0.8, "a trained network's logits hold its classes linearly: " + output);
        }
        var first = view.probesShown().get(0).probes();
        assertEquals(first.get(0).testAccuracy(), first.get(0).untrainedTestAccuracy(), 1e-9, "the input is the same untrained");
        assertTrue(first.get(11).untrainedTestAccuracy() < first.get(11).testAccuracy(), "training made the logits separable: " + first.get(11));
        assertTrue(Double.isNaN(view.probesShown().get(1).probes().get(0).untrainedTestAccuracy()), "the compared run without its control");
        assertTrue(view.statusText().startsWith("Linear probes of similarity-one (5,000 training samples, 2,000 test samples): "),
                view.statusText());
        assertTrue(java.nio.file.Files.isRegularFile(two.resolve("probes.json")));
        UiWait.flush(display);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "layer-similarity-probes");
        page.toggleZoom(page.getReference(view));
        page.hideView(view);

        // A third run trained on attacked batches: the Runs view's Adversarial column says so, the others' stay empty.
        Path robust = trained(file, network, 1, mnist, "robust", new dev.dendrite.train.config.Adversarial(0.1, "", 3));
        var runs = (dev.dendrite.launching.ui.internal.RunsView) page.showView(dev.dendrite.launching.ui.internal.RunsView.ID);
        runs.refresh();
        UiWait.flush(display);
        assertEquals("ε 0.1, 3 steps", runs.columnText(robust, "Adversarial"));
        assertEquals("", runs.columnText(one, "Adversarial"));
        // A fourth trained against interval bounds: the same column names its radius as certified training's.
        Path bound = trained(file, network, 1, mnist, "bound", dev.dendrite.train.config.Adversarial.NONE,
                dev.dendrite.train.config.CertifiedTraining.at(0.1));
        runs.refresh();
        UiWait.flush(display);
        assertEquals("IBP ε 0.1", runs.columnText(bound, "Adversarial"));
        assertTrue(runs.columnText(bound, "Certified").matches("\\d+\\.\\d\\d%"), runs.columnText(bound, "Certified"));
        assertEquals("", runs.columnText(robust, "Certified"), "an adversarially trained run has no certificates of its own");
        runs.revealColumn("Adversarial");
        UiWait.flush(display);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "runs-view-adversarial");
    }

    private static Path trained(org.eclipse.core.resources.IFile file, Network network, long seed, Dataset[] data, String name)
            throws Exception {
        return trained(file, network, seed, data, name, dev.dendrite.train.config.Adversarial.NONE);
    }

    private static Path trained(org.eclipse.core.resources.IFile file, Network network, long seed, Dataset[] data, String name,
            dev.dendrite.train.config.Adversarial adversarial) throws Exception {
        return trained(file, network, seed, data, name, adversarial, dev.dendrite.train.config.CertifiedTraining.NONE);
    }

    private static Path trained(org.eclipse.core.resources.IFile file, Network network, long seed, Dataset[] data, String name,
            dev.dendrite.train.config.Adversarial adversarial, dev.dendrite.train.config.CertifiedTraining certified) throws Exception {
        Path run = file.getProject().getLocation().toFile().toPath().resolve("runs").resolve("similarity-" + name);
        TrainingConfig config = TrainingConfig.from(network).with("mnist", 1, null, null, null, seed, null).withAdversarial(adversarial)
                .withCertified(certified);
        new Trainer(network, config, l -> { }).withConfigEntry("networkFile", file.getLocation().toFile().getAbsolutePath()).train(new Weights(),
                data[0], data[1], run, false);
        file.getProject().refreshLocal(IResource.DEPTH_INFINITE, null);
        return run;
    }
}
