package dev.dendrite.analysis.ui.internal;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import dev.dendrite.launching.internal.RunGeneration;

/**
 * A next-step model (a character-level language model, a wave model) continuing a prime, in a
 * non-modal dialog: the prime, the temperature, the length and the seed, and what the model wrote;
 * or an encoder-decoder decoding a source of one's own greedily (its length only). Each Generate
 * runs {@code dendrite generate} in a trainer JVM.
 */
public final class GenerateDialog extends SideDialog {

    private final Path run;
    /** Whether the run's model decodes a source (two token inputs) rather than continuing a prime. */
    private final boolean decodes;
    private Text prime;
    private Spinner temperature;
    private Spinner length;
    private Spinner seed;
    /** An encoder-decoder's beam width, in the place of the seed (nothing is sampled). */
    private Spinner beam;
    private Button generate;
    private Label status;
    private Text output;
    private String generated;

    GenerateDialog(Shell parent, Path run) {
        super(parent, "Generate with " + run.getFileName(), new Point(720, 480), false);
        this.run = run;
        this.decodes = RunGeneration.encoderDecoder(run);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(8, false));
        new Label(area, SWT.NONE).setText(decodes ? "Source:" : "Prime:");
        prime = new Text(area, SWT.BORDER);
        prime.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 7, 1));
        prime.setMessage(decodes ? "token ids the encoder reads, e.g. 3,9,4,12; decoded greedily, each prediction fed back"
                : "what the model continues: text for a character model, numbers for a wave");
        temperature = spinner(area, "Temperature:", 80, 0, 300, 2, "0 takes the most likely step every time; higher, more surprising");
        length = spinner(area, "Length:", decodes ? 0 : 200, decodes ? 0 : 1, 5000, 0, decodes ? "tokens to decode; 0: as many as the source"
                : "steps to generate");
        // An encoder-decoder samples nothing: its third setting is the beam (1: greedy, as its test set was decoded).
        if (decodes) {
            beam = spinner(area, "Beam:", 1, 1, 64, 0, "sequences kept at every step; 1 decodes greedily");
        } else {
            seed = spinner(area, "Seed:", 42, 0, Integer.MAX_VALUE, 0, "the same seed writes the same text");
        }
        temperature.setEnabled(!decodes);
        generate = new Button(area, SWT.PUSH);
        generate.setText(decodes ? "Decode" : "Generate");
        generate.addListener(SWT.Selection, e -> generate());
        status = new Label(area, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 8, 1));
        output = new Text(area, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY | SWT.BORDER);
        output.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 8, 1));
        return area;
    }

    private static Spinner spinner(Composite parent, String label, int value, int min, int max, int digits, String tip) {
        new Label(parent, SWT.NONE).setText(label);
        Spinner spinner = new Spinner(parent, SWT.BORDER);
        spinner.setValues(value, min, max, digits, digits == 0 ? 1 : 10, digits == 0 ? 100 : 50);
        spinner.setToolTipText(tip);
        return spinner;
    }

    /** Sets the prime and temperature and presses Generate (tests). */
    public void generate(String text, double heat) {
        prime.setText(text);
        temperature.setSelection((int) Math.round(heat * 100));
        generate();
    }

    /** What the model wrote last, or null (tests). */
    public String generated() {
        return generated;
    }

    /** The status line (tests). */
    public String statusText() {
        return status.isDisposed() ? "" : status.getText();
    }

    /** Sets the beam an encoder-decoder decodes with (tests). */
    public void beam(int width) {
        beam.setSelection(width);
    }

    /** Whether the dialog decodes a source (an encoder-decoder's run) (tests). */
    public boolean decodes() {
        return decodes;
    }

    private void generate() {
        String text = prime.getText();
        if (text.isEmpty()) {
            status.setText(decodes ? "Give a source: token ids the encoder reads" : "Give a prime: the model continues it");
            return;
        }
        if (decodes) {
            decode(text);
            return;
        }
        double heat = temperature.getSelection() / 100.0;
        int steps = length.getSelection();
        long from = seed.getSelection();
        generate.setEnabled(false);
        generated = null;
        status.setText("Generating " + steps + " steps...");
        TrainerJob.schedule("Generating with " + run.getFileName(), true, output, "Generation cancelled", monitor -> RunGeneration.run(run,
                text, steps, heat, from, monitor), (done, failure) -> {
                    generate.setEnabled(true);
                    if (done == null) {
                        status.setText(failure);
                        return;
                    }
                    generated = done;
                    status.setText(String.format(java.util.Locale.ROOT, "%d steps at temperature %.2f, seed %d%s", steps, heat, from, heat == 0
                            ? " (the most likely step each time)" : ""));
                    output.setText(done.startsWith("[") ? done : text + done);
                });
    }

    private void decode(String source) {
        int tokens = length.getSelection();
        int width = beam.getSelection();
        generate.setEnabled(false);
        generated = null;
        status.setText("Decoding...");
        TrainerJob.schedule("Decoding with " + run.getFileName(), true, output, "Decoding cancelled", monitor -> RunGeneration.decode(run,
                source, tokens, width, monitor), (done, failure) -> {
                    generate.setEnabled(true);
                    if (done == null) {
                        status.setText(failure);
                        return;
                    }
                    generated = done;
                    status.setText(width == 1 ? "Decoded greedily: each prediction fed back as the decoder's next input"
                            : "Decoded by beam search: the likeliest of the " + width + " sequences kept at every step");
                    output.setText(source + "\n→ " + done);
                });
    }
}
