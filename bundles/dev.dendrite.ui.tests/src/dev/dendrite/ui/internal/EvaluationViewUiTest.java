package dev.dendrite.ui.internal;

import static dev.dendrite.ui.internal.EvaluationRuns.trained;
import static dev.dendrite.ui.internal.EvaluationRuns.viewOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;

import dev.dendrite.analysis.ui.internal.EvaluationView;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.sequence.CellType;
import dev.dendrite.model.network.sequence.Recurrent;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.NpmDatasets;

/** The Evaluation view: Evaluate scores a finished MNIST run in a trainer JVM and draws its confusion matrix, per-class scores and calibration. */
class EvaluationViewUiTest {

    @Test
    void evaluateDrawsTheConfusionMatrixOfAFinishedRun() throws Exception {
        Network network = TemplateLibrary.find("lenet-300-100").orElseThrow().create();
        var mnist = NpmDatasets.load("mnist", NpmDatasets.defaultCache());
        Path run = trained(EditorFixture.write("evaluated.dnet", network), network, TrainingConfig.from(network).with(null, 1, null, null, null,
                1L, null), mnist);
        double testAccuracy = dev.dendrite.train.run.RunReader.readWithoutMetrics(run).testAccuracy();

        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        EvaluationView view = viewOf(page, run);
        assertNull(view.evaluation(), "nothing evaluated yet");
        assertTrue(view.statusText().endsWith("has no evaluation on its test split yet: press Evaluate"), view.statusText());

        view.pressEvaluate();
        assertTrue(UiWait.until(display, 120_000, () -> view.evaluation() != null), "the trainer JVM evaluates the run: " + view.statusText());
        var report = view.evaluation().classification();
        assertNotNull(report);
        assertEquals(testAccuracy, report.accuracy(), 1e-6, "the trainer's own test accuracy");
        assertEquals(10, view.drawn()[0], "a row and a column per digit");
        assertEquals(10, view.drawn()[1], "a table row per digit");
        assertTrue(Files.isRegularFile(run.resolve("evaluation-test.json")), "the evaluation stays in the run");
        assertTrue(view.statusText().startsWith("test split of mnist, 2,000 samples: accuracy "), view.statusText());

        // Test-time augmentation: computed in a trainer JVM, shown, and not kept in place of the plain evaluation.
        view.augmentWith("shift:1");
        view.pressEvaluate();
        assertTrue(UiWait.until(display, 120_000, () -> view.augmented() != null), "the trainer JVM evaluates with TTA: " + view.statusText());
        assertEquals(4, view.augmented().draws());
        assertEquals(testAccuracy, view.augmented().accuracyWithout(), 1e-6, "the pictures as they are: the trainer's test accuracy");
        assertTrue(view.statusText().endsWith("not kept (the run keeps its plain evaluation)"), view.statusText());
        assertEquals(testAccuracy, dev.dendrite.analysis.evaluation.Evaluation.read(run.resolve("evaluation-test.json")).classification()
                .accuracy(), 1e-6, "the kept file is the plain evaluation");
        view.augmentWith("none");
        view.pressEvaluate();
        assertTrue(UiWait.until(display, 120_000, () -> view.evaluation() != null && view.augmented() == null
                && Math.abs(view.evaluation().classification().accuracy() - testAccuracy) < 1e-6), "plain again: " + view.statusText());

        // The mistakes: MNIST's samples are read in a job, then each mistake has its picture.
        assertTrue(UiWait.until(display, 30_000, view::samplesRead), "the test split's samples are read for the pictures");
        int wrong = report.samples() - (int) Math.round(report.accuracy() * report.samples());
        assertEquals(Math.min(wrong, 48), view.mistakesDrawn()[0], "the most confident mistakes of the whole matrix");
        assertEquals(view.mistakesDrawn()[0], view.mistakesDrawn()[1], "each with its picture");
        var top = report.confusions().get(0);
        view.clickCell(top.actual(), top.predicted());
        UiWait.flush(display);
        assertEquals(Math.min(top.count(), 48), view.mistakesDrawn()[0], "the clicked cell's own mistakes: " + top);
        // Saliency: the maps of the cell's mistakes come from a trainer JVM and lie over every picture, by SmoothGrad unless asked.
        assertEquals("SmoothGrad", view.saliencyMethodBox().getText());
        // A dense network has no feature maps: pictures are offered every method but Grad-CAM (its model read in a job).
        assertTrue(UiWait.until(display, 30_000, () -> view.saliencyMethodBox().getItemCount() == 5), "no Grad-CAM for LeNet-300-100: "
                + java.util.List.of(view.saliencyMethodBox().getItems()));
        assertTrue(java.util.List.of(view.saliencyMethodBox().getItems()).contains("Occlusion"));
        var box = view.saliencyBox();
        RealEvents.click(box, 8, box.getSize().y / 2);
        RealEvents.pump(display, 200);
        assertTrue(box.getSelection(), "a click checks Saliency");
        assertTrue(UiWait.until(display, 120_000, () -> view.mistakesDrawn()[2] == view.mistakesDrawn()[0]),
                "every mistake's picture has its saliency: " + java.util.Arrays.toString(view.mistakesDrawn()) + " " + view.statusText());
        page.activate(view);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        UiWait.flush(display);
        // The first cell, whatever the canvas's size: actual 0 predicted as 0.
        String tip = view.describeMatrix(60, 30);
        assertTrue(tip != null && tip.startsWith("class 0 predicted right: " + report.confusion()[0][0] + " samples"), tip);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "evaluation-view");
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);

        // Predict...: the run's model on picture files of one's own, in a dialog of their own: digits drawn dark on light are inverted.
        Path drawn = Files.createDirectories(run.resolveSibling("drawn"));
        java.util.List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            var image = new java.awt.image.BufferedImage(28, 28, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
            float[] pixels = new float[784];
            mnist[1].features(i, pixels, 0);
            for (int p = 0; p < 784; p++) {
                image.getRaster().setSample(p % 28, p / 28, 0, Math.round((1 - pixels[p]) * 255));
            }
            Path png = drawn.resolve("digit-" + i + ".png");
            javax.imageio.ImageIO.write(image, "png", png.toFile());
            files.add(png);
        }
        long foldersBefore = predictionFolders();
        var dialog = view.predict(files);
        assertTrue(UiWait.until(display, 120_000, () -> dialog.described().size() == files.size()), "the predictions arrive: "
                + dialog.statusText());
        assertEquals(foldersBefore, predictionFolders(), "the pictures' temporary folder goes once the dialog has them");
        for (String tile : dialog.described()) {
            assertTrue(tile.matches("digit-\\d\\.png: \\d \\d+\\.\\d%, \\d \\d+\\.\\d%, \\d \\d+\\.\\d% \\(picture\\)"), tile);
        }
        assertTrue(dialog.statusText().startsWith("6 input(s), evaluated-run: "), dialog.statusText());
        dialog.centre(true);
        assertTrue(UiWait.until(display, 120_000, () -> dialog.statusText().endsWith("ink centred as in MNIST")), dialog.statusText());
        assertEquals(files.size(), dialog.described().size());
        UiWait.flush(display);
        Screenshots.save(dialog.getShell(), "predictions-dialog");
        dialog.close();

        // The Runs view's Show Evaluation shows the kept evaluation at once.
        page.hideView(view);
        var runs = (dev.dendrite.launching.ui.internal.RunsView) page.showView(dev.dendrite.launching.ui.internal.RunsView.ID);
        runs.refresh();
        assertTrue(UiWait.until(display, 10000, () -> runs.shown().stream().anyMatch(r -> r.directory().equals(run))), "the run is listed");
        runs.showRun(run, dev.dendrite.launching.ui.internal.RunsView.EVALUATION);
        var shown = (EvaluationView) page.findView(EvaluationView.ID);
        assertTrue(shown != null && shown.evaluation() != null && shown.evaluation().classification().accuracy() == report.accuracy(),
                "Show Evaluation in the Runs view shows the run's evaluation");
    }

    @Test
    void drawsASequenceModelsScoresByPositionWithGreedyDecoding() throws Exception {
        Network network = TemplateLibrary.find("seq2seq").orElseThrow().create();
        var reverse = dev.dendrite.train.data.SequenceData.load("reverse", 42);
        Path run = trained(EditorFixture.write("reverser.dnet", network), network, TrainingConfig.from(network).with(null, 2, null, null, null,
                42L, null), reverse);

        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        EvaluationView view = viewOf(page, run);
        view.pressEvaluate();
        assertTrue(UiWait.until(display, 120_000, () -> view.evaluation() != null), "the trainer JVM evaluates the run: " + view.statusText());
        var along = view.evaluation().sequence();
        assertNotNull(along, "a sequence model's evaluation has its scores along the sequences");
        assertNotNull(along.greedy(), "the decoder input is the target shifted by one: greedy decoding is scored");
        assertEquals(16, view.drawn()[0], "a row and a column per token of the vocabulary");
        assertTrue(view.statusText().startsWith("test split of synthetic:reverse, 8,000 steps of 1,000 sequences: accuracy "), view.statusText());
        assertTrue(view.statusText().contains("; greedy decoding: token accuracy "), view.statusText());
        // Its mistakes are output steps (teacher-forced), each drawn as its pair's source; Saliency tints the source tokens that step
        // was read from, by the gradient methods.
        var steps = view.evaluation().classification();
        int wrong = steps.samples() - (int) Math.round(steps.accuracy() * steps.samples());
        assertTrue(UiWait.until(display, 30_000, view::samplesRead), "the pairs are read");
        UiWait.flush(display);
        assertEquals(java.util.List.of("Gradient", "Input × gradient", "Integrated gradients"), java.util.List.of(view.saliencyMethodBox()
                .getItems()));
        assertEquals("Input × gradient", view.saliencyMethodBox().getText(), "an encoder-decoder's default, as the Attention view's");
        assertMistakesTintedBySaliency(page, view, wrong, "evaluation-seq2seq-mistakes");
        page.activate(view);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        UiWait.flush(display);
        assertEquals(1, view.sequencePlots(), "one length: the plot by position only");
        // The plot's first position, whatever the canvas's size: both curves' scores there.
        String tip = view.describeSequences(54, 40);
        assertTrue(tip != null && tip.startsWith("position 0: teacher-forced ") && tip.contains("; greedy "), tip);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "evaluation-seq2seq");
        // The view menu's export writes the chart shown, at its size on screen.
        Path png = run.resolveSibling("positions.png");
        view.exportShownChart(png);
        var exported = javax.imageio.ImageIO.read(png.toFile());
        assertTrue(exported.getWidth() > 200 && exported.getHeight() > 100, exported.getWidth() + "×" + exported.getHeight());
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int x = 0; x < exported.getWidth(); x += 3) {
            for (int y = 0; y < exported.getHeight(); y += 3) {
                colours.add(exported.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 5, "a drawn chart, not a blank: " + colours.size() + " colours");

        // A next-step regressor: no confusion matrix, its squared error by position in the matrix's place.
        Network generator = TemplateLibrary.find("lstm-generator").orElseThrow().create();
        var sine = dev.dendrite.train.data.SequenceData.load("sine-next", 42);
        Path generatorRun = trained(EditorFixture.write("generator.dnet", generator), generator, TrainingConfig.from(generator).with(null, 1,
                null, null, null, 42L, null), sine);
        view.show(generatorRun);
        UiWait.flush(display);
        view.pressEvaluate();
        assertTrue(UiWait.until(display, 120_000, () -> view.evaluation() != null && view.evaluation().regression() != null),
                "the regressor is evaluated: " + view.statusText());
        UiWait.flush(display);
        assertTrue(view.statusText().startsWith("test split of synthetic:sine-next, 19,200 steps of 400 sequences: MSE "), view.statusText());
        assertEquals(1, view.sequencePlots());
        String first = view.describeSequences(54, 40);
        assertTrue(first != null && first.startsWith("position 0: mean squared error MSE "), first);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "evaluation-sequence-regression");
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        page.hideView(view);
    }

    @Test
    void drawsATextClassifiersMistakesAsTokensTintedBySaliency() throws Exception {
        // One short epoch: a text CNN that still misreads some phrases.
        Network network = TemplateLibrary.find("text-cnn").orElseThrow().create();
        Path run = trained(EditorFixture.write("textcnn.dnet", network), network, TrainingConfig.from(network).with("synthetic:phrases", 1,
                null, null, 1e-3, 11L, null), dev.dendrite.train.data.SequenceData.load("phrases", 11));
        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        EvaluationView view = viewOf(page, run);
        int wrong = evaluatedMistakes(view, display);
        assertEquals(dev.dendrite.analysis.evaluation.SequenceReport.PER_SEQUENCE, view.evaluation().sequence().unit());
        assertTrue(wrong > 0, "some phrases misread after one short epoch: " + view.statusText());
        assertMistakesTintedBySaliency(page, view, wrong, "evaluation-text-cnn");
        assertTrue(!view.saliencyBox().getSelection() && UiWait.until(display, 10_000, () -> view.mistakesDrawn()[2] == 0),
                "unchecked, the tint goes");
        page.hideView(view);
    }

    @Test
    void drawsATaggersMistakesAsTheirSequencesWithTheMistakenStepBoxed() throws Exception {
        Network network = TemplateLibrary.find("transformer-tagger").orElseThrow().create();
        Path run = trained(EditorFixture.write("tagger.dnet", network), network, TrainingConfig.from(network).with("synthetic:tagging", 1,
                null, null, null, 3L, null), dev.dendrite.train.data.SequenceData.load("tagging", 3));
        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        EvaluationView view = viewOf(page, run);
        int wrong = evaluatedMistakes(view, display);
        assertEquals(dev.dendrite.analysis.evaluation.SequenceReport.PER_STEP, view.evaluation().sequence().unit());
        assertTrue(wrong > 0, "some tokens mistagged after one epoch: " + view.statusText());
        // Each mistaken step drawn in its sequence, tinted by the tokens its tag was read from.
        assertMistakesTintedBySaliency(page, view, wrong, "evaluation-tagger");
        page.hideView(view);
    }

    @Test
    void drawsAValueSequenceClassifiersMistakesAsPlotsTintedBySaliency() throws Exception {
        Network network = TemplateLibrary.find("rnn-classifier").orElseThrow().create();
        Path run = trained(EditorFixture.write("last-sign.dnet", network), network, TrainingConfig.from(network).with("synthetic:last-sign", 3,
                null, null, null, 5L, null), dev.dendrite.train.data.SequenceData.load("last-sign", 5));
        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        EvaluationView view = viewOf(page, run);
        int wrong = evaluatedMistakes(view, display);
        // Its samples are sequences of values (their last one's sign the class): each mistake a plot of its steps, tinted through
        // the fused RNN's gradient.
        assertTrue(view.saliencyBox().isEnabled(), "Saliency explains sequences of values");
        assertMistakesTintedBySaliency(page, view, wrong, "evaluation-value-sequences");
        // Sequences are offered no SmoothGrad; integrated gradients tint every mistake too.
        var methods = view.saliencyMethodBox();
        assertEquals(java.util.List.of("Gradient", "Input × gradient", "Integrated gradients"), java.util.List.of(methods.getItems()));
        methods.select(2);
        methods.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        // (Checked by its event: the real click was tested above, and the restored view's layout may still move the box.)
        view.saliencyBox().setSelection(true);
        view.saliencyBox().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertTrue(UiWait.until(display, 120_000, () -> view.mistakesDrawn()[2] == view.mistakesDrawn()[0]),
                "every mistake tinted by integrated gradients: " + java.util.Arrays.toString(view.mistakesDrawn()) + " " + view.statusText());
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        // The pointer off the box, so that its tooltip hides nothing in the screenshot.
        RealEvents.move(view.saliencyMethodBox().getShell(), 5, 5);
        RealEvents.pump(display, 300);
        UiWait.flush(display);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "evaluation-value-sequences-integrated");
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        page.hideView(view);
    }

    @Test
    void drawsAGraphNetworksMistakesAsGraphsTintedBySaliency() throws Exception {
        Network network = TemplateLibrary.find("gcn-node-classifier").orElseThrow().create();
        Path run = trained(EditorFixture.write("communities.dnet", network), network, TrainingConfig.from(network).with(null, 8,
                null, null, null, 42L, null), dev.dendrite.train.data.GraphData.load("communities", 42));
        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        EvaluationView view = viewOf(page, run);
        int wrong = evaluatedMistakes(view, display);
        assertTrue(wrong > 0, "some nodes misread: " + view.statusText());
        // Graphs are offered every method but Grad-CAM (no feature maps).
        assertTrue(UiWait.until(display, 30_000, view::samplesRead), "the test graphs are read");
        UiWait.flush(display);
        assertEquals(java.util.List.of("SmoothGrad", "Gradient", "Input × gradient", "Integrated gradients", "Occlusion"),
                java.util.List.of(view.saliencyMethodBox().getItems()));
        // Each mistaken node drawn in its graph, ringed; Saliency tints the nodes and edges it was read from.
        assertMistakesTintedBySaliency(page, view, wrong, "evaluation-graph-nodes");
        // Predict...: graphs of one's own, a JSON Lines file, each node's classes.
        Path mine = run.resolveSibling("mine.jsonl");
        java.nio.file.Files.writeString(mine, "{\"features\": [[1,0,0,0,0,0,0,0], [0,1,0,0,0,0,0,0], [1,0,0,0,0,0,0,0]], "
                + "\"edges\": [[0, 1], [1, 2]]}\n");
        var dialog = view.predict(java.util.List.of(mine));
        assertTrue(UiWait.until(display, 120_000, () -> dialog.described().size() == 3), "a prediction per node: " + dialog.statusText());
        for (String tile : dialog.described()) {
            assertTrue(tile.matches("mine\\.jsonl graph 0 node \\d: \\d \\d+\\.\\d%.*") && !tile.endsWith("(picture)"), tile);
        }
        dialog.close();
        page.hideView(view);
    }

    @Test
    void drawsAnAutoencodersWorstReconstructionsAndItsErrorsPerClass() throws Exception {
        Network network = TemplateLibrary.find("autoencoder").orElseThrow().create();
        var mnist = NpmDatasets.load("mnist", NpmDatasets.defaultCache());
        Path run = trained(EditorFixture.write("compressor.dnet", network), network, TrainingConfig.from(network).with(null, 1, null, null, null,
                1L, null), mnist);
        double testLoss = ((Number) dev.dendrite.train.run.RunReader.readWithoutMetrics(run).summary().get("testLoss")).doubleValue();

        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        EvaluationView view = viewOf(page, run);
        view.pressEvaluate();
        assertTrue(UiWait.until(display, 120_000, () -> view.evaluation() != null), "the trainer JVM evaluates the run: " + view.statusText());
        var reconstruction = view.evaluation().reconstruction();
        assertNotNull(reconstruction, "an autoencoder is scored by its reconstructions");
        assertEquals(testLoss, reconstruction.meanSquaredError(), 1e-6, "the trainer's test loss");
        assertEquals(10, view.drawn()[1], "a table row per digit: its mean error and ROC AUC");
        assertTrue(view.statusText().startsWith("test split of mnist, 2,000 samples reconstructed: mean squared error "), view.statusText());
        page.activate(view);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        UiWait.flush(display);
        assertEquals(24, view.reconstructionsDrawn(), "each of the worst beside its reconstruction");
        Screenshots.save(page.getWorkbenchWindow().getShell(), "evaluation-autoencoder");
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        // Out-of-distribution...: the autoencoder's reconstruction error is its one score.
        var ood = view.outOfDistribution();
        ood.check("fashion-mnist,noise", 300, 0);
        assertTrue(UiWait.until(display, 180_000, () -> ood.shown() != null), "the trainer JVM checks: " + ood.statusText());
        assertTrue(ood.shown().autoencoder());
        assertEquals("reconstruction", ood.shown().sets().get(0).best());
        assertEquals(String.format(java.util.Locale.ROOT, "%.4g", ood.shown().sets().get(0).meanError()), ood.cell(0, 1), "the mean error");
        assertTrue(ood.statusText().startsWith("300 samples of mnist/test rebuilt with a mean squared error of "), ood.statusText());
        assertEquals(3, ood.histogramSeries());
        assertEquals(8, ood.examplesDrawn(), "the Fashion-MNIST samples it rebuilds best");
        UiWait.flush(display);
        Screenshots.save(ood.getShell(), "ood-autoencoder");
        ood.close();
        page.hideView(view);
    }

    @Test
    void generateContinuesAPrimeWithACharacterModel() throws Exception {
        // The tagger template made a character model: an LSTM of 64 and a logit per token of its 16.
        Network network = TemplateLibrary.find("rnn-tagger").orElseThrow().create();
        for (var layer : network.getLayers()) {
            if (layer instanceof Recurrent rnn) {
                rnn.setCell(CellType.LSTM);
                rnn.setHiddenSize(64);
            } else if (layer instanceof dev.dendrite.model.network.Dense dense) {
                dense.setUnits(16);
            }
        }
        var file = EditorFixture.write("rhymer.dnet", network);
        Path project = file.getProject().getLocation().toFile().toPath();
        Path text = project.resolve("rhyme.txt");
        Files.writeString(text, "the cat sat on the mat. ".repeat(120));
        var rhyme = dev.dendrite.train.data.SequenceData.text(text, 23);
        Path run = trained(file, network, TrainingConfig.from(network).with("text:" + text + ",23", 20, 16, null, 0.01, 42L, null), rhyme);

        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        EvaluationView view = viewOf(page, run);
        var dialog = view.generate();
        dialog.generate("the cat ", 0);
        assertTrue(UiWait.until(display, 120_000, () -> dialog.generated() != null), "the trainer JVM generates: " + dialog.statusText());
        assertTrue(dialog.generated().startsWith("sat on the mat. the cat sat"), dialog.generated());
        assertTrue(dialog.statusText().endsWith("(the most likely step each time)"), dialog.statusText());
        Screenshots.save(dialog.getShell(), "generate-dialog");
        dialog.generate("the cat ", 1.5);
        assertTrue(UiWait.until(display, 120_000, () -> dialog.generated() != null), "sampling: " + dialog.statusText());
        dialog.close();
        page.hideView(view);
    }

    /** An encoder-decoder's run: the Generate dialog takes a source and decodes it greedily. */
    @Test
    void generateDecodesASourceWithAnEncoderDecoder() throws Exception {
        Network network = TemplateLibrary.find("transformer-seq2seq").orElseThrow().create();
        var file = EditorFixture.write("reverser.dnet", network);
        Path run = trained(file, network, TrainingConfig.from(network).with("synthetic:reverse", 12, null, null, null, 7L, null),
                dev.dendrite.train.data.SequenceData.load("reverse", 7));
        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        EvaluationView view = viewOf(page, run);
        var dialog = view.generate();
        assertTrue(dialog.decodes(), "two token inputs: a source and a decoder input");
        dialog.generate("3,9,4,12,15,2,7,10", 0);
        assertTrue(UiWait.until(display, 120_000, () -> dialog.generated() != null), "the trainer JVM decodes: " + dialog.statusText());
        String[] decoded = dialog.generated().split(",");
        assertEquals(8, decoded.length, dialog.generated());
        int right = 0;
        String[] source = {"3", "9", "4", "12", "15", "2", "7", "10"};
        for (int t = 0; t < 8; t++) {
            right += decoded[t].equals(source[7 - t]) ? 1 : 0;
        }
        assertTrue(right >= 6, "reversed: " + dialog.generated());
        assertTrue(dialog.statusText().startsWith("Decoded greedily"), dialog.statusText());
        String greedy = dialog.generated();
        dialog.beam(4);
        dialog.generate("3,9,4,12,15,2,7,10", 0);
        assertTrue(UiWait.until(display, 120_000, () -> dialog.generated() != null), "the beam: " + dialog.statusText());
        assertEquals("Decoded by beam search: the likeliest of the 4 sequences kept at every step", dialog.statusText());
        assertEquals(greedy, dialog.generated(), "a model this sure finds the greedy sequence the likeliest too");
        Screenshots.save(dialog.getShell(), "generate-dialog-seq2seq");
        dialog.close();
        page.hideView(view);
    }

    /** Presses Evaluate and waits for the trainer JVM's evaluation of a classifier; how many of its predictions were wrong. */
    private static int evaluatedMistakes(EvaluationView view, Display display) {
        view.pressEvaluate();
        assertTrue(UiWait.until(display, 120_000, () -> view.evaluation() != null), "the trainer JVM evaluates the run: " + view.statusText());
        var report = view.evaluation().classification();
        return report.samples() - (int) Math.round(report.accuracy() * report.samples());
    }

    /**
     * A sequence or graph model's mistakes each drawn as its tokens, values or graph; a real click on Saliency tints every one (in a trainer JVM); the
     * view maximised for the screenshot {@code name}, then Saliency unchecked by another click and the view restored.
     */
    private static void assertMistakesTintedBySaliency(IWorkbenchPage page, EvaluationView view, int wrong, String name) throws Exception {
        Display display = Display.getCurrent();
        assertTrue(UiWait.until(display, 30_000, view::samplesRead), "the test split's sequences or graphs are read for their pictures");
        UiWait.flush(display);
        assertEquals(Math.min(wrong, 48), view.mistakesDrawn()[0], "the most confident mistakes");
        assertEquals(view.mistakesDrawn()[0], view.mistakesDrawn()[1], "each with its token ids, values or graph");
        assertEquals(0, view.mistakesDrawn()[2], "no saliency yet");
        var box = view.saliencyBox();
        RealEvents.click(box, 8, box.getSize().y / 2);
        RealEvents.pump(display, 200);
        assertTrue(UiWait.until(display, 120_000, () -> view.mistakesDrawn()[2] == view.mistakesDrawn()[0]),
                "every mistake's tokens, steps or nodes tinted by their scores: " + java.util.Arrays.toString(view.mistakesDrawn()) + " " + view.statusText());
        page.activate(view);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        UiWait.flush(display);
        Screenshots.save(page.getWorkbenchWindow().getShell(), name);
        RealEvents.click(box, 8, box.getSize().y / 2);
        RealEvents.pump(display, 200);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
    }

    /** Temporary folders of the predictions' pictures. */
    private static long predictionFolders() throws java.io.IOException {
        try (var folders = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return folders.filter(f -> f.getFileName().toString().startsWith("dendrite-predict")).count();
        }
    }
}
