package dev.dendrite.ui.internal;

import static dev.dendrite.ui.internal.EvaluationRuns.trained;
import static dev.dendrite.ui.internal.EvaluationRuns.viewOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IResource;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;

import dev.dendrite.analysis.ui.internal.EvaluationView;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.NpmDatasets;
import dev.dendrite.train.run.Trainer;

/**
 * The Evaluation view's analysis dialogs on trained runs, each running its command in a trainer JVM: Features..., Latent space..., Quantize..., Prune..., Robustness...,
 * Out-of-distribution... and Ensemble....
 */
class EvaluationDialogsUiTest {

    /** The view goes with its test: left open, it takes room from the views the next test classes measure. */
    @org.junit.jupiter.api.AfterEach
    void hideTheView() throws Exception {
        EvaluationRuns.hideEvaluationView();
    }

    /** Quantize...: a LeNet-5 run rounded to integers in a trainer JVM, its scores at every width drawn, the report kept in the run. */
    @Test
    void quantizeScoresTheIntegerModelBesideTheFloatOne() throws Exception {
        Network network = TemplateLibrary.find("lenet-5").orElseThrow().create();
        var mnist = NpmDatasets.load("mnist", NpmDatasets.defaultCache());
        Path run = trained(EditorFixture.write("quantized.dnet", network), network, TrainingConfig.from(network).with(null, 1, null, null, null,
                1L, null), mnist);
        double testAccuracy = dev.dendrite.train.run.RunReader.readWithoutMetrics(run).testAccuracy();
        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        EvaluationView view = viewOf(page, run);
        var dialog = view.quantize();
        assertNull(dialog.shown(), "nothing quantized yet");
        dialog.quantize(8, 8, true);
        assertTrue(UiWait.until(display, 180_000, () -> dialog.shown() != null), "the trainer JVM quantizes: " + dialog.statusText());
        var report = dialog.shown();
        assertTrue(report.classifier());
        assertEquals(testAccuracy, report.floatScore(), 1e-6, "the float model scores what the trainer measured");
        assertTrue(Math.abs(report.quantizedScore() - testAccuracy) < 0.01 && report.agreement() > 0.98, dialog.statusText());
        assertEquals(11, report.sweep().size());
        assertEquals(5, report.layers().size(), "two convolutions and three dense layers");
        assertTrue(report.layers().get(0).reluFused());
        assertTrue(Files.isRegularFile(run.resolve("model-w8a8.onnx")));
        assertTrue(dialog.statusText().startsWith("w8a8: test accuracy "), dialog.statusText());
        assertTrue(report.layers().stream().allMatch(l -> Double.isNaN(l.alone())), "no sensitivity at 8-bit weights");
        // Narrow weights: each layer's sensitivity comes with them.
        dialog.keep("fc3");
        dialog.quantize(3, 8, true, true);
        assertTrue(UiWait.until(display, 180_000, () -> dialog.shown() != report && dialog.shown() != null), "again: " + dialog.statusText());
        // Mixed precision: the classifier's weights stay at 8 bits, the others take 3.
        var mixed = dialog.shown().layers();
        assertTrue(mixed.stream().allMatch(l -> l.bits() == (l.name().equals("node/fc3") ? 8 : 3) && !Double.isNaN(l.alone())), mixed.toString());
        assertTrue(dialog.shown().biasCorrection());
        assertTrue(dialog.statusText().startsWith("w3a8, 8-bit weights in fc3, biases corrected: test accuracy "), dialog.statusText());
        Screenshots.save(dialog.getShell(), "quantize-dialog");
        dialog.close();
        // The run keeps the report: the dialog opens on it.
        var again = view.quantize();
        assertNotNull(again.shown());
        assertTrue(again.statusText().endsWith("(kept from the last quantization of quantized-run)"), again.statusText());
        again.close();
    }

