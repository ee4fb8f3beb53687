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
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.LineStyle;

import dev.dendrite.launching.internal.RunRobustness;
import dev.dendrite.launching.ui.internal.ChartRanges;
import dev.dendrite.train.run.RunRecord;

/**
 * Adversarial robustness of a run's classifier in a non-modal dialog: the attack (PGD or FGSM), its
 * steps and radii, then the accuracy at each radius under the attack beside random noise of the
 * radius and the unattacked accuracy, and the fooled samples as the attack changed them. Each
 * Attack runs {@code dendrite robustness} in a trainer JVM; the run keeps the last report, shown on opening.
 */
public final class RobustnessDialog extends SideDialog {

    private static final String[] ATTACKS = {"pgd", "fgsm"};
    /** The Certify box's items and the bounds each names (null: none). */
    private static final String[] CERTIFICATES = {"No certificate", "Certify: intervals", "Certify: CROWN-IBP", "Certify: CROWN",
        "Certify: smoothing"};
    private static final String[] BOUNDS = {null, "interval", "crown-ibp", "crown", "smoothing"};

    private final Path run;
    private Combo attack;
    private Combo norm;
    private Spinner steps;
    private Text radii;
    private Spinner samples;
    private Combo certify;
    private Button start;
    private Label status;
    private Chart accuracy;
    private AdversarialStrip examples;
    private RunRobustness.Report shown;

