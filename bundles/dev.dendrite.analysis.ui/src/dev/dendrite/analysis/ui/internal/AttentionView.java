package dev.dendrite.analysis.ui.internal;

import static dev.dendrite.launching.ui.internal.ViewExports.action;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.part.ViewPart;

import dev.dendrite.analysis.evaluation.AttentionMaps;
import dev.dendrite.launching.internal.RunAttention;
import dev.dendrite.launching.internal.RunGraphAttention;
import dev.dendrite.launching.ui.internal.ViewExports;
import dev.dendrite.train.run.RunFiles;

/**
 * The Attention view: where each head of a trained transformer looks for one sequence, as
 * {@code dendrite attention} computes it in a trainer JVM: a map per layer and head, with what each
 * head does (the offset it most often reads, its mean distance and entropy). For an encoder-decoder
 * also its source saliency ({@code dendrite saliency}): each output step's scores over the source,
 * drawn as one more map, which a model without attention (an LSTM encoder-decoder) shows alone.
 * For a graph attention network, one graph drawn per layer and head with each edge shaded by its
 * coefficient ({@code dendrite attention --edges}). Lists the finished runs whose model has
 * attention, graph attention, or reads pairs of a source and a decoder input.
 */
public final class AttentionView extends ViewPart implements dev.dendrite.launching.ui.internal.RunViewer {

    public static final String ID = "dev.dendrite.analysis.ui.attention";
    private static final String[] SPLITS = {"test", "train"};
    /** Models larger than this are not read to find attention (a run of a large CNN has none worth the read). */
    private static final long LARGEST_MODEL = 64L << 20;
    /**
     * Whether a model file had attention, read a source and a decoder input, and had graph attention, when it was last
     * modified at {@code modified}.
     */
    private record Known(long modified, boolean attention, boolean pairs, boolean graph) {
    }

    /** The source saliency's methods (--method words) and their labels; input × gradient first: the plain gradient of an LSTM favours its last tokens. */
    private static final String[][] SALIENCY = {{"input-x-gradient", "Input × gradient"}, {"gradient", "Gradient"},
        {"integrated-gradients", "Integrated gradients"}};

    /** What each model file read held, so that a rescan reads only the models written since. */
    private static final Map<Path, Known> KNOWN = new ConcurrentHashMap<>();

    private Composite root;
    private RunChoice runs;
    private Combo split;
    private Spinner sample;
    private Button show;
    private Combo saliency;
    private Label status;
    private Composite canvases;
    private AttentionCanvas canvas;
    private GraphAttentionCanvas graphCanvas;
    private RunAttention.Maps maps;
    private RunGraphAttention.Graph graph;
    private Job running;