    /** Prune...: a LeNet-5 run loses half its channels and neurons in a trainer JVM, in two fine-tuned steps; the sweep drawn, the report kept. */
    @Test
    void pruneRemovesUnitsAndFineTunesTheSmallerNetwork() throws Exception {
        Network network = TemplateLibrary.find("lenet-5").orElseThrow().create();
        var mnist = NpmDatasets.load("mnist", NpmDatasets.defaultCache());
        Path run = trained(EditorFixture.write("pruned.dnet", network), network, TrainingConfig.from(network).with(null, 1, null, null, null,
                1L, null), mnist);
        double testAccuracy = dev.dendrite.train.run.RunReader.readWithoutMetrics(run).testAccuracy();
        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        EvaluationView view = viewOf(page, run);
        var dialog = view.prune();
        assertNull(dialog.shown(), "nothing pruned yet");
        dialog.prune(50, "l1", 1, 2, true, true);
        assertTrue(UiWait.until(display, 240_000, () -> dialog.shown() != null), "the trainer JVM prunes: " + dialog.statusText());
        var report = dialog.shown();
        assertEquals(testAccuracy, report.originalScore(), 1e-6, "the original scores what the trainer measured");
        assertEquals(4, report.layers().size(), "two convolutions and two hidden dense layers");
        assertEquals(java.util.List.of(3, 8, 60, 42), report.layers().stream().map(l -> l.after()).toList());
        assertEquals(9, report.sweep().size());
        assertEquals(2, report.steps().size());
        assertTrue(report.fineTunedScore() > report.prunedScore(), "fine-tuning wins back accuracy: " + dialog.statusText());
        assertTrue(report.layers().stream().allMatch(l -> !Double.isNaN(l.alone())), "each layer alone scored");
        assertTrue(dialog.layerRows().get(0).startsWith("conv1 | convolution | 6 | 3 | "), dialog.layerRows().toString());
        assertTrue(dialog.layerRows().get(4).startsWith("fc3 | kept whole"), dialog.layerRows().toString());
        assertTrue(dialog.statusText().startsWith("50% of the units by L1: parameters 61,706 → "), dialog.statusText());
        assertTrue(Files.isRegularFile(run.resolve("pruned-l1-50.dnet")));
        UiWait.flush(display);
        Screenshots.save(dialog.getShell(), "prune-dialog");
        // Across layers: the same share of all units, taken where they are weakest.
        dialog.prune(50, "l1", true, 0, 1, false, false);
        assertTrue(UiWait.until(display, 120_000, () -> dialog.shown() != report && dialog.shown() != null), "again: " + dialog.statusText());
        assertTrue(dialog.shown().global() && dialog.statusText().startsWith("50% of the units by L1 across layers: "), dialog.statusText());
        assertEquals(Math.round(0.5 * (6 + 16 + 120 + 84)), dialog.shown().layers().stream().mapToInt(l -> l.before() - l.after()).sum());
        dialog.close();
        var again = view.prune();
        assertNotNull(again.shown());
        assertTrue(again.statusText().endsWith("(kept from the last pruning of pruned-run)"), again.statusText());
        again.close();
    }

    /** Features...: a LeNet-5 run's classes and second convolution's channels visualised in a trainer JVM, the grid and table shown, the report kept. */
    @Test
    void featuresDrawWhatEachClassAndChannelRespondsTo() throws Exception {
        Network network = TemplateLibrary.find("lenet-5").orElseThrow().create();
        var mnist = NpmDatasets.load("mnist", NpmDatasets.defaultCache());
        Path run = trained(EditorFixture.write("visualised.dnet", network), network, TrainingConfig.from(network).with(null, 1, null, null, null,
                1L, null), mnist);
        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        EvaluationView view = viewOf(page, run);
        var dialog = view.features();
        assertNull(dialog.shown(), "nothing visualised yet");
        dialog.visualise("", "", 256, 5);
        assertTrue(UiWait.until(display, 180_000, () -> dialog.shown() != null), "the trainer JVM visualises: " + dialog.statusText());
        var report = dialog.shown();
        assertEquals("fc3", report.layer());
        assertEquals(10, report.units().size());
        assertEquals(10, dialog.rows());
        assertTrue(dialog.pictureShown(), "the grid is drawn: " + report.file());
        assertTrue(report.units().stream().allMatch(u -> u.reached() > u.start() && u.exampleLabels().size() == 5), report.units().toString());
        assertTrue(report.units().stream().filter(u -> u.exampleLabels().get(0) == u.unit()).count() >= 9,
                "each class's strongest sample is a digit of that class: " + report.units());
        assertTrue(report.units().stream().allMatch(u -> u.preferredClass() == u.unit() && Double.isNaN(u.selectivity())),
                "each logit is highest on its own class, and logits have no selectivity: " + report.units());
        assertTrue(dialog.statusText().startsWith("Layer fc3: 10 units after 256 steps; "), dialog.statusText());
        UiWait.flush(display);
        Screenshots.save(dialog.getShell(), "features-dialog");
        dialog.visualise("conv2", "0,1,2,3,4,5,6,7", 128, 3, true);
        assertTrue(UiWait.until(display, 180_000, () -> dialog.shown() != report && dialog.shown() != null), "again: " + dialog.statusText());
        assertEquals("channel mean", dialog.shown().objective());
        assertTrue(dialog.shown().accuracy() > 0.8 && dialog.shown().units().stream().allMatch(u -> u.ablatedAccuracy() <= dialog.shown()
                .accuracy() + 0.01), "each channel ablated: " + dialog.shown());
        assertTrue(dialog.statusText().contains(". Ablated: "), dialog.statusText());
        assertEquals(8, dialog.rows());
        assertTrue(dialog.statusText().startsWith("Layer conv2: 8 channels (each one's mean over its positions) after 128 steps; "),
                dialog.statusText());
        UiWait.flush(display);
        Screenshots.save(dialog.getShell(), "features-dialog-conv2");
        // Set to their means instead of zero: the same channels, each its own cost.
        var zeroed = dialog.shown();
        dialog.visualise("conv2", "0,1,2,3,4,5,6,7", 16, 3, "mean");
        assertTrue(UiWait.until(display, 180_000, () -> dialog.shown() != zeroed && dialog.shown() != null), "mean: " + dialog.statusText());
        assertTrue(dialog.shown().meanAblation() && dialog.statusText().contains("one unit set to its mean costs"), dialog.statusText());
        assertEquals(zeroed.accuracy(), dialog.shown().accuracy(), 1e-12, "intact is intact");
        dialog.close();
        var again = view.features();
        assertNotNull(again.shown());
        assertTrue(again.statusText().endsWith("(kept from the last visualisation of visualised-run)"), again.statusText());
        again.close();
    }

