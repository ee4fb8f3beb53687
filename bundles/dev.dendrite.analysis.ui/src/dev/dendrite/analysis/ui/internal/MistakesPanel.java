package dev.dendrite.analysis.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

import dev.dendrite.analysis.evaluation.ClassificationReport;
import dev.dendrite.analysis.evaluation.Evaluation;
import dev.dendrite.launching.internal.RunSaliency;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.data.DataSources;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.data.TensorDataset;
import dev.dendrite.train.data.NpmDatasets;
import dev.dendrite.train.run.RunReader;

/**
 * The Evaluation view's misclassified samples: which of an evaluation's mistakes the strip draws
 * (all, a class's, a cell's), the evaluated split's samples for their pictures or, for a sequence
 * model, their token ids or values (read in a job of the workbench: data only), and with Saliency
 * checked each drawn mistake's map or scores per token or step (a trainer JVM, as a job).
 */
final class MistakesPanel {

    private static final String SALIENCY_TIP = "Lay each mistake's saliency over its picture (SmoothGrad) or its sequence's tokens or "
            + "steps (the gradient's size at each) for the class it was read as (dendrite saliency, in a trainer JVM)";

    private final MistakesStrip strip;
    private final Button saliency;
    /**
     * The saliency method: the --method words, labelled; sequences have no SmoothGrad (token ids take no noise) and no
     * occlusion, only pictures have Grad-CAM (a convolutional layer's maps), graphs have the rest.
     */
    private final Combo method;
    /** The methods the box offers now, in its order: --method word and label. */
    private List<String[]> offered = List.of();
    private static final String[][] METHODS = {{"smoothgrad", "SmoothGrad"}, {"gradient", "Gradient"},
        {"input-x-gradient", "Input × gradient"}, {"integrated-gradients", "Integrated gradients"}, {"grad-cam", "Grad-CAM"},
        {"occlusion", "Occlusion"}};
    private final Consumer<String> problems;
    private Path run;
    private Evaluation evaluation;
    /** The evaluated split's samples, once read (null while reading, or where they cannot be read). */
    private Dataset samples;
    /** For a sequence model, the evaluated split's sequences (token ids or values) by sample, once read (else null). */
    private java.util.function.IntFunction<SequenceSamples.Sequence> sequences;
    /** Whether the evaluated split holds an encoder-decoder's pairs: its mistakes are output steps, drawn as their sources. */
    private boolean pairs;
    /** For a graph network, the evaluated split's graphs (and nodes) by sample, once read (else null). */
    private java.util.function.IntFunction<GraphPicture.Sample> graphs;
    /** Which data set, split and seed {@link #samples} are. */
    private String samplesKey;
    /** Whether the evaluated split's samples can be explained (one input: pictures, vectors, token ids, values), as far as known. */
    private boolean explainable = true;
    /** Whether the run's model has feature maps for Grad-CAM (a convolution), as far as known. */
    private boolean featureMaps = true;
    /** The mistakes whose saliency was last asked for (null: none), so a redraw of the same strip asks no more. */
    private List<ClassificationReport.Mistake> saliencyFor;
    private int actual = -1;
    private int predicted = -1;

    /** @param problems hears what went wrong (a saliency that failed) */
    MistakesPanel(Composite parent, Consumer<String> problems) {
        this.problems = problems;
        strip = new MistakesStrip(parent);
        saliency = new Button(strip.header(), SWT.CHECK);
        saliency.setText("Saliency");
        saliency.setToolTipText(SALIENCY_TIP);
        saliency.addListener(SWT.Selection, e -> refreshSaliency());
        method = new Combo(strip.header(), SWT.READ_ONLY);
        method.setToolTipText("How each mistake's saliency is computed (dendrite saliency --method): SmoothGrad averages the gradient "
                + "over noisy copies, integrated gradients along the path from zeros, Grad-CAM weighs the last feature maps by their "
                + "gradient, occlusion zeroes patches and measures the drop; tints show each value's share of the largest magnitude");
        ((org.eclipse.swt.layout.GridLayout) strip.header().getLayout()).numColumns = 3;
        offerMethods(false, true);
        method.addListener(SWT.Selection, e -> {
            saliencyFor = null;
            refreshSaliency();
        });
    }

