package dev.dendrite.analysis.ui.internal;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
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
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.LineStyle;

import dev.dendrite.launching.internal.RunPruning;
import dev.dendrite.launching.ui.internal.ChartRanges;

/**
 * Structured pruning of a run's model in a non-modal dialog: the share of units to remove, the
 * criterion, fine-tuning and its steps; then the score at every amount, the pruned and fine-tuned
 * networks against the original, and each layer's units before and after. Each Prune runs
 * {@code dendrite prune} in a trainer JVM; the run keeps the last report, shown on opening.
 */
public final class PruneDialog extends SideDialog {

    private static final String[] CRITERIA = {"l1", "l2", "bn", "activation", "taylor"};

    private final Path run;
    private Spinner amount;
    private Combo criterion;
    private Spinner epochs;
    private Spinner steps;
    private Button global;
    private Button distill;
    private Button sensitivity;
    private Button sweep;
    private Button prune;
    private Label status;
    private Chart amounts;
    private Table layers;
    private Label whole;
    private RunPruning.Report shown;
    /** The layers given a share of their own (percent), by name as the table shows them. */
    private final java.util.Map<String, Integer> shares = new java.util.LinkedHashMap<>();
    /** The Own share column. */
    private static final int SHARE = 4;

    PruneDialog(Shell parent, Path run) {
        super(parent, "Prune " + run.getFileName(), new Point(1380, 620), false);
        this.run = run;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(13, false));
        amount = spinner(area, "Remove (%):", 50, 5, 95, "the share of every prunable layer's neurons or channels to remove");
        new Label(area, SWT.NONE).setText("Rank by:");
        criterion = new Combo(area, SWT.READ_ONLY);
        criterion.setItems("L1 norm of incoming weights", "L2 norm of incoming weights", "|γ| of the BatchNorm after it",
                "What it passes on (data)", "Taylor: loss change (data)");
        criterion.select(0);
        // Short names keep the row within the dialog; the tooltip says the rest.
        criterion.setToolTipText("how units are ranked: their incoming weights' norm, the |γ| of the BatchNorm after them, the mean "
                + "magnitude of what they pass on over training samples, or the first-order Taylor estimate of the loss's change without "
                + "them over training samples (the lowest go)");
        global = new Button(area, SWT.CHECK);
        global.setText("Across layers");
        global.setToolTipText("the share of all layers' units together, those lowest against their own layer's mean score: layers lose "
                + "what they can spare rather than one share each");
        epochs = spinner(area, "Fine-tune epochs:", 0, 0, 100, "after pruning, train the smaller network on for this many epochs from "
                + "its weights, at the run's learning rate (0: no fine-tuning)");
        steps = spinner(area, "Steps:", 1, 1, 10, "with fine-tuning: remove the units over this many steps, each fine-tuned before the "
                + "next ranks what is left (iterative pruning)");
        distill = new Button(area, SWT.CHECK);
        distill.setText("Teach");
        distill.setToolTipText("with fine-tuning: the unpruned model teaches the pruned one (knowledge distillation), not the labels "
                + "alone; classifiers only");
        sensitivity = new Button(area, SWT.CHECK);
        sensitivity.setText("Each layer alone");
        sensitivity.setToolTipText("also scores the network with each layer alone pruned by the share, the others whole: which layers "
                + "can lose units");
        sweep = new Button(area, SWT.CHECK);
        sweep.setText("Sweep amounts");
        sweep.setSelection(true);
        sweep.setToolTipText("also scores the network pruned by 10% to 90% of every layer's units, without fine-tuning");
        prune = new Button(area, SWT.PUSH);
        prune.setText("Prune");
        prune.addListener(SWT.Selection, e -> prune());
        status = new Label(area, SWT.WRAP);
        GridData statusData = new GridData(SWT.FILL, SWT.CENTER, true, false, 13, 1);
        statusData.widthHint = 1300;
        status.setLayoutData(statusData);
        SashForm body = new SashForm(area, SWT.HORIZONTAL);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 13, 1));
        amounts = new Chart(body, SWT.NONE);
        amounts.getTitle().setText("Test score by units removed");
        amounts.getLegend().setPosition(SWT.BOTTOM);
        Composite side = new Composite(body, SWT.NONE);
        side.setLayout(new GridLayout(1, false));
        layers = new Table(side, SWT.FULL_SELECTION | SWT.BORDER);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.widthHint = 560; // its columns' sum would widen the sash beyond the dialog; the table scrolls instead
        layers.setLayoutData(tableData);
        layers.setHeaderVisible(true);
        for (String column : new String[] {"Layer", "Kind", "Before", "After", "Own share", "Kept mass", "Alone", "Summed with"}) {
            boolean text = column.equals("Layer") || column.equals("Kind") || column.equals("Summed with");
            TableColumn c = new TableColumn(layers, text ? SWT.LEFT : SWT.RIGHT);
            c.setText(column);
            c.setWidth(switch (column) {
                case "Layer" -> 140;
                case "Kind" -> 100;
                case "Kept mass" -> 96;
                case "Own share" -> 84;
                case "Summed with" -> 180;
                default -> 72;
            });
        }
        whole = new Label(side, SWT.WRAP);
        GridData wholeData = new GridData(SWT.FILL, SWT.END, true, false);
        wholeData.widthHint = 560;
        whole.setLayoutData(wholeData);
        layers.getColumn(5).setToolTipText("the share of the criterion's sum over the layer's units that the kept units hold");
        layers.getColumn(6).setToolTipText("the test score's change with this layer alone pruned by the share (tick Each layer alone)");
        layers.getColumn(7).setToolTipText("the layers a residual sum joins to it, which lose the same units (a shortcut's projection by "
                + "its Add's name)");
        layers.getColumn(SHARE).setToolTipText("click to give the layer a share of its own (%), which the next Prune removes instead of the "
                + "amount; 0 keeps it whole, blank takes the amount (not with Across layers)");
        layers.addListener(SWT.MouseDown, this::editShare);
        body.setWeights(1, 1);
        RunPruning.Report kept = RunPruning.kept(run);
        if (kept != null) {
            // The form starts from the kept report's settings, so Prune repeats what the report shows.
            amount.setSelection((int) Math.round(100 * kept.amount()));
            criterion.select(Math.max(0, java.util.Arrays.asList(CRITERIA).indexOf(kept.criterion())));
            global.setSelection(kept.global());
            show(kept, "kept from the last pruning of " + run.getFileName());
        } else {
            status.setText("Prune removes whole neurons and channels from the run's model, so the network that remains is smaller and faster, "
                    + "and scores it beside the original on the test split");
        }
        return area;
    }

    private static Spinner spinner(Composite parent, String label, int value, int min, int max, String tip) {
        new Label(parent, SWT.NONE).setText(label);
        Spinner spinner = new Spinner(parent, SWT.BORDER);
        spinner.setValues(value, min, max, 0, 1, 5);
        spinner.setToolTipText(tip);
        return spinner;
    }

    /** Sets the settings and presses Prune (tests). */
    public void prune(int percent, String rankBy, int fineTune, int stepCount, boolean alone, boolean withSweep) {
        prune(percent, rankBy, false, fineTune, stepCount, alone, withSweep);
    }

    /** As above, all layers' units ranked together where {@code acrossLayers} (tests). */
    public void prune(int percent, String rankBy, boolean acrossLayers, int fineTune, int stepCount, boolean alone, boolean withSweep) {
        global.setSelection(acrossLayers);
        amount.setSelection(percent);
        criterion.select(java.util.Arrays.asList(CRITERIA).indexOf(rankBy));
        epochs.setSelection(fineTune);
        steps.setSelection(stepCount);
        sensitivity.setSelection(alone);
        sweep.setSelection(withSweep);
        prune();
    }

    /** The report shown, or null (tests). */
    public RunPruning.Report shown() {
        return shown;
    }

    /** The status line (tests). */
    public String statusText() {
        return status.isDisposed() ? "" : status.getText();
    }

    /** The ranking the form shows (tests). */
    public String criterionText() {
        return criterion.getText();
    }

    /** The layer table's rows, as shown (tests). */
    public java.util.List<String> layerRows() {
        return java.util.Arrays.stream(layers.getItems()).map(i -> String.join(" | ", java.util.stream.IntStream.range(0, layers
                .getColumnCount()).mapToObj(i::getText).toList())).toList();
    }

    /** Gives {@code layer} (a name as the table shows it) a share of its own, in percent, for the next Prune; null: the amount (tests). */
    public void share(String layer, Integer percent) {
        if (percent == null) {
            shares.remove(layer);
        } else {
            shares.put(layer, percent);
        }
        for (TableItem item : layers.getItems()) {
            if (item.getText(0).equals(layer)) {
                item.setText(SHARE, percent == null ? "" : percent + "%");
            }
        }
    }

    /** The layer table and, in its coordinates, {@code layer}'s Own share cell (tests: a click there edits it). */
    public org.eclipse.swt.widgets.Table layerTable() {
        return layers;
    }

    public org.eclipse.swt.graphics.Rectangle shareCell(String layer) {
        for (TableItem item : layers.getItems()) {
            if (item.getText(0).equals(layer)) {
                return item.getBounds(SHARE);
            }
        }
        return null;
    }

    /** A click in the Own share column opens a spinner over the cell; the share holds once the spinner is left. */
    private void editShare(org.eclipse.swt.widgets.Event event) {
        // The cell by its bounds, as the table paints it (Table.getItem(Point) counts from below the header on some platforms).
        TableItem item = java.util.Arrays.stream(layers.getItems()).filter(i -> i.getBounds(SHARE).contains(event.x, event.y)).findFirst()
                .orElse(null);
        if (item == null || item.getText(1).equals("kept whole")) {
            return;
        }
        String layer = item.getText(0);
        Spinner spinner = new Spinner(layers, SWT.NONE);
        spinner.setValues(shares.getOrDefault(layer, amount.getSelection()), 0, 95, 0, 5, 10);
        org.eclipse.swt.custom.TableEditor editor = new org.eclipse.swt.custom.TableEditor(layers);
        editor.grabHorizontal = true;
        editor.setEditor(spinner, item, SHARE);
        // Kept when the spinner is left or Enter pressed, dropped on Escape; a focus lost before it was ever gained (a shell not yet
        // active) leaves the spinner open.
        boolean[] focused = {false};
        spinner.addListener(SWT.FocusIn, e -> focused[0] = true);
        spinner.addListener(SWT.FocusOut, e -> {
            if (focused[0] && !spinner.isDisposed()) {
                share(layer, spinner.getSelection());
                spinner.dispose();
            }
        });
        spinner.addListener(SWT.DefaultSelection, e -> {
            share(layer, spinner.getSelection());
            spinner.dispose();
        });
        spinner.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                e.doit = false;
                spinner.dispose();
            }
        });
        spinner.setFocus();
    }

    private void prune() {
        double share = amount.getSelection() / 100.0;
        java.util.Map<String, Double> own = new java.util.LinkedHashMap<>();
        shares.forEach((layer, percent) -> own.put(layer, percent / 100.0));
        String rankBy = CRITERIA[Math.max(0, criterion.getSelectionIndex())];
        boolean acrossLayers = global.getSelection();
        int fineTune = epochs.getSelection();
        int stepCount = fineTune > 0 ? steps.getSelection() : 1;
        boolean teach = fineTune > 0 && distill.getSelection();
        boolean alone = sensitivity.getSelection();
        boolean all = sweep.getSelection();
        String progress = String.format(Locale.ROOT, "Pruning %d%% of every layer's units%s%s...", amount.getSelection(), own.isEmpty() ? ""
                : String.format(Locale.ROOT, " (%d with a share of their own)", own.size()), fineTune > 0
                ? String.format(Locale.ROOT, ", fine-tuning %d epoch(s)%s", fineTune, stepCount > 1 ? " after each of " + stepCount + " steps" : "")
                : "");
        inTrainer(prune, status, progress, "Pruning " + run.getFileName(), "Pruning cancelled",
                monitor -> RunPruning.run(run, share, own, rankBy, acrossLayers, fineTune, stepCount, teach, alone, all, monitor),
                done -> show(done, "written to " + Path.of(done.pruned()).getFileName()));
    }

    private void show(RunPruning.Report report, String where) {
        shown = report;
        status.setText(summary(report) + " (" + where + ")");
        status.getParent().layout(true);
        layers.removeAll();
        for (RunPruning.Layer layer : report.layers()) {
            TableItem item = new TableItem(layers, SWT.NONE);
            item.setText(new String[] {layer.name(), layer.kind(), Integer.toString(layer.before()), Integer.toString(layer.after()),
                shares.containsKey(layer.name()) ? shares.get(layer.name()) + "%" : "", Double.isNaN(layer.keptMass()) ? ""
                        : String.format(Locale.ROOT, "%.1f%%", 100 * layer.keptMass()), Double.isNaN(layer.alone()) ? "" : change(report, layer
                                .alone()), String.join(", ", layer.coupled())});
        }
        for (String kept : report.whole()) {
            TableItem item = new TableItem(layers, SWT.NONE);
            item.setText(new String[] {kept.substring(0, kept.indexOf(": ")), "kept whole", "", "", "", "", "", ""});
            item.setForeground(layers.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        }
        whole.setText(report.whole().isEmpty() ? "" : "Kept whole: " + String.join("; ", report.whole()));
        whole.getParent().layout(true);
        drawAmounts(report);
    }

    private static String change(RunPruning.Report r, double value) {
        return r.classifier() ? String.format(Locale.ROOT, "%+.2f", 100 * (value - r.originalScore()))
                : String.format(Locale.ROOT, "%+.3g", value - r.originalScore());
    }

    static String summary(RunPruning.Report r) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%.0f%% of the units by %s%s: parameters %,d → %,d%s; %s %s "
                + "%s original, %s pruned", 100 * r.amount(), r.criterion().toUpperCase(Locale.ROOT), r.global() ? " across layers" : "",
                r.originalParameters(),
                r.prunedParameters(), r.originalFlops() > 0 ? String.format(Locale.ROOT, ", FLOPs %.0f%%", 100 * r.prunedFlops() / r.originalFlops())
                        : "", r.split(), r.classifier() ? "accuracy" : "MSE", score(r, r.originalScore()), score(r, r.prunedScore())));
        if (!Double.isNaN(r.fineTunedScore())) {
            text.append(String.format(Locale.ROOT, ", %s fine-tuned%s", score(r, r.fineTunedScore()), r.steps().isEmpty() ? ""
                    : " over " + r.steps().size() + " steps"));
        }
        if (r.classifier()) {
            text.append(String.format(Locale.ROOT, "; before fine-tuning the same class for %.2f%% of the samples", 100 * r.agreement()));
        }
        if (!Double.isNaN(r.prunedSpeed())) {
            text.append(String.format(Locale.ROOT, "; inference %.2f times the original's speed (%,.0f against %,.0f samples/s)", r.prunedSpeed()
                    / r.originalSpeed(), r.prunedSpeed(), r.originalSpeed()));
        }
        return text.toString();
    }

    private static String score(RunPruning.Report r, double value) {
        return r.classifier() ? String.format(Locale.ROOT, "%.2f%%", 100 * value) : String.format(Locale.ROOT, "%.4g", value);
    }

    /** Score against the share removed: the sweep without fine-tuning, the original level, the pruned and fine-tuned points, the steps. */
    private void drawAmounts(RunPruning.Report report) {
        amounts.suspendUpdate(true);
        ChartLines.clear(amounts);
        double factor = report.classifier() ? 100 : 1;
        amounts.getAxisSet().getXAxis(0).getTitle().setText("units removed (%)");
        amounts.getAxisSet().getYAxis(0).getTitle().setText(report.split() + (report.classifier() ? " accuracy (%)" : " MSE"));
        if (!report.sweep().isEmpty()) {
            double[] x = new double[report.sweep().size() + 1];
            double[] y = new double[x.length];
            y[0] = factor * report.originalScore();
            for (int i = 0; i < report.sweep().size(); i++) {
                x[i + 1] = 100 * report.sweep().get(i).amount();
                y[i + 1] = factor * report.sweep().get(i).score();
            }
            ChartLines.line(amounts, "one cut, no fine-tuning", x, y, SWT.COLOR_DARK_BLUE, LineStyle.SOLID, true, true);
        }
        ChartLines.line(amounts, "original", new double[] {0, 100}, new double[] {factor * report.originalScore(), factor * report.originalScore()},
                SWT.COLOR_DARK_GRAY, LineStyle.DASH, false, true);
        double at = 100 * report.amount();
        int n = report.steps().size();
        if (n > 1) {
            // Each step drops and its fine-tuning recovers: a saw-tooth over the steps' amounts.
            double[] x = new double[2 * n];
            double[] y = new double[2 * n];
            for (int i = 0; i < n; i++) {
                x[2 * i] = at * (i + 1) / n;
                x[2 * i + 1] = x[2 * i];
                y[2 * i] = factor * report.steps().get(i).pruned();
                y[2 * i + 1] = factor * report.steps().get(i).fineTuned();
            }
            ChartLines.line(amounts, "steps: pruned, then fine-tuned", x, y, SWT.COLOR_DARK_GREEN, LineStyle.DOT, true, true);
        } else {
            ChartLines.line(amounts, "pruned", new double[] {at}, new double[] {factor * report.prunedScore()}, SWT.COLOR_DARK_RED,
                    LineStyle.NONE, true, true);
            if (!Double.isNaN(report.fineTunedScore())) {
                ChartLines.line(amounts, "fine-tuned", new double[] {at}, new double[] {factor * report.fineTunedScore()},
                        SWT.COLOR_DARK_GREEN, LineStyle.NONE, true, true);
            }
        }
        amounts.getTitle().setText(report.sweep().isEmpty() ? "Tick Sweep amounts to score every amount" : "Test score by units removed");
        amounts.suspendUpdate(false);
        amounts.updateLayout();
        amounts.getAxisSet().adjustRange();
        ChartRanges.fit(amounts);
        amounts.redraw();
    }
}