    /** Latent space...: a variational autoencoder's code drawn in a trainer JVM, its dimensions tabled, its pictures shown, the report kept. */
    @Test
    void latentSpaceDrawsAVariationalAutoencodersCode() throws Exception {
        Network network = TemplateLibrary.find("vae").orElseThrow().create();
        var mnist = NpmDatasets.load("mnist", NpmDatasets.defaultCache());
        Path run = trained(EditorFixture.write("coded.dnet", network), network, TrainingConfig.from(network).with(null, 3, null, null, null,
                1L, null), mnist);
        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        EvaluationView view = viewOf(page, run);
        var dialog = view.latent();
        assertNull(dialog.shown(), "nothing drawn yet");
        dialog.draw(2000, 12, "");
        assertTrue(UiWait.until(display, 180_000, () -> dialog.shown() != null), "the trainer JVM draws: " + dialog.statusText());
        var report = dialog.shown();
        assertEquals(2, report.dimensions().size());
        assertEquals(2, dialog.rows());
        assertEquals(12, report.grid());
        assertTrue(dialog.picturesShown(), "manifold, codes, prior and line drawn: " + report.files());
        assertEquals(report.reconstructionWeight() * report.reconstructionError() + report.klWeight() * report.kl(), report.loss(), 1e-9);
        assertTrue(report.fromLabel() >= 0 && report.fromLabel() != report.toLabel(), "the line joins two classes");
        assertTrue(dialog.statusText().startsWith(report.activeDims() + " of 2 code dimensions active over the first 2,000 test samples"),
                dialog.statusText());
        assertFalse(report.conditional());
        assertFalse(dialog.classChoosable(), "a plain VAE is asked for no class");
        UiWait.flush(display);
        Screenshots.save(dialog.getShell(), "latent-dialog");
        dialog.close();
        var again = view.latent();
        assertNotNull(again.shown());
        assertTrue(again.statusText().endsWith("(kept from the last drawing of coded-run)"), again.statusText());
        again.close();
    }

    /**
     * Latent space... on a conditional VAE: the first drawing decodes the line's first sample's class and opens the Class box;
     * a class chosen there is drawn (the manifold of that digit's styles).
     */
    @Test
    void latentSpaceOfAConditionalAutoencoderDecodesTheClassChosen() throws Exception {
        Network network = TemplateLibrary.find("cvae").orElseThrow().create();
        var mnist = NpmDatasets.load("mnist", NpmDatasets.defaultCache());
        Path run = trained(EditorFixture.write("conditional.dnet", network), network, TrainingConfig.from(network).with(null, 3, null, null, null,
                1L, null), mnist);
        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        EvaluationView view = viewOf(page, run);
        var dialog = view.latent();
        assertFalse(dialog.classChoosable(), "nothing drawn yet: whether the model is conditional is not known");
        dialog.draw(1000, 10, "");
        assertTrue(UiWait.until(display, 180_000, () -> dialog.shown() != null), "the trainer JVM draws: " + dialog.statusText());
        var first = dialog.shown();
        assertEquals(10, first.classes());
        assertEquals(first.fromLabel(), first.decodedClass(), "by default the line's first sample's class");
        assertTrue(dialog.classChoosable());
        int chosen = (first.decodedClass() + 3) % 10;
        dialog.drawClass(chosen);
        assertTrue(UiWait.until(display, 180_000, () -> dialog.shown() != first), "drawn again: " + dialog.statusText());
        assertEquals(chosen, dialog.shown().decodedClass());
        assertTrue(dialog.statusText().contains("the manifold, line and traversals decode a " + chosen), dialog.statusText());
        assertTrue(dialog.picturesShown());
        // Generate... on the same run draws its prior through the decoder, a class chosen as a GAN's is.
        var samples = view.samples();
        assertTrue(UiWait.until(display, 30_000, samples::choicesRead), samples.statusText());
        samples.generate(20, 6, 2);
        assertTrue(UiWait.until(display, 180_000, () -> samples.shown() != null), "the trainer JVM draws: " + samples.statusText());
        assertTrue(samples.shown().prior());
        assertEquals(10, samples.shown().classes());
        assertEquals(2, samples.shown().dims());
        assertTrue(samples.statusText().startsWith("20 samples, a column per class, from 2-dimensional codes of the prior N(0, I), decoded"),
                samples.statusText());
        var samplesBounds = samples.getShell().getBounds();
        display.setCursorLocation(samplesBounds.x + samplesBounds.width + 20, samplesBounds.y + samplesBounds.height + 20);
        UiWait.until(display, 800, () -> false);
        Screenshots.save(samples.getShell(), "vae-samples-dialog");
        samples.close();
        // The pointer off the dialog, and time for a shown tool tip to go: it would cover the screenshot.
        var bounds = dialog.getShell().getBounds();
        display.setCursorLocation(bounds.x + bounds.width + 20, bounds.y + bounds.height + 20);
        UiWait.until(display, 800, () -> false);
        UiWait.flush(display);
        Screenshots.save(dialog.getShell(), "latent-dialog-conditional");
        dialog.close();
    }