    RobustnessDialog(Shell parent, Path run) {
        super(parent, "Robustness of " + run.getFileName(), new Point(1200, 680), false);
        this.run = run;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(12, false));
        new Label(area, SWT.NONE).setText("Attack:");
        attack = new Combo(area, SWT.READ_ONLY);
        attack.setItems("PGD", "FGSM");
        attack.select(0);
        attack.setToolTipText("PGD: signed gradient steps of the loss, each projected back into the ball of the radius, from a random point of it "
                + "(Madry et al., 2018); FGSM: one step of the whole radius (Goodfellow et al., 2015)");
        new Label(area, SWT.NONE).setText("Ball:");
        norm = new Combo(area, SWT.READ_ONLY);
        norm.setItems("L∞", "L2");
        norm.select(0);
        norm.setToolTipText("L∞: no value moves by more than the radius (each pixel); L2: the change's Euclidean length is at most the radius "
                + "(free to gather on a few values; radii 0.25 to 3 of the inputs' span by default)");
        new Label(area, SWT.NONE).setText("Steps:");
        steps = new Spinner(area, SWT.BORDER);
        steps.setValues(10, 1, 200, 0, 1, 10);
        steps.setToolTipText("PGD's steps, each 2.5/steps of the radius");
        attack.addListener(SWT.Selection, e -> steps.setEnabled(attack.getSelectionIndex() == 0));
        new Label(area, SWT.NONE).setText("Radii:");
        radii = new Text(area, SWT.BORDER);
        GridData radiiData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        radiiData.widthHint = 260;
        radii.setLayoutData(radiiData);
        radii.setMessage("0.01,0.02,0.05,0.1,0.2,0.3 of the inputs' span");
        radii.setToolTipText("how far each input value may move (L∞), in the input's units; pictures stay in their range, e.g. [0, 1]");
        new Label(area, SWT.NONE).setText("Samples:");
        samples = new Spinner(area, SWT.BORDER);
        samples.setValues(1000, 10, 100_000, 0, 100, 1000);
        samples.setToolTipText("the test split's first samples to attack");
        certify = new Combo(area, SWT.READ_ONLY);
        certify.setItems(CERTIFICATES);
        certify.select(0);
        certify.setToolTipText("also bound the network over the L∞ ball: the samples no input of the ball can fool, a floor under the attacked "
                + "accuracy. Intervals: one forward pass, loose for networks not trained for it; CROWN-IBP: linear bounds back from the "
                + "logits over intervals; CROWN: linear bounds at every layer, far tighter, seconds per sample on a convolutional network. "
                + "Smoothing (L2 ball): the class the model reads most often under Gaussian noise of 0.25 of the inputs' span, certified "
                + "by 10,000 noisy copies per sample (randomized smoothing; a model trained with --augment noise keeps its accuracy)");
        start = new Button(area, SWT.PUSH);
        start.setText("Attack");
        start.addListener(SWT.Selection, e -> attack());
        status = new Label(area, SWT.WRAP);
        GridData statusData = new GridData(SWT.FILL, SWT.CENTER, true, false, 12, 1);
        statusData.widthHint = 1120;
        status.setLayoutData(statusData);
        SashForm body = new SashForm(area, SWT.HORIZONTAL);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 12, 1));
        accuracy = new Chart(body, SWT.NONE);
        accuracy.getTitle().setText("Accuracy under attack");
        accuracy.getLegend().setPosition(SWT.BOTTOM);
        examples = new AdversarialStrip(body);
        body.setWeights(3, 2);
        openOnOwnCertificates();
        RunRobustness.Report kept = RunRobustness.kept(run);
        if (kept != null) {
            show(kept, "kept from the last attack on " + run.getFileName());
        } else {
            status.setText("Attack moves each test sample within a radius in the direction that raises its loss most, and scores the model "
                    + "on the moved samples beside the same radius of random noise");
        }
        return area;
    }

    /**
     * A run trained for certificates (--certified ε) opens on them: its own bounds (CROWN-IBP where it trained with them, else
     * intervals) at half, once and twice its radius.
     */
    private void openOnOwnCertificates() {
        java.util.Map<String, Object> config;
        try {
            config = dev.dendrite.train.run.RunReader.readWithoutMetrics(run).config();
        } catch (java.io.IOException e) {
            return; // no record to read: the usual defaults
        }
        if (config.get("certified") instanceof Number radius && radius.doubleValue() > 0) {
            double epsilon = radius.doubleValue();
            certify.select(java.util.Arrays.asList(BOUNDS).indexOf("crown-ibp".equals(config.get("certifiedBounds")) ? "crown-ibp" : "interval"));
            radii.setText(RunRecord.significant(epsilon / 2) + "," + RunRecord.significant(epsilon) + "," + RunRecord.significant(2 * epsilon));
        }
    }

    /** The Certify box's choice and the radii as they stand (tests). */
    public String[] choices() {
        return new String[] {certify.getText(), radii.getText()};
    }

    /** Sets the attack and presses Attack (tests): {@code radii} comma-separated, or blank for the defaults. */
    public void attack(String method, int pgdSteps, String chosenRadii, int count) {
        attack(method, "linf", pgdSteps, chosenRadii, count);
    }

    /** As above in the {@code ball} ("linf" or "l2"). */
    public void attack(String method, String ball, int pgdSteps, String chosenRadii, int count) {
        attack(method, ball, pgdSteps, chosenRadii, count, null);
    }

    /** As above, certified by {@code bounds} ("interval", "crown-ibp", "crown"; null: not certified). */
    public void attack(String method, String ball, int pgdSteps, String chosenRadii, int count, String bounds) {
        certify.select(java.util.Arrays.asList(BOUNDS).indexOf(bounds));
        norm.select(ball.equals("l2") ? 1 : 0);
        attack.select(java.util.Arrays.asList(ATTACKS).indexOf(method));
        steps.setSelection(pgdSteps);
        radii.setText(chosenRadii);
        samples.setSelection(count);
        attack();
    }

    /** The report shown, or null (tests). */
    public RunRobustness.Report shown() {
        return shown;
    }

    /** The status line (tests). */
    public String statusText() {
        return status.isDisposed() ? "" : status.getText();
    }

    /** The fooled samples drawn (tests). */
    public int examplesDrawn() {
        return examples.drawn();
    }

    private void attack() {
        String method = ATTACKS[Math.max(0, attack.getSelectionIndex())];
        String ball = norm.getSelectionIndex() == 1 ? "l2" : "linf";
        String bounds = BOUNDS[Math.max(0, certify.getSelectionIndex())];
        if (bounds != null && bounds.equals("smoothing") != ball.equals("l2")) {
            status.setText(bounds.equals("smoothing") ? "Randomized smoothing certifies the L2 ball: choose Ball L2"
                    : "Intervals and CROWN bound the L∞ ball: choose Ball L∞, or certify the L2 ball by smoothing");
            return;
        }
        int k = steps.getSelection();
        String chosen = radii.getText().strip();
        int n = samples.getSelection();
        String progress = String.format(Locale.ROOT, "Attacking %d test samples by %s%s...", n, method.toUpperCase(Locale.ROOT),
                method.equals("pgd") ? " of " + k + " steps" : "");
        inTrainer(start, status, progress, "Attacking " + run.getFileName(), "Attack cancelled",
                monitor -> RunRobustness.run(run, method, ball, k, chosen, n, bounds, monitor), done -> show(done, "kept in the run"));
    }

    /** The bounds' name as people write it. */
    static String boundsName(String bounds) {
        return bounds == null || bounds.equals("interval") ? "interval bounds" : bounds.equals("smoothing") ? "smoothed model"
                : bounds.toUpperCase(Locale.ROOT);
    }

    private void show(RunRobustness.Report report, String where) {
        shown = report;
        status.setText(summary(report) + " (" + where + ")");
        status.getParent().layout(true);
        draw(report);
        examples.show(report);
    }

    static String summary(RunRobustness.Report r) {
        RunRobustness.Level last = r.levels().get(r.levels().size() - 1);
        String how = (r.attack().equals("pgd") ? "PGD of " + r.steps() + " steps" + (r.randomStart() ? ", random start" : "") : "FGSM")
                + (r.norm().equals("l2") ? " in the L2 ball" : "");
        String range = Double.isNaN(r.low()) ? "" : " in [" + RunRecord.significant(r.low()) + ", " + RunRecord.significant(r.high()) + "]";
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s on %,d %s samples%s: unattacked %.1f%%, at radius %s %.1f%% "
                + "(random noise %.1f%%)", how, r.samples(), r.split(), range, 100 * r.cleanAccuracy(), RunRecord.significant(last.epsilon()), 100
                        * last.accuracy(), 100 * last.randomAccuracy()));
        if (!Double.isNaN(r.smoothedAccuracy())) {
            text.append(String.format(Locale.ROOT, "; smoothed model %.1f%%", 100 * r.smoothedAccuracy()));
        }
        if (!Double.isNaN(last.certified())) {
            text.append(String.format(Locale.ROOT, ", certified %.1f%% (%s)", 100 * last.certified(), boundsName(r.bounds())));
        }
        text.append(Double.isNaN(r.medianEpsilon()) ? "; half the samples or more withstand every radius"
                : "; half the samples are fooled at a radius of " + RunRecord.significant(r.medianEpsilon()) + " or less");
        for (String warning : r.warnings()) {
            text.append("; warning: ").append(warning);
        }
        return text.toString();
    }

    /** Accuracy against the radius: under the attack, under random noise of the radius, and unattacked. */
    private void draw(RunRobustness.Report report) {
        accuracy.suspendUpdate(true);
        ChartLines.clear(accuracy);
        List<RunRobustness.Level> levels = report.levels();
        String[] names = levels.stream().map(l -> RunRecord.significant(l.epsilon())).toArray(String[]::new);
        IAxis x = accuracy.getAxisSet().getXAxis(0);
        x.getTitle().setText(report.norm().equals("l2") ? "radius ε (L2)" : "radius ε (L∞)");
        x.setCategorySeries(names);
        x.enableCategory(true);
        accuracy.getAxisSet().getYAxis(0).getTitle().setText(report.split() + " accuracy (%)");
        double[] positions = java.util.stream.IntStream.range(0, names.length).asDoubleStream().toArray();
        ChartLines.line(accuracy, "under " + report.attack().toUpperCase(Locale.ROOT), positions, levels.stream().mapToDouble(l -> 100 * l
                .accuracy()).toArray(), SWT.COLOR_DARK_RED, LineStyle.SOLID, true, true);
        ChartLines.line(accuracy, "under random noise of the radius", positions, levels.stream().mapToDouble(l -> 100 * l.randomAccuracy())
                .toArray(), SWT.COLOR_DARK_BLUE, LineStyle.SOLID, true, true);
        if (levels.stream().noneMatch(l -> Double.isNaN(l.certified()))) {
            ChartLines.line(accuracy, "certified (" + boundsName(report.bounds()) + ")", positions, levels.stream().mapToDouble(l -> 100 * l
                    .certified()).toArray(), SWT.COLOR_DARK_GREEN, LineStyle.SOLID, true, true);
        }
        if (!"interval".equals(report.bounds()) && levels.stream().noneMatch(l -> Double.isNaN(l.intervalCertified()))) {
            ChartLines.line(accuracy, "certified (interval bounds)", positions, levels.stream().mapToDouble(l -> 100 * l.intervalCertified())
                    .toArray(), SWT.COLOR_DARK_GREEN, LineStyle.DOT, true, true);
        }
        double[] clean = new double[names.length];
        java.util.Arrays.fill(clean, 100 * report.cleanAccuracy());
        ChartLines.line(accuracy, "unattacked", positions, clean, SWT.COLOR_DARK_GRAY, LineStyle.DASH, false, true);
        accuracy.suspendUpdate(false);
        accuracy.updateLayout();
        accuracy.getAxisSet().adjustRange();
        ChartRanges.fit(accuracy);
        // Accuracies on their whole scale: how far the attack brings a model down is the point.
        accuracy.getAxisSet().getYAxis(0).setRange(new org.eclipse.swtchart.Range(0, 101));
        accuracy.redraw();
    }
}
