package dev.dendrite.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IResource;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;

import dev.dendrite.analysis.ui.internal.LossLandscapeView;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.onnx.weights.WeightsFile;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.data.NpmDatasets;
import dev.dendrite.train.run.LossProbe;
import dev.dendrite.train.run.RunFiles;
import dev.dendrite.train.run.Trainer;

/**
 * The Loss Landscape view: Compute draws the plane around a finished MNIST run's weights from a
 * trainer JVM (its centre the loss the run's own weights give), and the path to a second run with
 * its barrier; what it computed stays in the runs and is shown again.
 */
class LossLandscapeViewUiTest {

    @Test
    void computesThePlaneAroundARunAndThePathToAnother() throws Exception {
        Network network = TemplateLibrary.find("lenet-300-100").orElseThrow().create();
        Dataset[] mnist = NpmDatasets.load("mnist", NpmDatasets.defaultCache());
        var file = EditorFixture.write("landscape.dnet", network);
        Path one = trained(file, network, 1, mnist, "one");
        Path two = trained(file, network, 2, mnist, "two");

        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        page.getWorkbenchWindow().getShell().setBounds(display.getPrimaryMonitor().getBounds());
        LossLandscapeView view = (LossLandscapeView) page.showView(LossLandscapeView.ID);
        view.show(one);
        UiWait.flush(display);
        assertNull(view.plane());
        assertTrue(view.statusText().endsWith("keeps no loss landscape yet: press Compute"), view.statusText());

        view.pressCompute();
        assertTrue(UiWait.until(display, 180_000, () -> view.plane() != null), "the trainer JVM computes the plane: " + view.statusText());
        TrainingConfig config = TrainingConfig.from(network).with("mnist", null, null, null, null, 1L, null);
        try (LossProbe probe = LossProbe.open(network, config, WeightsFile.read(one.resolve(RunFiles.FINAL_WEIGHTS)), mnist[0], 2000)) {
            assertEquals(probe.at(java.util.Map.of()).loss(), view.plane().centre(), 1e-5, "the centre: the run's weights on 2,000 training digits");
        }
        assertEquals(21, view.plane().coordinates().length);
        assertTrue(view.plane().rise(0.5) > 0, "a trained network sits in a valley");
        assertTrue(Files.isRegularFile(one.resolve("landscape").resolve("plane-seed1.png")), "the command's picture stays in the run");
        assertTrue(UiWait.until(display, 10_000, () -> view.plotted() != null), "the plane is drawn");
        var plotted = view.plotted();
        assertTrue(plotted.width > 200 && plotted.width == plotted.height, "a square plane: " + plotted);
        String tip = view.describeAt(plotted.x + plotted.width / 2, plotted.y + plotted.height / 2);
        assertTrue(tip.startsWith("δ 0.00, η 0.00: loss "), "the middle is the weights: " + tip);
        tip = view.describeAt(plotted.x + plotted.width / 4, plotted.y + plotted.height / 4);
        assertNotNull(tip, "the pointer over the plane names its point");
        assertTrue(tip.matches("δ -?\\d\\.\\d\\d, η -?\\d\\.\\d\\d: loss \\d+\\.\\d{4}, accuracy \\d+\\.\\d\\d%"), tip);
        view.pressCurvature();
        assertTrue(UiWait.until(display, 180_000, () -> view.statusText().contains("Hessian's top eigenvalue")),
                "the trainer JVM measures the curvature: " + view.statusText());
        assertTrue(view.statusText().startsWith(String.format(java.util.Locale.ROOT, "21×21 points")), "the plane's line stays: "
                + view.statusText());
        assertTrue(Files.isRegularFile(one.resolve("landscape").resolve("sharpness.json")), "kept in the run");
        page.toggleZoom(page.getReference(view));
        UiWait.flush(display);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "loss-landscape-plane");

