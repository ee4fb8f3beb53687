package dev.dendrite.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;

import dev.dendrite.model.ModelDiagnostics;
import dev.dendrite.model.network.Activation;
import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Block;
import dev.dendrite.model.network.BlockInput;
import dev.dendrite.model.network.BlockOutput;
import dev.dendrite.model.network.Connection;
import dev.dendrite.model.network.Graph;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Loss;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.Regularization;
import dev.dendrite.model.network.TrainingSettings;
import dev.dendrite.model.network.generative.RBM;
import dev.dendrite.model.network.gnn.GraphInput;
import dev.dendrite.model.network.gnn.TopKPooling;
import dev.dendrite.model.ports.Ports;

/** Checks beyond shapes: the mistakes a student makes that still give valid shapes. */
public final class SemanticChecks {

    private final List<Diagnostic> found = new ArrayList<>();

    private SemanticChecks() {
    }

    /** Every semantic problem of the network (shapes are checked by shape inference). */
    public static List<Diagnostic> check(Network network) {
        SemanticChecks checks = new SemanticChecks();
        checks.inputsAndLosses(network);
        checks.uniqueIds(network);
        checks.graph(network);
        for (Block block : network.getBlocks()) {
            checks.graph(block);
            checks.blockInterface(block);
        }
        checks.settings(network);
        return checks.found;
    }

    private void inputsAndLosses(Network network) {
        boolean hasInput = network.getLayers().stream().anyMatch(l -> l instanceof Input || l instanceof GraphInput);
        if (!hasInput) {
            found.add(ModelDiagnostics.error(ModelDiagnostics.SEMANTICS, network, null,
                    "The network has no Input or GraphInput layer, so no data can enter it"));
        }
        // RBMs train by contrastive divergence and need no loss layer.
        boolean energyBased = network.getLayers().stream().anyMatch(RBM.class::isInstance);
        if (!energyBased && network.getLayers().stream().noneMatch(Loss.class::isInstance)) {
            found.add(ModelDiagnostics.warning(ModelDiagnostics.SEMANTICS, network, null,
                    "The network has no Loss layer: it can be exported and run, but not trained"));
        }
        for (String problem : dev.dendrite.model.GanParts.problems(network)) {
            Layer loss = network.getLayers().stream().filter(l -> l instanceof Loss any && dev.dendrite.model.GanParts.adversarial(any.getKind()))
                    .findFirst().orElseThrow();
            found.add(ModelDiagnostics.error(ModelDiagnostics.SEMANTICS, loss, null, problem));
        }
        for (Layer layer : network.getLayers()) {
            String doubt = layer instanceof Loss loss ? dev.dendrite.model.GanParts.doubt(loss) : null;
            if (doubt != null) {
                found.add(ModelDiagnostics.warning(ModelDiagnostics.SEMANTICS, layer, null, doubt));
            }
        }
        edgeFeatures(network);
        for (Input noise : dev.dendrite.model.GanParts.noiseInputs(network)) {
            if (noise.getDataType() == dev.dendrite.model.network.DataType.INT64 || noise.isSequence()) {
                found.add(ModelDiagnostics.error(ModelDiagnostics.SEMANTICS, noise, null,
                        "is a noise input, filled with standard normal floats per sample: make it a float vector, not ids or a sequence"));
            }
        }
        for (Input label : dev.dendrite.model.GanParts.labelInputs(network)) {
            if (label.getDataType() != dev.dendrite.model.network.DataType.INT64 || label.isSequence() || label.getDims().size() != 1
                    || label.getDims().get(0) != 1) {
                found.add(ModelDiagnostics.error(ModelDiagnostics.SEMANTICS, label, null,
                        "is a label input, fed each sample's class index: make it int64 with dims [1], not a sequence"));
            }
        }
    }

    /**
     * A graph input's edge features that no layer reads are a warning: the export leaves them out, so the data's edge
     * features would be read and dropped. A pooling passes on the kept edges' features only where it reads some: reading
     * them from one that does not is an error (shape inference would stop there without a word).
     */
    private void edgeFeatures(Network network) {
        for (var connection : network.getConnections()) {
            if (connection.getSource() instanceof TopKPooling pool
                    && Ports.EDGE_FEATURES.equals(connection.getSourcePort()) && network.getConnections().stream()
                            .noneMatch(c -> c.getTarget() == pool && Ports.EDGE_FEATURES.equals(c.getTargetPort()))) {
                found.add(ModelDiagnostics.error(ModelDiagnostics.SEMANTICS, connection.getTarget(), connection.getTargetPort(), "reads the edge "
                        + "features '" + pool.getId() + "' keeps, but '" + pool.getId() + "' reads none: connect the graph input's "
                        + "edgeFeatures to it"));
            }
        }
        for (Layer layer : network.getLayers()) {
            if (!(layer instanceof GraphInput graph) || graph.getEdgeFeatures() <= 0) {
                continue;
            }
            boolean read = network.getConnections().stream()
                    .anyMatch(c -> c.getSource() == graph && Ports.EDGE_FEATURES.equals(c.getSourcePort()));
            if (!read) {
                found.add(ModelDiagnostics.warning(ModelDiagnostics.SEMANTICS, graph, null, "declares " + graph.getEdgeFeatures()
                        + " edge features that no layer reads: connect its edgeFeatures output to a message passing layer, or set "
                        + "edgeFeatures to 0"));
            }
        }
    }

