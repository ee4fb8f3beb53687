package dev.dendrite.model.templates;

import static dev.dendrite.model.network.ActivationFunction.RELU;

import java.util.List;

import dev.dendrite.model.network.Add;
import dev.dendrite.model.network.BlockKind;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.PoolType;
import dev.dendrite.model.network.ProjectionKind;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.convolution.ConvolutionFactory;
import dev.dendrite.model.network.convolution.GlobalPooling;
import dev.dendrite.model.network.convolution.StepPadding;
import dev.dendrite.model.network.normalization.NormalizationFactory;
import dev.dendrite.model.network.sequence.SequenceFactory;
import dev.dendrite.model.network.sequence.SequencePooling;

/** Convolutional networks: LeNet-5, a text CNN, the lottery-ticket paper's Conv-2/4/6, a small CIFAR ResNet. */
final class ConvolutionTemplates {

    private static final NetworkFactory F = NetworkFactory.eINSTANCE;

    private ConvolutionTemplates() {
    }

    static List<Template> all() {
        return List.of(
                new Template("lenet-5", "CNN", "LeNet-5 on MNIST (28×28, padding 2): 61,706 parameters",
                        () -> lenet5("lenet-5", "mnist")),
                new Template("lenet-5-fashion", "CNN", "LeNet-5 on Fashion-MNIST",
                        () -> lenet5("lenet-5-fashion", "fashion-mnist")),
                new Template("text-cnn", "CNN", "Kim's CNN for sentences: 1-D convolutions find a phrase anywhere in a token sequence",
                        ConvolutionTemplates::textCnn),
                new Template("tcn-generator", "CNN", "Causal dilated convolutions (a TCN) predict each next value of a wave and continue it",
                        () -> tcnGenerator(false)),
                new Template("wavenet-generator", "CNN", "WaveNet's gated units: tanh(conv) times sigmoid(conv), causal and dilated, continue a wave",
                        () -> tcnGenerator(true)),
                new Template("conv-2", "CNN", "Conv-2 of the lottery-ticket paper (CIFAR-10): 4,300,992 weights", () -> convN(2)),
                new Template("conv-4", "CNN", "Conv-4 of the lottery-ticket paper (CIFAR-10): 2,425,024 weights", () -> convN(4)),
                new Template("conv-6", "CNN", "Conv-6 of the lottery-ticket paper (CIFAR-10): 2,261,184 weights", () -> convN(6)),
                new Template("resnet-small", "ResNet", "A CIFAR-style ResNet: identity blocks and 1×1 projection shortcuts",
                        () -> resnet("resnet-small", 3, 32, "cifar10", 30, "He et al.'s CIFAR ResNet in miniature: 16-32-64 channels.")),
                new Template("resnet-fashion", "ResNet", "The same ResNet on Fashion-MNIST (28×28 grey): trains with no data to supply",
                        () -> resnet("resnet-fashion", 1, 28, "fashion-mnist", 5, "He et al.'s CIFAR ResNet in miniature on "
                                + "Fashion-MNIST; its convolutions infer their input channels, so a 3×32×32 input takes CIFAR-10.")));
    }

    private static Network lenet5(String id, String dataset) {
        NetworkBuilder b = new NetworkBuilder(id, "LeCun et al.'s LeNet-5 with ReLU and max pooling, padded to keep 28×28.");
        Layer x = b.input("image", 1, 28, 28);
        x = b.pool(b.activation(b.conv(x, "conv1", 6, 5, 1, 2), RELU), PoolType.MAX, 2);
        x = b.pool(b.activation(b.conv(x, "conv2", 16, 5, 1, 0), RELU), PoolType.MAX, 2);
        x = b.flatten(x);
        x = b.dense(x, "fc1", 120, RELU);
        x = b.dense(x, "fc2", 84, RELU);
        b.loss(b.dense(x, "fc3", 10), LossKind.CROSS_ENTROPY);
        return b.training(dataset, 10, 64, OptimizerKind.ADAM, 1e-3).network();
    }

