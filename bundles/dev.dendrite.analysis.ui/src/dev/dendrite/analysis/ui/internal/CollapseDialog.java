package dev.dendrite.analysis.ui.internal;

import java.util.Locale;
import java.util.function.ToDoubleFunction;

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

import dev.dendrite.analysis.manifold.NeuralCollapse;
import dev.dendrite.launching.internal.RunCollapse;

/**
 * Neural collapse of a run's classifier, in a non-modal dialog: the measures over training (from the activations the run
 * recorded) as a chart, beside it NC1 layer by layer where asked (By layer: {@link SeparationChart}), and a table of every
 * measure on training and test samples at the end. Measure runs
 * {@code dendrite collapse} in a trainer JVM; the run keeps the last report, shown on opening.
 */
public final class CollapseDialog extends SideDialog {

    private record Row(String name, ToDoubleFunction<NeuralCollapse.Measures> value, boolean percent, boolean testToo, String meaning) {
    }

    private static final Row[] ROWS = {
        new Row("NC1 within-class variation", NeuralCollapse.Measures::withinClassVariation, false, true,
                "tr(Σ_W Σ_B⁺)/K: the features' spread about their class means against the means' own spread"),
        new Row("NC2 means: norm spread", NeuralCollapse.Measures::meanNormSpread, false, true,
                "deviation over mean of the centred class means' norms (equinorm at 0)"),
        new Row("NC2 means: cosine spread", NeuralCollapse.Measures::meanCosineSpread, false, true,
                "deviation of the cosines between centred class means (equiangular at 0)"),
        new Row("NC2 means: |cos + 1/(K-1)|", NeuralCollapse.Measures::meanAngleGap, false, true,
                "mean distance of those cosines from a simplex's −1/(K−1): the means as far apart as K points can be"),
        new Row("NC2 classifier: norm spread", NeuralCollapse.Measures::classifierNormSpread, false, false,
                "the same of the last layer's rows, a row per class"),
        new Row("NC2 classifier: cosine spread", NeuralCollapse.Measures::classifierCosineSpread, false, false, "as above"),
        new Row("NC2 classifier: |cos + 1/(K-1)|", NeuralCollapse.Measures::classifierAngleGap, false, false, "as above"),
        new Row("NC3 self-duality", NeuralCollapse.Measures::selfDuality, false, true,
                "‖Wᵀ/‖W‖ − M/‖M‖‖²: how far the classifier's rows are from the centred class means"),
        new Row("NC4 nearest-mean mismatch", NeuralCollapse.Measures::nearestMeanMismatch, true, true,
                "samples whose nearest class mean (the training samples' means) is not the network's choice"),
        new Row("Accuracy", NeuralCollapse.Measures::accuracy, true, true, "the network's"),
        new Row("Nearest-mean accuracy", NeuralCollapse.Measures::nearestMeanAccuracy, true, true,
                "the nearest class mean as a classifier of the features"),
    };

    private final java.nio.file.Path run;
    private Spinner samples;
    private Button byLayer;
    private Button start;
    private Label status;
    private CollapseChart chart;
    private SeparationChart layers;
    private Table table;
    private RunCollapse.Report shown;

