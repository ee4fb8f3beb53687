package dev.dendrite.analysis.ui.internal;

import static dev.dendrite.launching.ui.internal.ViewExports.action;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.ui.part.ViewPart;

import dev.dendrite.analysis.manifold.LayerEmbedding;
import dev.dendrite.analysis.manifold.Points;
import dev.dendrite.launching.ui.internal.ChartRanges;
import dev.dendrite.launching.ui.internal.ViewExports;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.onnx.weights.WeightsFile;

/**
 * The Embedding view: the raw probe inputs or a layer's activations on a run's probe set
 * (recorded with {@code --taps}) at a chosen checkpoint, embedded in 2-D by PCA, Isomap, t-SNE or
 * UMAP with their parameters and coloured by label, with the embedding's trustworthiness, the k-NN
 * label accuracy in it and in the layer, and the layer's intrinsic dimension. Computed in a
 * cancellable job with progress; hovering shows the sample (a thumbnail for images); exports the
 * plot as PNG and the points as CSV.
 */
public final class EmbeddingView extends ViewPart implements dev.dendrite.launching.ui.internal.RunViewer {

    public static final String ID = "dev.dendrite.analysis.ui.embedding";
    private static final String[] METHOD_NAMES = {"PCA", "Isomap", "t-SNE", "UMAP"};
    private static final LayerEmbedding.Method[] METHODS = {LayerEmbedding.Method.PCA, LayerEmbedding.Method.ISOMAP,
        LayerEmbedding.Method.TSNE, LayerEmbedding.Method.UMAP};
    /** The pseudo-layer of the raw probe inputs in the layer list. */
    public static final String INPUTS = "(inputs)";
    private static final int NEIGHBOURS = 10;

    /** What one computation gives: the 2-D points, their labels (or null) and the measures as text. */
    public record Embedding(Points points, int[] labels, String summary) {
    }

    private Composite root;
    private RunChoice runs;
    private Combo epochs;
    private Combo layers;
    private Combo methods;
    private Text perplexity;
    private Text neighbours;
    private Text minDistance;
    private Label status;
    private SampleHover hover;
    private Chart scatter;
    private Weights recorded;
    private Embedding shown;
    private Job computing;

