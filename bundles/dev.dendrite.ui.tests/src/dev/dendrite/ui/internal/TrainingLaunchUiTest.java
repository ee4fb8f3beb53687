package dev.dendrite.ui.internal;

import static dev.dendrite.ui.internal.MonitorChecks.charts;
import static dev.dendrite.ui.internal.MonitorChecks.everyPointInsideItsChart;
import static dev.dendrite.ui.internal.MonitorChecks.gradientNormsReadInPowersOfTen;
import static dev.dendrite.ui.internal.MonitorChecks.hoverReadsThePointUnderTheMouse;
import static dev.dendrite.ui.internal.TrainingFixture.configuration;
import static dev.dendrite.ui.internal.TrainingFixture.display;
import static dev.dendrite.ui.internal.TrainingFixture.runDirectory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.launching.RunSeries;
import dev.dendrite.launching.TrainingAttributes;
import dev.dendrite.launching.ui.internal.RunsView;
import dev.dendrite.launching.ui.internal.TrainingMonitorView;
import dev.dendrite.launching.ui.internal.TrainingShortcut;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.train.run.RunReader;
import dev.dendrite.train.run.RunRecord;
import dev.dendrite.train.run.RunState;

/**
 * Training from the workbench: a launched trainer watched live in the Training Monitor,
 * terminated, resumed and compared; a killed trainer leaves the workbench running and reads as
 * crashed; MNIST trains from the workbench; two runs at once keep their output apart.
 */
class TrainingLaunchUiTest {

    /** Files the test writes; JUnit removes them afterwards, so runs leave nothing in the temporary folder. */
    @TempDir
    Path scratch;

    @Test
    void findInTheLearningRateFieldTrainsAtTheRateTheRangeTestSuggests() throws Exception {
        ILaunchConfigurationWorkingCopy copy = configuration("found-rate", 3);
        copy.setAttribute(TrainingAttributes.OPTIMIZER, "sgd");
        copy.setAttribute(TrainingAttributes.LEARNING_RATE, "find");
        ILaunch launch = copy.launch("run", null);
        Path run = runDirectory("found-rate");
        assertTrue(UiWait.until(display(), 120000, launch::isTerminated), "the range test and the run end");
        assertEquals(RunState.FINISHED, RunReader.read(run).state(), RunReader.read(run).status().reason());
        String config = Files.readString(run.resolve("config.json")).replace(" ", "");
        assertTrue(config.contains("\"learningRateSource\":\"rangetest\""), config);
        assertTrue(Files.readString(run.resolve("log.txt")).contains("(completed 3 epochs)"), "the run trained after the sweep");
    }

