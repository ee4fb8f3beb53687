package dev.dendrite.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.analysis.ui.internal.LotteryLabView;
import dev.dendrite.launching.TrainingAttributes;
import dev.dendrite.launching.internal.LotteryLaunchDelegate;
import dev.dendrite.model.templates.TemplateLibrary;

/** A lottery experiment launched from the workbench (in the trainer JVM), shown in the Lottery Lab. */
class LotteryLabUiTest {

    /** Files the test writes; JUnit removes them afterwards, so runs leave nothing in the temporary folder. */
    @TempDir
    Path scratch;

    @Test
    void aLaunchedExperimentShowsItsLadderSparsityAndMasks() throws Exception {
        EditorFixture.quietConsole();
        var network = EditorFixture.write("lottery.dnet", TemplateLibrary.find("mlp-classifier").orElseThrow().create());
        ILaunchConfigurationWorkingCopy copy = DebugPlugin.getDefault().getLaunchManager()
                .getLaunchConfigurationType(LotteryLaunchDelegate.TYPE_ID).newInstance(null, "lottery test");
        copy.setAttribute(TrainingAttributes.NETWORK, network.getFullPath().toString());
        copy.setAttribute(TrainingAttributes.EPOCHS, "3");
        copy.setAttribute(TrainingAttributes.RUN_NAME, "moons-ladder");
        copy.setAttribute(LotteryLaunchDelegate.ROUNDS, "3");
        copy.setAttribute(LotteryLaunchDelegate.CONTROLS, "reinit,random,snip");
        copy.setAttribute(LotteryLaunchDelegate.SEEDS, "2");
        ILaunch launch = copy.launch("run", null);
        assertTrue(java.util.Arrays.stream(org.eclipse.core.runtime.jobs.Job.getJobManager().find(null))
                .anyMatch(j -> j.getName().equals("Lottery experiment moons-ladder, round 1 of 3")), "the first round shows in the Progress view");
        Display display = Display.getCurrent();
        // A process per round: each starts when the one before ended well.
        assertTrue(UiWait.until(display, 180000, () -> launch.getProcesses().length == 3 && launch.isTerminated()), "the three rounds end");
        for (var process : launch.getProcesses()) {
            assertEquals(0, process.getExitValue(), "dendrite lth succeeded: " + process.getLabel());
        }
        assertEquals(java.util.List.of("1/3", "2/3", "3/3"), java.util.Arrays.stream(launch.getProcesses())
                .map(p -> p.getAttribute(LotteryLaunchDelegate.PROCESS_ROUND)).toList());
        Path folder = network.getProject().getLocation().toFile().toPath().resolve("runs").resolve("moons-ladder");
        assertTrue(Files.exists(folder.resolve("ladder.json")));

        IWorkbenchPage page = EditorFixture.page();
        page.getWorkbenchWindow().getShell().setBounds(display.getPrimaryMonitor().getBounds());
        LotteryLabView lab = (LotteryLabView) page.showView(LotteryLabView.ID);
        lab.show(folder);
        assertEquals(2 + 2 * 3 * 4, lab.rows().size(), "two dense runs, then 3 rounds of IMP, reinit, random and snip for each of 2 seeds");
        assertTrue(lab.ladderSeries().containsAll(java.util.List.of("imp", "reinit", "random", "snip", "imp min", "imp max")), lab.ladderSeries().toString());
        assertEquals(4, lab.bandCount(), "a band of the spread over the 2 seeds for IMP, reinit, random and snip");
        EditorFixture.hideConsole();
        page.activate(lab);
        page.setPartState(page.getReference(lab), IWorkbenchPage.STATE_MAXIMIZED);
        UiWait.flush(display);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "lottery-lab");
        // The round whose early stop came last lay on the chart's top border, under its frame.
        int checked = 0;
        for (org.eclipse.swtchart.Chart chart : charts(page.getWorkbenchWindow().getShell())) {
            if (chart.getTitle().getText().startsWith("Test accuracy") || chart.getTitle().getText().startsWith("Early-stopping")) {
                checked++;
                var y = chart.getAxisSet().getYAxis(0).getRange();
                for (var series : chart.getSeriesSet().getSeries()) {
                    for (double value : series.getYSeries()) {
                        assertTrue(value > y.lower && value < y.upper, chart.getTitle().getText() + ": " + series.getId() + "'s "
                                + value + " inside " + y);
                    }
                }
            }
        }
        assertEquals(2, checked, "the ladder's two line charts");
        // Pointing at a round of the ladder gives its accuracy and share of weights, as the CSV has them.
        org.eclipse.swtchart.Chart ladder = charts(page.getWorkbenchWindow().getShell()).stream()
                .filter(c -> c.getTitle().getText().startsWith("Test accuracy")).findFirst().orElseThrow();
        var imp = ladder.getSeriesSet().getSeries("imp");
        var point = new org.eclipse.swt.widgets.Event();
        point.x = ladder.getAxisSet().getXAxis(0).getPixelCoordinate(imp.getXSeries()[1]);
        point.y = ladder.getAxisSet().getYAxis(0).getPixelCoordinate(imp.getYSeries()[1]);
        ladder.getPlotArea().getControl().notifyListeners(org.eclipse.swt.SWT.MouseMove, point);
        assertEquals("imp: " + dev.dendrite.launching.ui.internal.PointHover.fourDigits(imp.getYSeries()[1]) + " at "
                + dev.dendrite.launching.ui.internal.PointHover.fourDigits(imp.getXSeries()[1]) + "% of weights",
                ladder.getPlotArea().getControl().getToolTipText());
        org.eclipse.swtchart.Chart bars = charts(page.getWorkbenchWindow().getShell()).stream()
                .filter(c -> c.getTitle().getText().startsWith("Per-layer weights remaining")).findFirst().orElseThrow();
        assertTrue(bars.getAxisSet().getYAxis(0).getRange().lower <= 0, "a bar's length is its value: " + bars.getAxisSet().getYAxis(0)
                .getRange());
        Path csv = Files.createTempFile(scratch, "ladder", ".csv");
        lab.exportCsv(csv);
        assertEquals(lab.rows().size() + 1, Files.readAllLines(csv).size());
        Path png = Files.createTempFile(scratch, "ladder", ".png");
        lab.exportPng(png);
        assertTrue(Files.size(png) > 2000);
        page.setPartState(page.getReference(lab), IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    void kernelMasksShowAsTilesPerInputAndOutputChannel() {
        // 2 output × 3 input channels of 2×2 kernels; output 1's kernel from input 2 is pruned entirely.
        float[] values = new float[2 * 3 * 2 * 2];
        java.util.Arrays.fill(values, 1f);
        for (int k = 0; k < 4; k++) {
            values[((1 * 3 + 2) * 2) * 2 + k] = 0f;
        }
        values[0] = 0f; // one weight of output 0, input 0 (top left)
        var image = dev.dendrite.analysis.ui.internal.MaskPicture.image(new dev.dendrite.onnx.graph.FloatTensor(new long[] {2, 3, 2, 2}, values));
        assertEquals(3 * 3 - 1, image.width, "3 tiles of 2 with a line between");
        assertEquals(2 * 3 - 1, image.height);
        assertEquals(dev.dendrite.analysis.ui.internal.MaskPicture.PRUNED, image.getPixel(0, 0));
        assertEquals(dev.dendrite.analysis.ui.internal.MaskPicture.KEPT, image.getPixel(1, 0));
        assertEquals(dev.dendrite.analysis.ui.internal.MaskPicture.LINE, image.getPixel(2, 0), "the line between input channels");
        assertEquals(dev.dendrite.analysis.ui.internal.MaskPicture.LINE, image.getPixel(0, 2), "the line between output channels");
        for (int y = 3; y < 5; y++) {
            for (int x = 6; x < 8; x++) {
                assertEquals(dev.dendrite.analysis.ui.internal.MaskPicture.PRUNED, image.getPixel(x, y), "the pruned kernel at " + x + "," + y);
            }
        }
        assertEquals(dev.dendrite.analysis.ui.internal.MaskPicture.KEPT, image.getPixel(3, 3));
    }

    @Test
    void anEdgePopupSweepPlotsAccuracyAgainstTheShareOfWeightsKept() throws Exception {
        var network = EditorFixture.write("popup.dnet", TemplateLibrary.find("mlp-classifier").orElseThrow().create());
        Path folder = network.getProject().getLocation().toFile().toPath().resolve("runs").resolve("popup-sweep");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("edge-popup.csv"), "k,testAccuracy,testLoss\n0.3000,0.850000,0.40\n0.7000,0.910000,0.30\n0.5000,0.880000,0.35\n");
        IWorkbenchPage page = EditorFixture.page();
        LotteryLabView lab = (LotteryLabView) page.showView(LotteryLabView.ID);
        lab.show(folder);
        assertEquals(3, lab.edgePopupPoints().size());
        assertEquals(0.7, lab.edgePopupPoints().get(0)[0], 1e-9, "most weights kept first");
        assertEquals(java.util.List.of("edge-popup (untrained weights)"), lab.ladderSeries(), "only the sweep's line");
        page.activate(lab);
        page.setPartState(page.getReference(lab), IWorkbenchPage.STATE_MAXIMIZED);
        UiWait.flush(Display.getCurrent());
        Screenshots.save(page.getWorkbenchWindow().getShell(), "lottery-lab-edge-popup");
        page.setPartState(page.getReference(lab), IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    void aLaunchedInstabilityAnalysisTrainsTheParentAndItsCopiesAndShowsInTheLab() throws Exception {
        EditorFixture.quietConsole();
        var network = EditorFixture.write("branching.dnet", TemplateLibrary.find("mlp-classifier").orElseThrow().create());
        ILaunchConfigurationWorkingCopy copy = DebugPlugin.getDefault().getLaunchManager()
                .getLaunchConfigurationType(dev.dendrite.launching.internal.StabilityLaunchDelegate.TYPE_ID).newInstance(null, "stability test");
        copy.setAttribute(TrainingAttributes.NETWORK, network.getFullPath().toString());
        copy.setAttribute(TrainingAttributes.EPOCHS, "2");
        copy.setAttribute(TrainingAttributes.RUN_NAME, "moons-stability");
        copy.setAttribute(dev.dendrite.launching.internal.StabilityLaunchDelegate.AT, "0,50%");
        copy.setAttribute(dev.dendrite.launching.internal.StabilityLaunchDelegate.SAMPLES, "200");
        ILaunch launch = copy.launch("run", null);
        assertTrue(java.util.Arrays.stream(org.eclipse.core.runtime.jobs.Job.getJobManager().find(null))
                .anyMatch(j -> j.getName().equals("Instability analysis moons-stability")), "the analysis shows in the Progress view");
        Display display = Display.getCurrent();
        assertTrue(UiWait.until(display, 180000, launch::isTerminated), "the analysis ends");
        assertEquals(0, launch.getProcesses()[0].getExitValue(), "dendrite stability succeeded");
        String commandLine = launch.getProcesses()[0].getAttribute(org.eclipse.debug.core.model.IProcess.ATTR_CMDLINE);
        assertTrue(commandLine.contains(" stability ") && commandLine.contains("--at 0,50%") && commandLine.contains("--samples 200"), commandLine);
        Path folder = network.getProject().getLocation().toFile().toPath().resolve("runs").resolve("moons-stability");
        assertTrue(Files.isRegularFile(folder.resolve("step-29").resolve("copy-2").resolve("summary.json")), "the copies of step 29 (50% of 58)");
        IWorkbenchPage page = EditorFixture.page();
        LotteryLabView lab = (LotteryLabView) page.showView(LotteryLabView.ID);
        lab.refresh();
        lab.show(folder);
        assertEquals(java.util.List.of(0L, 29L), lab.stabilityRows().stream().map(r -> r.step()).toList());
        assertEquals("The path between the copies of step 0", lab.chartTitles().get(2));
    }

    @Test
    void anInstabilityAnalysisShowsItsBarriersAccuraciesAndEachPath() throws Exception {
        var network = EditorFixture.write("stable.dnet", TemplateLibrary.find("lenet-5-fashion").orElseThrow().create());
        Path folder = network.getProject().getLocation().toFile().toPath().resolve("runs").resolve("lenet-stability");
        // What `dendrite stability lenet5.dnet --data fashion-mnist --epochs 2 --optimizer sgd --lr 0.05 --momentum 0.9 --seed 3
        // --at 0,0.5%,2%,10%` wrote on this machine (the paths rounded to four places): unstable at initialisation, stable from step 34.
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("stability.csv"), """
                step,testAccuracyA,testAccuracyB,testLossA,testLossB,barrier,errorBarrier
                0,0.861300,0.872000,0.376273,0.346429,0.221630,0.052900
                8,0.863700,0.865800,0.370251,0.375670,0.141459,0.030200
                34,0.843300,0.870000,0.387792,0.361684,0.000000,0.000000
                169,0.852400,0.867500,0.395832,0.361177,0.000000,0.000000
                """);
        java.util.Map<Long, String> paths = java.util.Map.of(
                0L, "0.0,0.3817,0.8625 0.1,0.3987,0.8620 0.2,0.4465,0.8500 0.3,0.5134,0.8290 0.4,0.5769,0.8130 0.5,0.5887,0.8230 0.6,0.5406,0.8420 0.7,0.4664,0.8505 0.8,0.3997,0.8655 0.9,0.3597,0.8720 1.0,0.3525,0.8710",
                8L, "0.0,0.3734,0.8660 0.1,0.3847,0.8625 0.2,0.4188,0.8525 0.3,0.4660,0.8410 0.4,0.5096,0.8320 0.5,0.5250,0.8330 0.6,0.5010,0.8450 0.7,0.4553,0.8460 0.8,0.4115,0.8560 0.9,0.3877,0.8575 1.0,0.3936,0.8565",
                34L, "0.0,0.3846,0.8450 0.1,0.3647,0.8575 0.2,0.3528,0.8655 0.3,0.3483,0.8680 0.4,0.3477,0.8705 0.5,0.3476,0.8705 0.6,0.3461,0.8675 0.7,0.3458,0.8665 0.8,0.3497,0.8620 0.9,0.3599,0.8615 1.0,0.3761,0.8590",
                169L, "0.0,0.4076,0.8515 0.1,0.3921,0.8535 0.2,0.3799,0.8570 0.3,0.3712,0.8640 0.4,0.3663,0.8635 0.5,0.3625,0.8625 0.6,0.3588,0.8665 0.7,0.3567,0.8655 0.8,0.3590,0.8645 0.9,0.3660,0.8640 1.0,0.3781,0.8545");
        for (var entry : paths.entrySet()) {
            Path landscape = folder.resolve("step-" + entry.getKey()).resolve("copy-1").resolve("landscape");
            Files.createDirectories(landscape);
            Files.writeString(landscape.resolve("path-to-copy-2.csv"), "alpha,loss,accuracy\n" + entry.getValue().replace(' ', '\n') + "\n");
        }
        IWorkbenchPage page = EditorFixture.page();
        page.getWorkbenchWindow().getShell().setBounds(Display.getCurrent().getPrimaryMonitor().getBounds());
        LotteryLabView lab = (LotteryLabView) page.showView(LotteryLabView.ID);
        lab.show(folder);
        assertEquals(java.util.List.of(0L, 8L, 34L, 169L), lab.stabilityRows().stream().map(r -> r.step()).toList());
        assertEquals(java.util.List.of("error barrier", "stable below 2 points"), lab.ladderSeries());
        assertEquals(java.util.List.of("Error barrier between the two copies", "Test accuracy of the two copies",
                "The path between the copies of step 0"), lab.chartTitles(), "the first step's path, the one most likely unstable");
        assertTrue(lab.stabilityVerdict().containsAll(java.util.List.of("Stable from step 34 on.", "Unstable at steps 0, 8.")),
                lab.stabilityVerdict().toString());
        Path exported = scratch.resolve("analysis.csv");
        lab.exportCsv(exported);
        assertEquals(Files.readString(folder.resolve("stability.csv")), Files.readString(exported), "the analysis's own table");
        page.activate(lab);
        page.setPartState(page.getReference(lab), IWorkbenchPage.STATE_MAXIMIZED);
        UiWait.flush(Display.getCurrent());
        Screenshots.save(page.getWorkbenchWindow().getShell(), "lottery-lab-stability");
        page.setPartState(page.getReference(lab), IWorkbenchPage.STATE_RESTORED);

        // Back to a sweep: the charts are the ladder's again.
        Path popup = network.getProject().getLocation().toFile().toPath().resolve("runs").resolve("popup-after");
        Files.createDirectories(popup);
        Files.writeString(popup.resolve("edge-popup.csv"), "k,testAccuracy,testLoss\n0.3000,0.850000,0.40\n0.5000,0.880000,0.35\n");
        lab.show(popup);
        assertTrue(lab.stabilityRows().isEmpty());
        assertEquals("Test accuracy against weights remaining", lab.chartTitles().get(0));
        assertEquals("Per-layer weights remaining (IMP)", lab.chartTitles().get(2));
    }

    private static java.util.List<org.eclipse.swtchart.Chart> charts(org.eclipse.swt.widgets.Composite parent) {
        java.util.List<org.eclipse.swtchart.Chart> found = new java.util.ArrayList<>();
        for (var child : parent.getChildren()) {
            if (child instanceof org.eclipse.swtchart.Chart chart) {
                found.add(chart);
            } else if (child instanceof org.eclipse.swt.widgets.Composite composite && child.isVisible()) {
                found.addAll(charts(composite));
            }
        }
        return found;
    }
}
