package dev.dendrite.analysis.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.LineStyle;

import dev.dendrite.launching.internal.RunQuantization;
import dev.dendrite.launching.ui.internal.ChartRanges;

/**
 * Post-training quantization of a run's model in a non-modal dialog: the widths and per-channel
 * weights to quantize with, then the float and quantized scores side by side, the accuracy at every
 * width from 8 bits down to 2 (weights and activations apart) and each layer's weight SQNR. Each
 * Quantize runs {@code dendrite quantize} in a trainer JVM; the run keeps the last report, shown on opening.
 */
public final class QuantizeDialog extends SideDialog {

    private final Path run;
    private Spinner weightBits;
    private Spinner activationBits;
    private Button perChannel;
    private Button sweep;
    private Button correct;
    private org.eclipse.swt.widgets.Text keep;
    private Button quantize;
    private Label status;
    private Chart widths;
    private Table layers;
    private RunQuantization.Report shown;

    QuantizeDialog(Shell parent, Path run) {
        super(parent, "Quantize " + run.getFileName(), new Point(1200, 600), false);
        this.run = run;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(8, false));
        weightBits = spinner(area, "Weight bits:", "signed integers ±(2^(b−1) − 1) times a scale per output channel (or per layer)");
        activationBits = spinner(area, "Activation bits:", "unsigned integers 0 to 2^b − 1 with a scale and zero point read off 512 training samples");
        perChannel = new Button(area, SWT.CHECK);
        perChannel.setText("Per channel");
        perChannel.setSelection(true);
        perChannel.setToolTipText("one weight scale per output channel; unticked, one per layer (coarser where channels differ in size)");
        sweep = new Button(area, SWT.CHECK);
        sweep.setText("Sweep widths");
        sweep.setSelection(true);
        sweep.setToolTipText("also scores every width from 8 bits down to 2, weights and activations apart (eleven quantizations)");
        correct = new Button(area, SWT.CHECK);
        correct.setText("Correct biases");
        correct.setToolTipText("each bias takes back the shift its layer's rounded weights give the outputs on average, ΔW·E[x] over the "
                + "calibration samples; helps most below 8 bits");
        quantize = new Button(area, SWT.PUSH);
        quantize.setText("Quantize");
        quantize.addListener(SWT.Selection, e -> quantize());
        new Label(area, SWT.NONE).setText("Keep 8-bit weights in:");
        keep = new org.eclipse.swt.widgets.Text(area, SWT.BORDER);
        keep.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 7, 1));
        keep.setMessage("layers whose weights stay at 8 bits while the others take the weight bits (mixed precision): double-click a "
                + "layer below, or type conv1,fc3");
        status = new Label(area, SWT.WRAP);
        GridData statusData = new GridData(SWT.FILL, SWT.CENTER, true, false, 8, 1);
        statusData.widthHint = 1120;
        status.setLayoutData(statusData);
        SashForm body = new SashForm(area, SWT.HORIZONTAL);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 8, 1));
        widths = new Chart(body, SWT.NONE);
        widths.getTitle().setText("Test score by bit width");
        widths.getLegend().setPosition(SWT.BOTTOM);
        layers = new Table(body, SWT.FULL_SELECTION | SWT.BORDER);
        layers.setHeaderVisible(true);
        for (String column : new String[] {"Layer", "Op", "Weights", "Bits", "Scales", "SQNR", "Out SQNR", "Alone"}) {
            TableColumn c = new TableColumn(layers, column.equals("Layer") ? SWT.LEFT : SWT.RIGHT);
            c.setText(column);
            c.setWidth(switch (column) {
                case "Layer" -> 150;
                case "Op", "Bits" -> 48;
                case "Scales" -> 56;
                case "Out SQNR" -> 76;
                default -> 68;
            });
        }
        layers.getColumn(5).setToolTipText("the weights' signal-to-quantization-noise ratio: 10·log10(Σw² / Σ(w − ŵ)²)");
        layers.getColumn(6).setToolTipText("the layer's output against the float model's on 256 calibration samples: where the error builds up");
        layers.getColumn(7).setToolTipText("the test score's change with this layer's weights alone at the chosen width and every other layer's at "
                + "8 bits (quantize with weight bits below 8): which layers a narrow model should keep wide");
        body.setWeights(1, 1);
        layers.addListener(SWT.DefaultSelection, e -> {
            if (layers.getSelectionIndex() >= 0) {
                toggleKept(layers.getItem(layers.getSelectionIndex()).getText(0).replace(" + ReLU", ""));
            }
        });
        RunQuantization.Report kept = RunQuantization.kept(run);
        if (kept != null) {
            show(kept, "kept from the last quantization of " + run.getFileName());
        } else {
            status.setText("Quantize rounds the run's model to integers after training and scores it beside the float model on the test split");
        }
        return area;
    }

    /** Adds a layer to the ones kept at 8 bits, or takes it out. */
    private void toggleKept(String layer) {
        java.util.List<String> kept = new java.util.ArrayList<>(java.util.Arrays.stream(keep.getText().split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList());
        if (!kept.remove(layer)) {
            kept.add(layer);
        }
        keep.setText(String.join(",", kept));
    }

    private static Spinner spinner(Composite parent, String label, String tip) {
        new Label(parent, SWT.NONE).setText(label);
        Spinner spinner = new Spinner(parent, SWT.BORDER);
        spinner.setValues(8, 2, 8, 0, 1, 1);
        spinner.setToolTipText(tip);
        return spinner;
    }

    /** Sets the widths and presses Quantize (tests). */
    public void quantize(int weights, int activations, boolean withSweep) {
        quantize(weights, activations, withSweep, false);
    }

    /** Sets the layers kept at 8 bits, comma-separated (tests). */
    public void keep(String layers) {
        keep.setText(layers);
    }

    /** Sets the widths and bias correction and presses Quantize (tests). */
    public void quantize(int weights, int activations, boolean withSweep, boolean correctBiases) {
        weightBits.setSelection(weights);
        activationBits.setSelection(activations);
        sweep.setSelection(withSweep);
        correct.setSelection(correctBiases);
        quantize();
    }

    /** The report shown, or null (tests). */
    public RunQuantization.Report shown() {
        return shown;
    }

    /** The status line (tests). */
    public String statusText() {
        return status.isDisposed() ? "" : status.getText();
    }

    /** The chart and table, for screenshots (tests). */
    public Control body() {
        return widths.getParent();
    }

    private void quantize() {
        int w = weightBits.getSelection();
        int a = activationBits.getSelection();
        boolean channels = perChannel.getSelection();
        boolean all = sweep.getSelection();
        boolean corrected = correct.getSelection();
        String kept = keep.getText().strip();
        String progress = String.format(Locale.ROOT, "Quantizing to %d-bit weights and %d-bit activations%s...", w, a, all
                ? ", then every width" : "");
        inTrainer(quantize, status, progress, "Quantizing " + run.getFileName(), "Quantization cancelled",
                monitor -> RunQuantization.run(run, w, a, channels, all, corrected, kept, monitor),
                done -> show(done, "written to " + Path.of(done.quantized()).getFileName()));
    }

    private void show(RunQuantization.Report report, String where) {
        shown = report;
        status.setText(summary(report) + " (" + where + ")");
        // The summary wraps over lines the first layout did not leave room for.
        status.getParent().layout(true);
        layers.removeAll();
        for (RunQuantization.Layer layer : report.layers()) {
            TableItem item = new TableItem(layers, SWT.NONE);
            // Exported layers' nodes are all "node/NAME": the NAME says it.
            item.setText(new String[] {layer.name().replaceFirst("^node/", "") + (layer.reluFused() ? " + ReLU" : ""), layer.op(), String.format(Locale.ROOT, "%,d",
                    layer.weights()), Integer.toString(layer.bits()), Integer.toString(layer.scales()), Double.isNaN(layer.sqnr()) ? "exact"
                            : String.format(Locale.ROOT, "%.1f dB", layer.sqnr()), Double.isNaN(layer.outputSqnr()) ? "float"
                                    : String.format(Locale.ROOT, "%.1f dB", layer.outputSqnr()), Double.isNaN(layer.alone()) ? "" : report.classifier()
                                    ? String.format(Locale.ROOT, "%+.2f", 100 * (layer.alone() - report.floatScore()))
                                    : String.format(Locale.ROOT, "%+.3g", layer.alone() - report.floatScore())});
        }
        drawWidths(report);
    }

    static String summary(RunQuantization.Report r) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "w%da%d%s: %s %s %s float, %s quantized", r.weightBits(), r.activationBits(),
                (r.perChannel() ? "" : " per layer") + kept(r) + (r.biasCorrection() ? ", biases corrected" : ""), r.split(),
                r.classifier() ? "accuracy" : "MSE", score(r, r.floatScore()), score(r,
                        r.quantizedScore())));
        if (r.classifier()) {
            text.append(String.format(Locale.ROOT, "; the same class for %.2f%% of the samples, McNemar p = %.3g%s", 100 * r.agreement(), r.pValue(),
                    r.pValue() < 0.05 ? " (a real difference)" : ""));
        }
        if (!Double.isNaN(r.outputSqnr())) {
            text.append(String.format(Locale.ROOT, "; output SQNR %.1f dB", r.outputSqnr()));
        }
        text.append(String.format(Locale.ROOT, "; %,d bytes against %,d", r.quantizedBytes(), r.floatBytes()));
        if (!Double.isNaN(r.speedRatio())) {
            text.append(String.format(Locale.ROOT, "; inference %.2f times the float model's speed (%,.0f against %,.0f samples/s)", r.speedRatio(),
                    r.quantizedSpeed(), r.floatSpeed()));
        }
        if (r.folded() > 0) {
            text.append(String.format(Locale.ROOT, "; %d BatchNorm folded", r.folded()));
        }
        return text.toString();
    }

    /** ", 8-bit weights in fc3" where layers kept 8-bit weights below the report's width. */
    private static String kept(RunQuantization.Report r) {
        java.util.List<String> wide = r.layers().stream().filter(l -> l.bits() != r.weightBits()).map(l -> l.name().replaceFirst("^node/", ""))
                .toList();
        return wide.isEmpty() ? "" : ", 8-bit weights in " + String.join(", ", wide);
    }

    private static String score(RunQuantization.Report r, double value) {
        return r.classifier() ? String.format(Locale.ROOT, "%.2f%%", 100 * value) : String.format(Locale.ROOT, "%.4g", value);
    }

    /** Score against bits, 8 down to 2: weights narrowed (8-bit activations), activations narrowed (8-bit weights), and the float model. */
    private void drawWidths(RunQuantization.Report report) {
        widths.suspendUpdate(true);
        ChartLines.clear(widths);
        String[] bits = {"8", "6", "5", "4", "3", "2"};
        IAxis x = widths.getAxisSet().getXAxis(0);
        x.getTitle().setText("bits");
        x.setCategorySeries(bits);
        x.enableCategory(true);
        double factor = report.classifier() ? 100 : 1;
        widths.getAxisSet().getYAxis(0).getTitle().setText(report.classifier() ? report.split() + " accuracy (%)" : report.split() + " MSE");
        double[] positions = java.util.stream.IntStream.range(0, bits.length).asDoubleStream().toArray();
        List<RunQuantization.Width> sweep = report.sweep();
        if (!sweep.isEmpty()) {
            ChartLines.line(widths, "weights narrowed, 8-bit activations", positions, series(sweep, bits, true, factor), SWT.COLOR_DARK_BLUE,
                    LineStyle.SOLID, true, true);
            ChartLines.line(widths, "activations narrowed, 8-bit weights", positions, series(sweep, bits, false, factor), SWT.COLOR_DARK_RED,
                    LineStyle.SOLID, true, true);
        }
        double[] level = new double[bits.length];
        java.util.Arrays.fill(level, factor * report.floatScore());
        ChartLines.line(widths, "float model", positions, level, SWT.COLOR_DARK_GRAY, LineStyle.DASH, false, true);
        widths.getTitle().setText(sweep.isEmpty() ? "Tick Sweep widths to score every width" : "Test score by bit width");
        widths.suspendUpdate(false);
        widths.updateLayout();
        widths.getAxisSet().adjustRange();
        ChartRanges.fit(widths);
        widths.redraw();
    }

    private static double[] series(List<RunQuantization.Width> sweep, String[] bits, boolean weights, double factor) {
        double[] y = new double[bits.length];
        for (int i = 0; i < bits.length; i++) {
            int b = Integer.parseInt(bits[i]);
            y[i] = sweep.stream().filter(w -> weights ? w.weightBits() == b && w.activationBits() == 8 : w.activationBits() == b && w.weightBits() == 8)
                    .mapToDouble(w -> factor * w.score()).findFirst().orElse(Double.NaN);
        }
        return y;
    }
}