    /**
     * Kim's CNN for sentence classification: 32 filters each over windows of 3, 4 and 5 embedded
     * tokens, every filter's largest response over the steps (wherever the phrase stands, and only
     * a sequence's real steps in a padded batch), the three joined and classified.
     */
    private static Network textCnn() {
        NetworkBuilder b = new NetworkBuilder("text-cnn", "Kim's CNN for sentences: convolutions over windows of 3, 4 and 5 tokens, "
                + "each filter's max over the steps, joined and classified; trained to tell the phrases \"2 3 4\" and \"4 3 2\" "
                + "apart, which hold the same tokens.");
        Layer tokens = b.add(SequenceTemplates.embedding(SequenceTemplates.VOCABULARY, 32), "embed",
                b.tokens("tokens", dev.dendrite.model.network.InputRole.FEATURES));
        dev.dendrite.model.network.Concat joined = F.createConcat();
        joined.setInputs(3);
        List<Layer> maxima = new java.util.ArrayList<>();
        for (int width = 3; width <= 5; width++) {
            Convolution conv = b.conv(tokens, "conv" + width, 32, width, 1, 0);
            conv.setDimensions(1);
            conv.setSequence(true);
            SequencePooling max = SequenceFactory.eINSTANCE.createSequencePooling();
            max.setPoolType(PoolType.MAX);
            maxima.add(b.add(max, "max" + width, b.activation(conv, RELU)));
        }
        b.add(joined, "joined", maxima.get(0));
        for (int i = 1; i < maxima.size(); i++) {
            b.connect(maxima.get(i), "", joined, "in" + i);
        }
        b.loss(b.dense(joined, "logits", 3), LossKind.CROSS_ENTROPY);
        return b.training("synthetic:phrases", 8, 32, OptimizerKind.ADAM, 2e-3).network();
    }

    /**
     * A temporal convolutional network (Bai et al.; WaveNet's causal dilated convolutions): four
     * residual layers of windows of 3 with dilations 1, 2, 4 and 8, so each step sees the 31 steps
     * up to it, two periods of the wave; causal, so fed its own predictions it continues the wave
     * (windows of 2, 16 steps: generation MSE 0.021 against 0.0067).
     */
    private static Network tcnGenerator(boolean gated) {
        NetworkBuilder b = gated ? new NetworkBuilder("wavenet-generator", "Predicts each next value of a wave from the 31 steps up to "
                + "it through WaveNet's gated units, tanh of one causal convolution times the sigmoid of another (dilations 1, 2, 4, 8); "
                + "fed its own predictions, it continues the wave from a short prime.")
                : new NetworkBuilder("tcn-generator", "Predicts each next value of a wave from the 31 steps up to it "
                + "(causal convolutions, dilations 1, 2, 4, 8); fed its own predictions, it continues the wave from a short prime.");
        Layer x = b.dense(b.sequence("values", 1), "embed", 32);
        for (int dilation = 1; dilation <= 8; dilation *= 2) {
            Layer unit = b.activation(causal(b, x, (gated ? "filter" : "causal") + dilation, dilation),
                    dev.dendrite.model.network.ActivationFunction.TANH);
            if (gated) {
                Layer gate = b.activation(causal(b, x, "gate" + dilation, dilation), dev.dendrite.model.network.ActivationFunction.SIGMOID);
                dev.dendrite.model.network.Multiply product = b.add(F.createMultiply(), "gated" + dilation, unit);
                b.connect(gate, "", product, "in1");
                unit = product;
            }
            Add residual = b.add(F.createAdd(), "residual" + dilation, unit);
            b.connect(x, "", residual, "in1");
            x = residual;
        }
        b.loss(b.dense(x, "next", 1), LossKind.MSE);
        return b.training("synthetic:sine-next", 30, 32, OptimizerKind.ADAM, 1e-3).clip(1).network();
    }

