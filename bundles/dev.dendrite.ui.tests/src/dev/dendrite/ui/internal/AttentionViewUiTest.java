package dev.dendrite.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.resources.IResource;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;

import dev.dendrite.analysis.ui.internal.AttentionView;
import dev.dendrite.launching.internal.RunAttention;
import dev.dendrite.launching.internal.RunGraphAttention;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.data.SequenceData;
import dev.dendrite.train.run.Trainer;

/**
 * The Attention view: a trained transformer tagger's maps for one test sequence, from a trainer
 * JVM: a map per layer and head whose rows each spread a weight of 1, drawn, and named under the
 * pointer with the tokens read.
 */
class AttentionViewUiTest {

    @Test
    void showsEachHeadsMapsForASequenceOfATrainedTransformer() throws Exception {
        AttentionView view = trainedAndShown("transformer-tagger", "synthetic:tagging", 20, 3);
        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        RunAttention.Maps maps = view.maps();
        assertNotNull(maps, view.statusText());
        assertEquals(3, maps.sample());
        assertTrue(view.statusText().matches("Sample 3, 12 steps: (\\d+ ){11}\\d+"), "the tokens read, apart: " + view.statusText());
        assertEquals(12, maps.steps());
        assertEquals(2, maps.layers().size());
        for (RunAttention.Layer layer : maps.layers()) {
            assertEquals(4, layer.heads());
            assertTrue(!layer.causal(), "the tagger's attention reads both sides");
            for (int h = 0; h < 4; h++) {
                for (int i = 0; i < 12; i++) {
                    double sum = 0;
                    for (int j = 0; j < 12; j++) {
                        sum += layer.weight(h, i, j);
                    }
                    assertEquals(1, sum, 1e-4, layer.id() + " head " + h + " step " + i);
                }
            }
        }
        page.toggleZoom(page.getReference(view));
        UiWait.flush(display);
        assertTrue(view.mapSide() >= 12, "maps drawn: side " + view.mapSide());
        // The first map starts right of the layer names and below the step labels (22): the middle of its first cell.
        assertTrue(view.mapLeft() >= 150, "room for the names: " + view.mapLeft());
        String tip = view.describeAt(view.mapLeft() + view.mapSide() / 24, 22 + view.mapSide() / 24);
        assertNotNull(tip, "the pointer over the first map names its cell");
        assertTrue(tip.matches("block1_attention, head 0: step 0 \\(\\d+\\) reads step 0 \\(\\d+\\) with weight \\d\\.\\d{3}"), tip);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "attention-view");
        page.toggleZoom(page.getReference(view));
    }

    /**
     * A trained transformer-seq2seq's maps: six layers, the decoder's cross-attention reading the
     * source's steps mirrored (reversal), its rows numbered as decoder steps and its columns named
     * by the source's tokens under the pointer.
     */
    @Test
    void showsAnEncoderDecodersCrossAttentionToTheSource() throws Exception {
        AttentionView view = trainedAndShown("transformer-seq2seq", "synthetic:reverse", 12, 2);
        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        RunAttention.Maps maps = view.maps();
        assertNotNull(maps, view.statusText());
        // Six attention layers, then the source saliency's map (input × gradient): a row per output step over the source.
        assertEquals(7, maps.layers().size());
        RunAttention.Layer saliency = maps.layers().get(6);
        assertEquals(RunAttention.SOURCE_SALIENCY, saliency.id());
        assertEquals(8, saliency.keySteps());
        int index = -1;
        for (int l = 0; l < maps.layers().size(); l++) {
            index = maps.layers().get(l).id().equals("decoder2.cross_attention") ? l : index;
        }
        RunAttention.Layer cross = maps.layers().get(index);
        int steps = cross.keySteps();
        assertEquals(8, steps);
        assertTrue(!cross.queriesFromInput() && cross.keysFromInput(), "decoder steps reading the source");
        double mirrored = 0;
        for (int h = 0; h < cross.heads(); h++) {
            for (int i = 0; i < steps; i++) {
                mirrored += cross.weight(h, i, steps - 1 - i) / (cross.heads() * steps);
            }
        }
        assertTrue(mirrored > 2.0 / steps, "output step i reads source step " + (steps - 1) + " - i: mean weight " + mirrored);
        for (RunAttention.Head head : cross.summary()) {
            assertTrue(head.alignment() < -0.7, "each head reads the source in reverse: " + head);
        }
        page.toggleZoom(page.getReference(view));
        UiWait.flush(display);
        int side = view.mapSide();
        assertTrue(side >= steps, "maps drawn: side " + side);
        // Layer rows are side + 54 pixels apart (labels 14, summary 32, margin 8) below the first's top at 22.
        String tip = view.describeAt(view.mapLeft() + side / 16, 22 + index * (side + 54) + side / 16);
        String source = maps.input().get(0);
        assertTrue(tip != null && tip.matches("decoder2\\.cross_attention, head 0: step 0 \\(0\\) reads step 0 \\(" + source
                + "\\) with weight \\d\\.\\d{3}"), tip);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "attention-view-cross");
        page.toggleZoom(page.getReference(view));
    }

    /**
     * An LSTM encoder-decoder has no attention to show: the view lists it for its source saliency, each output step's map over
     * the source, which reads the source in reverse as the reversal asks.
     */
    @Test
    void showsAnLstmEncoderDecodersSourceSaliency() throws Exception {
        // A pair whose source repeats no token: a repeated one may be read from either place.
        var test = (dev.dendrite.train.data.TensorDataset) SequenceData.load("reverse", 7)[1];
        int sample = 0;
        while (java.util.Arrays.stream(source(test, sample)).distinct().count() < source(test, sample).length) {
            sample++;
        }
        AttentionView view = trainedAndShown("seq2seq", "synthetic:reverse", 40, sample);
        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        RunAttention.Maps maps = view.maps();
        assertNotNull(maps, view.statusText());
        assertEquals(1, maps.layers().size(), "no attention layer, the source saliency alone");
        RunAttention.Layer saliency = maps.layers().get(0);
        assertEquals(RunAttention.SOURCE_SALIENCY, saliency.id());
        assertEquals(maps.input().size(), saliency.keySteps(), "a column per source token");
        for (int i = 0; i < saliency.querySteps(); i++) {
            double sum = 0;
            for (int j = 0; j < saliency.keySteps(); j++) {
                sum += saliency.weight(0, i, j);
            }
            assertEquals(1, sum, 1e-4, "each output step's shares add up to 1");
        }
        // Its first outputs come from the source's last tokens, in reverse (later ones spread: one state carries the whole source).
        int s = saliency.keySteps();
        int reversed = 0;
        for (int i = 0; i < s / 2; i++) {
            int best = 0;
            for (int j = 1; j < s; j++) {
                best = saliency.weight(0, i, j) > saliency.weight(0, i, best) ? j : best;
            }
            reversed += best == s - 1 - i ? 1 : 0;
        }
        assertTrue(reversed >= s / 2 - 1, reversed + " of the first " + s / 2 + " steps read source step " + (s - 1) + " - i: " + maps.input());
        assertTrue(saliency.summary().get(0).alignment() < 0, "read in reverse: " + saliency.summary());
        page.toggleZoom(page.getReference(view));
        UiWait.flush(display);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "attention-view-lstm-saliency");
        page.toggleZoom(page.getReference(view));
    }

    /**
     * A trained GAT's coefficients on one test graph: every layer and head drawn, each node's incoming
     * weights spreading 1, and the pointer over a node naming whom it hears, heaviest first.
     */
    @Test
    void drawsWhomEachNodeOfAGraphAttentionNetworkHears() throws Exception {
        AttentionView view = trainedAndShown("gat-node-classifier", "synthetic:communities", 8, 3);
        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        RunGraphAttention.Graph graph = view.graph();
        assertNotNull(graph, view.statusText());
        assertEquals(3, graph.graph());
        assertEquals(40, graph.nodes());
        assertEquals(40, graph.labels().length);
        assertTrue(view.statusText().startsWith("Graph 3, 40 nodes: "), view.statusText());
        assertEquals(java.util.List.of(4, 1), graph.layers().stream().map(RunGraphAttention.Layer::heads).toList());
        for (RunGraphAttention.Layer layer : graph.layers()) {
            for (int h = 0; h < layer.heads(); h++) {
                double[] into = new double[40];
                for (int e = 0; e < layer.target().length; e++) {
                    into[(int) layer.target()[e]] += layer.weight(e, h);
                }
                for (double sum : into) {
                    assertEquals(1, sum, 1e-4, layer.id() + " head " + h);
                }
            }
        }
        page.toggleZoom(page.getReference(view));
        UiWait.flush(display);
        org.eclipse.swt.graphics.Point node = view.graphNodeAt(0, 1, 5);
        String tip = view.describeGraphAt(node.x, node.y);
        assertNotNull(tip, "the pointer over node 5 names whom it hears");
        assertTrue(tip.matches("gat1, head 1: node \\d+ \\(class \\d\\) hears .*\\d\\.\\d{3}.*"), tip);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "attention-view-graph");
        page.toggleZoom(page.getReference(view));
    }

    /** Dictionary lookup: a trained GATv2's queries each hear the key with their attribute, most of their attention on it. */
    @Test
    void drawsEachQueryHearingItsKey() throws Exception {
        AttentionView view = trainedAndShown("gatv2-lookup", "synthetic:lookup", 10, 0);
        IWorkbenchPage page = EditorFixture.page();
        RunGraphAttention.Graph graph = view.graph();
        assertNotNull(graph, view.statusText());
        RunGraphAttention.Head best = graph.layers().get(0).summary().stream()
                .max(java.util.Comparator.comparingDouble(RunGraphAttention.Head::sameClass)).orElseThrow();
        assertTrue(best.sameClass() > 0.6 && best.sameClassUniform() < 0.2, "a head finds the keys: " + best);
        page.toggleZoom(page.getReference(view));
        UiWait.flush(Display.getCurrent());
        Screenshots.save(page.getWorkbenchWindow().getShell(), "attention-view-lookup");
        page.toggleZoom(page.getReference(view));
    }

    /** Attention whose scores read the bonds' types: each head's share of attention per bond type drawn under it. */
    @Test
    void drawsHowMuchAttentionEachBondTypeGets() throws Exception {
        AttentionView view = trainedAndShown(attendingToBonds(), "gat-bonds", "synthetic:bonds", 4, 1);
        IWorkbenchPage page = EditorFixture.page();
        RunGraphAttention.Graph graph = view.graph();
        assertNotNull(graph, view.statusText());
        assertEquals(null, graph.labels(), "molecules are labelled as wholes");
        var molecule = ((dev.dendrite.train.data.GraphDataset) dev.dendrite.train.data.GraphData.load("bonds", 7)[1]).graphs().get(1);
        assertEquals(molecule.edges().length, graph.edgeKinds().length, "each bond's type, to draw it by");
        for (int e = 0; e < molecule.edges().length; e++) {
            assertEquals(1f, molecule.edgeFeatures()[3 * e + graph.edgeKinds()[e]], "bond " + e);
        }
        for (RunGraphAttention.Layer layer : graph.layers()) {
            for (RunGraphAttention.Head head : layer.summary()) {
                assertEquals(3, head.edgeKinds().length, "single, double and triple bonds");
                assertEquals(1, java.util.Arrays.stream(head.edgeKinds()).sum(), 1e-4);
            }
        }
        page.toggleZoom(page.getReference(view));
        UiWait.flush(Display.getCurrent());
        Screenshots.save(page.getWorkbenchWindow().getShell(), "attention-view-bonds");
        page.toggleZoom(page.getReference(view));
    }

    /** Two graph attention layers (four heads of 8, ELU) reading the molecules' bond types, each graph's atoms pooled. */
    private static Network attendingToBonds() {
        var b = new dev.dendrite.model.templates.NetworkBuilder("gat-bonds", "");
        var gnn = dev.dendrite.model.network.gnn.GnnFactory.eINSTANCE;
        var graph = gnn.createGraphInput();
        graph.setNodeFeatures(3);
        graph.setEdgeFeatures(3);
        graph.setBatched(true);
        b.add(graph, "molecules", null);
        dev.dendrite.model.network.Layer last = graph;
        for (String id : new String[] {"gat1", "gat2"}) {
            var gat = gnn.createGraphAttention();
            gat.setOutFeatures(8);
            gat.setHeads(4);
            b.add(gat, id, last);
            b.connect(graph, dev.dendrite.model.ports.Ports.EDGES, gat, dev.dendrite.model.ports.Ports.EDGES);
            b.connect(graph, dev.dendrite.model.ports.Ports.EDGE_FEATURES, gat, dev.dendrite.model.ports.Ports.EDGE_FEATURES);
            last = b.activation(gat, dev.dendrite.model.network.ActivationFunction.ELU);
        }
        var readout = gnn.createGraphGlobalPooling();
        readout.setAggregation(dev.dendrite.model.network.gnn.Aggregation.MAX);
        b.add(readout, "readout", last);
        b.connect(graph, dev.dendrite.model.ports.Ports.BATCH, readout, dev.dendrite.model.ports.Ports.BATCH);
        b.loss(b.dense(readout, "logits", 2), dev.dendrite.model.network.LossKind.CROSS_ENTROPY);
        return b.training("synthetic:bonds", 4, 32, dev.dendrite.model.network.OptimizerKind.ADAM, 3e-3).network();
    }

    private static long[] source(dev.dendrite.train.data.TensorDataset data, int sample) {
        return java.util.Arrays.copyOf(data.batch(new int[] {sample}, 0, 1).tensors().get("source").longs(), data.steps(sample, "source"));
    }

    /**
     * Trains a template on a synthetic data set (seed 7) into a workspace project's runs folder,
     * opens the run in the Attention view from the Runs view's Show Attention, and shows one test
     * sample's maps (read in a trainer JVM); the view.
     */
    private static AttentionView trainedAndShown(String template, String dataset, int epochs, int sample) throws Exception {
        return trainedAndShown(TemplateLibrary.find(template).orElseThrow().create(), template, dataset, epochs, sample);
    }

    private static AttentionView trainedAndShown(Network network, String template, String dataset, int epochs, int sample) throws Exception {
        var file = EditorFixture.write(template + ".dnet", network);
        Path run = file.getProject().getLocation().toFile().toPath().resolve("runs").resolve("attention-" + template);
        String name = dataset.substring("synthetic:".length());
        BatchSource[] data = dev.dendrite.train.data.GraphData.NAMES.contains(name) ? dev.dendrite.train.data.GraphData.load(name, 7)
                : SequenceData.load(name, 7);
        TrainingConfig config = TrainingConfig.from(network).with(dataset, epochs, null, null, null, 7L, null);
        new Trainer(network, config, l -> { }).withConfigEntry("networkFile", file.getLocation().toFile().getAbsolutePath())
                .train(new Weights(), data[0], data[1], run, false);
        file.getProject().refreshLocal(IResource.DEPTH_INFINITE, null);

        IWorkbenchPage page = EditorFixture.page();
        Display display = Display.getCurrent();
        page.getWorkbenchWindow().getShell().setBounds(display.getPrimaryMonitor().getBounds());
        var runs = (dev.dendrite.launching.ui.internal.RunsView) page.showView(dev.dendrite.launching.ui.internal.RunsView.ID);
        runs.refresh();
        assertTrue(UiWait.until(display, 10000, () -> runs.shown().stream().anyMatch(r -> r.directory().equals(run))), "the run is listed");
        runs.showRun(run, dev.dendrite.launching.ui.internal.RunsView.ATTENTION);
        AttentionView view = (AttentionView) page.findView(AttentionView.ID);
        assertNotNull(view, "Show Attention opens the view");
        UiWait.flush(display);
        assertTrue(view.statusText().startsWith("Choose a sample"), view.statusText());
        view.showSample(sample);
        assertTrue(UiWait.until(display, 120_000, () -> !view.busy()), "the trainer JVM reads the maps");
        return view;
    }
}