    @Test
    void aLaunchedRunIsMonitoredLiveTerminatedResumedAndCompared() throws Exception {
        IWorkbenchPage page = EditorFixture.page();
        // The product's default: the Console closed (it opens for a failed run). Left open by an earlier test, it would
        // build a page and toolbar for the new process console in the measured window (the platform's 70 to 190 ms).
        EditorFixture.hideConsole();
        UiWait.flush(display());
        // Far more epochs than the test waits for: the run must still be training when it is terminated (400 took 6 s alone).
        ILaunch launch = configuration("first", 1200).launch("run", null);
        Path first = runDirectory("first");
        // No window manager under Xvfb: fill the screen by hand.
        page.getWorkbenchWindow().getShell().setBounds(display().getPrimaryMonitor().getBounds());
        FreezeProbe opening = FreezeProbe.start(display());
        assertTrue(UiWait.until(display(), 60000, () -> page.findView(TrainingMonitorView.ID) instanceof TrainingMonitorView monitor
                && monitor.runs().stream().anyMatch(r -> r.directory().equals(first) && r.epochs().size() >= 2)),
                "the monitor opens by itself and receives points");
        long openingFreeze = opening.stop();
        long openingWork = opening.busiest();
        // The trainer yields the cores to the workbench: it runs at nice 10 (field 19 of /proc/PID/stat) where Linux has nice.
        long pid = dev.dendrite.train.run.RunReader.read(first).status().pid();
        Path stat = Path.of("/proc", String.valueOf(pid), "stat");
        if (Files.isExecutable(Path.of("/usr/bin/nice")) && Files.exists(stat)) {
            String[] fields = Files.readString(stat).substring(Files.readString(stat).lastIndexOf(')') + 2).split(" ");
            assertEquals("10", fields[16], "the trainer's nice value");
        }
        // Its malloc asks for huge pages (HugePages): the tunable is in the trainer's own environment.
        Path environ = Path.of("/proc", String.valueOf(pid), "environ");
        if (Files.isReadable(environ) && !dev.dendrite.runtime.HugePages.switchedOff(System.getenv())) {
            String variables = new String(Files.readAllBytes(environ), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(java.util.Arrays.stream(variables.split("\0"))
                    .anyMatch(v -> v.startsWith("GLIBC_TUNABLES=") && dev.dendrite.runtime.HugePages.asks(v.substring("GLIBC_TUNABLES=".length()))),
                    "the trainer's GLIBC_TUNABLES asks for huge pages");
        }
        // While the run trains and the monitor follows it: the UI thread must stay free.
        FreezeProbe training = FreezeProbe.start(display());
        UiWait.recordTurns();
        UiWait.until(display(), 4000, () -> false);
        long longestFreeze = training.stop();
        long trainingWork = training.busiest();
        long busiestTurn = UiWait.busiestTurn();
        long longestTurn = UiWait.longestTurn();
        System.out.printf("UI thread while the monitor first opened: longest wait of a probe %d ms (its own work meanwhile %d ms);"
                + " over 4 s of training with the monitor following: %d ms (%d ms), longest turn %d ms (%d ms)%n", openingFreeze,
                openingWork, longestFreeze, trainingWork, longestTurn, busiestTurn);
        // The UI thread's own work, in its processor time: 18 to 30 ms of probe wait while training since the trainer runs at
        // a lower priority and the monitor reads its files in a job (44 to 109 ms before). Opening the monitor creates its
        // widgets: 32 to 94 ms in 12 of 13 runs, 145 once (docs/workbench.md).
        assertTrue(busiestTurn < 100, "the UI thread's work in one turn while training: " + busiestTurn + " ms");
        assertTrue(trainingWork < 100, "the UI thread's work ahead of a probe while a run spins the cores: " + trainingWork + " ms");
        assertTrue(openingWork < 200, "the UI thread's work in opening the monitor on a live run: " + openingWork + " ms");
        // In wall time, also what the scheduler gives the trainer; a UI thread that waited on the run would be held for seconds.
        assertTrue(longestTurn < 400 && longestFreeze < 400 && openingFreeze < 400, "the workbench stays responsive while a run"
                + " spins the cores: turns " + longestTurn + " ms, probes " + longestFreeze + " and " + openingFreeze + " ms");
        TrainingMonitorView monitor = (TrainingMonitorView) page.findView(TrainingMonitorView.ID);
        assertTrue(monitor.runs().get(0).steps().stream().anyMatch(r -> !r.gradientNorms().isEmpty()), "per-layer gradient norms arrive");
        gradientNormsReadInPowersOfTen(monitor);
        page.activate(monitor);
        page.setPartState(page.getReference(monitor), IWorkbenchPage.STATE_MAXIMIZED);
        UiWait.flush(display());
        Screenshots.save(page.getWorkbenchWindow().getShell(), "training-monitor-live");

        launch.terminate();
        assertTrue(UiWait.until(display(), 60000, launch::isTerminated), "Terminate stops the trainer");
        assertEquals(RunState.CANCELLED, RunReader.read(first).state(), "cooperatively: the run records it was cancelled");
        assertTrue(RunReader.read(first).hasCheckpoint());

        // Resumed for two more epochs than it had done: it continues from its checkpoint, not from the start.
        int done = RunReader.read(first).epochs().size();
        ILaunchConfigurationWorkingCopy resume = configuration("first", done + 2);
        resume.setAttribute(TrainingAttributes.RESUME, true);
        ILaunch resumed = resume.launch("run", null);
        assertTrue(UiWait.until(display(), 120000, resumed::isTerminated), "the resumed run ends");
        assertEquals(RunState.FINISHED, RunReader.read(first).state(), RunReader.read(first).status().reason());
        assertEquals(done + 2, RunReader.read(first).epochs().size(), "each epoch once, the resumed ones after the others");

        ILaunchConfigurationWorkingCopy other = configuration("second", 4);
        other.setAttribute(TrainingAttributes.LEARNING_RATE, "0.003");
        other.setAttribute(TrainingAttributes.SHARPNESS_EVERY, "2");
        ILaunch second = other.launch("run", null);
        assertTrue(UiWait.until(display(), 120000, second::isTerminated), "the second run ends");
        monitor.show(List.of(first, runDirectory("second")));
        page.setPartState(page.getReference(monitor), IWorkbenchPage.STATE_RESTORED);
        EditorFixture.hideConsole();
        UiWait.flush(display());
        page.activate(monitor);
        page.setPartState(page.getReference(monitor), IWorkbenchPage.STATE_MAXIMIZED);
        assertTrue(UiWait.until(display(), 5000, () -> monitor.runs().size() == 2 && monitor.runs().get(0).epochs().size() >= 2
                && monitor.runs().get(1).epochs().size() == 4),
                "both runs' epochs are shown: " + monitor.runs().stream().map(r -> r.epochs().size()).toList());
        UiWait.flush(display());
        Screenshots.save(page.getWorkbenchWindow().getShell(), "training-monitor-compare");
        everyPointInsideItsChart(monitor);
        List<org.eclipse.swtchart.Chart> shown = charts(monitor);
        hoverReadsThePointUnderTheMouse(shown.get(0), "step", v -> v);
        hoverReadsThePointUnderTheMouse(shown.stream().filter(c -> c.getTitle().getText().equals("Gradients, first run")).findFirst()
                .orElseThrow(), "step", v -> Math.pow(10, v));
        // The second run (Adam) tracked its sharpness every 2 of its 4 epochs: its preconditioned points beside Adam's edge.
        var sharpness = shown.stream().filter(c -> c.getTitle().getText().equals("Sharpness")).findFirst().orElseThrow().getSeriesSet();
        assertTrue(sharpness.getSeries("second λmax(P⁻¹H)") != null && sharpness.getSeries("second adaptive edge") != null,
                "the launch's Sharpness every (epochs) reaches the trainer: " + java.util.Arrays.stream(sharpness.getSeries())
                        .map(x -> x.getId()).toList());
        assertEquals(2, sharpness.getSeries("second λmax(P⁻¹H)").getYSeries().length);
        UiWait.until(display(), 1500, () -> false); // the platform shows a tooltip after a pause
        Screenshots.save(page.getWorkbenchWindow().getShell(), "training-monitor-hover");
        Path csv = Files.createTempFile(scratch, "monitor", ".csv");
        monitor.exportCsv(csv);
        assertTrue(Files.readAllLines(csv).stream().filter(l -> l.startsWith("second,epoch,")).count() == 4, "the CSV has every epoch");
        // The gradient chart's data too: a column per layer, filled on the step records that logged norms.
        List<String> header = List.of(Files.readAllLines(csv).get(0).split(","));
        var logged = monitor.runs().get(0).steps().stream().filter(r -> !r.gradientNorms().isEmpty()).findFirst().orElseThrow();
        String layer = logged.gradientNorms().keySet().iterator().next();
        int column = header.indexOf("grad:" + layer);
        assertTrue(column > 0, "a column for " + layer + ": " + header);
        String row = Files.readAllLines(csv).stream().filter(l -> l.startsWith(monitor.runs().get(0).name() + ",step,")
                && l.split(",", -1)[3].equals(String.valueOf(logged.step()))).findFirst().orElseThrow();
        assertEquals(logged.gradientNorms().get(layer), Double.parseDouble(row.split(",", -1)[column]), "the norm of " + layer);
        Path png = Files.createTempFile(scratch, "monitor", ".png");
        monitor.exportPng(png);
        assertTrue(Files.size(png) > 2000, "the charts export as PNG");

        page.setPartState(page.getReference(monitor), IWorkbenchPage.STATE_RESTORED);
        RunsView runs = (RunsView) page.showView(RunsView.ID);
        runs.refresh();
        assertTrue(UiWait.until(display(), 10000, () -> runs.shown().stream().anyMatch(r -> r.directory().equals(first)
                && r.state() == RunState.FINISHED)), "the finished run is listed");
        page.setPartState(page.getReference(runs), IWorkbenchPage.STATE_MAXIMIZED);
        UiWait.flush(display());
        Screenshots.save(page.getWorkbenchWindow().getShell(), "runs-view");
        page.setPartState(page.getReference(runs), IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    void aKilledTrainerLeavesTheWorkbenchRunningAndReadsAsCrashed() throws Exception {
        ILaunch launch = configuration("killed", 1200).launch("run", null);
        Path killed = runDirectory("killed");
        RunSeries series = new RunSeries(killed);
        assertTrue(UiWait.until(display(), 60000, () -> {
            try {
                series.update();
            } catch (java.io.IOException e) {
                return false;
            }
            return !series.epochs().isEmpty();
        }), "the run gets going");
        ProcessHandle trainer = ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains(killed.toString())).findFirst().orElseThrow();
        // Killed, it leaves nothing in the temporary folder: its natives come from the workbench's cache (NativeCache).
        String cache = System.getProperty("dendrite.nativeCache");
        assertTrue(trainer.info().commandLine().orElse("").contains("-Ddendrite.nativeCache=" + cache + " "), trainer.info().commandLine().orElse(""));
        trainer.destroyForcibly();
        assertTrue(UiWait.until(display(), 30000, launch::isTerminated));
        assertEquals(RunState.CRASHED, RunReader.read(killed).state(), "a trainer that vanished reads as crashed");
        assertTrue(RunReader.read(killed).status().reason().contains("killed or crashed"));
        RunsView runs = (RunsView) EditorFixture.page().showView(RunsView.ID);
        runs.refresh();
        assertTrue(UiWait.until(display(), 10000, () -> runs.shown().stream().anyMatch(r -> r.directory().equals(killed)
                && r.state() == RunState.CRASHED)), "the killed run is listed as crashed");
        assertFalse(display().isDisposed(), "the workbench is unaffected");
        // A scan that finds nothing new leaves the table as it is (rebuilding a long one held the UI thread for nothing).
        runs.refresh();
        UiWait.until(display(), 2000, () -> false);
        RunRecord listed = runs.shown().stream().filter(r -> r.directory().equals(killed)).findFirst().orElseThrow();
        runs.refresh();
        UiWait.until(display(), 2000, () -> false);
        assertTrue(runs.shown().stream().anyMatch(r -> r == listed), "the same records are still shown");
        ILaunchConfigurationWorkingCopy resume = configuration("killed", 2);
        resume.setAttribute(TrainingAttributes.RESUME, true);
        ILaunch resumed = resume.launch("run", null);
        assertTrue(UiWait.until(display(), 120000, resumed::isTerminated));
        assertEquals(RunState.FINISHED, RunReader.read(killed).state(), "and it resumes");
    }

    @Test
    void aSmallMnistRunTrainsFromTheWorkbench() throws Exception {
        EditorFixture.quietConsole();
        IFile lenet = EditorFixture.write("lenet-300-100.dnet", TemplateLibrary.find("lenet-300-100").orElseThrow().create());
        ILaunchConfigurationWorkingCopy copy = TrainingShortcut.configurationFor(lenet).getWorkingCopy().copy("mnist small");
        copy.setAttribute(TrainingAttributes.DATA, "mnist");
        copy.setAttribute(TrainingAttributes.EPOCHS, "2");
        copy.setAttribute(TrainingAttributes.BATCH, "64");
        copy.setAttribute(TrainingAttributes.RUN_NAME, "mnist-small");
        ILaunch launch = copy.launch("run", null);
        Path run = lenet.getProject().getLocation().toFile().toPath().resolve("runs").resolve("mnist-small");
        IWorkbenchPage page = EditorFixture.page();
        assertTrue(UiWait.until(display(), 120000, () -> page.findView(TrainingMonitorView.ID) instanceof TrainingMonitorView monitor
                && monitor.runs().stream().anyMatch(r -> r.directory().equals(run) && !r.steps().isEmpty())),
                "the monitor receives the MNIST run's points");
        assertTrue(UiWait.until(display(), 120000, launch::isTerminated), "the run ends");
        var record = RunReader.read(run);
        assertEquals(RunState.FINISHED, record.state(), String.valueOf(record.status().reason()));
        assertTrue(record.summary().get("testAccuracy") instanceof Number accuracy && accuracy.doubleValue() > 0.9,
                "LeNet-300-100 learns the digits in two epochs: " + record.summary());
    }

    @Test
    void twoRunsAtOnceKeepTheirOutputApart() throws Exception {
        ILaunchConfigurationWorkingCopy a = configuration("parallel-a", 3);
        a.setAttribute(TrainingAttributes.SEED, "1");
        ILaunchConfigurationWorkingCopy b = configuration("parallel-b", 5);
        b.setAttribute(TrainingAttributes.SEED, "2");
        ILaunch first = a.launch("run", null);
        ILaunch second = b.launch("run", null);
        assertTrue(UiWait.until(display(), 120000, () -> first.isTerminated() && second.isTerminated()), "both end");
        assertEquals(3, RunReader.read(runDirectory("parallel-a")).epochs().size(), "run a has its own 3 epochs");
        assertEquals(5, RunReader.read(runDirectory("parallel-b")).epochs().size(), "run b has its own 5 epochs");
        String logA = Files.readString(runDirectory("parallel-a").resolve("log.txt"));
        String logB = Files.readString(runDirectory("parallel-b").resolve("log.txt"));
        assertTrue(logA.contains("epoch 3/3") && !logA.contains("/5:"), "each run's log is its own: " + logA);
        assertTrue(logB.contains("epoch 5/5") && !logB.contains("/3:"), "each run's log is its own: " + logB);
        assertTrue(first.getProcesses()[0].getLabel().contains("parallel-a") && second.getProcesses()[0].getLabel().contains("parallel-b"),
                "each has its own process and console");
    }
}
