package dev.dendrite.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.InputRole;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.convolution.ConvolutionFactory;
import dev.dendrite.model.network.convolution.Pooling;
import dev.dendrite.model.network.convolution.StepPadding;
import dev.dendrite.model.network.sequence.SequenceFactory;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.shape.Windows;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.model.templates.TemplateLibrary;

/** Conv1d over the steps of a sequence [N, T, F]: the steps kept, padding of its own, and what it cannot read named. */
class SequenceConvolutionShapeTest {

    private static final NetworkFactory F = NetworkFactory.eINSTANCE;

    private static Convolution sequenceConv(NetworkBuilder b, Layer from) {
        Convolution conv = b.conv(from, "conv", 16, 3, 1, 0);
        conv.setDimensions(1);
        conv.setSequence(true);
        return conv;
    }

    private static List<String> errors(Network network) {
        return Networks.inspect(network).diagnostic().getChildren().stream().filter(d -> d.getSeverity() == Diagnostic.ERROR)
                .map(Diagnostic::getMessage).toList();
    }

    /** The errors of a sequence convolution over [N, T, 8] changed by {@code change}. */
    private static List<String> errorsWith(Consumer<Convolution> change) {
        NetworkBuilder b = new NetworkBuilder("changed", "");
        change.accept(sequenceConv(b, b.sequence("x", 8)));
        return errors(b.network());
    }

    @Test
    void keepsTheStepsOfSequencesOfAnyLengthAndInfersTheFeatures() {
        NetworkBuilder b = new NetworkBuilder("text", "");
        var embedding = SequenceFactory.eINSTANCE.createEmbedding();
        embedding.setVocabularySize(20);
        embedding.setEmbeddingDim(8);
        Convolution conv = sequenceConv(b, b.add(embedding, "embed", b.tokens("tokens", InputRole.FEATURES)));
        Networks.Inspection inspection = Networks.inspect(b.network());
        assertEquals(List.of(), errors(b.network()));
        assertEquals("N×T×16", inspection.shapes().output(conv, Ports.OUT).toString());
        assertEquals(16 * 8 * 3, inspection.shapes().of(conv).parameters().weights(), "[16, 8, 3]: the features are the channels");
        NetworkBuilder fixed = new NetworkBuilder("fixed", "");
        Convolution rows = sequenceConv(fixed, fixed.input("rows", 28, 12));
        assertEquals("N×28×16", Networks.inspect(fixed.network()).shapes().output(rows, Ports.OUT).toString());
    }

    @Test
    void padsHalfBeforeAndHalfAfterOrAllBeforeWhenCausal() {
        NetworkBuilder b = new NetworkBuilder("pads", "");
        Convolution conv = sequenceConv(b, b.sequence("x", 8));
        assertArrayEquals(new int[] {1, 1}, Windows.pads(conv));
        conv.setKernel(4);
        assertArrayEquals(new int[] {1, 2}, Windows.pads(conv), "an even kernel: the smaller half before, as PyTorch's padding='same'");
        conv.setDilation(2);
        assertArrayEquals(new int[] {3, 3}, Windows.pads(conv));
        conv.setStepPadding(StepPadding.CAUSAL);
        assertArrayEquals(new int[] {6, 0}, Windows.pads(conv));
        assertEquals(List.of(), errors(b.network()));
        conv.setStepPadding(StepPadding.VALID);
        assertArrayEquals(new int[] {0, 0}, Windows.pads(conv));
    }

    @Test
    void validWindowsShortenTheStepsAndSayByHowMuch() {
        NetworkBuilder b = new NetworkBuilder("valid", "");
        Convolution first = sequenceConv(b, b.sequence("x", 8));
        first.setStepPadding(StepPadding.VALID);
        Convolution second = b.conv(first, "conv2", 16, 2, 1, 0);
        second.setDimensions(1);
        second.setSequence(true);
        second.setDilation(3);
        second.setStepPadding(StepPadding.VALID);
        Networks.Inspection inspection = Networks.inspect(b.network());
        assertEquals("N×T−2×16", inspection.shapes().output(first, Ports.OUT).toString());
        assertEquals("N×T−5×16", inspection.shapes().output(second, Ports.OUT).toString());
        // A sum of two lengths is refused: a window of 3 and one of 4 leave different steps.
        Convolution other = b.conv(b.network().getLayers().get(0), "conv3", 16, 4, 1, 0);
        other.setDimensions(1);
        other.setSequence(true);
        other.setStepPadding(StepPadding.VALID);
        var add = b.add(F.createAdd(), "add", first);
        b.connect(other, "", add, "in1");
        assertEquals(1, errors(b.network()).size(), errors(b.network()).toString());
        assertEquals(true, errors(b.network()).get(0).contains("N×T−3×16"), errors(b.network()).toString());
        NetworkBuilder fixed = new NetworkBuilder("fixed", "");
        Convolution rows = sequenceConv(fixed, fixed.input("rows", 28, 12));
        rows.setStepPadding(StepPadding.VALID);
        rows.setKernel(5);
        assertEquals("N×24×16", Networks.inspect(fixed.network()).shapes().output(rows, Ports.OUT).toString());
        rows.setKernel(29);
        assertEquals(List.of("Convolution 'conv', port 'in': a window of 29 steps (valid) is longer than the 28 steps of N×28×12"),
                errors(fixed.network()));
    }

