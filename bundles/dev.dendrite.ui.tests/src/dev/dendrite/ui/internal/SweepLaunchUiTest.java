package dev.dendrite.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.launching.internal.SweepLaunchDelegate;
import dev.dendrite.launching.ui.internal.RunsView;
import dev.dendrite.launching.ui.internal.SweepShortcut;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.train.run.RunReader;
import dev.dendrite.train.run.RunRecord;
import dev.dendrite.train.run.RunState;

/** A sweep launched from the workbench: its runs arrive in the Runs view, and Terminate stops the experiment as a whole. */
class SweepLaunchUiTest {

    /** Files the test writes; JUnit removes them afterwards, so runs leave nothing in the temporary folder. */
    @TempDir
    Path scratch;

    private static IFile sweep(String name, int epochs) throws Exception {
        IFile network = EditorFixture.write("sweep-moons.dnet", TemplateLibrary.find("mlp-classifier").orElseThrow().create());
        IFile file = network.getProject().getFile(name + ".json");
        String json = "{\"network\": \"sweep-moons.dnet\", \"data\": \"synthetic:two-moons\", \"epochs\": " + epochs
                + ", \"batch\": 16, \"grid\": {\"lr\": [0.01, 0.03]}, \"seeds\": [1, 2]}";
        var contents = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
        if (file.exists()) {
            file.setContents(contents, true, false, null);
        } else {
            file.create(contents, true, null);
        }
        return file;
    }

    private static List<RunRecord> runsOf(String experiment) {
        return RunsView.scan().stream().filter(r -> experiment.equals(r.config().get("experiment"))).toList();
    }

    /** A header's click sorts by its column's value, as numbers where they are, a second click the other way. */
    private static void sortsByAColumnsValue(RunsView view) {
        var table = ((org.eclipse.jface.viewers.TableViewer) view.getSite().getSelectionProvider()).getTable();
        List<String> titles = java.util.Arrays.stream(table.getColumns()).map(org.eclipse.swt.widgets.TableColumn::getText).toList();
        int lr = titles.indexOf("Learning rate");
        int seed = titles.indexOf("Seed");
        int accuracy = titles.indexOf("Test accuracy");
        var header = table.getColumn(lr);
        header.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertEquals(List.of("0.01", "0.01", "0.03", "0.03"), column(table, lr, "lr-sweep"), "ascending learning rates");
        assertEquals(org.eclipse.swt.SWT.UP, table.getSortDirection());
        header.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertEquals(List.of("0.03", "0.03", "0.01", "0.01"), column(table, lr, "lr-sweep"), "a second click: descending");
        assertEquals(java.util.Set.of("1", "2"), java.util.Set.copyOf(column(table, seed, "lr-sweep")), "each run's seed");
        table.getColumn(accuracy).notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        List<Double> accuracies = column(table, accuracy, "lr-sweep").stream().map(a -> Double.parseDouble(a.replace("%", ""))).toList();
        assertEquals(accuracies.stream().sorted().toList(), accuracies, "ascending test accuracy");
        table.getColumn(accuracy).notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        accuracies = column(table, accuracy, "lr-sweep").stream().map(a -> Double.parseDouble(a.replace("%", ""))).toList();
        assertEquals(accuracies.stream().sorted(java.util.Comparator.reverseOrder()).toList(), accuracies, "the best run first");
        var filter = (org.eclipse.swt.widgets.Text) java.util.Arrays.stream(table.getParent().getChildren())
                .filter(org.eclipse.swt.widgets.Text.class::isInstance).findFirst().orElseThrow();
        filter.setText("LR-sweep  0.03");
        assertEquals(List.of("0.03", "0.03"), java.util.Arrays.stream(table.getItems()).map(i -> i.getText(lr)).toList(),
                "each word in some column, in any case");
        filter.setText("lr-sweep 0.03 seed-9");
        assertEquals(0, table.getItemCount(), "a word that no column has");
        filter.setText("");
        assertEquals(4, column(table, lr, "lr-sweep").size(), "no filter: every run");
    }

    /** The column's texts of the experiment's rows, top to bottom. */
    private static List<String> column(org.eclipse.swt.widgets.Table table, int index, String experiment) {
        int experimentColumn = java.util.Arrays.stream(table.getColumns()).map(org.eclipse.swt.widgets.TableColumn::getText).toList()
                .indexOf("Experiment");
        return java.util.Arrays.stream(table.getItems()).filter(i -> experiment.equals(i.getText(experimentColumn)))
                .map(i -> i.getText(index)).toList();
    }

