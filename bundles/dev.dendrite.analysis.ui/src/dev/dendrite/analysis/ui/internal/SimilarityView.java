package dev.dendrite.analysis.ui.internal;

import static dev.dendrite.launching.ui.internal.ViewExports.action;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.part.ViewPart;

import dev.dendrite.analysis.manifold.RepresentationSimilarity;
import dev.dendrite.launching.internal.RunProbes;
import dev.dendrite.launching.internal.RunSimilarity;
import dev.dendrite.launching.ui.internal.ViewExports;
import dev.dendrite.train.run.RunFiles;
import dev.dendrite.train.run.RunReader;

/**
 * The Layer Similarity view: how alike layers represent the same test samples, by linear or RBF CKA,
 * SVCCA or PWCCA (the Measure box), as {@code dendrite similarity} computes it: a finished run's layers against each other (where the
 * representation changes), or against another run's (whether two seeds, a ticket and its dense
 * network, or a student and its teacher learnt alike; each row's best match outlined). Compare
 * runs the command in a trainer JVM, as a cancellable job. Under it, each layer's linear probe
 * ({@code dendrite probe}, Probe): how well a linear classifier reads the classes from it, for the
 * run and the run it is compared with ({@link ProbeChart}).
 */
public final class SimilarityView extends ViewPart implements dev.dendrite.launching.ui.internal.RunViewer {

    public static final String ID = "dev.dendrite.analysis.ui.similarity";
    private static final String[] WITH = {"its own layers", "the layers of", "its own training"};

    private Composite root;
    private RunChoice runs;
    private Combo with;
    private RunChoice others;
    private Spinner samples;
    private Combo measure;
    /** The measures offered, as the Measure combo names them and as {@link RepresentationSimilarity.Measure#parse} reads them. */
    private static final String[] MEASURES = {"Linear CKA", "RBF CKA, width 0.8", "RBF CKA, width 0.4", "RBF CKA, width 0.2",
        "SVCCA, 99% kept", "PWCCA, 99% kept"};
    private static final String[] MEASURE_IDS = {"linear", "rbf:0.8", "rbf:0.4", "rbf:0.2", "svcca:0.99", "pwcca:0.99"};
    private Button compare;
    private Button probe;
    private ProbeChart probes;
    private Label status;
    private SimilarityCanvas canvas;
    private RunSimilarity.Matrix shown;
    private Job running;