    @Override
    public void createPartControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(9, false));
        new Label(root, SWT.NONE).setText("Run:");
        runs = new RunChoice(root, AttentionView::withAttention, this::clear);
        new Label(root, SWT.NONE).setText("Sample:");
        split = new Combo(root, SWT.READ_ONLY);
        split.setItems(SPLITS);
        split.select(0);
        sample = new Spinner(root, SWT.BORDER);
        sample.setValues(0, 0, Integer.MAX_VALUE, 0, 1, 10);
        sample.setToolTipText("The sample's index in the split, as evaluate and the Evaluation view name samples");
        new Label(root, SWT.NONE).setText("Source saliency:");
        saliency = new Combo(root, SWT.READ_ONLY);
        saliency.setItems(java.util.Arrays.stream(SALIENCY).map(m -> m[1]).toArray(String[]::new));
        saliency.select(0);
        saliency.setToolTipText("An encoder-decoder's output steps scored over its source (dendrite saliency --method), drawn beside its "
                + "cross-attention: where each output came from, also for a model without attention");
        show = new Button(root, SWT.PUSH);
        show.setText("Show");
        show.setToolTipText("dendrite attention in a trainer JVM: every attention layer's weights for the sample");
        show.addListener(SWT.Selection, e -> compute());
        status = new Label(root, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        // Sequence maps or a graph's drawing, whichever the chosen run's model has.
        canvases = new Composite(root, SWT.NONE);
        canvases.setLayout(new StackLayout());
        canvases.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 9, 1));
        canvas = new AttentionCanvas(canvases);
        graphCanvas = new GraphAttentionCanvas(canvases);
        ((StackLayout) canvases.getLayout()).topControl = canvas.control();
        var menu = getViewSite().getActionBars().getMenuManager();
        menu.add(action("Refresh", this::refresh));
        menu.add(action("Export as PNG...", () -> ViewExports.askAndExport(root.getShell(), "*.png", f -> ViewExports.savePng(
                (org.eclipse.swt.widgets.Control) ((StackLayout) canvases.getLayout()).topControl, f))));
        refresh();
    }

    /** A finished run whose exported model has an attention layer, reads pairs (an encoder-decoder) or has graph attention. */
    static boolean withAttention(Path dir) {
        Known known = known(dir);
        return known != null && (known.attention() || known.pairs() || known.graph());
    }

    /** What the run's model file holds, read once per version of it; null where there is none (or it is too large to read). */
    private static Known known(Path dir) {
        Path model = dir.resolve(RunFiles.MODEL);
        try {
            if (!Files.isRegularFile(model) || Files.size(model) > LARGEST_MODEL) {
                return null;
            }
            long modified = Files.getLastModifiedTime(model).toMillis();
            Known known = KNOWN.get(model);
            if (known == null || known.modified() != modified) {
                var proto = ai.onnx.proto.OnnxMl.ModelProto.parseFrom(Files.readAllBytes(model));
                known = new Known(modified, !AttentionMaps.layers(proto).isEmpty(), readsPairs(proto),
                        !dev.dendrite.analysis.evaluation.GraphAttentionWeights.layers(proto).isEmpty());
                KNOWN.put(model, known);
            }
            return known;
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether a model reads two sequences of token ids (a source and a decoder input), initializers aside. */
    private static boolean readsPairs(ai.onnx.proto.OnnxMl.ModelProto model) {
        var inputs = dev.dendrite.analysis.evaluation.Saliency.dataInputs(model.getGraph()).stream().filter(i -> !i.getName().endsWith(":mask"))
                .toList();
        return inputs.size() == 2 && inputs.stream().allMatch(i -> i.getType().getTensorType().getElemType()
                == ai.onnx.proto.OnnxMl.TensorProto.DataType.INT64_VALUE);
    }

    /** Finds the workspace's runs with attention again. */
    public void refresh() {
        runs.rescan(null);
        clear();
    }

    @Override
    public void show(Path run) {
        runs.rescan(run);
        clear();
    }

    private void clear() {
        maps = null;
        graph = null;
        canvas.show(null);
        graphCanvas.show(null);
        Path run = runs.chosen();
        Known known = run == null ? null : known(run);
        saliency.setEnabled(known != null && known.pairs());
        boolean graphs = known != null && known.graph();
        ((StackLayout) canvases.getLayout()).topControl = graphs ? graphCanvas.control() : canvas.control();
        sample.setToolTipText(graphs ? "The graph's index in the split: each of its nodes is drawn with whom it hears"
                : "The sample's index in the split, as evaluate and the Evaluation view name samples");
        status.setText(run == null ? "No finished run with attention or an encoder-decoder in the workspace: train one, then Refresh"
                : "Choose a sample and press Show");
        root.layout(true, true);
    }

    /** Shows sample {@code index} of the test split (tests: as choosing it and pressing Show). */
    public void showSample(int index) {
        split.select(0);
        sample.setSelection(index);
        compute();
    }

    private void compute() {
        Path run = runs.chosen();
        if (run == null || running != null) {
            return;
        }
        String chosenSplit = SPLITS[Math.max(0, split.getSelectionIndex())];
        int index = sample.getSelection();
        Known known = known(run);
        if (known != null && known.graph()) {
            computeGraph(run, chosenSplit, index);
            return;
        }
        boolean attention = known == null || known.attention();
        boolean pairs = known != null && known.pairs();
        String method = SALIENCY[Math.max(0, saliency.getSelectionIndex())][0];
        read(run, "Attention", "sample " + index, monitor -> {
            // Attention maps where the model has them; an encoder-decoder's source saliency after them, or alone.
            RunAttention.Maps read = attention ? RunAttention.run(run, chosenSplit, index, monitor) : null;
            RunAttention.Maps source = pairs && !monitor.isCanceled() ? RunAttention.alignment(run, chosenSplit, index, method, monitor) : null;
            return read == null ? source : source == null ? read : RunAttention.with(read, source);
        }, done -> {
            maps = done;
            canvas.show(maps);
            return describe(done);
        });
    }

    /** A graph attention network's coefficients on graph {@code index}, drawn. */
    private void computeGraph(Path run, String chosenSplit, int index) {
        read(run, "Graph attention", "graph " + index, monitor -> RunGraphAttention.run(run, chosenSplit, index, monitor), done -> {
            graph = done;
            graphCanvas.show(done);
            return String.format(Locale.ROOT, "Graph %d, %d nodes: point at a node for whom it hears", done.graph(), done.nodes());
        });
    }

    /**
     * Runs {@code work} in a trainer JVM as a cancellable job, the Show button off meanwhile; {@code shown} takes its result on the UI
     * thread and gives the status line, a problem goes there instead.
     */
    private <T> void read(Path run, String what, String of, TrainerJob.Work<T> work, java.util.function.Function<T, String> shown) {
        show.setEnabled(false);
        status.setText("Reading the " + what.toLowerCase(Locale.ROOT) + " of " + of + " of " + run.getFileName() + "...");
        running = TrainerJob.schedule(what + " of " + run.getFileName(), true, root, what + " cancelled", work, (done, problem) -> {
            running = null;
            show.setEnabled(true);
            status.setText(problem != null ? run.getFileName() + ": " + problem : shown.apply(done));
            root.layout(true, true);
        });
    }

    private static String describe(RunAttention.Maps shown) {
        String input = shown.text();
        return String.format(Locale.ROOT, "Sample %d, %d steps: %s", shown.sample(), shown.steps(),
                input.length() > 80 ? input.substring(0, 80) + "…" : input);
    }

    /** Chooses the source saliency's method by its --method word (tests). */
    public void saliencyMethod(String word) {
        for (int i = 0; i < SALIENCY.length; i++) {
            if (SALIENCY[i][0].equals(word)) {
                saliency.select(i);
            }
        }
    }

    /** The graph shown, or null (tests). */
    public RunGraphAttention.Graph graph() {
        return graph;
    }

    /** The graph canvas's tooltip at a point (tests). */
    public String describeGraphAt(int x, int y) {
        return graphCanvas.describe(x, y);
    }

    /** Where a node of a layer's head is drawn (tests). */
    public org.eclipse.swt.graphics.Point graphNodeAt(int layer, int head, int node) {
        return graphCanvas.nodeAt(layer, head, node);
    }

    /** The graph canvas (tests: screenshots). */
    public org.eclipse.swt.widgets.Canvas graphCanvas() {
        return graphCanvas.control();
    }

    /** The maps shown, or null (tests). */
    public RunAttention.Maps maps() {
        return maps;
    }

    /** Whether a computation is running (tests). */
    public boolean busy() {
        return running != null;
    }

    /** The status line (tests). */
    public String statusText() {
        return status.getText();
    }

    /** The canvas's tooltip at a point (tests). */
    public String describeAt(int x, int y) {
        return canvas.describe(x, y);
    }

    /** The left edge of the first head's maps as drawn (tests). */
    public int mapLeft() {
        return canvas.left();
    }

    /** The side of one map as drawn (tests). */
    public int mapSide() {
        return canvas.side();
    }

    /** The canvas (tests: screenshots). */
    public org.eclipse.swt.widgets.Canvas canvas() {
        return canvas.control();
    }

    @Override
    public void setFocus() {
        runs.setFocus();
    }
}