    /** Generate... on a GAN's run: its generator's samples and interpolations drawn in a trainer JVM, their diversity beside the data's. */
    @Test
    void generateDrawsAGansSamplesAndInterpolations() throws Exception {
        Network network = TemplateLibrary.find("gan").orElseThrow().create();
        var mnist = NpmDatasets.load("mnist", NpmDatasets.defaultCache());
        Path run = trained(EditorFixture.write("adversarial.dnet", network), network, TrainingConfig.from(network).with(null, 6, null, null,
                null, 1L, null), mnist);
        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        EvaluationView view = viewOf(page, run);
        view.pressEvaluate();
        UiWait.flush(display);
        assertTrue(view.statusText().contains("is a GAN: its model is the generator"), view.statusText());
        // Generate... reads the model in a job and opens the Samples dialog for a generator.
        view.pressGenerate();
        assertTrue(UiWait.until(display, 30_000, () -> view.openedByGenerate() != null), "a dialog opens");
        var dialog = (dev.dendrite.analysis.ui.internal.SamplesDialog) view.openedByGenerate();
        assertNull(dialog.shown(), "nothing drawn yet");
        // The boxes are filled by a job, off the UI thread.
        assertTrue(UiWait.until(display, 30_000, dialog::choicesRead), dialog.statusText());
        dialog.generate(32, 8, 3);
        assertTrue(UiWait.until(display, 180_000, () -> dialog.shown() != null), "the trainer JVM draws: " + dialog.statusText());
        var drawn = dialog.shown();
        assertEquals(32, drawn.count());
        assertEquals(64, drawn.dims());
        assertTrue(drawn.diversity() > 0 && drawn.dataDiversity() > 0, drawn.toString());
        assertTrue(dialog.picturesShown(), "samples and interpolations drawn: " + drawn.files());
        assertTrue(dialog.statusText().startsWith("32 samples from 64-dimensional noise (seed 3)"), dialog.statusText());
        UiWait.flush(display);
        Screenshots.save(dialog.getShell(), "gan-samples-dialog");
        dialog.close();
    }

    /**
     * Generate... on a conditional GAN's run: a column per class, or the one class chosen, and a LeNet-5 run beside it on the same
     * data, offered as the judge, judges the samples in a trainer JVM.
     */
    @Test
    void generateDrawsAConditionalGansClassesJudgedByAClassifierBesideIt() throws Exception {
        var mnist = NpmDatasets.load("mnist", NpmDatasets.defaultCache());
        Network classifier = TemplateLibrary.find("lenet-5").orElseThrow().create();
        Path judge = trained(EditorFixture.write("judge.dnet", classifier), classifier, TrainingConfig.from(classifier).with(null, 2, null, null,
                null, 1L, null), mnist);
        Network network = TemplateLibrary.find("cgan").orElseThrow().create();
        Path run = trained(EditorFixture.write("conditional.dnet", network), network, TrainingConfig.from(network).with(null, 20, null, null,
                null, 1L, null), mnist);
        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        EvaluationView view = viewOf(page, run);
        var dialog = view.samples();
        assertTrue(UiWait.until(display, 30_000, dialog::choicesRead), dialog.statusText());
        assertTrue(dialog.judges().contains(judge), "the classifier run beside it is offered: " + dialog.judges());
        dialog.choose(-1, judge);
        dialog.generate(40, 8, 2);
        assertTrue(UiWait.until(display, 180_000, () -> dialog.shown() != null), "the trainer JVM draws: " + dialog.statusText());
        var drawn = dialog.shown();
        assertEquals(10, drawn.classes());
        assertEquals(-1, drawn.drawnClass());
        assertNotNull(drawn.verdict(), "judged");
        assertTrue(drawn.verdict().conditionalAccuracy() >= 0 && drawn.verdict().conditionalAccuracy() <= 1, drawn.verdict().toString());
        assertTrue(drawn.verdict().frechetDistance() > 0 && drawn.verdict().dataFrechetDistance() > 0, drawn.verdict().toString());
        assertTrue(dialog.statusText().contains("Judged by " + judge.getFileName() + " on 1000 samples") && dialog.statusText().contains(
                "judged the class asked for"), dialog.statusText());
        assertTrue(dialog.picturesShown());
        UiWait.flush(display);
        Screenshots.save(dialog.getShell(), "cgan-samples-dialog");
        dialog.choose(7, null);
        dialog.generate(16, 6, 2);
        assertTrue(UiWait.until(display, 180_000, () -> dialog.shown() != null && dialog.shown().drawnClass() == 7), dialog.statusText());
        assertNull(dialog.shown().verdict(), "no judge chosen");
        assertTrue(dialog.statusText().startsWith("16 samples of class 7"), dialog.statusText());
        dialog.close();
    }

