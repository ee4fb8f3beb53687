package dev.dendrite.analysis.ui.internal;

import java.nio.file.Path;
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

import dev.dendrite.launching.internal.RunGeneration;

/**
 * A GAN's generator drawing, in a non-modal dialog: samples of its noise beside spherical interpolations between noise
 * vectors, and the samples' diversity against the data's (a collapsed generator's is far below). Each Generate runs
 * {@code dendrite generate} in a trainer JVM.
 */
public final class SamplesDialog extends SideDialog {

    private final Path run;
    private Spinner count;
    private Spinner steps;
    private Spinner seed;
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
        area.setLayout(new GridLayout(7, false));
        count = spinner(area, "Samples:", 64, 2, 1024, "samples drawn from the noise, in rows of eight");
        steps = spinner(area, "Steps:", 10, 2, 40, "samples on each interpolation, its two ends included");
        seed = spinner(area, "Seed:", 1, 0, Integer.MAX_VALUE, "the noise's seed: the same seed draws the same samples");
        start = new Button(area, SWT.PUSH);
        start.setText("Generate");
        start.addListener(SWT.Selection, e -> generate());
        status = new Label(area, SWT.WRAP);
        GridData statusData = new GridData(SWT.FILL, SWT.CENTER, true, false, 7, 1);
        statusData.widthHint = 1100;
        status.setLayoutData(statusData);
        SashForm body = new SashForm(area, SWT.HORIZONTAL);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 7, 1));
        samples = new PictureCanvas(body, gc -> samples.paintFitted(gc, 2));
        samples.canvas().setToolTipText("the generator's samples, each from its own draw of the noise");
        interpolation = new PictureCanvas(body, gc -> interpolation.paintFitted(gc, 2));
        interpolation.canvas().setToolTipText("a row per pair of noise vectors: the samples along the arc between them (spherical "
                + "interpolation, as a Gaussian's draws lie near a sphere)");
        body.setWeights(1, 1);
        status.setText("Generate draws the generator's samples and interpolates between noise vectors; the samples' diversity is "
                + "measured against the data's");
        return area;
    }

    private static Spinner spinner(Composite parent, String label, int value, int min, int max, String tip) {
        new Label(parent, SWT.NONE).setText(label);
        Spinner spinner = new Spinner(parent, SWT.BORDER);
        spinner.setValues(value, min, max, 0, 1, 10);
        spinner.setToolTipText(tip);
        return spinner;
    }

    /** Sets the count, the steps and the seed and presses Generate (tests). */
    public void generate(int chosenCount, int chosenSteps, int chosenSeed) {
        count.setSelection(chosenCount);
        steps.setSelection(chosenSteps);
        seed.setSelection(chosenSeed);
        generate();
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
        inTrainer(start, status, "Drawing " + n + " samples...", "Drawing from " + run.getFileName(), "Drawing cancelled",
                monitor -> RunGeneration.samples(run, n, s, from, monitor), this::show);
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
            data = String.format(Locale.ROOT, "; the data's %.4f, so %.0f%% of it%s", s.dataDiversity(), 100 * share, share < 0.5
                    ? ": the generator has collapsed onto few modes" : "");
        }
        return String.format(Locale.ROOT, "%d samples from %d-dimensional noise (seed %d): their diversity (root mean square distance "
                + "per value) %.4f%s. Left: the samples; right: interpolations of %d steps between noise vectors", s.count(), s.dims(),
                s.seed(), s.diversity(), data, s.steps());
    }
}