    @Test
    void aSweepsRunsArriveInTheRunsViewAndTerminateStopsItAsAWhole() throws Exception {
        EditorFixture.quietConsole();
        Display display = Display.getCurrent();
        ILaunch launch = SweepShortcut.configurationFor(sweep("lr-sweep", 3)).launch("run", null);
        assertTrue(java.util.Arrays.stream(Job.getJobManager().find(null)).anyMatch(j -> j.getName().equals("Sweep lr-sweep")),
                "the sweep shows in the Progress view");
        assertTrue(UiWait.until(display, 120000, launch::isTerminated), "the sweep ends");
        assertEquals(0, launch.getProcesses()[0].getExitValue(), "dendrite sweep succeeded");
        List<RunRecord> runs = runsOf("lr-sweep");
        assertEquals(4, runs.size(), "every run of the sweep is in the Runs view");
        assertTrue(runs.stream().allMatch(r -> r.state() == RunState.FINISHED));
        var page = EditorFixture.page();
        RunsView view = (RunsView) page.showView(RunsView.ID);
        view.refresh();
        assertTrue(UiWait.until(display, 10000, () -> view.shown().stream().filter(r -> "lr-sweep".equals(r.config().get("experiment")))
                .count() == 4), "the Runs view lists the sweep's runs");
        sortsByAColumnsValue(view);
        page.getWorkbenchWindow().getShell().setBounds(display.getPrimaryMonitor().getBounds());
        page.setPartState(page.getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        UiWait.flush(display);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "runs-view-sweep");
        page.setPartState(page.getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);

        // A long sweep, terminated once its first run is under way: no run finishes, and launching again completes them all.
        IFile longSweep = sweep("long-sweep", 400);
        Path folder = longSweep.getProject().getLocation().toFile().toPath().resolve("runs").resolve("long-sweep");
        ILaunch stopped = SweepShortcut.configurationFor(longSweep).launch("run", null);
        Path metrics = folder.resolve("lr-0.01,seed-1").resolve("metrics.jsonl");
        assertTrue(UiWait.until(display, 60000, () -> {
            try {
                return Files.exists(metrics) && Files.readString(metrics).contains("\"type\":\"epoch\",\"epoch\":2,");
            } catch (java.io.IOException e) {
                return false;
            }
        }), "the first run has trained two epochs");
        stopped.terminate();
        assertTrue(UiWait.until(display, 60000, stopped::isTerminated), "the experiment stops");
        assertNotEquals(0, stopped.getProcesses()[0].getExitValue(), "a stopped sweep exits with failure");
        List<RunRecord> partial = runsOf("long-sweep");
        assertFalse(partial.isEmpty());
        assertTrue(partial.stream().noneMatch(r -> r.state() == RunState.FINISHED), "no run finished after Terminate");
        assertTrue(partial.stream().anyMatch(r -> r.state() == RunState.CANCELLED), "the run under way was cancelled at a checkpoint");
        ILaunch continued = SweepShortcut.configurationFor(longSweep).launch("run", null);
        assertTrue(UiWait.until(display, 300000, continued::isTerminated), "the continued sweep ends");
        assertEquals(0, continued.getProcesses()[0].getExitValue());
        List<RunRecord> finished = runsOf("long-sweep");
        assertEquals(4, finished.size());
        assertTrue(finished.stream().allMatch(r -> r.state() == RunState.FINISHED));
        assertTrue(Files.readString(folder.resolve("lr-0.01,seed-1").resolve("log.txt")).contains("resuming after epoch"),
                "the cancelled run continued from its checkpoint");
    }

