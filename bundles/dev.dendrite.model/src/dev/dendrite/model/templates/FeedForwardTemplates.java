package dev.dendrite.model.templates;

import static dev.dendrite.model.network.ActivationFunction.RELU;
import static dev.dendrite.model.network.ActivationFunction.TANH;

import java.util.List;

import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.Dropout;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.normalization.InputNormalization;
import dev.dendrite.model.network.normalization.NormalizationFactory;
import dev.dendrite.model.network.normalization.NormalizationMode;

/** Multi-layer perceptrons: classification, regression, LeNet-300-100, normalisation and regularisation variants. */
final class FeedForwardTemplates {

    private static final NetworkFactory F = NetworkFactory.eINSTANCE;

    private FeedForwardTemplates() {
    }

    static List<Template> all() {
        return List.of(
                new Template("mlp-classifier", "MLP", "Two tanh layers separate the two-moons data set (cross-entropy)",
                        FeedForwardTemplates::mlpClassifier),
                new Template("mlp-regressor", "MLP", "Universal approximation: a tanh MLP fits sin(x) on [-π, π] (MSE)",
                        FeedForwardTemplates::mlpRegressor),
                new Template("mlp-grokking", "MLP", "Grokking: an MLP memorises half of all sums a + b mod 97, then, long after, generalises",
                        FeedForwardTemplates::mlpGrokking),
                new Template("lenet-300-100", "MLP", "LeNet-300-100 on MNIST: 266,610 parameters, the lottery-ticket baseline",
                        FeedForwardTemplates::lenet300100),
                new Template("batchnorm-mlp", "Normalisation", "MLP with BatchNorm after each hidden layer (batch vs running statistics)",
                        () -> normalized("batchnorm-mlp", "BatchNorm", NormalizationFactory.eINSTANCE::createBatchNorm)),
                new Template("layernorm-mlp", "Normalisation", "MLP with LayerNorm after each hidden layer",
                        () -> normalized("layernorm-mlp", "LayerNorm", NormalizationFactory.eINSTANCE::createLayerNorm)),
                new Template("rmsnorm-mlp", "Normalisation", "MLP with RMSNorm after each hidden layer",
                        () -> normalized("rmsnorm-mlp", "RMSNorm", NormalizationFactory.eINSTANCE::createRMSNorm)),
                new Template("dropout-mlp", "Regularisation", "MLP with dropout (p = 0.5) and an L2 penalty: train vs inference behaviour",
                        FeedForwardTemplates::dropoutMlp),
                new Template("l1-sparse-mlp", "Regularisation", "MLP whose first layer carries an L1 penalty that drives weights to zero",
                        FeedForwardTemplates::l1SparseMlp));
    }

    private static Network mlpClassifier() {
        NetworkBuilder b = new NetworkBuilder("mlp-classifier", "Two tanh layers learn the curved boundary of two moons.");
        Layer x = b.add(normalization(NormalizationMode.STANDARDIZE), "standardize", b.input("points", 2));
        x = b.dense(x, "hidden1", 16, TANH);
        x = b.dense(x, "hidden2", 16, TANH);
        b.loss(b.dense(x, "logits", 2), LossKind.CROSS_ENTROPY);
        return b.training("synthetic:two-moons", 200, 64, OptimizerKind.ADAM, 0.01).network();
    }

    private static Network mlpRegressor() {
        NetworkBuilder b = new NetworkBuilder("mlp-regressor", "A one-hidden-layer-wide tanh network approximates sin(x).");
        Layer x = b.add(normalization(NormalizationMode.MIN_MAX_SYMMETRIC), "scale", b.input("x", 1));
        x = b.dense(x, "hidden1", 32, TANH);
        x = b.dense(x, "hidden2", 32, TANH);
        b.loss(b.dense(x, "y", 1), LossKind.MSE);
        return b.training("synthetic:sine", 300, 64, OptimizerKind.ADAM, 0.01).network();
    }

    private static Network mlpGrokking() {
        NetworkBuilder b = new NetworkBuilder("mlp-grokking", "Two one-hot numbers in, their sum modulo 97 out; AdamW's weight decay finds "
                + "the rule long after the training pairs are learnt by heart.");
        Layer x = b.dense(b.input("pair", 2 * 97), "hidden", 256, RELU);
        b.loss(b.dense(x, "sum", 97), LossKind.CROSS_ENTROPY);
        // Full batches (the 3,764 training pairs once a fifth of the half is held for validation, where generalisation shows).
        b.training("synthetic:modular", 3000, 4705, OptimizerKind.ADAMW, 3e-3);
        Network network = b.network();
        network.getTraining().setValidationFraction(0.2);
        network.getTraining().setWeightDecay(1.0);
        return network;
    }

    private static Network lenet300100() {
        NetworkBuilder b = new NetworkBuilder("lenet-300-100", "LeCun et al.'s fully connected MNIST network; Frankle and Carbin's baseline.");
        Layer x = b.dense(b.input("image", 784), "fc1", 300, RELU);
        x = b.dense(x, "fc2", 100, RELU);
        b.loss(b.dense(x, "fc3", 10), LossKind.CROSS_ENTROPY);
        return b.training("mnist", 10, 64, OptimizerKind.ADAM, 1.2e-3).network();
    }

    private static Network normalized(String id, String kind, java.util.function.Supplier<Layer> norm) {
        NetworkBuilder b = new NetworkBuilder(id, "A 784-256-256-10 MLP with " + kind + " before each ReLU.");
        Layer x = b.input("image", 784);
        for (int i = 1; i <= 2; i++) {
            x = b.dense(x, "fc" + i, 256);
            x = b.add(norm.get(), kind.toLowerCase() + i, x);
            x = b.activation(x, RELU);
        }
        b.loss(b.dense(x, "fc3", 10), LossKind.CROSS_ENTROPY);
        return b.training("mnist", 10, 128, OptimizerKind.ADAM, 1e-3).network();
    }

    private static Network dropoutMlp() {
        NetworkBuilder b = new NetworkBuilder("dropout-mlp", "Dropout zeroes half the hidden units in training only.");
        Layer x = b.input("image", 784);
        for (int i = 1; i <= 2; i++) {
            x = b.dense(x, "fc" + i, 512, RELU);
            Dropout dropout = F.createDropout();
            dropout.setRate(0.5);
            x = b.add(dropout, "dropout" + i, x);
        }
        b.loss(b.dense(x, "fc3", 10), LossKind.CROSS_ENTROPY);
        return b.training("mnist", 20, 128, OptimizerKind.SGD, 0.05).regularization(0, 1e-4).network();
    }

    private static Network l1SparseMlp() {
        NetworkBuilder b = new NetworkBuilder("l1-sparse-mlp", "An L1 penalty on the first layer drives most input weights to zero.");
        Dense first = b.dense(b.input("image", 784), "fc1", 128);
        first.setRegularization(NetworkBuilder.penalty(1e-4, 0));
        Layer x = b.activation(first, RELU);
        b.loss(b.dense(x, "fc2", 10), LossKind.CROSS_ENTROPY);
        return b.training("mnist", 10, 128, OptimizerKind.ADAM, 1e-3).network();
    }

    private static InputNormalization normalization(NormalizationMode mode) {
        InputNormalization normalization = NormalizationFactory.eINSTANCE.createInputNormalization();
        normalization.setMode(mode);
        return normalization;
    }
}
