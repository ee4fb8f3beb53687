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
        copy.setAttribute(LotteryLaunchDelegate.CONTROLS, "reinit,random");
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
        assertEquals(2 + 2 * 3 * 3, lab.rows().size(), "two dense runs, then 3 rounds of IMP, reinit and random for each of 2 seeds");
        assertTrue(lab.ladderSeries().containsAll(java.util.List.of("imp", "reinit", "random", "imp min", "imp max")), lab.ladderSeries().toString());
        assertEquals(3, lab.bandCount(), "a band of the spread over the 2 seeds for IMP, reinit and random");
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
        var image = dev.dendrite.analysis.ui.internal.LotteryLabView.maskImage(new dev.dendrite.onnx.graph.FloatTensor(new long[] {2, 3, 2, 2}, values));
        assertEquals(3 * 3 - 1, image.width, "3 tiles of 2 with a line between");
        assertEquals(2 * 3 - 1, image.height);
        assertEquals(dev.dendrite.analysis.ui.internal.LotteryLabView.PRUNED, image.getPixel(0, 0));
        assertEquals(dev.dendrite.analysis.ui.internal.LotteryLabView.KEPT, image.getPixel(1, 0));
        assertEquals(dev.dendrite.analysis.ui.internal.LotteryLabView.LINE, image.getPixel(2, 0), "the line between input channels");
        assertEquals(dev.dendrite.analysis.ui.internal.LotteryLabView.LINE, image.getPixel(0, 2), "the line between output channels");
        for (int y = 3; y < 5; y++) {
            for (int x = 6; x < 8; x++) {
                assertEquals(dev.dendrite.analysis.ui.internal.LotteryLabView.PRUNED, image.getPixel(x, y), "the pruned kernel at " + x + "," + y);
            }
        }
        assertEquals(dev.dendrite.analysis.ui.internal.LotteryLabView.KEPT, image.getPixel(3, 3));
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