    @Test
    void onSparkTheEngineFolderIsCheckedAndJoinsTheTrainersClassPath() throws Exception {
        ILaunchConfigurationWorkingCopy copy = SweepShortcut.configurationFor(sweep("spark-sweep", 2)).getWorkingCopy();
        copy.setAttribute(SweepLaunchDelegate.ENGINE, "spark");
        CoreException missing = assertThrows(CoreException.class, () -> copy.launch("run", null));
        assertTrue(missing.getMessage().startsWith("running on Spark needs the Spark engine folder"), missing.getMessage());
        Path engine = Files.createTempDirectory(scratch, "spark-engine");
        copy.setAttribute(SweepLaunchDelegate.SPARK_FOLDER, engine.toString());
        CoreException empty = assertThrows(CoreException.class, () -> copy.launch("run", null));
        assertEquals("the Spark engine folder " + engine + " has no dendrite-spark.jar and lib/ folder", empty.getMessage());
        Files.createFile(engine.resolve("dendrite-spark.jar"));
        Files.createDirectory(engine.resolve("lib"));
        copy.setAttribute(SweepLaunchDelegate.MASTER, "local[2]");
        List<String> command = SweepLaunchDelegate.commandFor(copy, Path.of("out"));
        assertTrue(command.contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED"), command.toString());
        assertEquals(List.of("--engine", "spark", "--master", "local[2]"), command.subList(command.size() - 4, command.size()));
        String argumentFile = command.stream().filter(c -> c.startsWith("@")).findFirst().orElseThrow().substring(1);
        assertTrue(Files.readString(Path.of(argumentFile)).contains(engine.resolve("dendrite-spark.jar").toString()), "the engine is on the class path");
        copy.setAttribute(SweepLaunchDelegate.ENGINE, "hadoop");
        assertEquals("unknown engine 'hadoop': use local or spark", assertThrows(CoreException.class, () -> copy.launch("run", null)).getMessage());
    }

    @Test
    void theSweepTabsShowTheFileTheEngineAndWhereItRuns() throws Exception {
        ILaunchConfigurationWorkingCopy copy = SweepShortcut.configurationFor(sweep("tab-sweep", 2)).getWorkingCopy();
        copy.setAttribute(SweepLaunchDelegate.ENGINE, "spark");
        copy.setAttribute(SweepLaunchDelegate.MASTER, "local[2]");
        var group = new dev.dendrite.launching.ui.internal.SweepTabGroup();
        group.createTabs(null, "run");
        Display display = Display.getCurrent();
        var shell = new org.eclipse.swt.widgets.Shell(display);
        shell.setText("Dendrite Sweep");
        shell.setLayout(new org.eclipse.swt.layout.FillLayout());
        var folder = new org.eclipse.swt.custom.CTabFolder(shell, org.eclipse.swt.SWT.BORDER);
        for (var tab : group.getTabs()) {
            tab.setLaunchConfigurationDialog(new RecordingDialog());
            tab.createControl(folder);
            var item = new org.eclipse.swt.custom.CTabItem(folder, org.eclipse.swt.SWT.NONE);
            item.setText(tab.getName());
            item.setControl(tab.getControl());
            tab.initializeFrom(copy);
        }
        assertEquals(List.of("Sweep", "Output", "Common"), java.util.Arrays.stream(group.getTabs()).map(t -> t.getName()).toList());
        folder.setSelection(0);
        shell.setSize(760, 420);
        shell.open();
        UiWait.flush(display);
        Screenshots.save(shell, "launch-sweep-tab");
        // The dialog runs a configuration only when every tab is valid: a sweep names no network of its own.
        Path engine = Files.createTempDirectory(scratch, "spark-engine");
        Files.createFile(engine.resolve("dendrite-spark.jar"));
        Files.createDirectory(engine.resolve("lib"));
        copy.setAttribute(SweepLaunchDelegate.SPARK_FOLDER, engine.toString());
        for (var tab : group.getTabs()) {
            assertTrue(tab.isValid(copy), tab.getName() + " accepts a runnable sweep: " + tab.getErrorMessage());
        }
        copy.setAttribute(SweepLaunchDelegate.ENGINE, "hadoop");
        var sweepTab = group.getTabs()[0];
        assertFalse(sweepTab.isValid(copy), "an unknown engine is refused where it is chosen");
        assertEquals("unknown engine 'hadoop': use local or spark", sweepTab.getErrorMessage());
        assertTrue(group.getTabs()[1].isValid(copy), "and only there: " + group.getTabs()[1].getErrorMessage());
        copy.setAttribute(SweepLaunchDelegate.ENGINE, "local");
        copy.setAttribute(SweepLaunchDelegate.SWEEP, "/editor-tests/no-such-sweep.json");
        assertFalse(sweepTab.isValid(copy));
        assertEquals("the sweep file /editor-tests/no-such-sweep.json is not a file in the workspace", sweepTab.getErrorMessage());
        shell.dispose();
        // Without a window manager (Xvfb) nothing hands the focus back: later tests type into the workbench window.
        var workbench = EditorFixture.page().getWorkbenchWindow().getShell();
        workbench.forceActive();
        workbench.forceFocus();
        UiWait.flush(display);
    }
}
