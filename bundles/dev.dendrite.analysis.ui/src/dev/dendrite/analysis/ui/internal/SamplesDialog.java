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

import dev.dendrite.launching.internal.RunGeneration;

/**
 * A GAN's generator drawing, in a non-modal dialog: samples of its noise beside spherical interpolations between noise
 * vectors, and the samples' diversity against the data's (a collapsed generator's is far below). A conditional generator draws
 * every class in turn (a column each) or the class chosen; a classifier run beside it on the same data can judge the samples
 * (Fréchet distance, classifier score, classes covered). A variational autoencoder's run draws the same from its prior through
 * its decoder. Each Generate runs {@code dendrite generate} in a trainer JVM.
 */
public final class SamplesDialog extends SideDialog {

    private final Path run;
    private Spinner count;
    private Spinner steps;
    private Spinner seed;
    private Combo drawnClass;
    private Combo judge;
    private List<Path> judges = List.of();
    private boolean choicesRead;
    private Button start;
    private Label status;
    private PictureCanvas samples;
    private PictureCanvas interpolation;
    private RunGeneration.Samples shown;

    SamplesDialog(Shell parent, Path run) {
        super(parent, "Samples of " + run.getFileName(), new Point(1200, 720), false);
        this.run = run;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(11, false));
        count = spinner(area, "Samples:", 64, 2, 1024, "samples drawn from the noise, in rows of eight (a column per class)");
        steps = spinner(area, "Steps:", 10, 2, 40, "samples on each interpolation, its two ends included");
        seed = spinner(area, "Seed:", 1, 0, Integer.MAX_VALUE, "the noise's seed: the same seed draws the same samples");
        drawnClass = combo(area, "Class:", "a conditional generator draws every class in turn, a column each, or the class chosen");
        drawnClass.add("reading the model...");
        drawnClass.select(0);
        drawnClass.setEnabled(false);
        judge = combo(area, "Judge:", "a classifier run beside this one, trained on the same data, judges 1,000 samples: the Fréchet "
                + "distance in its features beside the data's own, its score, the classes covered");
        judge.add("looking for classifier runs...");
        judge.select(0);
        judge.setEnabled(false);
        start = new Button(area, SWT.PUSH);
        start.setText("Generate");
        start.addListener(SWT.Selection, e -> generate());
        status = new Label(area, SWT.WRAP);
        GridData statusData = new GridData(SWT.FILL, SWT.CENTER, true, false, 11, 1);
        statusData.widthHint = 1100;
        status.setLayoutData(statusData);
        SashForm body = new SashForm(area, SWT.HORIZONTAL);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 11, 1));
        samples = new PictureCanvas(body, gc -> samples.paintFitted(gc, 2));
        samples.canvas().setToolTipText("the generator's samples, each from its own draw of the noise");
        interpolation = new PictureCanvas(body, gc -> interpolation.paintFitted(gc, 2));
        interpolation.canvas().setToolTipText("a row per pair of noise vectors: the samples along the arc between them (spherical "
                + "interpolation, as a Gaussian's draws lie near a sphere)");
        body.setWeights(1, 1);
        status.setText("Generate draws the generator's samples and interpolates between noise vectors; the samples' diversity is "
                + "measured against the data's");
        start.setEnabled(false);
        readChoices();
        return area;
    }

    /** The generator's classes and the classifier runs beside it, read in a job: models and sibling runs can be many megabytes. */
    private void readChoices() {
        TrainerJob.schedule("Reading " + run.getFileName() + "'s generator and the classifier runs beside it", false, status,
                "Reading cancelled", monitor -> new Choices(RunGeneration.classes(run), RunGeneration.judges(run)), (read, problem) -> {
                    if (read == null) {
                        status.setText(problem);
                        return;
                    }
                    offer(read);
                });
    }

    /** What the boxes offer: a conditional generator's classes (0: none) and the judges, best first. */
    private record Choices(int classes, List<Path> judges) {
    }

    private void offer(Choices read) {
        drawnClass.removeAll();
        drawnClass.add(read.classes() == 0 ? "none" : "every class");
        for (int c = 0; c < read.classes(); c++) {
            drawnClass.add(String.valueOf(c));
        }
        drawnClass.select(0);
        drawnClass.setEnabled(read.classes() > 0);
        if (read.classes() == 0) {
            drawnClass.setToolTipText("the generator reads no class (it is not conditional)");
        }
        judges = read.judges();
        judge.removeAll();
        judge.add("none");
        judges.forEach(j -> judge.add(j.getFileName().toString()));
        judge.select(judges.isEmpty() ? 0 : 1);
        judge.setEnabled(true);
        start.setEnabled(true);
        choicesRead = true;
        drawnClass.getParent().layout(true);
    }

    private static Spinner spinner(Composite parent, String label, int value, int min, int max, String tip) {
        new Label(parent, SWT.NONE).setText(label);
        Spinner spinner = new Spinner(parent, SWT.BORDER);
        spinner.setValues(value, min, max, 0, 1, 10);
        spinner.setToolTipText(tip);
        return spinner;
    }

    private static Combo combo(Composite parent, String label, String tip) {
        new Label(parent, SWT.NONE).setText(label);
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.setToolTipText(tip);
        return combo;
    }

    /** Sets the count, the steps and the seed and presses Generate (tests). */
    public void generate(int chosenCount, int chosenSteps, int chosenSeed) {
        count.setSelection(chosenCount);
        steps.setSelection(chosenSteps);
        seed.setSelection(chosenSeed);
        generate();
    }

    /** Chooses the class drawn (-1: every class) and the judge (null: none), as a user would (tests). */
    public void choose(int chosenClass, Path chosenJudge) {
        drawnClass.select(chosenClass + 1);
        judge.select(chosenJudge == null ? 0 : judges.indexOf(chosenJudge) + 1);
    }

    /** Whether the class and judge boxes offer their choices yet (tests). */
    public boolean choicesRead() {
        return choicesRead;
    }

    /** The judges offered, best first (tests). */
    public List<Path> judges() {
        return judges;
    }

    /** The drawing shown, or null (tests). */
    public RunGeneration.Samples shown() {
        return shown;
    }

    /** The status line (tests). */
    public String statusText() {
        return status.isDisposed() ? "" : status.getText();
    }

    /** Whether both pictures are loaded (tests). */
    public boolean picturesShown() {
        return samples.picture() != null && interpolation.picture() != null;
    }

    private void generate() {
        int n = count.getSelection();
        int s = steps.getSelection();
        long from = seed.getSelection();
        int only = drawnClass.isEnabled() ? drawnClass.getSelectionIndex() - 1 : -1;
        Path by = judge.getSelectionIndex() > 0 ? judges.get(judge.getSelectionIndex() - 1) : null;
        inTrainer(start, status, "Drawing " + n + " samples" + (by == null ? "" : " and judging 1,000") + "...", "Drawing from "
                + run.getFileName(), "Drawing cancelled", monitor -> RunGeneration.samples(run, n, s, from, only, by, monitor), this::show);
    }

    private void show(RunGeneration.Samples drawn) {
        shown = drawn;
        status.setText(summary(drawn));
        status.getParent().layout(true);
        samples.load(drawn.files().get("samples"));
        interpolation.load(drawn.files().get("interpolation"));
    }

    static String summary(RunGeneration.Samples s) {
        String data = "";
        if (!Double.isNaN(s.dataDiversity())) {
            double share = s.diversity() / s.dataDiversity();
            data = String.format(Locale.ROOT, "; the data's %.4f, so %.0f%% of it%s", s.dataDiversity(), 100 * share, share >= 0.5 ? ""
                    : s.prior() ? ": the decoder's samples vary far less than the data" : ": the generator has collapsed onto few modes");
        }
        String drawn = s.classes() == 0 ? "" : s.drawnClass() >= 0 ? " of class " + s.drawnClass() : ", a column per class,";
        return String.format(Locale.ROOT, "%d samples%s from %d-dimensional %s (seed %d): their diversity (root mean square distance "
                + "per value) %.4f%s. Left: the samples; right: interpolations of %d steps between %s%s", s.count(), drawn, s.dims(),
                s.prior() ? "codes of the prior N(0, I), decoded" : "noise", s.seed(), s.diversity(), data, s.steps(), s.prior() ? "codes"
                        : "noise vectors", s.verdict() == null ? "" : ".\n" + verdict(s.verdict()));
    }

    private static String verdict(RunGeneration.Verdict v) {
        String conditional = Double.isNaN(v.conditionalAccuracy()) ? ""
                : String.format(Locale.ROOT, "; %.1f%% judged the class asked for", 100 * v.conditionalAccuracy());
        return String.format(Locale.ROOT, "Judged by %s on %d samples: Fréchet distance %.2f (test samples from test samples: %.2f), "
                + "classifier score %.2f of %d (the data's %.2f), %d of %d classes covered%s", Path.of(v.judge()).getParent().getFileName(),
                v.samples(), v.frechetDistance(), v.dataFrechetDistance(), v.classifierScore(), v.classes(), v.dataClassifierScore(),
                v.coveredClasses(), v.classes(), conditional);
    }
}
