package dev.dendrite.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IResource;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;

import dev.dendrite.analysis.experiment.SequentialExecutor;
import dev.dendrite.analysis.experiment.Sweep;
import dev.dendrite.analysis.experiment.SweepExecution;
import dev.dendrite.analysis.ui.internal.SweepView;
import dev.dendrite.launching.ui.internal.RunsView;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.train.data.NpmDatasets;
import dev.dendrite.train.run.Cancellation;

/** The Sweep view on a random search halved by rungs, opened from one of its runs in the Runs view. */
class SweepViewUiTest {

    @Test
    void drawsEveryRunsCurveAndEachSettingAgainstTheLoss() throws Exception {
        var network = TemplateLibrary.find("lenet-300-100").orElseThrow().create();
        Path folder = executed("halving", network, """
                {"network": "halving.dnet", "epochs": 9, "optimizer": "adam",
                 "random": {"trials": 12, "lr": {"log": [1e-5, 0.1]}, "batch": [32, 64, 128, 256]}, "halving": {"eta": 3}}""");

        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        page.getWorkbenchWindow().getShell().setBounds(display.getPrimaryMonitor().getBounds());
        RunsView runs = (RunsView) page.showView(RunsView.ID);
        runs.refresh();
        Path halted = Files.list(folder).filter(Files::isDirectory).sorted().findFirst().orElseThrow();
        assertTrue(UiWait.until(display, 30_000, () -> runs.columnText(halted, "State") != null), "the Runs view lists the sweep's runs");
        {
            String state = runs.columnText(halted, "State");
            // The first trial is one of the eleven left at a rung (the twelfth finished): the Runs view says so rather than "cancelled".
            assertEquals("halted", state, halted.toString());
        }
        runs.showRun(halted, RunsView.SWEEP);
        UiWait.flush(display);
        SweepView view = (SweepView) page.findView(SweepView.ID);
        assertTrue(view != null && view.shown() != null, "Show Sweep opens the run's sweep");
        assertEquals(folder, view.shown().folder());
        assertEquals(12, view.shown().runs().size());
        assertEquals(12, view.curveCount(), "a curve per run");
        assertEquals(java.util.List.of("lr", "batch"), view.settingTitles(), "each setting the runs vary, seeds not (one value)");
        assertEquals(java.util.Map.of("halted", 11L, "finished", 1L), view.shown().states(), "12 → 4 → 1 by eta 3");
        assertTrue(view.statusText().startsWith("halving: 12 runs (") && view.statusText().contains("; best validation loss "),
                view.statusText());
        var best = view.shown().best();
        assertEquals(best.name(), view.listedRuns().get(0), "the table lists the best run first");
        assertEquals(12, view.listedRuns().size());
        page.toggleZoom(page.getReference(view));
        UiWait.flush(display);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "sweep-view");
        page.toggleZoom(page.getReference(view));
        view.openRow(0);
        UiWait.flush(display);
        var monitor = (dev.dendrite.launching.ui.internal.TrainingMonitorView) page.findView(
                dev.dendrite.launching.ui.internal.TrainingMonitorView.ID);
        assertTrue(monitor != null && page.isPartVisible(monitor), "a double-click opens the run in the Training Monitor");
        assertEquals(best.directory(), monitor.runs().get(0).directory());
        page.hideView(view);
    }
    /** A Hyperband sweep: each run's bracket in the table, and the best figure by bracket as the first chart. */
    @Test
    void aHyperbandSweepTellsItsBracketsApart() throws Exception {
        var network = TemplateLibrary.find("mlp-classifier").orElseThrow().create();
        Path folder = executed("hyperband", network, """
                {"network": "hyperband.dnet", "epochs": 9, "optimizer": "sgd",
                 "random": {"seed": 4, "lr": {"log": [0.001, 1.0]}, "batch": [16, 32, 64], "momentum": [0.0, 0.5, 0.9],
                            "weightDecay": {"log": [0.00001, 0.001]}}, "halving": {"eta": 3, "hyperband": true}}""");
        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        SweepView view = sweepViewOn(folder);
        assertEquals(17, view.shown().runs().size(), "9 + 5 + 3 trials");
        assertEquals(java.util.List.of(1, 2, 3), view.shown().brackets());
        assertEquals(java.util.List.of(9L, 5L, 3L), java.util.stream.IntStream.rangeClosed(1, 3).mapToObj(b -> view.shown().runs().stream()
                .filter(r -> r.bracket() == b).count()).toList());
        assertEquals(java.util.List.of("bracket", "lr", "batch", "momentum", "weightDecay"), view.settingTitles(),
                "the brackets first, then every setting the trials draw (past four, the charts scroll)");
        assertTrue(view.statusText().startsWith("hyperband: 17 runs in 3 Hyperband brackets (") && view.statusText().contains(" of bracket "),
                view.statusText());
        var best = view.shown().best();
        assertTrue(view.tableRows().get(0).startsWith(best.name() + " | ") && view.tableRows().get(0).endsWith(" | " + best.bracket()),
                view.tableRows().toString());
        page.toggleZoom(page.getReference(view));
        UiWait.flush(display);
        double[] ticks = view.settingTicks(0);
        assertTrue(ticks.length >= 2 && java.util.Arrays.stream(ticks).allMatch(t -> t == Math.rint(t)),
                "the bracket chart labels whole brackets: " + java.util.Arrays.toString(ticks));
        Screenshots.save(page.getWorkbenchWindow().getShell(), "sweep-view-hyperband");
        page.toggleZoom(page.getReference(view));
        page.hideView(view);
    }

    /** A GAN sweep judged by a classifier: its curves are the Fréchet distances of the samples, its best the lowest last one. */
    @Test
    void aJudgedGanSweepDrawsTheFrechetDistanceOfEachRunsSamples() throws Exception {
        var mnist = NpmDatasets.load("mnist", NpmDatasets.defaultCache());
        var lenet = TemplateLibrary.find("lenet-5").orElseThrow().create();
        Path judge = EvaluationRuns.trained(EditorFixture.write("judge.dnet", lenet), lenet, dev.dendrite.train.config.TrainingConfig.from(lenet)
                .with(null, 1, null, null, null, 1L, null), mnist);
        var network = TemplateLibrary.find("cgan").orElseThrow().create();
        Path folder = executed("judged", network, """
                {"network": "judged.dnet", "epochs": 4, "judge": "runs/%s", "judgeSamples": 300,
                 "random": {"trials": 6, "lr": {"log": [5e-5, 5e-4]}, "discriminatorLr": {"log": [5e-5, 1e-3]}},
                 "halving": {"eta": 2, "metric": "frechet"}}""".formatted(judge.getFileName()));

        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        SweepView view = sweepViewOn(folder);
        assertEquals("Fréchet distance", view.shown().figure());
        assertEquals(6, view.curveCount(), "a curve per run");
        assertEquals(java.util.List.of("lr", "discriminatorLr"), view.settingTitles());
        var best = view.shown().best();
        assertEquals("finished", best.state(), "the run that went through every rung");
        assertTrue(view.statusText().contains("; best Fréchet distance "), view.statusText());
        assertEquals(best.name(), view.listedRuns().get(0));
        page.toggleZoom(page.getReference(view));
        UiWait.flush(display);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "sweep-view-judged");
        page.toggleZoom(page.getReference(view));
        page.hideView(view);
    }

    /** The Sweep view on the whole screen, showing the sweep in {@code folder}. */
    private static SweepView sweepViewOn(Path folder) throws Exception {
        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        page.getWorkbenchWindow().getShell().setBounds(display.getPrimaryMonitor().getBounds());
        SweepView view = (SweepView) page.showView(SweepView.ID);
        view.show(folder);
        UiWait.flush(display);
        return view;
    }

    /** The sweep {@code json} over {@code network} (written as NAME.dnet beside NAME.json) executed into the project's runs/NAME. */
    private static Path executed(String name, dev.dendrite.model.network.Network network, String json) throws Exception {
        var file = EditorFixture.write(name + ".dnet", network);
        Path project = file.getProject().getLocation().toFile().toPath();
        Path sweepFile = project.resolve(name + ".json");
        Files.writeString(sweepFile, json);
        Path folder = project.resolve("runs").resolve(name);
        SweepExecution.run(new SequentialExecutor(NpmDatasets.defaultCache(), l -> { }, new Cancellation()), Sweep.read(sweepFile), folder,
                l -> { });
        file.getProject().refreshLocal(IResource.DEPTH_INFINITE, null);
        return folder;
    }
}