    /** Robustness...: a LeNet-5 run attacked by PGD in a trainer JVM, its accuracy by radius drawn beside noise, the fooled digits shown. */
    @Test
    void robustnessDrawsAccuracyUnderAttackAndTheFooledDigits() throws Exception {
        Network network = TemplateLibrary.find("lenet-5").orElseThrow().create();
        var mnist = NpmDatasets.load("mnist", NpmDatasets.defaultCache());
        Path run = trained(EditorFixture.write("attacked.dnet", network), network, TrainingConfig.from(network).with(null, 1, null, null, null,
                1L, null), mnist);
        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        EvaluationView view = viewOf(page, run);
        var dialog = view.robustness();
        assertNull(dialog.shown(), "nothing attacked yet");
        dialog.attack("pgd", "linf", 5, "0.05, 0.1, 0.2", 300, "crown-ibp");
        assertTrue(UiWait.until(display, 180_000, () -> dialog.shown() != null), "the trainer JVM attacks: " + dialog.statusText());
        var report = dialog.shown();
        assertEquals(3, report.levels().size());
        assertEquals(300, report.samples());
        var small = report.levels().get(0);
        var large = report.levels().get(2);
        assertTrue(report.cleanAccuracy() > 0.8 && small.accuracy() <= report.cleanAccuracy() && large.accuracy() < small.accuracy(),
                dialog.statusText());
        assertTrue(large.randomAccuracy() > large.accuracy() + 0.3, "noise of 0.2 does far less than the attack: " + dialog.statusText());
        assertEquals(8, dialog.examplesDrawn(), "eight fooled digits drawn");
        assertTrue(report.levels().stream().allMatch(l -> l.certified() >= l.intervalCertified() && l.certified() <= l.accuracy()),
                "certified: at least the intervals' certificates, a floor under the attacked accuracy: " + report.levels());
        assertEquals("crown-ibp", report.bounds());
        assertTrue(Files.isRegularFile(run.resolve("robustness.json")));
        assertTrue(dialog.statusText().startsWith("PGD of 5 steps, random start on 300 test samples in [0, 1]: unattacked "), dialog.statusText());
        assertTrue(dialog.statusText().matches(".*, certified [0-9.]+% \\(CROWN-IBP\\);.*"), dialog.statusText());
        UiWait.flush(display);
        Screenshots.save(dialog.getShell(), "robustness-dialog");
        // The L2 ball: FGSM along the normalised gradient, at the default radii.
        dialog.attack("fgsm", "l2", 1, "", 300);
        assertTrue(UiWait.until(display, 180_000, () -> dialog.shown() != report && dialog.shown() != null), "again: " + dialog.statusText());
        assertEquals("l2", dialog.shown().norm());
        assertEquals(6, dialog.shown().levels().size());
        assertTrue(dialog.statusText().startsWith("FGSM in the L2 ball on 300 test samples in [0, 1]: unattacked "), dialog.statusText());
        var l2 = dialog.shown();
        // Randomized smoothing certifies the smoothed model in the L2 ball; asked of the L∞ ball it names the ball to choose and runs nothing.
        dialog.attack("fgsm", "linf", 1, "0.25, 0.5", 100, "smoothing");
        assertEquals("Randomized smoothing certifies the L2 ball: choose Ball L2", dialog.statusText());
        dialog.attack("fgsm", "l2", 1, "0.25, 0.5", 100, "smoothing");
        assertTrue(UiWait.until(display, 180_000, () -> dialog.shown() != l2 && dialog.shown() != null), "smoothed: " + dialog.statusText());
        var smoothed = dialog.shown();
        assertEquals("smoothing", smoothed.bounds());
        assertTrue(smoothed.smoothedAccuracy() > 0.6, dialog.statusText());
        assertTrue(smoothed.levels().get(0).certified() > 0 && smoothed.levels().get(1).certified() <= smoothed.levels().get(0).certified()
                && smoothed.levels().get(0).certified() <= smoothed.smoothedAccuracy(), smoothed.levels().toString());
        assertTrue(dialog.statusText().matches(".*; smoothed model [0-9.]+%, certified [0-9.]+% \\(smoothed model\\);.*"), dialog.statusText());
        UiWait.flush(display);
        Screenshots.save(dialog.getShell(), "robustness-smoothing");
        dialog.close();
        var again = view.robustness();
        assertNotNull(again.shown());
        assertTrue(again.statusText().endsWith("(kept from the last attack on attacked-run)"), again.statusText());
        again.close();
    }

