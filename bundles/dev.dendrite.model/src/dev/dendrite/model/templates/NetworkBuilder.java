package dev.dendrite.model.templates;

import java.util.HashMap;
import java.util.Map;

import dev.dendrite.model.network.Activation;
import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Block;
import dev.dendrite.model.network.BlockInput;
import dev.dendrite.model.network.BlockInstance;
import dev.dendrite.model.network.BlockKind;
import dev.dendrite.model.network.BlockOutput;
import dev.dendrite.model.network.Connection;
import dev.dendrite.model.network.DataType;
import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.Graph;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.InputRole;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Loss;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.PoolType;
import dev.dendrite.model.network.Regularization;
import dev.dendrite.model.network.TrainingSettings;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.convolution.ConvolutionFactory;
import dev.dendrite.model.network.convolution.Pooling;
import dev.dendrite.model.network.convolution.TransposedConvolution;

/**
 * Builds networks in a few readable lines: each method adds a layer, wires it from the previous
 * one's primary output and names it (ids equal names, prefixed by the block inside blocks).
 */
public final class NetworkBuilder {

    private static final NetworkFactory F = NetworkFactory.eINSTANCE;

    private final Network network;
    private Graph graph;
    private final Map<String, Integer> counters = new HashMap<>();

    public NetworkBuilder(String name, String description) {
        network = F.createNetwork();
        network.setName(name);
        network.setDescription(description);
        graph = network;
    }

    /** Builds the layers of a block inside {@code body}, then returns to the network. */
    public Block block(String name, BlockKind kind, java.util.function.Consumer<NetworkBuilder> body) {
        Block block = F.createBlock();
        block.setName(name);
        block.setKind(kind);
        network.getBlocks().add(block);
        Graph previous = graph;
        graph = block;
        body.accept(this);
        graph = previous;
        return block;
    }

    public <T extends Layer> T add(T layer, String name, Layer from) {
        layer.setName(name);
        layer.setId(graph instanceof Block block ? block.getName() + "." + name : name);
        graph.getLayers().add(layer);
        if (from != null) {
            connect(from, "", layer, "");
        }
        return layer;
    }

    public Connection connect(Layer from, String fromPort, Layer to, String toPort) {
        Connection connection = F.createConnection();
        connection.setSource(from);
        connection.setSourcePort(fromPort);
        connection.setTarget(to);
        connection.setTargetPort(toPort);
        graph.getConnections().add(connection);
        return connection;
    }

    private String auto(String kind) {
        int n = counters.merge((graph instanceof Block b ? b.getName() + "/" : "") + kind, 1, Integer::sum);
        return kind + n;
    }

    public Input input(String name, int... dims) {
        Input input = F.createInput();
        for (int dim : dims) {
            input.getDims().add(dim);
        }
        return add(input, name, null);
    }

    /** A sequence of feature vectors [N, T, features]. */
    public Input sequence(String name, int features) {
        Input input = input(name, features);
        input.setSequence(true);
        return input;
    }

    /** Token ids [N, T] (int64). */
    public Input tokens(String name, InputRole role) {
        Input input = F.createInput();
        input.setSequence(true);
        input.setDataType(DataType.INT64);
        input.setRole(role);
        return add(input, name, null);
    }

    public Dense dense(Layer from, String name, int units) {
        Dense dense = F.createDense();
        dense.setUnits(units);
        return add(dense, name, from);
    }

    public Activation activation(Layer from, ActivationFunction function) {
        Activation activation = F.createActivation();
        activation.setFunction(function);
        return add(activation, auto(function.getLiteral().replace("_", "")), from);
    }

    /** A dense layer followed by an activation; returns the activation. */
    public Activation dense(Layer from, String name, int units, ActivationFunction function) {
        return activation(dense(from, name, units), function);
    }

    public Convolution conv(Layer from, String name, int outChannels, int kernel, int stride, int padding) {
        Convolution conv = ConvolutionFactory.eINSTANCE.createConvolution();
        conv.setOutChannels(outChannels);
        conv.setKernel(kernel);
        conv.setStride(stride);
        conv.setPadding(padding);
        return add(conv, name, from);
    }

