package dev.dendrite.analysis.ui.internal;

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
import org.eclipse.swt.widgets.Text;

import dev.dendrite.launching.internal.RunLatent;

/**
 * A variational autoencoder's latent space, in a non-modal dialog: the decoder's manifold over two code dimensions, the test
 * samples' code means by class, a table of each dimension's KL term and activity (collapsed ones named), codes of the prior
 * decoded, a line between two digits and each dimension traversed alone. Each Draw runs {@code dendrite latent} in a trainer JVM; the run keeps the last
 * report, shown on opening.
 */
public final class LatentDialog extends SideDialog {

    private final java.nio.file.Path run;
    private Spinner samples;
    private Spinner grid;
    private Text dims;
    private Button start;
    /** A conditional autoencoder's class to decode: the first item the line's first sample's, then each class. */
    private Combo decodedClass;
    private static final String[] FIRST_SAMPLES_CLASS = {"the line's first sample's"};
    private static final String PRIOR_TIP = "64 codes drawn from the prior N(0, I), decoded";
    private Label status;
    private PictureCanvas manifold;
    private PictureCanvas codes;
    private PictureCanvas prior;
    private PictureCanvas line;
    private PictureCanvas traversal;
    private Table table;
    private RunLatent.Report shown;

    LatentDialog(Shell parent, java.nio.file.Path run) {
        super(parent, "Latent space of " + run.getFileName(), new Point(1400, 820), false);
        this.run = run;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(9, false));
        new Label(area, SWT.NONE).setText("Samples:");
        samples = new Spinner(area, SWT.BORDER);
        samples.setValues(2000, 2, 100_000, 0, 500, 2000);
        samples.setToolTipText("the test split's first samples encoded: each dimension's statistics and the codes drawn are over them");
        new Label(area, SWT.NONE).setText("Grid:");
        grid = new Spinner(area, SWT.BORDER);
        grid.setValues(15, 2, 40, 0, 1, 5);
        grid.setToolTipText("codes per side of the manifold, at the standard normal's quantiles (i + ½)/grid of two dimensions, the others 0");
        new Label(area, SWT.NONE).setText("Dims:");
        dims = new Text(area, SWT.BORDER);
        dims.setMessage("the two of largest KL; or 0,1");
        GridData dimsData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        dimsData.widthHint = 180;
        dims.setLayoutData(dimsData);
        dims.setToolTipText("the two code dimensions the manifold and the codes span, as I,J (blank: the two with the largest KL term)");
        new Label(area, SWT.NONE).setText("Class:");
        decodedClass = new Combo(area, SWT.READ_ONLY);
        decodedClass.setItems(FIRST_SAMPLES_CLASS);
        decodedClass.select(0);
        decodedClass.setEnabled(false);
        decodedClass.setToolTipText("a conditional autoencoder's (the cvae template's): the class the manifold, the line and the traversals "
                + "decode with; its code holds the style, the class the digit");
        start = new Button(area, SWT.PUSH);
        start.setText("Draw");
        start.addListener(SWT.Selection, e -> draw());
        status = new Label(area, SWT.WRAP);
        GridData statusData = new GridData(SWT.FILL, SWT.CENTER, true, false, 9, 1);
        statusData.widthHint = 1160;
        status.setLayoutData(statusData);
        SashForm body = new SashForm(area, SWT.HORIZONTAL);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 9, 1));
        manifold = new PictureCanvas(body, gc -> manifold.paintFitted(gc, 2));
        manifold.canvas().setToolTipText("the decoder's output over the two dimensions: left to right the first rises, bottom to top the second");
        codes = new PictureCanvas(body, gc -> codes.paintFitted(gc, 2));
        codes.canvas().setToolTipText("the samples' code means over the same two dimensions (±3 on each axis), coloured by class");
        SashForm side = new SashForm(body, SWT.VERTICAL);
        table = new Table(side, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        table.setHeaderVisible(true);
        for (String title : new String[] {"Dim", "KL", "Activity", "Mean σ²", "State"}) {
            TableColumn column = new TableColumn(table, title.equals("Dim") || title.equals("State") ? SWT.LEFT : SWT.RIGHT);
            column.setText(title);
            column.setWidth(title.equals("State") ? 160 : title.equals("Dim") ? 48 : 80);
            if (title.equals("KL")) {
                column.setToolTipText("the dimension's KL term against the prior N(0, 1), nats per sample");
            } else if (title.equals("Activity")) {
                column.setToolTipText("the variance over samples of the code's mean (Burda et al., 2016): below 0.01 the dimension has collapsed "
                        + "to the prior and carries nothing");
            } else if (title.equals("Mean σ²")) {
                column.setToolTipText("the encoder's variance of the dimension, averaged over the samples");
            }
        }
        prior = new PictureCanvas(side, gc -> prior.paintFitted(gc, 2));
        prior.canvas().setToolTipText(PRIOR_TIP);
        line = new PictureCanvas(side, gc -> line.paintFitted(gc, 2));
        line.canvas().setToolTipText("the straight line between two test samples' codes, decoded, the samples at its ends");
        traversal = new PictureCanvas(side, gc -> traversal.paintFitted(gc, 2));
        traversal.canvas().setToolTipText("a row per dimension, largest KL first: the first sample's code with that dimension alone set from −3 "
                + "to 3, decoded (what each dimension changes on its own)");
        side.setWeights(2, 3, 1, 2);
        body.setWeights(5, 4, 4);
        RunLatent.Report kept = RunLatent.kept(run);
        if (kept != null) {
            show(kept, "kept from the last drawing of " + run.getFileName());
        } else {
            status.setText("Draw encodes the test samples and decodes codes of the latent space: the manifold over two dimensions, samples "
                    + "of the prior and a line between two digits, with each dimension's KL term and activity");
        }
        return area;
    }

    /** Sets the class a conditional autoencoder decodes with (-1: the line's first sample's) and presses Draw (tests). */
    public void drawClass(int chosen) {
        decodedClass.select(chosen + 1);
        draw();
    }

    /** Whether the Class box is enabled: the model shown is conditional (tests). */
    public boolean classChoosable() {
        return decodedClass.isEnabled();
    }

    /** Sets the settings and presses Draw (tests). */
    public void draw(int chosenSamples, int chosenGrid, String chosenDims) {
        samples.setSelection(chosenSamples);
        grid.setSelection(chosenGrid);
        dims.setText(chosenDims);
        draw();
    }

    /** The report shown, or null (tests). */
    public RunLatent.Report shown() {
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

    /** Whether the manifold, codes, prior, line and traversal pictures are loaded (tests). */
    public boolean picturesShown() {
        return manifold.picture() != null && codes.picture() != null && prior.picture() != null && line.picture() != null
                && traversal.picture() != null;
    }

    private void draw() {
        int n = samples.getSelection();
        int g = grid.getSelection();
        String chosen = dims.getText().strip();
        int asked = decodedClass.getSelectionIndex() - 1;
        String progress = String.format(Locale.ROOT, "Encoding %,d test samples and decoding a %d × %d manifold...", n, g, g);
        inTrainer(start, status, progress, "Drawing the latent space of " + run.getFileName(), "Drawing cancelled",
                monitor -> RunLatent.run(run, n, g, chosen, asked, monitor), done -> show(done, "kept in the run"));
    }

    private void show(RunLatent.Report report, String where) {
        shown = report;
        status.setText(summary(report) + " (" + where + ")");
        status.getParent().layout(true);
        manifold.load(report.files().get("manifold"));
        codes.load(report.files().get("codes"));
        prior.load(report.files().get("prior"));
        line.load(report.files().get("line"));
        traversal.load(report.files().get("traversal"));
        if (report.conditional() && decodedClass.getItemCount() != report.classes() + 1) {
            String[] items = new String[report.classes() + 1];
            items[0] = FIRST_SAMPLES_CLASS[0];
            for (int c = 0; c < report.classes(); c++) {
                items[c + 1] = Integer.toString(c);
            }
            decodedClass.setItems(items);
            decodedClass.select(0);
        }
        decodedClass.setEnabled(report.conditional());
        prior.canvas().setToolTipText(report.conditional() ? "codes drawn from the prior N(0, I), a row each, decoded as every class: one style "
                + "drawn as each digit" : PRIOR_TIP);
        table.removeAll();
        for (RunLatent.Dimension d : report.dimensions()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {Integer.toString(d.dim()), String.format(Locale.ROOT, "%.4f", d.kl()), String.format(Locale.ROOT, "%.4f",
                    d.activity()), String.format(Locale.ROOT, "%.4f", d.meanVariance()), d.active() ? "active" : "collapsed to the prior"});
            if (!d.active()) {
                item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            }
        }
    }

    static String summary(RunLatent.Report r) {
        String conditional = r.conditional() ? String.format(Locale.ROOT, "; conditional on its class: the manifold, line and traversals decode "
                + "a %d, the prior's codes (a row each) every class", r.decodedClass()) : "";
        return plainSummary(r) + conditional;
    }

    private static String plainSummary(RunLatent.Report r) {
        return String.format(Locale.ROOT, "%d of %d code dimensions active over the first %,d %s samples: KL %.3f nats per sample, reconstruction "
                + "error %.5f per value; loss as trained %.3f (%.4g × error + %.4g × KL). Left: the manifold over dims %d (rightwards) and %d "
                + "(upwards); middle: the samples' codes by class; right: prior samples, a line from a %s to a %s and each dimension traversed", r.activeDims(), r
                        .dimensions().size(), r.samples(), r.split(), r.kl(), r.reconstructionError(), r.loss(), r.reconstructionWeight(), r
                                .klWeight(), r.manifoldDims()[0], r.manifoldDims()[1], label(r.fromLabel()), label(r.toLabel()));
    }

    private static String label(int label) {
        return label < 0 ? "sample" : Integer.toString(label);
    }
}