    /**
     * Robustness... on a run trained with --certified 0.1: the dialog opens on intervals at 0.05, 0.1 and 0.2, and what they
     * certify of all test digits at 0.1 is the run's own test certificates.
     */
    @Test
    void robustnessOpensACertifiedRunOnItsOwnCertificates() throws Exception {
        Network network = TemplateLibrary.find("lenet-300-100").orElseThrow().create();
        var mnist = NpmDatasets.load("mnist", NpmDatasets.defaultCache());
        Path run = trained(EditorFixture.write("bound.dnet", network), network, TrainingConfig.from(network).with(null, 3, null, null, null,
                1L, null).withCertified(dev.dendrite.train.config.CertifiedTraining.at(0.1)), mnist);
        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        EvaluationView view = viewOf(page, run);
        var dialog = view.robustness();
        assertEquals(java.util.List.of("Certify: intervals", "0.05,0.1,0.2"), java.util.List.of(dialog.choices()));
        dialog.attack("pgd", "linf", 5, "0.1", mnist[1].size(), "interval");
        assertTrue(UiWait.until(display, 180_000, () -> dialog.shown() != null), "the trainer JVM attacks: " + dialog.statusText());
        double own = dev.dendrite.train.run.RunReader.readWithoutMetrics(run).testCertifiedAccuracy();
        assertEquals(own, dialog.shown().levels().get(0).certified(), 0.002, dialog.statusText());
        assertTrue(own > 0.3, "the bounds certify the run: " + own);
        dialog.close();
    }

    /** Out-of-distribution...: a LeNet-5 run checked against Fashion-MNIST, noise and negatives in a trainer JVM, each score's ROC AUC tabled. */
    @Test
    void outOfDistributionTablesEachScoreAndDrawsTheHistogramsAndTheSurestForeignSamples() throws Exception {
        Network network = TemplateLibrary.find("lenet-5").orElseThrow().create();
        var mnist = NpmDatasets.load("mnist", NpmDatasets.defaultCache());
        Path run = trained(EditorFixture.write("foreign.dnet", network), network, TrainingConfig.from(network).with(null, 1, null, null, null,
                1L, null), mnist);
        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        EvaluationView view = viewOf(page, run);
        var dialog = view.outOfDistribution();
        assertNull(dialog.shown(), "nothing checked yet");
        dialog.check("", 500, 2000);
        assertTrue(UiWait.until(display, 180_000, () -> dialog.shown() != null), "the trainer JVM checks: " + dialog.statusText());
        var report = dialog.shown();
        assertEquals(java.util.List.of("fashion-mnist", "noise", "inverted"), report.sets().stream().map(s -> s.name()).toList());
        assertEquals(7, report.scores().size());
        assertEquals("fashion-mnist", dialog.cell(0, 0));
        for (int row = 0; row < 3; row++) {
            var set = report.sets().get(row);
            int bestColumn = report.scores().indexOf(set.best()) + 2;
            assertEquals(String.format(java.util.Locale.ROOT, "%.3f *", set.metrics().get(set.best()).auroc()), dialog.cell(row, bestColumn));
        }
        assertTrue(report.sets().get(1).metrics().get(report.sets().get(1).best()).auroc() > 0.9, "noise is told apart: " + dialog.statusText());
        assertEquals(8, dialog.examplesDrawn(), "the eight surest Fashion-MNIST samples");
        assertEquals(3, dialog.histogramSeries(), "both sides and the threshold");
        assertTrue(dialog.statusText().startsWith("500 samples of mnist/test: accuracy "), dialog.statusText());
        dialog.choose(0, "knn");
        UiWait.flush(display);
        Screenshots.save(dialog.getShell(), "ood-dialog");
        // Without fitted samples the feature scores are left out, and named.
        dialog.check("noise", 300, 0);
        assertTrue(UiWait.until(display, 180_000, () -> dialog.shown() != report && dialog.shown() != null), "again: " + dialog.statusText());
        assertEquals(5, dialog.shown().scores().size(), "the four output scores and ODIN");
        assertTrue(dialog.statusText().contains("; mahalanobis not computed: no training samples to fit them on"), dialog.statusText());
        dialog.choose(0, "mahalanobis");
        assertEquals(0, dialog.histogramSeries(), "a score not computed draws nothing");
        dialog.close();
        var again = view.outOfDistribution();
        assertNotNull(again.shown());
        assertTrue(again.statusText().endsWith("(kept from the last check of foreign-run)"), again.statusText());
        again.close();
    }

