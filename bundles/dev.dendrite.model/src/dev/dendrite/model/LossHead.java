package dev.dendrite.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.dendrite.model.network.Activation;
import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Connection;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Loss;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.TrainingSettings;

/**
 * Makes a network trainable as it is: a Loss layer on its one output and, when asked, the data set
 * of its training settings. What an imported model lacks (its file has inference semantics), so
 * that {@code dendrite import --loss KIND --data SPEC} can be trained without the editor.
 */
public final class LossHead {

    private LossHead() {
    }

    /** A loss kind by its command-line name (mse, cross-entropy, binary-cross-entropy, reconstruction); null if none. */
    public static LossKind kind(String name) {
        String literal = name.toLowerCase(Locale.ROOT).replace('-', '_');
        for (LossKind kind : List.of(LossKind.MSE, LossKind.CROSS_ENTROPY, LossKind.BINARY_CROSS_ENTROPY, LossKind.RECONSTRUCTION)) {
            if (kind.getLiteral().equals(literal)) {
                return kind;
            }
        }
        return null;
    }

    /** The names {@link #kind} accepts. */
    public static final String KINDS = "mse, cross-entropy, binary-cross-entropy, reconstruction";

    /**
     * Adds a Loss layer of {@code kind} fed by the network's one output (the top-level layer nothing
     * reads); cross-entropy on scores per step ([N, T, C]) becomes the per-step sequence_nll. Refuses a network that has a Loss layer already or more or fewer than one output.
     *
     * @return a caution for the user (e.g. a cross-entropy after a softmax), or null
     */
    public static String attach(Network network, LossKind kind) {
        if (network.getLayers().stream().anyMatch(Loss.class::isInstance)) {
            throw new IllegalArgumentException("the network has a Loss layer already");
        }
        List<Layer> outputs = new ArrayList<>();
        for (Layer layer : network.getLayers()) {
            if (network.getConnections().stream().noneMatch(c -> c.getSource() == layer)) {
                outputs.add(layer);
            }
        }
        if (outputs.size() != 1) {
            throw new IllegalArgumentException("a Loss layer needs one output to read, and the network has " + outputs.size()
                    + (outputs.isEmpty() ? "" : " (" + String.join(", ", outputs.stream().map(Layer::getId).toList()) + ")"));
        }
        Layer output = outputs.get(0);
        Loss loss = NetworkFactory.eINSTANCE.createLoss();
        loss.setKind(kind == LossKind.CROSS_ENTROPY && perStep(network, output) ? LossKind.SEQUENCE_NLL : kind);
        String name = unique(network, "loss");
        loss.setName(name);
        loss.setId(name);
        network.getLayers().add(loss);
        Connection connection = NetworkFactory.eINSTANCE.createConnection();
        connection.setSource(output);
        connection.setTarget(loss);
        network.getConnections().add(connection);
        if (kind == LossKind.CROSS_ENTROPY && output instanceof Activation activation && activation.getFunction() == ActivationFunction.SOFTMAX) {
            return "the output '" + output.getId() + "' is a softmax, and cross-entropy applies its own: remove the softmax so that the loss"
                    + " reads logits (a log-softmax may stay)";
        }
        return null;
    }

    /** Whether the output holds scores per step ([N, T, C]): cross-entropy then applies per step, as sequence_nll. */
    private static boolean perStep(Network network, Layer output) {
        var value = dev.dendrite.model.shape.ShapeInference.infer(network).output(output, dev.dendrite.model.ports.Ports.OUT);
        return value != null && value.shape() != null && value.shape().rank() == 3;
    }

    private static String unique(Network network, String base) {
        String name = base;
        for (int i = 1; taken(network, name); i++) {
            name = base + i;
        }
        return name;
    }

    private static boolean taken(Network network, String id) {
        return network.getLayers().stream().anyMatch(l -> id.equals(l.getId()) || id.equals(l.getName()));
    }

    /**
     * What {@code import --loss --data} and the import wizard ask: a Loss layer of {@code kind} (none when
     * null) and the data set (unchanged when null or blank).
     *
     * @return a caution for the user, or null
     */
    public static String makeTrainable(Network network, LossKind kind, String dataset) {
        String caution = kind == null ? null : attach(network, kind);
        if (dataset != null && !dataset.isBlank()) {
            train(network, dataset.strip());
        }
        return caution;
    }

    /** Sets the training data set, creating default training settings (Adam, 10 epochs, batch 64) where there are none. */
    public static void train(Network network, String dataset) {
        TrainingSettings training = network.getTraining();
        if (training == null) {
            training = NetworkFactory.eINSTANCE.createTrainingSettings();
            training.setOptimizer(OptimizerKind.ADAM);
            network.setTraining(training);
        }
        training.setDataset(dataset);
    }
}