    private void uniqueIds(Network network) {
        Map<String, Layer> ids = new HashMap<>();
        List<Graph> graphs = new ArrayList<>(List.of(network));
        graphs.addAll(network.getBlocks());
        for (Graph graph : graphs) {
            for (Layer layer : graph.getLayers()) {
                String id = layer.getId();
                if (id == null || id.isBlank()) {
                    continue;
                }
                Layer previous = ids.putIfAbsent(id, layer);
                if (previous != null) {
                    found.add(ModelDiagnostics.error(ModelDiagnostics.STRUCTURE, layer, null, "has the id '" + id
                            + "', which " + ModelDiagnostics.label(previous) + " has too; ids must be unique"));
                }
            }
        }
    }

    private void graph(Graph graph) {
        Set<String> names = new HashSet<>();
        for (Layer layer : graph.getLayers()) {
            if (layer.getName() != null && !layer.getName().isBlank() && !names.add(layer.getName())) {
                found.add(ModelDiagnostics.warning(ModelDiagnostics.SEMANTICS, layer, null,
                        "shares its name with another layer; exported tensor names will be made unique"));
            }
            regularization(layer, layer.getRegularization());
        }
        for (Connection connection : graph.getConnections()) {
            if (connection.getTarget() instanceof Loss loss && connection.getSource() instanceof Activation activation
                    && (connection.getTargetPort() == null || connection.getTargetPort().isEmpty() || "in".equals(connection.getTargetPort()))) {
                lossAfterActivation(loss, activation);
            }
        }
    }

    private void lossAfterActivation(Loss loss, Activation activation) {
        ActivationFunction function = activation.getFunction();
        boolean expectsLogits = loss.getKind() == LossKind.CROSS_ENTROPY || loss.getKind() == LossKind.SEQUENCE_NLL;
        if (expectsLogits && (function == ActivationFunction.SOFTMAX || function == ActivationFunction.LOG_SOFTMAX)) {
            found.add(ModelDiagnostics.warning(ModelDiagnostics.SEMANTICS, loss, null, "follows "
                    + ModelDiagnostics.label(activation) + ", but " + loss.getKind().getLiteral()
                    + " expects raw scores (logits) and applies log-softmax itself; remove the " + function.getLiteral()
                    + " or the loss sees probabilities squashed twice and learns slowly"));
        }
        if (loss.getKind() == LossKind.BINARY_CROSS_ENTROPY && function == ActivationFunction.SIGMOID) {
            found.add(ModelDiagnostics.warning(ModelDiagnostics.SEMANTICS, loss, null, "follows "
                    + ModelDiagnostics.label(activation) + ", but binary cross-entropy takes logits and applies the sigmoid"
                    + " itself; remove the sigmoid"));
        }
    }

    private void blockInterface(Block block) {
        boolean hasInput = block.getLayers().stream().anyMatch(BlockInput.class::isInstance);
        boolean hasOutput = block.getLayers().stream().anyMatch(BlockOutput.class::isInstance);
        if (!hasInput || !hasOutput) {
            found.add(ModelDiagnostics.error(ModelDiagnostics.STRUCTURE, block, null, "Block '" + block.getName() + "' needs at least one "
                    + (hasInput ? "BlockOutput" : "BlockInput") + " layer to be usable"));
        }
    }

    private void settings(Network network) {
        regularization(null, network.getRegularization());
        TrainingSettings training = network.getTraining();
        if (training == null) {
            return;
        }
        if (training.getEpochs() < 1) {
            found.add(settingsError(network, "epochs must be at least 1, is " + training.getEpochs()));
        }
        if (training.getBatchSize() < 1) {
            found.add(settingsError(network, "batch size must be at least 1, is " + training.getBatchSize()));
        }
        if (!(training.getLearningRate() > 0) || !Double.isFinite(training.getLearningRate())) {
            found.add(settingsError(network, "learning rate must be a finite number > 0, is " + training.getLearningRate()));
        }
        if (!(training.getValidationFraction() >= 0 && training.getValidationFraction() < 1)) {
            found.add(settingsError(network, "validation fraction must be in [0, 1), is " + training.getValidationFraction()));
        }
        if (!(training.getMomentum() >= 0 && training.getMomentum() < 1) || !(training.getWeightDecay() >= 0)) {
            found.add(settingsError(network, "momentum must be in [0, 1) and weight decay ≥ 0"));
        }
        if (!(training.getAdamBeta1() >= 0 && training.getAdamBeta1() < 1) || !(training.getAdamBeta2() >= 0 && training.getAdamBeta2() < 1)) {
            found.add(settingsError(network, "Adam's betas must be in [0, 1), are " + training.getAdamBeta1() + " and " + training.getAdamBeta2()));
        }
        if (training.getPretrainingEpochs() < 0) {
            found.add(settingsError(network, "pre-training epochs must be ≥ 0 (0: no pre-training), is " + training.getPretrainingEpochs()));
        }
        if (!(training.getGradientClipNorm() >= 0) || !Double.isFinite(training.getGradientClipNorm())) {
            found.add(settingsError(network, "gradient clipping norm must be finite and ≥ 0 (0: no clipping), is " + training.getGradientClipNorm()));
        }
    }

    private static Diagnostic settingsError(Network network, String message) {
        return ModelDiagnostics.error(ModelDiagnostics.SEMANTICS, network.getTraining(), null, "Training settings: " + message);
    }

    private void regularization(Layer layer, Regularization regularization) {
        if (regularization == null) {
            return;
        }
        if (!(regularization.getL1() >= 0) || !(regularization.getL2() >= 0)
                || !Double.isFinite(regularization.getL1()) || !Double.isFinite(regularization.getL2())) {
            String message = "L1 and L2 penalties must be finite and ≥ 0, are " + regularization.getL1() + " and " + regularization.getL2();
            found.add(layer == null ? ModelDiagnostics.error(ModelDiagnostics.SEMANTICS, regularization, null, "Network regularization: " + message)
                    : ModelDiagnostics.error(ModelDiagnostics.SEMANTICS, layer, null, message));
        }
    }
}