    /**
     * Out-of-distribution... of an autoencoder with a background: another run's autoencoder, trained on mutated digits, chosen in the
     * Background box; the likelihood ratio scored and tabled beside the reconstruction error.
     */
    @Test
    void outOfDistributionOfAnAutoencoderScoresTheLikelihoodRatioToABackground() throws Exception {
        Network compressor = TemplateLibrary.find("autoencoder").orElseThrow().create();
        var mnist = NpmDatasets.load("mnist", NpmDatasets.defaultCache());
        Path run = trained(EditorFixture.write("rebuilding.dnet", compressor), compressor, TrainingConfig.from(compressor).with(null, 1, null,
                null, null, 1L, null), mnist);
        Path background = trained(EditorFixture.write("rebuilding-mutated.dnet", compressor), compressor, TrainingConfig.from(compressor).with(
                null, 1, null, null, null, 1L, null).withAugmentation(dev.dendrite.train.data.Augmentation.parse("mutate:20")), mnist);
        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        EvaluationView view = viewOf(page, run);
        var dialog = view.outOfDistribution();
        dialog.chooseBackground(background);
        dialog.check("fashion-mnist,noise", 500, 0);
        assertTrue(UiWait.until(display, 180_000, () -> dialog.shown() != null), "the trainer JVM checks: " + dialog.statusText());
        var report = dialog.shown();
        assertEquals(java.util.List.of("reconstruction", "likelihood-ratio"), report.scores());
        double ratio = report.sets().get(1).metrics().get("likelihood-ratio").auroc();
        assertTrue(ratio > 0.5, "the mutated digits' model rebuilds noise better than the digits' model: " + ratio);
        assertEquals(String.format(java.util.Locale.ROOT, "%.3f", ratio), dialog.cell(1, 3).replace(" *", ""));
        dialog.choose(0, "likelihood-ratio");
        assertEquals(3, dialog.histogramSeries(), "both sides and the threshold");
        UiWait.flush(display);
        Screenshots.save(dialog.getShell(), "ood-dialog-background");
        dialog.close();
    }

    /** Ensemble...: three seeds of LeNet-300-100 scored together in a trainer JVM, saved as one model, the risk-coverage curves drawn. */
    @Test
    void ensembleScoresTheChosenRunWithOtherSeedsAndSavesTheEnsemble() throws Exception {
        Network network = TemplateLibrary.find("lenet-300-100").orElseThrow().create();
        var mnist = NpmDatasets.load("mnist", NpmDatasets.defaultCache());
        var file = EditorFixture.write("seeds.dnet", network);
        Path first = trained(file, network, TrainingConfig.from(network).with(null, 1, null, null, null, 1L, null), mnist);
        Path[] others = new Path[2];
        for (int s = 0; s < 2; s++) {
            Path other = first.resolveSibling("seeds-seed" + (s + 2));
            new Trainer(network, TrainingConfig.from(network).with(null, 1, null, null, null, s + 2L, null), l -> { }).withConfigEntry(
                    "networkFile", file.getLocation().toFile().getAbsolutePath()).train(new Weights(), mnist[0], mnist[1], other, false);
            others[s] = other;
        }
        Network compressor = TemplateLibrary.find("autoencoder").orElseThrow().create();
        Path autoencoder = trained(EditorFixture.write("digits-autoencoder.dnet", compressor), compressor, TrainingConfig.from(compressor).with(
                null, 1, null, null, null, 1L, null), mnist);
        file.getProject().refreshLocal(IResource.DEPTH_INFINITE, null);
        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        EvaluationView view = viewOf(page, first);
        var dialog = view.ensemble();
        assertTrue(dialog.candidates().containsAll(java.util.List.of(others)), "the other seeds are listed: " + dialog.candidates());
        assertTrue(dialog.candidates().stream().noneMatch(r -> r.equals(first)));
        assertTrue(dialog.candidates().stream().noneMatch(r -> r.equals(autoencoder)), "an autoencoder of the same digits is no member: "
                + dialog.candidates());
        dialog.score(java.util.List.of(others), 500, true);
        assertTrue(UiWait.until(display, 180_000, () -> dialog.shown() != null), "the trainer JVM scores: " + dialog.statusText());
        var report = (dev.dendrite.launching.internal.RunEnsemble.Report) dialog.shown();
        assertEquals(3, report.members().size());
        assertEquals(4, dialog.scoreRows(), "three members and the ensemble (seeds hold out different samples: no temperature)");
        assertNull(report.scaled());
        double meanLoss = report.members().stream().mapToDouble(m -> m.logLoss()).average().orElseThrow();
        assertTrue(report.ensemble().logLoss() <= meanLoss, dialog.statusText());
        assertEquals(4, dialog.coverageSeries(), "a curve per confidence");
        assertEquals(first.resolve("ensemble").resolve("ensemble.onnx").toString(), report.saved());
        assertTrue(Files.isRegularFile(first.resolve("ensemble").resolve("ensemble.onnx")));
        assertTrue(dialog.statusText().startsWith("3 members on 500 test samples: ensemble "), dialog.statusText());
        UiWait.flush(display);
        Screenshots.save(dialog.getShell(), "ensemble-dialog");
        dialog.close();
    }