    @Test
    void poolingOverStepsKeepsWholeWindowsAndSaysHowMany() {
        NetworkBuilder b = new NetworkBuilder("pooled", "");
        Convolution conv = sequenceConv(b, b.sequence("x", 8));
        conv.setStepPadding(StepPadding.VALID);
        var halves = b.add(stepPool(2, 0), "halves", conv);
        var overlapping = b.add(stepPool(3, 2), "overlapping", halves);
        var sliding = b.add(stepPool(3, 1), "sliding", overlapping);
        Networks.Inspection inspection = Networks.inspect(b.network());
        assertEquals(List.of(), errors(b.network()));
        assertEquals("N×(T−2)/2×16", inspection.shapes().output(halves, Ports.OUT).toString());
        assertEquals("N×((T−2)/2−3)/2+1×16", inspection.shapes().output(overlapping, Ports.OUT).toString());
        assertEquals("N×((T−2)/2−3)/2+1−2×16", inspection.shapes().output(sliding, Ports.OUT).toString());
        NetworkBuilder fixed = new NetworkBuilder("fixed", "");
        var rows = fixed.add(stepPool(3, 2), "pool", fixed.input("rows", 28, 12));
        assertEquals("N×13×12", Networks.inspect(fixed.network()).shapes().output(rows, Ports.OUT).toString());
        rows.setKernel(29);
        assertEquals(List.of("Pooling 'pool', port 'in': a window of 29 steps is longer than the 28 steps of N×28×12"), errors(fixed.network()));
        rows.setKernel(2);
        rows.setCeilMode(true);
        assertEquals(List.of("Pooling 'pool': pools whole windows of a sequence's steps: leave padding at 0, paddingEnd at −1, dilation at 1 "
                + "and ceilMode off"), errors(fixed.network()));
    }

    /** Pooling over steps: windows of {@code kernel}, stride 0 meaning the kernel's. */
    private static Pooling stepPool(int kernel, int stride) {
        var pool = ConvolutionFactory.eINSTANCE.createPooling();
        pool.setPoolType(dev.dendrite.model.network.PoolType.MAX);
        pool.setDimensions(1);
        pool.setSequence(true);
        pool.setKernel(kernel);
        pool.setStride(stride);
        return pool;
    }

    @Test
    void refusesWhatWouldDropOrMisplaceSteps() {
        assertEquals(List.of("Convolution 'conv': keeps every step of a sequence: stride must be 1, is 2 (untick sequence to convolve "
                + "[N, C, L] with strides)"), errorsWith(conv -> conv.setStride(2)));
        String padding = "Convolution 'conv': pads a sequence as stepPadding says (same, causal or valid): leave padding at 0, paddingEnd "
                + "at −1 and pads empty";
        assertEquals(List.of(padding), errorsWith(conv -> conv.setPadding(1)));
        assertEquals(List.of(padding), errorsWith(conv -> conv.setPaddingEnd(0)));
        assertEquals(List.of("Convolution 'conv': convolves over the steps of a sequence, which is 1-D: set dimensions to 1"),
                errorsWith(conv -> conv.setDimensions(2)));
        assertEquals(List.of("Convolution 'conv', port 'in': expects 4 features per step, but the sequence N×T×8 has 8 (leave inChannels "
                + "at 0 to infer it)"), errorsWith(conv -> conv.setInChannels(4)));
        assertEquals(List.of("Convolution 'conv': groups 3 must divide the input channels (8) and outChannels (16)"),
                errorsWith(conv -> conv.setGroups(3)));
    }

    @Test
    void namesInputsItCannotConvolve() {
        NetworkBuilder ids = new NetworkBuilder("ids", "");
        sequenceConv(ids, ids.tokens("tokens", InputRole.FEATURES));
        assertEquals(List.of("Convolution 'conv', port 'in': expects float features, got token ids N×T (add an Embedding before it)"),
                errors(ids.network()));
        NetworkBuilder flat = new NetworkBuilder("flat", "");
        sequenceConv(flat, flat.input("x", 8));
        assertEquals(List.of("Convolution 'conv', port 'in': expects a sequence [N, T, F], got N×8 (set sequence on the Input)"),
                errors(flat.network()));
        NetworkBuilder image = new NetworkBuilder("image", "");
        sequenceConv(image, image.input("x", 1, 8, 8));
        assertEquals(List.of("Convolution 'conv', port 'in': expects a sequence [N, T, F], got N×1×8×8 (untick sequence for "
                + "[N, C, L] or [N, C, H, W])"), errors(image.network()));
        NetworkBuilder causal = new NetworkBuilder("causal", "");
        causal.conv(causal.input("x", 3, 8, 8), "conv", 4, 3, 1, 1).setStepPadding(StepPadding.CAUSAL);
        assertEquals(List.of("Convolution 'conv': stepPadding causal pads a sequence's steps: tick sequence to convolve over a sequence "
                + "[N, T, F] (padding and paddingEnd pad [N, C, L] and images)"), errors(causal.network()));
    }

    @Test
    void textCnnJoinsEachWindowsMaximumOverTheSteps() {
        Network text = TemplateLibrary.find("text-cnn").orElseThrow().create();
        Networks.Inspection inspection = Networks.inspect(text);
        assertEquals(List.of(), errors(text));
        for (String id : List.of("conv3", "conv4", "conv5")) {
            Layer conv = text.getLayers().stream().filter(l -> l.getId().equals(id)).findFirst().orElseThrow();
            assertEquals("N×T×32", inspection.shapes().output(conv, Ports.OUT).toString());
        }
        Layer joined = text.getLayers().stream().filter(l -> l.getId().equals("joined")).findFirst().orElseThrow();
        assertEquals("N×96", inspection.shapes().output(joined, Ports.OUT).toString());
        // 16×32 embedding, 32·32·(3+4+5) kernel weights and 3·32 biases, 96·3+3 classifier.
        assertEquals(16 * 32 + 32 * 32 * 12 + 96 + 96 * 3 + 3, inspection.shapes().totalParameters().total());
    }
}