    @Override
    public void createPartControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(11, false));
        new Label(root, SWT.NONE).setText("Run:");
        runs = new RunChoice(root, SimilarityView::finished, this::cleared);
        new Label(root, SWT.NONE).setText("Against:");
        with = new Combo(root, SWT.READ_ONLY);
        with.setItems(WITH);
        with.select(0);
        with.addListener(SWT.Selection, e -> cleared());
        others = new RunChoice(root, SimilarityView::finished, this::cleared);
        new Label(root, SWT.NONE).setText("Samples:");
        samples = new Spinner(root, SWT.BORDER);
        samples.setValues(500, 10, 2000, 0, 100, 500);
        samples.setToolTipText("the test split's first samples both models read");
        new Label(root, SWT.NONE).setText("Measure:");
        measure = new Combo(root, SWT.READ_ONLY);
        measure.setItems(MEASURES);
        measure.select(0);
        measure.setToolTipText("how the layers are compared: CKA by the samples' dot products (linear), or by a Gaussian of the distance "
                + "between them, its width a fraction of their median distance (RBF: the smaller, the more only near neighbours count); or "
                + "by the canonical correlations of each layer's main directions, those holding 99% of its variance, averaged (SVCCA) or "
                + "weighted by how much of the layer each accounts for (PWCCA): unchanged by any invertible linear map of a layer, and "
                + "wanting more samples than directions");
        compare = new Button(root, SWT.PUSH);
        compare.setText("Compare");
        compare.setToolTipText("dendrite similarity in a trainer JVM: every layer's activations on the samples, and the measure of each pair");
        compare.addListener(SWT.Selection, e -> compare());
        probe = new Button(root, SWT.PUSH);
        probe.setText("Probe");
        probe.setToolTipText("dendrite probe in a trainer JVM: a linear classifier trained on each layer's activations of 5,000 training "
                + "samples, scored on the test split: where the classes become linearly separable, beside the same network untrained (and "
                + "the other run when comparing two)");
        probe.addListener(SWT.Selection, e -> probe());
        status = new Label(root, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 11, 1));
        SashForm body = new SashForm(root, SWT.VERTICAL);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 11, 1));
        canvas = new SimilarityCanvas(body);
        probes = new ProbeChart(body);
        body.setWeights(3, 2);
        var menu = getViewSite().getActionBars().getMenuManager();
        menu.add(action("Refresh", this::refresh));
        menu.add(action("Export as PNG...", () -> ViewExports.askAndExport(root.getShell(), "*.png", f -> ViewExports.savePng(canvas.control(),
                f))));
        refresh();
    }

    /** A run that finished, with a model to read. */
    static boolean finished(Path dir) {
        return RunReader.isRunDirectory(dir) && Files.isRegularFile(dir.resolve(RunFiles.MODEL));
    }

    public void refresh() {
        runs.rescan(null);
        others.rescan(null);
        cleared();
    }

    /** {@code run}'s layers against each other (the Runs view with one run selected). */
    @Override
    public void show(Path run) {
        runs.rescan(run);
        with.select(0);
        others.rescan(null);
        cleared();
    }

    /** {@code run}'s layers against {@code other}'s (the Runs view with two runs selected). */
    @Override
    public void show(Path run, Path other) {
        runs.rescan(run);
        with.select(1);
        others.rescan(other);
        cleared();
    }

    @Override
    public void setFocus() {
        compare.setFocus();
    }

    /** Chooses what the run is compared against: 0 its own layers, 1 another run's, 2 its own training (tests). */
    public void chooseAgainst(int index) {
        with.select(index);
        cleared();
    }

    /** Chooses the measure at {@code index} of the Measure combo (tests). */
    public void chooseMeasure(int index) {
        measure.select(index);
    }

    /** Presses Compare (tests). */
    public void pressCompare() {
        compare();
    }

    /** Presses Probe (tests). */
    public void pressProbe() {
        probe();
    }

    /** The probes drawn: the run's, and the other run's where compared (tests). */
    public java.util.List<RunProbes.Report> probesShown() {
        return probes.shown();
    }

    /** The matrix shown, or null (tests). */
    public RunSimilarity.Matrix shown() {
        return shown;
    }

    public String statusText() {
        return status.getText();
    }

    private void cleared() {
        others.setEnabled(with.getSelectionIndex() == 1);
        samples.setEnabled(with.getSelectionIndex() != 2);
        shown = null;
        canvas.show(null);
        Path run = runs.chosen();
        Path other = with.getSelectionIndex() == 1 ? others.chosen() : null;
        probes.show(run == null ? null : RunProbes.kept(run), run == null ? "" : run.getFileName().toString(), other == null ? null : RunProbes
                .kept(other), other == null ? "" : other.getFileName().toString());
        status.setText(runs.chosen() == null ? "No finished run in the workspace: train a network, then Refresh" : with.getSelectionIndex() == 2
                ? "Compare reads each layer the run tapped (train --taps) at every recorded epoch and measures how alike it is to its last"
                : "Compare reads every layer's activations on the same test samples and measures how alike each pair represents them");
    }

    private void compare() {
        Path run = runs.chosen();
        Path other = with.getSelectionIndex() == 1 ? others.chosen() : null;
        if (run == null || running != null || with.getSelectionIndex() == 1 && other == null) {
            return;
        }
        int n = samples.getSelection();
        RepresentationSimilarity.Measure chosen = RepresentationSimilarity.Measure.parse(MEASURE_IDS[Math.max(0, measure.getSelectionIndex())]);
        compare.setEnabled(false);
        if (with.getSelectionIndex() == 2) {
            settle(run, chosen);
            return;
        }
        status.setText("Comparing the layers of " + run.getFileName() + (other == null ? "" : " with " + other.getFileName()) + "...");
        running = TrainerJob.schedule("Layer similarity of " + run.getFileName(), true, root, "Comparison cancelled",
                monitor -> RunSimilarity.run(run, other, n, chosen, monitor), (done, problem) -> {
                    running = null;
                    compare.setEnabled(true);
                    if (done == null) {
                        status.setText(run.getFileName() + ": " + problem);
                        return;
                    }
                    shown = done;
                    canvas.show(done);
                    status.setText(describe(done, run, other));
                    root.layout(true, true);
                });
    }

    /** Each layer the run tapped against its last recorded epoch, drawn as layers × epochs. */
    private void settle(Path run, RepresentationSimilarity.Measure chosen) {
        status.setText("Comparing each layer " + run.getFileName() + " recorded with its last recorded epoch...");
        running = TrainerJob.schedule("Layer similarity of " + run.getFileName() + " over training", true, root, "Comparison cancelled",
                monitor -> RunSimilarity.overTraining(run, chosen, monitor), (done, problem) -> {
                    running = null;
                    compare.setEnabled(true);
                    if (done == null) {
                        status.setText(run.getFileName() + ": " + problem);
                        return;
                    }
                    shown = done.matrix();
                    canvas.show(done.matrix());
                    status.setText(describe(done, run));
                    root.layout(true, true);
                });
    }

    static String describe(RunSimilarity.Settling s, Path run) {
        String kind = s.matrix().similarity().measure().describe();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s of each layer %s recorded (rows) at every recorded epoch "
                + "(columns) against its last, epoch %d; settled (at 0.9 or more from then on) by epoch:", Character.toUpperCase(kind.charAt(0))
                        + kind.substring(1), run.getFileName(), s.epochs().get(s.epochs().size() - 1)));
        for (int l = 0; l < s.settledAt().size(); l++) {
            text.append(l == 0 ? " " : ", ").append(s.matrix().rows().get(l)).append(' ').append(s.settledAt().get(l));
        }
        return text.toString();
    }

    private void probe() {
        Path run = runs.chosen();
        Path other = with.getSelectionIndex() == 1 ? others.chosen() : null;
        if (run == null || running != null || with.getSelectionIndex() == 1 && other == null) {
            return;
        }
        probe.setEnabled(false);
        status.setText("Probing every layer of " + run.getFileName() + (other == null ? "" : " and of " + other.getFileName()) + "...");
        running = TrainerJob.schedule("Linear probes of " + run.getFileName(), true, root, "Probing cancelled", monitor -> {
            RunProbes.Report mine = RunProbes.run(run, 5000, true, monitor);
            return new RunProbes.Report[] {mine, other == null ? null : RunProbes.run(other, 5000, false, monitor)};
        }, (done, problem) -> {
            running = null;
            probe.setEnabled(true);
            if (done == null) {
                status.setText(run.getFileName() + ": " + problem);
                return;
            }
            status.setText(probes.show(done[0], run.getFileName().toString(), done[1], other == null ? "" : other.getFileName().toString()));
        });
    }

    static String describe(RunSimilarity.Matrix m, Path run, Path other) {
        String kind = m.similarity().measure().describe();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s on %d %s samples: %s", Character.toUpperCase(kind.charAt(0))
                + kind.substring(1), m.samples(), m.split(),
                other == null ? run.getFileName() + "'s layers against each other" : run.getFileName() + " (rows) against " + other.getFileName()
                        + " (columns); each row's best match outlined"));
        if (other != null) {
            int[] best = m.bestMatches();
            long own = java.util.stream.IntStream.range(0, best.length).filter(i -> m.rows().get(i).equals(m.columns().get(best[i]))).count();
            text.append(String.format(Locale.ROOT, "; %d of %d layers are most like their namesake", own, best.length));
        } else if (!m.similarity().measure().canonical()) {
            int last = m.rows().size() - 1;
            text.append(String.format(Locale.ROOT, "; the output keeps %.2f of the input's geometry", m.values()[last][0]));
        }
        if (m.similarity().measure().canonical()) {
            List<Integer> kept = new java.util.ArrayList<>(m.similarity().rowDimensions());
            kept.addAll(m.similarity().columnDimensions());
            int most = kept.stream().mapToInt(Integer::intValue).max().orElse(0);
            text.append(String.format(Locale.ROOT, "; the layers keep %d to %d directions (chance: a mean squared correlation up to %.2f)",
                    kept.stream().mapToInt(Integer::intValue).min().orElse(0), most, RepresentationSimilarity.chanceSquared(most, most,
                            m.samples())));
        }
        return text.toString();
    }
}