    /** Ensemble... with MC dropout passes: a dropout network's passes scored in a trainer JVM beside the network with dropout off. */
    @Test
    void mcDropoutPassesMakeAnEnsembleOfOneRun() throws Exception {
        Network network = TemplateLibrary.find("dropout-mlp").orElseThrow().create();
        var mnist = NpmDatasets.load("mnist", NpmDatasets.defaultCache());
        Path run = trained(EditorFixture.write("dropout.dnet", network), network, TrainingConfig.from(network).with(null, 5, null, null, null,
                1L, null), mnist);
        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        EvaluationView view = viewOf(page, run);
        var dialog = view.ensemble();
        dialog.mcDropout(20, 1000);
        assertTrue(UiWait.until(display, 180_000, () -> dialog.shown() != null), "the trainer JVM scores: " + dialog.statusText());
        var report = (dev.dendrite.launching.internal.RunEnsemble.Report) dialog.shown();
        assertEquals(20, report.members().size());
        assertNotNull(report.single(), "the network with dropout off");
        assertNotNull(report.scaled(), "one run's passes: a temperature fitted on its validation split");
        assertEquals(4, dialog.scoreRows(), "dropout off, one pass, the passes' mean and the mean divided by its temperature");
        assertTrue(report.disagreement() > 0 && report.uncertainty().get("wrong").epistemic() > report.uncertainty().get("right").epistemic(),
                "the passes disagree more on mistakes: " + dialog.statusText());
        assertTrue(dialog.statusText().startsWith("MC dropout, 20 passes on 1,000 test samples: "), dialog.statusText());
        display.setCursorLocation(0, 0); // no tooltip over the picture
        UiWait.flush(display);
        Screenshots.save(dialog.getShell(), "mc-dropout-dialog");
        dialog.close();
    }

    /** Ensemble... of regressors: their errors beside the ensemble's, the mean and the members' spread along the input beyond the data. */
    @Test
    void ensembleOfRegressorsDrawsTheSpreadAlongTheInput() throws Exception {
        Network network = TemplateLibrary.find("mlp-regressor").orElseThrow().create();
        var file = EditorFixture.write("sines.dnet", network);
        Path first = null;
        Path second = null;
        for (long seed = 1; seed <= 2; seed++) {
            var sine = dev.dendrite.train.data.DataSources.load("synthetic:sine", NpmDatasets.defaultCache(), seed);
            Path run = file.getProject().getLocation().toFile().toPath().resolve("runs").resolve("sines-seed" + seed);
            new Trainer(network, TrainingConfig.from(network).with(null, 20, null, null, null, seed, null), l -> { }).withConfigEntry(
                    "networkFile", file.getLocation().toFile().getAbsolutePath()).train(new Weights(), sine[0], sine[1], run, false);
            if (seed == 1) {
                first = run;
            } else {
                second = run;
            }
        }
        file.getProject().refreshLocal(IResource.DEPTH_INFINITE, null);
        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        EvaluationView view = viewOf(page, first);
        var dialog = view.ensemble();
        dialog.score(java.util.List.of(second), 300, false);
        assertTrue(UiWait.until(display, 180_000, () -> dialog.shown() != null), "the trainer JVM scores: " + dialog.statusText());
        var report = (dev.dendrite.launching.internal.RunEnsemble.RegressionReport) dialog.shown();
        assertEquals(2, report.members().size());
        assertEquals(3, dialog.scoreRows());
        assertTrue(report.ensemble().mse() <= report.members().stream().mapToDouble(m -> m.mse()).average().orElseThrow() + 1e-12,
                "the mean prediction's squared error is at most the members' mean");
        var band = report.band();
        assertEquals(band.x().length, band.std().length);
        assertTrue(band.x()[0] < band.low() && band.x()[band.x().length - 1] > band.high(), "the band reaches beyond the data");
        assertEquals(5, dialog.coverageSeries(), "the mean, its two bounds and the data's two ends");
        assertTrue(dialog.statusText().startsWith("2 regressors on 300 test samples: ensemble MSE "), dialog.statusText());
        UiWait.flush(display);
        Screenshots.save(dialog.getShell(), "ensemble-regression");
        dialog.close();
    }
}