        view.show(one, two);
        UiWait.flush(display);
        assertNull(view.path());
        assertTrue(view.statusText().endsWith("keeps no path to landscape-two yet: press Compute"), view.statusText());
        view.pressCompute();
        assertTrue(UiWait.until(display, 180_000, () -> view.path() != null), "the trainer JVM computes the path: " + view.statusText());
        assertEquals(21, view.path().alphas().length);
        assertTrue(view.path().barrier() >= 0, "a barrier is a rise, never below 0: " + view.path().barrier());
        assertTrue(view.statusText().startsWith("barrier "), view.statusText());
        UiWait.flush(display);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "loss-landscape-path");

        view.show(one);
        UiWait.flush(display);
        assertNotNull(view.plane(), "the plane the run keeps is shown again without computing");
        assertTrue(view.statusText().contains("Hessian's top eigenvalue"), "so is its curvature: " + view.statusText());
    }

    /** Its training path: a run that kept its weights every epoch drawn over the plane of the path's main directions, from a trainer JVM. */
    @Test
    void computesTheTrainingPathOfARunThatKeptItsWeights() throws Exception {
        Network network = TemplateLibrary.find("lenet-300-100").orElseThrow().create();
        Dataset[] mnist = NpmDatasets.load("mnist", NpmDatasets.defaultCache());
        var file = EditorFixture.write("trajectory.dnet", network);
        Path run = trained(file, network, 4, mnist, "path", 4, true);
        Path plain = trained(file, network, 5, mnist, "plain", 1, false);
        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        page.getWorkbenchWindow().getShell().setBounds(display.getPrimaryMonitor().getBounds());
        LossLandscapeView view = (LossLandscapeView) page.showView(LossLandscapeView.ID);
        view.showTrainingPath(plain);
        UiWait.flush(display);
        assertTrue(view.statusText().startsWith("landscape-plain kept no weights along its training: train it with --keep-weights-every 1"),
                view.statusText());
        view.showTrainingPath(run);
        UiWait.flush(display);
        assertNull(view.trajectory());
        assertTrue(view.statusText().endsWith("keeps no training path yet: press Compute"), view.statusText());
        view.pressCompute();
        assertTrue(UiWait.until(display, 180_000, () -> view.trajectory() != null), "the trainer JVM computes the path: " + view.statusText());
        var trajectory = view.trajectory();
        assertEquals(5, trajectory.epochs().length, "before training and after each of four epochs");
        assertEquals(0, trajectory.path()[4][0], 1e-9);
        assertTrue(trajectory.pathLoss()[0] > trajectory.pathLoss()[4], "training lowered the loss");
        assertTrue(view.statusText().startsWith("5 kept points from epoch 0 (loss "), view.statusText());
        assertTrue(Files.isRegularFile(run.resolve("landscape").resolve("trajectory.png")));
        assertTrue(UiWait.until(display, 10_000, () -> view.plotted() != null), "the path is drawn");
        var plotted = view.plotted();
        String tip = view.describeAt(plotted.x + plotted.width / 3, plotted.y + plotted.height / 3);
        assertTrue(tip != null && (tip.startsWith("PC1 ") || tip.startsWith("epoch ")), "the pointer names its point: " + tip);
        page.toggleZoom(page.getReference(view));
        UiWait.flush(display);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "loss-landscape-trajectory");
        page.toggleZoom(page.getReference(view));
        view.show(run);
        view.showTrainingPath(run);
        UiWait.flush(display);
        assertNotNull(view.trajectory(), "the path the run keeps is shown again without computing");

        // Spectrum...: the Hessian's eigenvalue density at the run's weights from a trainer JVM, kept in the run.
        var spectrum = view.spectrum();
        assertNull(spectrum.shown());
        spectrum.compute();
        assertTrue(UiWait.until(display, 180_000, () -> spectrum.shown() != null), "the trainer JVM runs Lanczos: " + spectrum.statusText());
        assertEquals(60, spectrum.shown().steps());
        assertTrue(spectrum.shown().settled().length >= 1, spectrum.statusText());
        assertEquals(2, spectrum.seriesCount(), "the density and the settled eigenvalues");
        assertTrue(spectrum.statusText().startsWith("3 Lanczos runs of 60 steps on 2,000 training samples: the largest settled eigenvalues "),
                spectrum.statusText());
        UiWait.flush(display);
        Screenshots.save(spectrum.getShell(), "spectrum-dialog");
        spectrum.close();
        var again = view.spectrum();
        assertNotNull(again.shown(), "kept in the run");
        again.close();
    }

    private static Path trained(org.eclipse.core.resources.IFile file, Network network, long seed, Dataset[] data, String name)
            throws Exception {
        return trained(file, network, seed, data, name, 1, false);
    }

    private static Path trained(org.eclipse.core.resources.IFile file, Network network, long seed, Dataset[] data, String name, int epochs,
            boolean keepWeights) throws Exception {
        Path run = file.getProject().getLocation().toFile().toPath().resolve("runs").resolve("landscape-" + name);
        TrainingConfig config = TrainingConfig.from(network).with("mnist", epochs, null, null, null, seed, null);
        Trainer trainer = new Trainer(network, config, l -> { }).withConfigEntry("networkFile", file.getLocation().toFile().getAbsolutePath());
        if (keepWeights) {
            trainer.withWeightsKeptEvery(1);
        }
        trainer.train(new Weights(), data[0], data[1], run, false);
        file.getProject().refreshLocal(IResource.DEPTH_INFINITE, null);
        return run;
    }
}
