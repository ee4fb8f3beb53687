package dev.dendrite.ui.internal;

import static dev.dendrite.ui.internal.MonitorChecks.charts;
import static dev.dendrite.ui.internal.TrainingFixture.display;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.launching.RunSeries;
import dev.dendrite.launching.ui.internal.ChartGrid;
import dev.dendrite.launching.ui.internal.TrainingMonitorView;
import dev.dendrite.train.run.RunState;

/**
 * The Training Monitor's charts: launched runs overlaid up to four, the charts taking the shape of
 * their area with legends that fit, and how hovered values and the chart grid read.
 */
class TrainingMonitorChartsUiTest {

    /** Files the test writes; JUnit removes them afterwards, so runs leave nothing in the temporary folder. */
    @TempDir
    Path scratch;

    @Test
    void launchedRunsOverlayUpToFourTheOldestFinishedMakingRoom() throws Exception {
        IWorkbenchPage page = EditorFixture.page();
        TrainingMonitorView monitor = (TrainingMonitorView) page.showView(TrainingMonitorView.ID);
        monitor.show(List.of());
        Path root = Files.createTempDirectory(scratch, "monitor-runs");
        // The oldest run still trains (this process writes it): it stays however many runs follow.
        Path running = statusOnly(root.resolve("running"), "running");
        monitor.add(running);
        List<Path> finished = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            Path dir = statusOnly(root.resolve("finished-" + i), "finished");
            finished.add(dir);
            monitor.add(dir);
            assertTrue(UiWait.until(display(), 10000, () -> monitor.runs().stream().filter(r -> r.directory().equals(dir))
                    .allMatch(r -> r.state() == RunState.FINISHED)), "run " + i + " read");
        }
        assertEquals(TrainingMonitorView.MAX_ADDED_RUNS, monitor.runs().size());
        assertEquals(List.of(running, finished.get(2), finished.get(3), finished.get(4)), monitor.runs().stream().map(RunSeries::directory)
                .toList(), "the running run and the three latest finished ones");
        monitor.show(List.of());
    }

    @Test
    void monitorChartsTakeTheShapeOfTheirArea() throws Exception {
        IWorkbenchPage page = EditorFixture.page();
        // The whole screen, whichever test ran before (Xvfb has no window manager to maximise the window).
        page.getWorkbenchWindow().getShell().setBounds(display().getPrimaryMonitor().getBounds());
        TrainingMonitorView monitor = (TrainingMonitorView) page.showView(TrainingMonitorView.ID);
        // The six charts are created one per turn of the event loop.
        assertTrue(UiWait.until(display(), 5000, () -> charts(monitor).size() == 6), "six charts");
        org.eclipse.swt.widgets.Composite area = charts(monitor).get(0).getParent();
        var reference = page.getReference(monitor);
        // Three runs with a few epochs: nine loss entries, a legend that does not fit a short chart.
        Path root = Files.createTempDirectory(scratch, "monitor-shape");
        List<Path> three = new java.util.ArrayList<>();
        for (String name : List.of("first", "second", "third")) {
            three.add(withEpochs(root.resolve(name)));
        }
        monitor.show(three);
        assertTrue(UiWait.until(display(), 10000, () -> monitor.runs().stream().allMatch(r -> r.epochs().size() == 3)), "runs read");
        try {
            // Where the perspective puts it, the bottom panel (wide and short), and maximised (large).
            for (int state : new int[] {IWorkbenchPage.STATE_RESTORED, IWorkbenchPage.STATE_MAXIMIZED}) {
                page.setPartState(reference, state);
                UiWait.flush(display());
                var client = area.getClientArea();
                ChartGrid grid = ChartGrid.forArea(client.width, client.height);
                String where = (state == IWorkbenchPage.STATE_MAXIMIZED ? "maximised" : "restored") + " in " + client;
                assertEquals(grid.columns(), ((org.eclipse.swt.layout.GridLayout) area.getLayout()).numColumns, where);
                for (org.eclipse.swtchart.Chart chart : charts(monitor)) {
                    // Each chart fills its cell of the grid (less the layout's margins and spacing).
                    assertTrue(chart.getSize().y >= client.height / grid.rows() - 15, chart.getTitle().getText() + " " + chart.getSize()
                            + ", " + where);
                }
                for (org.eclipse.swtchart.Chart chart : charts(monitor)) {
                    assertTrue(chart.getSize().x >= client.width / grid.columns() - 15, chart.getTitle().getText() + " fills its column: "
                            + chart.getSize() + ", " + where);
                }
                for (org.eclipse.swtchart.Chart chart : charts(monitor)) {
                    var legend = (org.eclipse.swt.widgets.Control) chart.getLegend();
                    assertTrue(!legend.isVisible() || legend.getSize().y <= 0.4 * chart.getSize().y, chart.getTitle().getText()
                            + "'s legend leaves the plot room: " + legend.getSize() + " of " + chart.getSize() + ", " + where);
                }
                if (state == IWorkbenchPage.STATE_MAXIMIZED) {
                    assertTrue(((org.eclipse.swt.widgets.Control) charts(monitor).get(0).getLegend()).isVisible(), "room for the legend");
                }
                Screenshots.save(area.getShell(), "training-monitor-" + (state == IWorkbenchPage.STATE_MAXIMIZED ? "maximised" : "panel"));
            }
        } finally {
            page.setPartState(reference, IWorkbenchPage.STATE_RESTORED);
            monitor.show(List.of());
        }
    }

    @Test
    void fourRunsStatesAndLegendsShowWholeInTheBottomPanel() throws Exception {
        TrainingMonitorView monitor = fullScreenMonitor();
        Path root = Files.createTempDirectory(scratch, "monitor-status");
        List<Path> four = new java.util.ArrayList<>();
        for (String name : List.of("baseline-relu-adam", "wider-hidden-layers", "dropout-half-rate", "smaller-learning-rate")) {
            four.add(withEpochs(root.resolve(name)));
        }
        monitor.show(four);
        assertTrue(UiWait.until(display(), 10000, () -> monitor.runs().size() == 4 && monitor.runs().stream().allMatch(r -> r.epochs()
                .size() == 3)), "runs read");
        try {
            UiWait.flush(display());
            var status = (org.eclipse.swt.widgets.Label) charts(monitor).get(0).getParent().getParent().getChildren()[0];
            String text = status.getText();
            assertTrue(text.contains("smaller-learning-rate: finished"), text);
            var size = status.getSize();
            // Wider than the label on one line: the label wraps, and is tall enough for every wrapped line.
            assertTrue(status.computeSize(SWT.DEFAULT, SWT.DEFAULT).x > size.x, "four summaries exceed the panel's width: " + size);
            assertTrue((status.getStyle() & SWT.WRAP) != 0 && status.computeSize(size.x, SWT.DEFAULT).y <= size.y,
                    "every line shows: " + size + " for " + status.computeSize(size.x, SWT.DEFAULT));
            assertEquals(4, status.getToolTipText().lines().count(), "one run per line in the tooltip");
            for (org.eclipse.swtchart.Chart chart : charts(monitor)) {
                var legend = (org.eclipse.swt.widgets.Control) chart.getLegend();
                var bounds = legend.getBounds();
                assertTrue(!legend.isVisible() || bounds.x >= 0 && bounds.x + bounds.width <= chart.getSize().x, chart.getTitle().getText()
                        + "'s legend lies inside the chart: " + bounds + " in " + chart.getSize());
            }
            Screenshots.save(status.getShell(), "training-monitor-four-runs");
        } finally {
            monitor.show(List.of());
        }
    }

    @Test
    void epochDotsOnlyWhereTheyStayApart() throws Exception {
        TrainingMonitorView monitor = fullScreenMonitor();
        Path root = Files.createTempDirectory(scratch, "monitor-dots");
        try {
            monitor.show(List.of(withEpochs(root.resolve("short"), 3)));
            assertTrue(UiWait.until(display(), 10000, () -> monitor.runs().size() == 1 && monitor.runs().get(0).epochs().size() == 3), "read");
            UiWait.flush(display());
            assertEquals(ILineSeries.PlotSymbolType.CIRCLE, symbol(monitor, 0, "validation"), "three epochs keep their dots");
            assertEquals(ILineSeries.PlotSymbolType.CIRCLE, symbol(monitor, 3, "samples/s"), "three epochs keep their dots");
            assertEquals(ILineSeries.PlotSymbolType.NONE, symbol(monitor, 0, "train (steps)"), "steps never had dots");
            // Sharpness where it was tracked: each measurement a dot, SGD's edge of stability a line beside it.
            assertEquals(ILineSeries.PlotSymbolType.CIRCLE, symbol(monitor, 5, "λmax"));
            assertEquals(ILineSeries.PlotSymbolType.NONE, symbol(monitor, 5, "edge 2(1+β)/η"));
            assertEquals(3, charts(monitor).get(5).getSeriesSet().getSeries("λmax").getYSeries().length);
            // Where Adam trained: its preconditioned sharpness beside its own edge, not the plain one's.
            Path adam = withEpochs(root.resolve("adam"), 3);
            Files.writeString(adam.resolve(dev.dendrite.train.run.RunFiles.METRICS), "{\"type\":\"sharpness\",\"epoch\":3,\"step\":30,"
                    + "\"topEigenvalue\":2.5,\"edgeOfStability\":null,\"preconditionedTopEigenvalue\":3100.0,\"adaptiveEdgeOfStability\":3800.0}\n",
                    java.nio.file.StandardOpenOption.APPEND);
            monitor.show(List.of(adam));
            assertTrue(UiWait.until(display(), 10000, () -> monitor.runs().size() == 1 && monitor.runs().get(0).sharpness().size() == 4), "read");
            UiWait.flush(display());
            var sharpness = charts(monitor).get(5).getSeriesSet();
            assertTrue(sharpness.getSeries("λmax(P⁻¹H)") != null && sharpness.getSeries("adaptive edge") != null && sharpness.getSeries("λmax") == null,
                    java.util.Arrays.stream(sharpness.getSeries()).map(x -> x.getId()).toList().toString());
            assertEquals(1, sharpness.getSeries("λmax(P⁻¹H)").getYSeries().length, "the one preconditioned measurement");

            monitor.show(List.of(withEpochs(root.resolve("long"), 200)));
            assertTrue(UiWait.until(display(), 10000, () -> monitor.runs().size() == 1 && monitor.runs().get(0).epochs().size() == 200),
                    "read");
            UiWait.flush(display());
            int width = charts(monitor).get(0).getPlotArea().getSize().x;
            assertTrue(width > 0 && width < 199 * dev.dendrite.launching.ui.internal.ChartSymbols.MIN_SPACING, "a plot narrower than 200 dots: " + width);
            for (int chart : new int[] {0, 1}) {
                for (String series : List.of("train", "validation")) {
                    assertEquals(ILineSeries.PlotSymbolType.NONE, symbol(monitor, chart, series), series + " in chart " + chart + ", " + width
                            + " pixels wide");
                }
            }
            assertEquals(ILineSeries.PlotSymbolType.NONE, symbol(monitor, 3, "samples/s"));
            Screenshots.save(charts(monitor).get(0).getShell(), "training-monitor-200-epochs");
        } finally {
            monitor.show(List.of());
        }
    }

    /** A variational autoencoder's runs record the KL part of each validation loss: drawn beside it, where there is one. */
    @Test
    void aVariationalAutoencodersKlTermIsDrawnBesideItsValidationLoss() throws Exception {
        TrainingMonitorView monitor = fullScreenMonitor();
        Path root = Files.createTempDirectory(scratch, "monitor-kl");
        try {
            Path plain = withEpochs(root.resolve("plain"), 3);
            monitor.show(List.of(plain));
            assertTrue(UiWait.until(display(), 10000, () -> monitor.runs().size() == 1 && monitor.runs().get(0).epochs().size() == 3), "read");
            UiWait.flush(display());
            assertEquals(null, charts(monitor).get(0).getSeriesSet().getSeries("validation KL"), "no KL where none was recorded");
            Path vae = withEpochs(root.resolve("vae"), 3);
            Files.writeString(vae.resolve(dev.dendrite.train.run.RunFiles.METRICS), Files.readString(vae.resolve(dev.dendrite.train.run.RunFiles
                    .METRICS)).replace("\"validationLoss\":", "\"validationKl\":0.25,\"validationLoss\":"));
            monitor.show(List.of(vae));
            assertTrue(UiWait.until(display(), 10000, () -> monitor.runs().size() == 1 && monitor.runs().get(0).epochs().size() == 3), "read");
            UiWait.flush(display());
            var kl = charts(monitor).get(0).getSeriesSet().getSeries("validation KL");
            assertTrue(kl != null, "the KL series is drawn");
            assertEquals(List.of(0.25, 0.25, 0.25), java.util.Arrays.stream(kl.getYSeries()).boxed().toList());
            Screenshots.save(charts(monitor).get(0).getShell(), "training-monitor-kl");
        } finally {
            monitor.show(List.of());
        }
    }

    /**
     * Certified training, from a real run of LeNet-300-100 (--certified 0.1, six epochs): each epoch records the validation samples
     * interval bounds certify at that radius, drawn on the accuracy chart below the validation accuracy, rising after the clean
     * warm-up epoch.
     */
    @Test
    void certifiedTrainingsValidationCertificatesAreDrawnBelowItsAccuracy() throws Exception {
        TrainingMonitorView monitor = fullScreenMonitor();
        Path run = Files.createTempDirectory(scratch, "monitor-certified").resolve("certified");
        var network = dev.dendrite.model.templates.TemplateLibrary.find("lenet-300-100").orElseThrow().create();
        var data = dev.dendrite.train.data.DataSources.load("mnist", dev.dendrite.train.data.NpmDatasets.defaultCache(), 1);
        new dev.dendrite.train.run.Trainer(network, dev.dendrite.train.config.TrainingConfig.from(network).with("mnist", 6, null, null, null, 1L,
                null).withCertified(dev.dendrite.train.config.CertifiedTraining.at(0.1)), l -> { }).train(new dev.dendrite.onnx.weights.Weights(),
                        data[0], data[1], run, false);
        try {
            monitor.show(List.of(run));
            assertTrue(UiWait.until(display(), 10000, () -> monitor.runs().size() == 1 && monitor.runs().get(0).epochs().size() == 6), "read");
            UiWait.flush(display());
            var certified = charts(monitor).get(1).getSeriesSet().getSeries("validation certified");
            var accuracy = charts(monitor).get(1).getSeriesSet().getSeries("validation");
            assertTrue(certified != null, "the certificates are drawn");
            double[] shares = certified.getYSeries();
            double[] accuracies = accuracy.getYSeries();
            assertEquals(6, shares.length);
            for (int e = 0; e < 6; e++) {
                assertTrue(shares[e] <= accuracies[e], "epoch " + (e + 1) + ": certified " + shares[e] + " above the accuracy " + accuracies[e]);
            }
            assertTrue(shares[0] < 0.2 && shares[5] > 0.5, "certificates rise as the bounds are trained: " + java.util.Arrays.toString(shares));
            Screenshots.save(charts(monitor).get(0).getShell(), "training-monitor-certified");
        } finally {
            monitor.show(List.of());
        }
    }

    /**
     * Grokking, from a real run of the mlp-grokking template at a larger rate (0.01, 400 epochs): the training sums learnt by heart
     * early, the validation ones at 0% long after, then rising.
     */
    @Test
    void aGrokkingRunsValidationAccuracyRisesLongAfterTheTrainingAccuracy() throws Exception {
        TrainingMonitorView monitor = fullScreenMonitor();
        Path run = Files.createTempDirectory(scratch, "monitor-grokking").resolve("grokking");
        var network = dev.dendrite.model.templates.TemplateLibrary.find("mlp-grokking").orElseThrow().create();
        var data = dev.dendrite.train.data.DataSources.load("synthetic:modular", run.getParent(), 1);
        new dev.dendrite.train.run.Trainer(network, dev.dendrite.train.config.TrainingConfig.from(network).with(null, 400, null, null, 0.01, 1L,
                null), l -> { }).train(new dev.dendrite.onnx.weights.Weights(), data[0], data[1], run, false);
        try {
            monitor.show(List.of(run));
            assertTrue(UiWait.until(display(), 10000, () -> monitor.runs().size() == 1 && monitor.runs().get(0).epochs().size() == 400), "read");
            UiWait.flush(display());
            double[] train = charts(monitor).get(1).getSeriesSet().getSeries("train").getYSeries();
            double[] validation = charts(monitor).get(1).getSeriesSet().getSeries("validation").getYSeries();
            assertEquals(400, validation.length);
            assertEquals(1.0, train[99], 1e-9, "every training sum by epoch 100");
            assertTrue(validation[99] < 0.01, "none held out yet: " + validation[99]);
            assertTrue(validation[399] > 0.15, "then the rule: " + validation[399]);
            var page = EditorFixture.page();
            page.setPartState(page.getReference(monitor), IWorkbenchPage.STATE_MAXIMIZED);
            UiWait.flush(display());
            Screenshots.save(charts(monitor).get(0).getShell(), "training-monitor-grokking");
        } finally {
            EditorFixture.page().setPartState(EditorFixture.page().getReference(monitor), IWorkbenchPage.STATE_RESTORED);
            monitor.show(List.of());
        }
    }

    /** A GAN's run: its generator's loss beside the discriminator's, and the discriminator's accuracy, from a real short run. */
    @Test
    void aGansGeneratorLossAndDiscriminatorAccuracyAreDrawn() throws Exception {
        TrainingMonitorView monitor = fullScreenMonitor();
        Path run = Files.createTempDirectory(scratch, "monitor-gan").resolve("gan");
        var network = dev.dendrite.model.templates.TemplateLibrary.find("gan").orElseThrow().create();
        var mnist = dev.dendrite.train.data.NpmDatasets.load("mnist", dev.dendrite.train.data.NpmDatasets.defaultCache());
        // A LeNet-5 of one epoch judges the generator's samples every second epoch (train --judge).
        var lenet = dev.dendrite.model.templates.TemplateLibrary.find("lenet-5").orElseThrow().create();
        Path judge = run.resolveSibling("judge");
        new dev.dendrite.train.run.Trainer(lenet, dev.dendrite.train.config.TrainingConfig.from(lenet).with(null, 1, null, null, null, 1L,
                null), l -> { }).train(new dev.dendrite.onnx.weights.Weights(), mnist[0], mnist[1], judge, false);
        var judgeModel = ai.onnx.proto.OnnxMl.ModelProto.parseFrom(Files.readAllBytes(judge.resolve("model.onnx")));
        new dev.dendrite.train.run.Trainer(network, dev.dendrite.train.config.TrainingConfig.from(network).with(null, 8, null, null, null, 1L,
                null), l -> { }).withObserver(new dev.dendrite.analysis.latent.SampleJudgeTracker(network, judgeModel, mnist[1], 300, 2, 1))
                .train(new dev.dendrite.onnx.weights.Weights(), mnist[0], mnist[1], run, false);
        try {
            monitor.show(List.of(run));
            assertTrue(UiWait.until(display(), 10000, () -> monitor.runs().size() == 1 && monitor.runs().get(0).epochs().size() == 8), "read");
            UiWait.flush(display());
            var generator = charts(monitor).get(0).getSeriesSet().getSeries("validation generator");
            var discriminator = charts(monitor).get(1).getSeriesSet().getSeries("validation discriminator");
            assertTrue(generator != null && discriminator != null, "both series are drawn");
            assertEquals(8, generator.getYSeries().length);
            assertTrue(java.util.Arrays.stream(discriminator.getYSeries()).allMatch(a -> a >= 0 && a <= 1), "accuracies");
            assertEquals(null, charts(monitor).get(1).getSeriesSet().getSeries("validation"), "a GAN has no classifier's accuracy");
            var gradients = charts(monitor).stream().filter(c -> c.getTitle().getText().equals("Gradients, first run")).findFirst().orElseThrow();
            assertTrue(gradients.getSeriesSet().getSeries("discriminator.fc1") != null && gradients.getSeriesSet().getSeries("g1") != null,
                    "the discriminator block's layers are drawn beside the generator's");
            var judged = charts(monitor).get(5);
            assertEquals("Samples judged", judged.getTitle().getText(), "no sharpness tracked: the sixth chart follows the judge");
            var distance = judged.getSeriesSet().getSeries("Fréchet distance");
            assertEquals(4, distance.getYSeries().length, "epochs 2, 4, 6 and 8");
            double floor = judged.getSeriesSet().getSeries("data's own").getYSeries()[0];
            assertTrue(java.util.Arrays.stream(distance.getYSeries()).allMatch(d -> d > floor), "generated digits are farther than test digits");
            Screenshots.save(charts(monitor).get(0).getShell(), "training-monitor-gan");
            Path csv = Files.createTempFile(scratch, "gan", ".csv");
            monitor.exportCsv(csv);
            List<String> header = List.of(Files.readAllLines(csv).get(0).split(","));
            int column = header.indexOf("validationDiscriminatorAccuracy");
            String last = Files.readAllLines(csv).stream().filter(l -> l.contains(",epoch,8,")).findFirst().orElseThrow();
            assertEquals(discriminator.getYSeries()[7], Double.parseDouble(last.split(",", -1)[column]), 1e-12, "the CSV has the GAN's figures");
            int distanceColumn = header.indexOf("frechetDistance");
            String verdict = Files.readAllLines(csv).stream().filter(l -> l.contains(",judge,8,")).findFirst().orElseThrow();
            assertEquals(distance.getYSeries()[3], Double.parseDouble(verdict.split(",", -1)[distanceColumn]), 1e-9, "and the judge's");
        } finally {
            monitor.show(List.of());
        }
    }

    @Test
    void dotsFitWhereTheirCentresStayTenPixelsApart() {
        assertTrue(dev.dendrite.launching.ui.internal.ChartSymbols.fit(16, 150));
        assertTrue(!dev.dendrite.launching.ui.internal.ChartSymbols.fit(17, 150));
        assertTrue(dev.dendrite.launching.ui.internal.ChartSymbols.fit(1, 5), "a lone point keeps its dot");
        assertTrue(dev.dendrite.launching.ui.internal.ChartSymbols.fit(20, 0) && !dev.dendrite.launching.ui.internal.ChartSymbols.fit(21, 0),
                "before the chart is laid out");
    }

    /** The monitor in a workbench window filling the screen (Xvfb has no window manager to maximise it), its charts made. */
    private static TrainingMonitorView fullScreenMonitor() throws Exception {
        IWorkbenchPage page = EditorFixture.page();
        page.getWorkbenchWindow().getShell().setBounds(display().getPrimaryMonitor().getBounds());
        TrainingMonitorView monitor = (TrainingMonitorView) page.showView(TrainingMonitorView.ID);
        // The six charts are created one per turn of the event loop.
        assertTrue(UiWait.until(display(), 5000, () -> charts(monitor).size() == 6), "six charts");
        return monitor;
    }

    private static ILineSeries.PlotSymbolType symbol(TrainingMonitorView monitor, int chart, String id) {
        var series = charts(monitor).get(chart).getSeriesSet().getSeries(id);
        assertTrue(series != null, "series '" + id + "' in chart " + chart);
        return ((ILineSeries<?>) series).getSymbolType();
    }

    /** A finished run directory with three epochs of metrics. */
    private static Path withEpochs(Path dir) throws Exception {
        return withEpochs(dir, 3);
    }

    /** A finished run directory with {@code epochs} epochs of metrics. */
    private static Path withEpochs(Path dir, int epochs) throws Exception {
        statusOnly(dir, "finished");
        StringBuilder metrics = new StringBuilder();
        for (int epoch = 1; epoch <= epochs; epoch++) {
            metrics.append(String.format(java.util.Locale.ROOT, "{\"type\":\"step\",\"epoch\":%d,\"step\":%d,\"loss\":%.2f,\"lr\":0.01}%n",
                    epoch, epoch * 10, 1.0 / epoch));
            metrics.append(String.format(java.util.Locale.ROOT, "{\"type\":\"epoch\",\"epoch\":%d,\"step\":%d,\"trainLoss\":%.2f,"
                    + "\"validationLoss\":%.2f,\"trainAccuracy\":0.%d,\"validationAccuracy\":0.%d,\"samplesPerSecond\":1000}%n",
                    epoch, epoch * 10, 1.0 / epoch, 1.2 / epoch, 5 + epoch, 4 + epoch));
            // Progressive sharpening towards SGD's edge of stability 2/η at η = 0.1.
            metrics.append(String.format(java.util.Locale.ROOT, "{\"type\":\"sharpness\",\"epoch\":%d,\"step\":%d,\"topEigenvalue\":%.3f,"
                    + "\"edgeOfStability\":20.0}%n", epoch, epoch * 10, 20 * (1 - Math.exp(-0.8 * epoch))));
        }
        Files.writeString(dir.resolve(dev.dendrite.train.run.RunFiles.METRICS), metrics);
        return dir;
    }

    @Test
    void aLaunchedRunIsFollowedFromBeforeItsTrainerWritesItsStatusUntilItsProcessEnds() throws Exception {
        IWorkbenchPage page = EditorFixture.page();
        TrainingMonitorView monitor = (TrainingMonitorView) page.showView(TrainingMonitorView.ID);
        monitor.show(List.of());
        // The trainer has made its directory but not yet written status.json (it takes the lock first): the files say
        // "no status recorded", which the monitor must not take as the end of the run.
        Path dir = Files.createDirectories(Files.createTempDirectory(scratch, "monitor-launch").resolve("starting"));
        Path metrics = dir.resolve(dev.dendrite.train.run.RunFiles.METRICS);
        Files.writeString(metrics, epoch(1));
        monitor.launched(dir);
        assertTrue(UiWait.until(display(), 10000, () -> epochsShown(monitor, dir) == 1), "the first read");
        UiWait.until(display(), 1500, () -> false);
        statusOnly(dir, "running");
        Files.writeString(metrics, epoch(2), java.nio.file.StandardOpenOption.APPEND);
        assertTrue(UiWait.until(display(), 10000, () -> epochsShown(monitor, dir) == 2), "followed after a read without status");
        // The process ended: the last records are read, and the monitor follows the run by its files only.
        statusOnly(dir, "finished");
        Files.writeString(metrics, epoch(3), java.nio.file.StandardOpenOption.APPEND);
        monitor.ended(dir);
        assertTrue(UiWait.until(display(), 10000, () -> epochsShown(monitor, dir) == 3 && monitor.runs().get(0).state() == RunState.FINISHED));
        monitor.show(List.of());
    }

    private static int epochsShown(TrainingMonitorView monitor, Path dir) {
        return monitor.runs().stream().filter(r -> r.directory().equals(dir)).mapToInt(r -> r.epochs().size()).sum();
    }

    private static String epoch(int epoch) {
        return "{\"type\":\"epoch\",\"epoch\":" + epoch + ",\"step\":" + 10 * epoch + ",\"trainLoss\":" + (1.0 / epoch) + "}\n";
    }

    private static Path statusOnly(Path dir, String state) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(dev.dendrite.train.run.RunFiles.STATUS), "{\"state\": \"" + state + "\", \"reason\": null, \"layer\": null, "
                + "\"epoch\": 1, \"step\": 10, \"pid\": " + ProcessHandle.current().pid() + ", \"host\": \""
                + java.net.InetAddress.getLocalHost().getHostName() + "\", \"started\": \"2026-11-30T18:00:00Z\", "
                + "\"updated\": \"2026-11-30T18:00:01Z\"}");
        return dir;
    }

    @Test
    void hoveredValuesReadAsPeopleWriteThem() {
        assertEquals(List.of("0.2134", "0.01", "41,250", "1.234e-8", "4.22e-5", "2e-4", "0", "1000"), java.util.stream.DoubleStream.of(0.213449,
                0.01, 41250.4, 1.2341e-8, 4.22e-5, 2e-4, 0, 1000).mapToObj(dev.dendrite.launching.ui.internal.PointHover::fourDigits).toList());
    }

    @Test
    void chartGridGivesEachChartTheMostRoom() {
        assertEquals(new ChartGrid(6, 1), ChartGrid.forArea(1100, 280), "bottom panel");
        assertEquals(new ChartGrid(3, 2), ChartGrid.forArea(1100, 450), "a taller panel");
        assertEquals(new ChartGrid(3, 2), ChartGrid.forArea(1200, 900), "the editor area");
        assertEquals(new ChartGrid(2, 3), ChartGrid.forArea(800, 1000), "a tall view");
        assertEquals(new ChartGrid(2, 3), ChartGrid.forArea(500, 1000), "a side column");
        assertEquals(new ChartGrid(2, 3), ChartGrid.forArea(0, 0), "not laid out yet");
    }
}