    /** A 2-D transposed convolution: maps (in − 1)·stride − 2·padding + kernel wide. */
    public TransposedConvolution transposedConv(Layer from, String name, int outChannels, int kernel, int stride,
            int padding) {
        TransposedConvolution conv = ConvolutionFactory.eINSTANCE.createTransposedConvolution();
        conv.setOutChannels(outChannels);
        conv.setKernel(kernel);
        conv.setStride(stride);
        conv.setPadding(padding);
        return add(conv, name, from);
    }

    public Pooling pool(Layer from, PoolType type, int kernel) {
        Pooling pool = ConvolutionFactory.eINSTANCE.createPooling();
        pool.setPoolType(type);
        pool.setKernel(kernel);
        return add(pool, auto(type == PoolType.MAX ? "maxpool" : "avgpool"), from);
    }

    public Layer flatten(Layer from) {
        return add(F.createFlatten(), auto("flatten"), from);
    }

    public Loss loss(Layer from, LossKind kind) {
        Loss loss = F.createLoss();
        loss.setKind(kind);
        return add(loss, "loss", from);
    }

    public BlockInput blockInput(String name) {
        return add(F.createBlockInput(), name, null);
    }

    public BlockOutput blockOutput(Layer from, String name) {
        return add(F.createBlockOutput(), name, from);
    }

    public BlockInstance use(Block block, String name, Layer from) {
        BlockInstance instance = F.createBlockInstance();
        instance.setBlock(block);
        return add(instance, name, from);
    }

    /** An input the trainer fills with standard normal noise per sample (a generator's code). */
    public Input noise(String name, int dims) {
        Input input = input(name, dims);
        input.setRole(InputRole.NOISE);
        return input;
    }

    /** An input fed each sample's class index [N, 1] (int64): a conditional generator's and discriminator's class. */
    public Input labelInput(String name) {
        Input input = input(name, 1);
        input.setDataType(DataType.INT64);
        input.setRole(InputRole.LABEL);
        return input;
    }

    /** Two tensors side by side along the features (a Concat of two). */
    public Layer joined(Layer first, Layer second, String name) {
        dev.dendrite.model.network.Concat concat = F.createConcat();
        concat.setInputs(2);
        Layer joined = add(concat, name, first);
        connect(second, "", joined, "in1");
        return joined;
    }

    /**
     * A GAN's loss of {@code kind}: one discriminator block used twice, on {@code generated} (judge_generated, the loss's input)
     * and on {@code real} (judge_real, its target), both uses also reading {@code condition} at the block input
     * {@code conditionPort} where a condition is given (a conditional GAN's class).
     */
    public Loss adversarial(Block discriminator, Layer generated, Layer real, LossKind kind, Layer condition, String conditionPort) {
        BlockInstance fake = use(discriminator, "judge_generated", generated);
        BlockInstance judged = use(discriminator, "judge_real", real);
        if (condition != null) {
            connect(condition, "", fake, conditionPort);
            connect(condition, "", judged, conditionPort);
        }
        Loss loss = loss(fake, kind);
        connect(judged, "", loss, dev.dendrite.model.ports.Ports.TARGET);
        return loss;
    }

    public NetworkBuilder training(String dataset, int epochs, int batchSize, OptimizerKind optimizer, double learningRate) {
        TrainingSettings training = F.createTrainingSettings();
        training.setDataset(dataset);
        training.setEpochs(epochs);
        training.setBatchSize(batchSize);
        training.setOptimizer(optimizer);
        training.setLearningRate(learningRate);
        network.setTraining(training);
        return this;
    }

    /** Clips the global gradient norm at {@code norm} in training (what recurrent networks need against exploding gradients). */
    public NetworkBuilder clip(double norm) {
        network.getTraining().setGradientClipNorm(norm);
        return this;
    }

    public NetworkBuilder regularization(double l1, double l2) {
        network.setRegularization(penalty(l1, l2));
        return this;
    }

    public static Regularization penalty(double l1, double l2) {
        Regularization regularization = F.createRegularization();
        regularization.setL1(l1);
        regularization.setL2(l2);
        return regularization;
    }

    public Network network() {
        return network;
    }
}