    CollapseDialog(Shell parent, java.nio.file.Path run) {
        super(parent, "Neural collapse of " + run.getFileName(), new Point(1300, 940), false);
        this.run = run;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(4, false));
        new Label(area, SWT.NONE).setText("Samples:");
        samples = new Spinner(area, SWT.BORDER);
        samples.setValues(5000, 20, 100_000, 0, 1000, 5000);
        samples.setToolTipText("the training split's and the test split's first samples measured at the end");
        byLayer = new Button(area, SWT.CHECK);
        byLayer.setText("By layer");
        byLayer.setToolTipText("also NC1 and the nearest-mean accuracy at every layer, the input first: where the network separates the "
                + "classes (He and Su's law of data separation: a near constant factor per layer)");
        start = new Button(area, SWT.PUSH);
        start.setText("Measure");
        start.addListener(SWT.Selection, e -> measure());
        status = new Label(area, SWT.WRAP);
        GridData statusData = new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1);
        statusData.widthHint = 1160;
        status.setLayoutData(statusData);
        SashForm body = new SashForm(area, SWT.VERTICAL);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        SashForm charts = new SashForm(body, SWT.HORIZONTAL);
        chart = new CollapseChart(charts);
        layers = new SeparationChart(charts);
        charts.setWeights(3, 2);
        table = new Table(body, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        table.setHeaderVisible(true);
        for (String title : new String[] {"Measure", "Train", "Test", "What it is"}) {
            TableColumn column = new TableColumn(table, title.equals("Train") || title.equals("Test") ? SWT.RIGHT : SWT.LEFT);
            column.setText(title);
            column.setWidth(title.equals("Measure") ? 240 : title.equals("What it is") ? 720 : 90);
        }
        body.setWeights(5, 4);
        RunCollapse.Report kept = RunCollapse.kept(run);
        if (kept != null) {
            show(kept, "kept from the last measurement of " + run.getFileName());
        } else {
            status.setText("Measure reads the features the classifier's last layer reads, for training and test samples and at every epoch the "
                    + "run recorded (--taps): how they gather at their class means, and how those means form a simplex");
        }
        return area;
    }

    /** Sets the samples and presses Measure (tests). */
    public void measure(int chosenSamples) {
        measure(chosenSamples, false);
    }

    /** Sets the samples and By layer, and presses Measure (tests). */
    public void measure(int chosenSamples, boolean everyLayer) {
        samples.setSelection(chosenSamples);
        byLayer.setSelection(everyLayer);
        measure();
    }

    /** The lines the layer chart draws (tests). */
    public int layerChartLines() {
        return layers.lines();
    }

    /** The report shown, or null (tests). */
    public RunCollapse.Report shown() {
        return shown;
    }

    /** The status line (tests). */
    public String statusText() {
        return status.isDisposed() ? "" : status.getText();
    }

    /** The table's rows as text, cell by cell (tests). */
    public java.util.List<String[]> rows() {
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        for (TableItem item : table.getItems()) {
            rows.add(new String[] {item.getText(0), item.getText(1), item.getText(2)});
        }
        return rows;
    }

    /** The lines the chart draws (tests). */
    public int chartLines() {
        return chart.lines();
    }

    private void measure() {
        int n = samples.getSelection();
        boolean everyLayer = byLayer.getSelection();
        inTrainer(start, status, String.format(Locale.ROOT, "Reading the %s features of %,d training and %,d test samples...", everyLayer
                ? "every layer's" : "last layer's", n, n), "Measuring neural collapse of " + run.getFileName(), "Measuring cancelled",
                monitor -> RunCollapse.run(run, n, everyLayer, monitor),
                done -> show(done, "kept in the run"));
    }

    private void show(RunCollapse.Report report, String where) {
        shown = report;
        status.setText(summary(report) + " (" + where + ")");
        status.getParent().layout(true);
        chart.show(report);
        layers.show(report.byLayer());
        table.removeAll();
        for (Row row : ROWS) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {row.name(), cell(row, report.train()), row.testToo() ? cell(row, report.test()) : "", row.meaning()});
        }
    }

    private static String cell(Row row, NeuralCollapse.Measures m) {
        double value = row.value().applyAsDouble(m);
        return Double.isNaN(value) ? "-" : row.percent() ? String.format(Locale.ROOT, "%.2f%%", 100 * value) : String.format(Locale.ROOT, "%.4f",
                value);
    }

    static String summary(RunCollapse.Report r) {
        String over = r.epochs().isEmpty() ? "; over training: " + (r.epochsMissing() == null ? "nothing recorded" : r.epochsMissing())
                : String.format(Locale.ROOT, "; over %d recorded epochs NC1 went from %.3f to %.3f on the probe set's %s samples", r.epochs().size(),
                        r.epochs().get(0).measures().withinClassVariation(), r.epochs().get(r.epochs().size() - 1).measures().withinClassVariation(), r
                                .epochsOfTraining() ? "training" : "test");
        return String.format(Locale.ROOT, "The %,d features of '%s' that '%s' classifies (%d classes), %,d training and %,d test samples: NC1 "
                + "%.3f on training samples, %.3f on test samples; the nearest class mean disagrees with the network on %.2f%% and %.2f%%%s",
                r.train().width(), r.features(), r.logits(), r.train().classes(), r.train().samples(), r.test().samples(), r.train()
                        .withinClassVariation(), r.test().withinClassVariation(), 100 * r.train().nearestMeanMismatch(), 100 * r.test()
                                .nearestMeanMismatch(), over);
    }
}