    /**
     * The methods for pictures, vectors or sequences; the chosen one kept where offered, else the first (for an encoder-decoder
     * input × gradient, as the Attention view: the plain gradient of an LSTM encoder favours its last tokens).
     */
    private void offerMethods(boolean sequences, boolean pictures) {
        String chosen = method.getSelectionIndex() < 0 ? null : chosenMethod();
        offered = java.util.Arrays.stream(METHODS).filter(m -> !(sequences && (m[0].equals("smoothgrad")
                || m[0].equals("occlusion"))) && (pictures || !m[0].equals("grad-cam"))).toList();
        method.setItems(offered.stream().map(m -> m[1]).toArray(String[]::new));
        String fallback = pairs ? "input-x-gradient" : offered.get(0)[0];
        int keep = 0;
        for (int i = 0; i < offered.size(); i++) {
            keep = offered.get(i)[0].equals(fallback) ? i : keep;
        }
        for (int i = 0; i < offered.size(); i++) {
            keep = offered.get(i)[0].equals(chosen) ? i : keep;
        }
        method.select(keep);
    }

    /** The chosen method's --method word. */
    private String chosenMethod() {
        return offered.get(method.getSelectionIndex())[0];
    }

    /** The saliency method box (tests). */
    Combo methodBox() {
        return method;
    }

    /** Shows {@code shown}'s mistakes (all of them), reading its samples where they are not read yet. */
    void evaluation(Path shownRun, Evaluation shown) {
        run = shownRun;
        evaluation = shown;
        showFor(-1, -1);
        readModel();
        readSamples();
        applyExplainable();
    }

    /** The mistakes of a cell (an off-diagonal one), of a class (a row or the diagonal), or of all ({@code -1}). */
    void showFor(int actualClass, int predictedClass) {
        actual = actualClass;
        predicted = predictedClass;
        ClassificationReport c = evaluation == null ? null : evaluation.classification();
        if (c == null) {
            strip.show("Mistakes: a classifier's evaluation shows them here", List.of(), null, null, null);
            return;
        }
        boolean cell = actual >= 0 && predicted >= 0 && actual != predicted;
        String heading = cell ? String.format(Locale.ROOT, "Class %d read as %d", actual, predicted)
                : actual >= 0 ? String.format(Locale.ROOT, "Class %d misread", actual) : "Most confident mistakes (click a cell for its own)";
        strip.show(heading, c.mistakes(actual, cell ? predicted : -1), samples, sequences, positions(), graphs);
        refreshSaliency();
    }