    /** A causal convolution over the steps of x: 32 filters, windows of 3, the dilation given. */
    private static Convolution causal(NetworkBuilder b, Layer x, String name, int dilation) {
        Convolution conv = b.conv(x, name, 32, 3, 1, 0);
        conv.setDimensions(1);
        conv.setSequence(true);
        conv.setStepPadding(StepPadding.CAUSAL);
        conv.setDilation(dilation);
        return conv;
    }

    /** Frankle and Carbin's Conv-2/4/6: pairs of 3×3 convolutions (64, 128, 256) with max pooling, then 256-256-10. */
    private static Network convN(int depth) {
        NetworkBuilder b = new NetworkBuilder("conv-" + depth, "Conv-" + depth + " from 'The Lottery Ticket Hypothesis' (VGG-like).");
        Layer x = b.input("image", 3, 32, 32);
        int channels = 64;
        for (int pair = 0; pair < depth / 2; pair++) {
            for (int i = 1; i <= 2; i++) {
                x = b.activation(b.conv(x, "conv" + (2 * pair + i), channels, 3, 1, 1), RELU);
            }
            x = b.pool(x, PoolType.MAX, 2);
            channels *= 2;
        }
        x = b.flatten(x);
        x = b.dense(x, "fc1", 256, RELU);
        x = b.dense(x, "fc2", 256, RELU);
        b.loss(b.dense(x, "fc3", 10), LossKind.CROSS_ENTROPY);
        return b.training("cifar10", 20, 60, OptimizerKind.ADAM, depth == 2 ? 2e-4 : 3e-4).network();
    }

    private static Network resnet(String id, int channels, int side, String dataset, int epochs, String description) {
        NetworkBuilder b = new NetworkBuilder(id, description);
        var identity = b.block("residual16", BlockKind.RESIDUAL, body -> {
            Layer in = body.blockInput("x");
            Layer y = convBnRelu(body, in, "a", 16, 1);
            y = body.add(NormalizationFactory.eINSTANCE.createBatchNorm(), "bn_b", body.conv(y, "conv_b", 16, 3, 1, 1));
            Add add = body.add(F.createAdd(), "add", y);
            body.connect(in, "", add, "in1");
            body.blockOutput(body.activation(add, RELU), "y");
        });
        Layer x = convBnRelu(b, b.input("image", channels, side, side), "stem", 16, 1);
        x = b.use(identity, "stage1", x);
        x = downsample(b, x, "stage2", 32);
        x = downsample(b, x, "stage3", 64);
        x = b.add(globalAverage(), "gap", x);
        b.loss(b.dense(x, "fc", 10), LossKind.CROSS_ENTROPY);
        return b.training(dataset, epochs, 128, OptimizerKind.SGD, 0.1).regularization(0, 5e-4).network();
    }

    /** A residual unit that halves the resolution: the shortcut is a strided 1×1 convolution (projection). */
    private static Layer downsample(NetworkBuilder b, Layer in, String name, int channels) {
        Layer y = convBnRelu(b, in, name + "_a", channels, 2);
        y = b.add(NormalizationFactory.eINSTANCE.createBatchNorm(), name + "_bn_b", b.conv(y, name + "_conv_b", channels, 3, 1, 1));
        Add add = b.add(F.createAdd(), name + "_add", y);
        add.setProjection(ProjectionKind.CONV1X1);
        b.connect(in, "", add, "in1");
        return b.activation(add, RELU);
    }

    private static Layer convBnRelu(NetworkBuilder b, Layer in, String name, int channels, int stride) {
        Layer conv = b.conv(in, "conv_" + name, channels, 3, stride, 1);
        ((Convolution) conv).setBias(false);
        return b.activation(b.add(NormalizationFactory.eINSTANCE.createBatchNorm(), "bn_" + name, conv), RELU);
    }

    private static GlobalPooling globalAverage() {
        var pool = ConvolutionFactory.eINSTANCE.createGlobalPooling();
        pool.setPoolType(PoolType.AVERAGE);
        return pool;
    }
}
