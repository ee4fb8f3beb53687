package dev.dendrite.analysis.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import dev.dendrite.launching.internal.RunFeatures;
import dev.dendrite.train.run.RunRecord;

/**
 * What a run's units respond to, in a non-modal dialog: a layer (the output's classes by default)
 * and its units, then per unit the input the gradient ascent found above the data's samples that
 * drive it most, and a table of the objective at the start, after the ascent and over the data.
 * Each Visualise runs {@code dendrite features} in a trainer JVM; the run keeps the last report,
 * shown on opening.
 */
public final class FeaturesDialog extends SideDialog {

    /** The layer combo's first item: the output, read at its logits. */
    static final String OUTPUT = "output (each class)";

    private final Path run;
    private Combo layer;
    private Text units;
    private Spinner steps;
    private Spinner examples;
    private Combo ablation;
    /** The Ablation box's choices and what {@code --ablation-value} each passes (null: none). */
    private static final String[] ABLATIONS = {"No ablation", "Ablate to zero", "Ablate to mean"};
    private static final String[] ABLATION_VALUES = {null, "zero", "mean"};
    private Button start;
    private Label status;
    private PictureCanvas grid;
    private Table table;
    private RunFeatures.Report shown;

    FeaturesDialog(Shell parent, Path run) {
        super(parent, "Features of " + run.getFileName(), new Point(1400, 760), false);
        this.run = run;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(10, false));
        new Label(area, SWT.NONE).setText("Layer:");
        layer = new Combo(area, SWT.DROP_DOWN);
        layer.add(OUTPUT);
        layers().forEach(layer::add);
        layer.select(0);
        layer.setToolTipText("the layer whose units are visualised: a unit of a layer of vectors, or a channel of feature maps (its mean over "
                + "the positions: what it detects anywhere in the picture); the output is read before its softmax, at each class's logit");
        GridData layerData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        layerData.widthHint = 180;
        layer.setLayoutData(layerData);
        new Label(area, SWT.NONE).setText("Units:");
        units = new Text(area, SWT.BORDER);
        GridData unitsData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        unitsData.widthHint = 200;
        units.setLayoutData(unitsData);
        units.setMessage("the first 16; all; or 0,3,5");
        units.setToolTipText("which units (or channels): numbers separated by commas, all (at most 128), or blank for the first 16");
        new Label(area, SWT.NONE).setText("Steps:");
        steps = new Spinner(area, SWT.BORDER);
        steps.setValues(256, 1, 5000, 0, 32, 256);
        steps.setToolTipText("gradient steps on the input, each 2% of the data's range along the normalised gradient, with a pull towards the "
                + "data's mean value, a random shift of up to a pixel and a slight blur every fourth step");
        new Label(area, SWT.NONE).setText("Examples:");
        examples = new Spinner(area, SWT.BORDER);
        examples.setValues(6, 0, 20, 0, 1, 5);
        examples.setToolTipText("each unit's strongest samples among the test split's first 2,000, drawn under what the ascent found");
        ablation = new Combo(area, SWT.READ_ONLY);
        ablation.setItems(ABLATIONS);
        ablation.select(0);
        ablation.setToolTipText("also score the model on the test samples with each unit zeroed, or set to its mean over them, in turn: how "
                + "much the network needs it, beside its selectivity (Morcos et al., 2018); the mean keeps the unit's usual level, so a unit "
                + "far from zero is not judged by an input the network never saw");
        start = new Button(area, SWT.PUSH);
        start.setText("Visualise");
        start.addListener(SWT.Selection, e -> visualise());
        status = new Label(area, SWT.WRAP);
        GridData statusData = new GridData(SWT.FILL, SWT.CENTER, true, false, 10, 1);
        statusData.widthHint = 1160;
        status.setLayoutData(statusData);
        SashForm body = new SashForm(area, SWT.HORIZONTAL);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 10, 1));
        grid = new PictureCanvas(body, this::paint);
        table = new Table(body, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        table.setHeaderVisible(true);
        for (String title : new String[] {"Unit", "Examples", "Class", "Selectivity", "Without it", "Start", "Reached", "Data max", "Data mean"}) {
            TableColumn column = new TableColumn(table, title.equals("Unit") || title.equals("Examples") ? SWT.LEFT : SWT.RIGHT);
            column.setText(title);
            column.pack();
            column.setWidth(title.equals("Unit") || title.equals("Class") ? 48 : title.equals("Examples") ? 110 : Math.max(60, column.getWidth()
                    + 8));
            if (title.equals("Examples")) {
                column.setToolTipText("the labels of the unit's strongest samples, strongest first");
            } else if (title.equals("Class")) {
                column.setToolTipText("the class whose samples drive the unit most on average");
            } else if (title.equals("Without it")) {
                column.setToolTipText("the accuracy on the test samples with the unit zeroed (Ablate)");
            } else if (title.equals("Selectivity")) {
                column.setToolTipText("class selectivity (Morcos et al., 2018): (max − rest) / (max + rest) of the unit's class means, 0 alike "
                        + "for every class, 1 for one class only; for units never negative on average (ReLU outputs)");
            }
        }
        body.setWeights(1, 1);
        RunFeatures.Report kept = RunFeatures.kept(run);
        if (kept != null) {
            show(kept, "kept from the last visualisation of " + run.getFileName());
        } else {
            status.setText("Visualise finds, for each unit, the input that drives it highest by gradient ascent on the input (the weights "
                    + "fixed), and draws it above the test samples that drive it most");
        }
        return area;
    }

    /** The model's layers, as features names them (none where the model cannot be read). */
    private List<String> layers() {
        try {
            var model = ai.onnx.proto.OnnxMl.ModelProto.parseFrom(Files.readAllBytes(run.resolve("model.onnx")));
            List<String> all = dev.dendrite.analysis.manifold.LayerActivations.defaultLayers(model);
            return all.subList(1, all.size());
        } catch (java.io.IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Sets the layer (blank: the output) and units and presses Visualise (tests). */
    public void visualise(String chosenLayer, String chosenUnits, int chosenSteps, int count) {
        visualise(chosenLayer, chosenUnits, chosenSteps, count, false);
    }

    /** As above, each unit also ablated where {@code ablate}. */
    public void visualise(String chosenLayer, String chosenUnits, int chosenSteps, int count, boolean ablate) {
        visualise(chosenLayer, chosenUnits, chosenSteps, count, ablate ? "zero" : null);
    }

    /** As above, each unit ablated to {@code ablateTo} ("zero" or "mean"; null: not ablated). */
    public void visualise(String chosenLayer, String chosenUnits, int chosenSteps, int count, String ablateTo) {
        ablation.select(java.util.Arrays.asList(ABLATION_VALUES).indexOf(ablateTo));
        layer.setText(chosenLayer == null || chosenLayer.isBlank() ? OUTPUT : chosenLayer);
        units.setText(chosenUnits);
        steps.setSelection(chosenSteps);
        examples.setSelection(count);
        visualise();
    }

    /** The report shown, or null (tests). */
    public RunFeatures.Report shown() {
        return shown;
    }

    /** The status line (tests). */
    public String statusText() {
        return status.isDisposed() ? "" : status.getText();
    }

    /** The rows of the table (tests). */
    public int rows() {
        return table.getItemCount();
    }

    /** Whether the grid's picture is loaded (tests). */
    public boolean pictureShown() {
        return grid.picture() != null;
    }

    private void visualise() {
        String chosen = layer.getText().strip().equals(OUTPUT) ? "" : layer.getText().strip();
        String which = units.getText().strip();
        int k = steps.getSelection();
        int count = examples.getSelection();
        String ablate = ABLATION_VALUES[Math.max(0, ablation.getSelectionIndex())];
        String progress = String.format(Locale.ROOT, "Visualising %s by %d steps of gradient ascent...", chosen.isEmpty()
                ? "the output's classes" : "layer " + chosen, k);
        inTrainer(start, status, progress, "Visualising " + run.getFileName(), "Visualisation cancelled",
                monitor -> RunFeatures.run(run, chosen, which, k, count, ablate, monitor), done -> show(done, "kept in the run"));
    }

    private void show(RunFeatures.Report report, String where) {
        shown = report;
        status.setText(summary(report) + " (" + where + ")");
        status.getParent().layout(true);
        grid.load(report.file());
        table.removeAll();
        for (RunFeatures.Unit unit : report.units()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {Integer.toString(unit.unit()), unit.exampleLabels().stream().map(l -> l < 0 ? "-" : Integer.toString(l))
                    .collect(Collectors.joining(" ")), unit.preferredClass() < 0 ? "-" : Integer.toString(unit.preferredClass()), Double.isNaN(unit
                            .selectivity()) ? "-" : String.format(Locale.ROOT, "%.2f", unit.selectivity()), Double.isNaN(unit.ablatedAccuracy()) ? "-"
                                    : String.format(Locale.ROOT, "%.2f%%", 100 * unit.ablatedAccuracy()), RunRecord.significant(unit.start()),
                    RunRecord.significant(unit.reached()),
                    RunRecord.significant(unit.dataLargest()), RunRecord.significant(unit.dataMean())});
        }
    }

    static String summary(RunFeatures.Report r) {
        long past = r.units().stream().filter(u -> u.reached() > u.dataLargest()).count();
        String what = r.objective().equals("channel mean") ? "channels (each one's mean over its positions)" : "units";
        return String.format(Locale.ROOT, "Layer %s%s: %d %s after %d steps; %d of them driven past their largest value over the first %,d %s "
                + "samples. Top row: the input found for each; under it, the samples that drive it most", r.layer(), r.tensor().equals(r.layer())
                        ? "" : " (read at " + r.tensor() + ", before the softmax)", r.units().size(), what, r.steps(), past, r.samples(), r.split())
                + ablationSummary(r);
    }

    /** The accuracy intact and how the ablations' drops go with selectivity, where ablated; else nothing. */
    private static String ablationSummary(RunFeatures.Report r) {
        if (Double.isNaN(r.accuracy())) {
            return "";
        }
        double mean = r.units().stream().mapToDouble(u -> r.accuracy() - u.ablatedAccuracy()).average().orElse(0);
        return String.format(Locale.ROOT, ". Ablated: %.2f%% intact, one unit %s costs %.2f points on average%s", 100 * r.accuracy(),
                r.meanAblation() ? "set to its mean" : "zeroed", 100 * mean,
                Double.isNaN(r.selectivitySpearman()) ? "" : String.format(Locale.ROOT, "; Spearman ρ of selectivity and cost %.2f", r
                        .selectivitySpearman()));
    }

    /** The grid scaled to fit the canvas, keeping its proportions (never above twice its size). */
    private void paint(GC gc) {
        grid.paintFitted(gc, 2);
    }
}