    /**
     * A tagger's mistakes' positions (each mistake is one step of its sequence), by the mistake itself: the evaluation lists
     * them beside its mistakes, in order. Null where the mistakes are whole samples.
     */
    private java.util.function.ToIntFunction<ClassificationReport.Mistake> positions() {
        var along = evaluation.sequence();
        if (along == null || !dev.dendrite.analysis.evaluation.SequenceReport.PER_STEP.equals(along.unit())) {
            return null;
        }
        int[] at = along.mistakePositions();
        List<ClassificationReport.Mistake> all = evaluation.classification().mistakes();
        java.util.Map<ClassificationReport.Mistake, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < all.size() && i < at.length; i++) {
            index.put(all.get(i), at[i]);
        }
        return m -> index.getOrDefault(m, -1);
    }

    /** The panel's outermost control. */
    Composite control() {
        return strip.control();
    }

    Button saliencyBox() {
        return saliency;
    }

    int[] drawn() {
        return strip.drawn();
    }

    boolean samplesRead() {
        return samples != null || sequences != null || graphs != null;
    }

    /** Saliency where the evaluated samples can be explained; off, and saying why, for sequence data of several inputs. */
    private void applyExplainable() {
        saliency.setEnabled(explainable);
        method.setEnabled(explainable);
        offerMethods(sequences != null, featureMaps && sequences == null && graphs == null && (samples == null
                || samples.sampleShape().length == 3));
        if (!explainable) {
            saliency.setSelection(false);
        }
        saliency.setToolTipText(explainable ? SALIENCY_TIP : "Saliency explains models of one input (pictures, vectors, token ids or "
                + "values); this data feeds several");
    }

    /** With Saliency checked, fetches the maps of the mistakes drawn and lays them over; unchecked, takes them away. */
    private void refreshSaliency() {
        if (!saliency.getSelection() || run == null || evaluation == null || evaluation.classification() == null) {
            saliencyFor = null;
            strip.overlay(m -> null);
            return;
        }
        List<ClassificationReport.Mistake> wanted = strip.drawnMistakes();
        if (wanted.isEmpty() || wanted.equals(saliencyFor)) {
            return;
        }
        saliencyFor = wanted;
        Path from = run;
        String split = evaluation.split();
        List<Integer> samples = wanted.stream().map(ClassificationReport.Mistake::sample).toList();
        // A tagger's mistake is one step: its saliency explains the tag read there.
        var steps = positions();
        // (An encoder-decoder's saliency explains every output step of a pair at once.)
        List<Integer> at = steps == null || pairs ? null : wanted.stream().map(steps::applyAsInt).toList();
        String chosen = chosenMethod();
        TrainerJob.schedule("Saliency of " + wanted.size() + " mistakes", false, strip.control(), "cancelled", monitor -> RunSaliency.run(from,
                split, samples, at, chosen, monitor), (done, failure) -> {
                    if (!wanted.equals(saliencyFor)) {
                        return;
                    }
                    if (failure != null) {
                        saliencyFor = null;
                        problems.accept("Saliency: " + failure);
                    } else if (saliency.getSelection()) {
                        strip.overlay(steps == null ? m -> done.bySample().get(m.sample())
                                : m -> done.bySteps().get(RunSaliency.step(m.sample(), steps.applyAsInt(m))),
                                m -> done.edgesBySample().get(m.sample()));
                    }
                });
    }

    /**
     * Reads the evaluated split's samples in a job, for the mistakes' pictures: the run's data set with
     * its seed (synthetic sets are drawn from it), kept while the same set is shown.
     */
    private void readSamples() {
        if (evaluation == null || evaluation.classification() == null || run == null) {
            return;
        }
        double seed = Double.NaN;
        try {
            seed = RunReader.readWithoutMetrics(run).setting("seed");
        } catch (IOException e) {
            // A run without a readable config: the data set's default seed.
        }
        long useSeed = Double.isNaN(seed) ? 42 : (long) seed;
        Evaluation of = evaluation;
        String key = of.dataset() + "|" + of.split() + "|" + useSeed;
        if (key.equals(samplesKey)) {
            return;
        }
        samples = null;
        sequences = null;
        graphs = null;
        explainable = true;
        samplesKey = key;
        Job read = Job.create("Reading the samples of " + of.dataset(), monitor -> {
            BatchSource loaded = null;
            try {
                BatchSource[] sets = DataSources.loadAny(of.dataset(), NpmDatasets.defaultCache(), useSeed);
                loaded = of.split().equals("train") ? sets[0] : sets[1];
            } catch (IOException | RuntimeException e) {
                // No pictures: the captions still name every mistake.
            }
            Dataset pictures = loaded instanceof Dataset d ? d : null;
            java.util.function.IntFunction<SequenceSamples.Sequence> bySample = loaded instanceof TensorDataset t ? SequenceSamples.of(t) : null;
            boolean pairData = loaded instanceof TensorDataset t && SequenceSamples.pairs(t);
            java.util.function.IntFunction<GraphPicture.Sample> byGraph = loaded instanceof dev.dendrite.train.data.GraphDataset g
                    ? GraphPicture.of(g) : null;
            // Sequence data of several inputs (other than an encoder-decoder's pairs, drawn as their sources) has no one input to explain.
            boolean severalInputs = of.sequence() != null && loaded != null && bySample == null;
            strip.control().getDisplay().asyncExec(() -> {
                if (!strip.control().isDisposed() && key.equals(samplesKey)) {
                    samples = pictures;
                    sequences = bySample;
                    graphs = byGraph;
                    pairs = pairData;
                    strip.boxesPositions(!pairData);
                    explainable = !severalInputs;
                    applyExplainable();
                    showFor(actual, predicted);
                }
            });
            return Status.OK_STATUS;
        });
        read.setSystem(true);
        read.schedule();
    }

    /** Reads in a job whether the run's model has feature maps, for the methods offered (Grad-CAM needs them). */
    private void readModel() {
        Path shownRun = run;
        if (shownRun == null) {
            return;
        }
        Job read = Job.create("Reading the model of " + shownRun.getFileName(), monitor -> {
            boolean convolutional = hasFeatureMaps(shownRun.resolve("model.onnx"));
            strip.control().getDisplay().asyncExec(() -> {
                if (!strip.control().isDisposed() && shownRun.equals(run)) {
                    featureMaps = convolutional;
                    applyExplainable();
                }
            });
            return Status.OK_STATUS;
        });
        read.setSystem(true);
        read.schedule();
    }

    /** Whether the model file has a convolution for Grad-CAM; true where it cannot be read (the saliency run then names why). */
    private static boolean hasFeatureMaps(Path model) {
        try {
            return dev.dendrite.analysis.evaluation.Saliency.hasFeatureMaps(ai.onnx.proto.OnnxMl.ModelProto.parseFrom(
                    java.nio.file.Files.readAllBytes(model)));
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }
}