    @Override
    public void createPartControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(8, false));
        new Label(root, SWT.NONE).setText("Run:");
        runs = new RunChoice(root, dir -> Files.isDirectory(dir.resolve("activations")), this::loadRun);
        new Label(root, SWT.NONE).setText("Epoch:");
        epochs = new Combo(root, SWT.READ_ONLY);
        epochs.addListener(SWT.Selection, e -> loadEpoch());
        new Label(root, SWT.NONE).setText("Layer:");
        layers = new Combo(root, SWT.READ_ONLY);
        layers.addListener(SWT.Selection, e -> compute());
        new Label(root, SWT.NONE).setText("Method:");
        methods = new Combo(root, SWT.READ_ONLY);
        methods.setItems(METHOD_NAMES);
        methods.select(0);
        methods.addListener(SWT.Selection, e -> compute());
        LayerEmbedding.Parameters defaults = LayerEmbedding.Parameters.defaults();
        perplexity = parameter("Perplexity:", String.valueOf((int) defaults.perplexity()), "t-SNE: the effective number of neighbours");
        neighbours = parameter("Neighbours:", String.valueOf(defaults.neighbours()), "UMAP and Isomap: the neighbourhood size");
        minDistance = parameter("Min. distance:", String.valueOf(defaults.minDistance()), "UMAP: how tightly points may pack");
        new Label(root, SWT.NONE);
        Button collapse = new Button(root, SWT.PUSH);
        collapse.setText("Neural collapse...");
        collapse.setToolTipText("How the features the run's last layer classifies gather at their class means, and how those means form a "
                + "simplex, over the recorded epochs and at the end (dendrite collapse; Papyan et al., 2020)");
        collapse.addListener(SWT.Selection, e -> collapse());
        status = new Label(root, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 8, 1));
        scatter = new Chart(root, SWT.NONE);
        scatter.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 8, 1));
        scatter.getTitle().setText("PCA of the layer's activations on the probe set");
        scatter.getTitle().setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        scatter.getAxisSet().getXAxis(0).getTitle().setText("component 1");
        scatter.getAxisSet().getYAxis(0).getTitle().setText("component 2");
        scatter.getLegend().setPosition(SWT.RIGHT);
        ChartRanges.fitOnResize(scatter);
        hover = new SampleHover(scatter);
        var menu = getViewSite().getActionBars().getMenuManager();
        menu.add(action("Refresh", this::refresh));
        menu.add(action("Export Plot as PNG...", () -> ViewExports.askAndExport(root.getShell(), "*.png", f -> ViewExports.savePng(scatter, f))));
        menu.add(action("Export Points as CSV...", () -> ViewExports.askAndExport(root.getShell(), "*.csv", this::exportCsv)));
        refresh();
    }

    /** Opens the Neural collapse dialog on the chosen run, where it has a model (the button; tests). */
    public CollapseDialog collapse() {
        Path run = runs.chosen();
        if (run == null) {
            return null;
        }
        if (!Files.isRegularFile(run.resolve(dev.dendrite.train.run.RunFiles.MODEL))) {
            status.setText(run.getFileName() + " has no model yet: neural collapse reads a finished run's classifier");
            return null;
        }
        CollapseDialog dialog = new CollapseDialog(root.getShell(), run);
        dialog.open();
        return dialog;
    }

    /** Finds the workspace's runs with recorded activations again. */
    public void refresh() {
        runs.rescan(null);
        loadRun();
    }

    /** Shows a run (tests, and runs opened elsewhere): scans, chooses it, reads it once. */
    @Override
    public void show(Path run) {
        shown = null;
        runs.rescan(run);
        loadRun();
    }

    /** The embedding drawn last (tests). */
    public Embedding shown() {
        return shown;
    }

    /** Chooses the method (0: PCA, 1: Isomap, 2: t-SNE, 3: UMAP) and embeds again (tests). */
    public void method(int index) {
        methods.select(index);
        shown = null;
        compute();
    }

    /** Chooses the layer by name ({@link #INPUTS} for the raw inputs) and embeds again (tests). */
    public void layer(String name) {
        layers.select(java.util.Arrays.asList(layers.getItems()).indexOf(name));
        shown = null;
        compute();
    }

    /** The hover pop-up's logic (tests). */
    public SampleHover hover() {
        return hover;
    }

    /** The chart (tests). */
    public Chart chart() {
        return scatter;
    }

    /** The series drawn, one per label (tests). */
    public int seriesCount() {
        return scatter.getSeriesSet().getSeries().length;
    }

    private void loadRun() {
        Path run = runs.chosen();
        List<Integer> recordedEpochs = new ArrayList<>();
        if (run != null) {
            try (Stream<Path> files = Files.list(run.resolve("activations"))) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.matches("epoch-\\d+\\.onnx"))
                        .map(n -> Integer.parseInt(n.substring(6, n.length() - 5))).sorted().forEach(recordedEpochs::add);
            } catch (IOException e) {
                status.setText(e.getMessage());
            }
        }
        epochs.setItems(recordedEpochs.stream().map(String::valueOf).toArray(String[]::new));
        if (!recordedEpochs.isEmpty()) {
            epochs.select(recordedEpochs.size() - 1);
        } else {
            status.setText("No recorded activations: train with --taps all (or set the layers to tap), then Refresh");
        }
        loadEpoch();
    }

    private void loadEpoch() {
        Path run = runs.chosen();
        recorded = null;
        List<String> names = new ArrayList<>();
        if (run != null && epochs.getSelectionIndex() >= 0) {
            Path file = run.resolve("activations").resolve("epoch-" + epochs.getItem(epochs.getSelectionIndex()) + ".onnx");
            try {
                recorded = WeightsFile.read(file);
                if (recorded.get("probe", "inputs").isPresent()) {
                    names.add(INPUTS);
                }
                recorded.flat().keySet().stream().filter(k -> k.endsWith("/activations")).map(k -> Weights.split(k)[0]).distinct()
                        .forEach(names::add);
            } catch (IOException | dev.dendrite.onnx.importer.OnnxFormatException e) {
                status.setText(file + " cannot be read: " + e.getMessage());
            }
        }
        String previous = layers.getSelectionIndex() < 0 ? null : layers.getItem(layers.getSelectionIndex());
        layers.setItems(names.toArray(String[]::new));
        if (!names.isEmpty()) {
            layers.select(names.contains(previous) ? names.indexOf(previous) : names.size() - 1);
        }
        compute();
    }

    /** Embeds the chosen layer in a job (cancellable between its stages); draws when done. */
    private void compute() {
        if (computing != null) {
            computing.cancel();
        }
        if (recorded == null || layers.getSelectionIndex() < 0) {
            draw(null);
            return;
        }
        String layer = layers.getItem(layers.getSelectionIndex());
        FloatTensor tensor = layer.equals(INPUTS) ? recorded.get("probe", "inputs").orElse(null) : recorded.get(layer, "activations")
                .orElse(null);
        FloatTensor inputs = recorded.get("probe", "inputs").orElse(null);
        String epoch = epochs.getItem(epochs.getSelectionIndex());
        LayerEmbedding.Method method = METHODS[Math.max(0, methods.getSelectionIndex())];
        String methodName = METHOD_NAMES[Math.max(0, methods.getSelectionIndex())];
        perplexity.setEnabled(method == LayerEmbedding.Method.TSNE);
        neighbours.setEnabled(method == LayerEmbedding.Method.UMAP || method == LayerEmbedding.Method.ISOMAP);
        minDistance.setEnabled(method == LayerEmbedding.Method.UMAP);
        Points points = Points.of(tensor.values(), tensor.shape());
        // A graph network's layers have a row per node or per graph: the labels of as many.
        FloatTensor probeLabels = dev.dendrite.train.run.ProbeLabels.forRows(recorded, points.n());
        LayerEmbedding.Parameters parameters;
        try {
            LayerEmbedding.Parameters defaults = LayerEmbedding.Parameters.defaults();
            parameters = new LayerEmbedding.Parameters(Math.min(Double.parseDouble(perplexity.getText().strip()), (points.n() - 1) / 3.0
                    - 0.01), Math.min(Integer.parseInt(neighbours.getText().strip()), points.n() - 1), Double.parseDouble(minDistance
                            .getText().strip()), defaults.iterations(), defaults.seed());
        } catch (NumberFormatException e) {
            status.setText("Perplexity, neighbours and min. distance need numbers: " + e.getMessage());
            return;
        }
        status.setText("Embedding " + layer + " by " + methodName + "...");
        scatter.getTitle().setText(methodName + (layer.equals(INPUTS) ? " of the probe set's raw inputs" : " of the layer's activations on the probe set"));
        Job job = Job.create("Embedding " + layer + " at epoch " + epoch + " by " + methodName, monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, 1000);
            int[] labels = probeLabels == null ? null : labels(probeLabels);
            int k = Math.max(1, Math.min(NEIGHBOURS, points.n() / 2 - 1));
            int[] reported = {0};
            LayerEmbedding embedded;
            try {
                embedded = LayerEmbedding.of(points, labels, method, parameters, k, progress::isCanceled, share -> {
                    int done = (int) (900 * share);
                    if (done > reported[0]) {
                        progress.worked(done - reported[0]);
                        reported[0] = done;
                    }
                });
            } catch (IllegalArgumentException e) {
                root.getDisplay().asyncExec(() -> {
                    if (!root.isDisposed()) {
                        status.setText(e.getMessage());
                    }
                });
                return Status.OK_STATUS;
            }
            progress.setWorkRemaining(0);
            if (progress.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            String knn = labels == null ? "" : String.format(Locale.ROOT, "; k-NN accuracy %.1f%% here, %.1f%% in the layer",
                    100 * embedded.knnEmbedding(), 100 * embedded.knnLayer());
            String summary = String.format(Locale.ROOT, "%s at epoch %s: %,d samples of %,d values; 2 PCA components explain %.1f%%; "
                    + "%s trustworthiness %.3f (k = %d)%s; intrinsic dimension %.1f (TwoNN)", layer, epoch, points.n(), points.d(),
                    100 * embedded.explained(), methodName, embedded.trustworthiness(), k, knn, embedded.intrinsicDimension());
            Embedding result = new Embedding(embedded.embedding(), labels, summary);
            root.getDisplay().asyncExec(() -> {
                if (!root.isDisposed()) {
                    draw(result);
                    hover.samples(result.points(), labels, inputs);
                }
            });
            return Status.OK_STATUS;
        });
        job.setPriority(Job.LONG);
        job.setUser(false);
        computing = job;
        job.schedule();
    }

    /** A labelled text field for a method's parameter; Enter embeds again. */
    private Text parameter(String label, String value, String tooltip) {
        new Label(root, SWT.NONE).setText(label);
        Text text = new Text(root, SWT.BORDER);
        text.setText(value);
        text.setToolTipText(tooltip);
        GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        data.widthHint = 60;
        text.setLayoutData(data);
        text.addListener(SWT.DefaultSelection, e -> compute());
        return text;
    }

    private static int[] labels(FloatTensor tensor) {
        int[] labels = new int[tensor.values().length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = Math.round(tensor.values()[i]);
        }
        return labels;
    }

    private void draw(Embedding embedding) {
        shown = embedding;
        hover.samples(null, null, null);
        scatter.suspendUpdate(true);
        for (var s : scatter.getSeriesSet().getSeries()) {
            scatter.getSeriesSet().deleteSeries(s.getId());
        }
        if (embedding != null) {
            Map<Integer, List<Integer>> byLabel = new TreeMap<>();
            for (int i = 0; i < embedding.points().n(); i++) {
                byLabel.computeIfAbsent(embedding.labels() == null ? 0 : embedding.labels()[i], k -> new ArrayList<>()).add(i);
            }
            int c = 0;
            for (var entry : byLabel.entrySet()) {
                List<Integer> members = entry.getValue();
                ILineSeries<?> series = (ILineSeries<?>) scatter.getSeriesSet().createSeries(SeriesType.LINE,
                        embedding.labels() == null ? "samples" : "label " + entry.getKey());
                series.setXSeries(members.stream().mapToDouble(i -> embedding.points().get(i, 0)).toArray());
                series.setYSeries(members.stream().mapToDouble(i -> embedding.points().d() > 1 ? embedding.points().get(i, 1) : 0).toArray());
                series.setLineStyle(LineStyle.NONE);
                series.setSymbolType(ILineSeries.PlotSymbolType.CIRCLE);
                series.setSymbolSize(3);
                series.setSymbolColor(scatter.getDisplay().getSystemColor(ChartLines.SERIES[c++ % ChartLines.SERIES.length]));
            }
            status.setText(embedding.summary());
        }
        scatter.suspendUpdate(false);
        scatter.updateLayout();
        // SWTChart's own adjustment ends each axis at the extreme points, which then sit on the plot's border.
        ChartRanges.fitPoints(scatter);
        scatter.redraw();
        root.layout(true, true);
    }

    public void exportCsv(Path file) throws IOException {
        Files.writeString(file, shown == null ? "x,y,label\n" : LayerEmbedding.csv(shown.points(), shown.labels()));
    }


    @Override
    public void setFocus() {
        runs.setFocus();
    }
}
