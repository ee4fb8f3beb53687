package dev.dendrite.train.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.model.Networks;
import dev.dendrite.model.network.Network;
import dev.dendrite.onnx.export.LoweredNetwork;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.onnx.weights.ParameterSpec;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;

/**
 * What the steps of a {@link TrainStepPipeline} share while they build one network's training
 * graphs. The inputs are fixed at the start (a network with ids, inspected once, read only); each
 * step fills in its part, which later steps read. Fields are public for the steps, in the order
 * the standard pipeline fills them.
 */
public final class TrainStepContext {

    // Inputs: fixed for the whole build.
    private final Network network;
    private final Networks.Inspection inspection;
    private final Weights given;
    private final TrainingConfig config;
    private final GraphOptions options;
    private final GradientSource gradientSource;
    private final TrainingLowerings lowerings;

    /** LowerForward: the training-mode forward graph and its hooks' declarations. */
    public LoweredNetwork lowered;
    public TrainingLayers training;
    /** The forward nodes, in order, before any loss or gradient node was added. */
    public List<NodeProto> forward = List.of();
    /** AddLossHeads. */
    public LossHeads.Result heads;
    public String loss;
    /** With --mixup, the step's λ input (the loss mixes the labels by it); else null. */
    public String mixLambda;
    /** AssignRoles: every parameter's spec and role, and the parameters that train (not frozen). */
    public final Map<String, ParameterSpec> specs = new LinkedHashMap<>();
    public final Map<String, ParameterRole> roles = new LinkedHashMap<>();
    public final Set<String> trainable = new LinkedHashSet<>();
    /** ComputeGradients, then AddPenalties and ClipGradients: parameter → its gradient tensor. */
    public final Map<String, String> gradients = new LinkedHashMap<>();
    /** ComputeGradients: parameters whose steps are multiplied by a factor (a GAN discriminator's own rate); others 1. */
    public final Map<String, Float> rateFactors = new LinkedHashMap<>();
    /** Parameters updated only at every k-th step (a GAN's generator with several discriminator steps per its own), or null. */
    public Optimizers.Gate gate;
    /**
     * ComputeGradients: the scalar input every gradient is multiplied by (the learning rate, for
     * plain SGD), or null when the gradients are as they are. Steps that read a gradient's size
     * (norms, clipping) divide it out with {@link #unscaled}; terms added to the gradients are
     * multiplied by it ({@link #scaled}).
     */
    public String gradientScale;
    /** ConvolutionPatches: the most samples per slice the step's forms run fast at, when they prefer small slices (0: any). */
    public int sliceRows;
    /** ComputeGradients: the cut where data-parallel replicas hand over (gradients and loss before penalties). */
    public ReplicaCut cut;
    /** MeasureGradientNorms: layer id → the norm of its gradients. */
    public final Map<String, String> layerNorms = new LinkedHashMap<>();
    /** UpdateParameters: every tensor's starting value, the optimizer state, output → the input it replaces next step. */
    public Weights initial;
    public final List<String> parameters = new ArrayList<>();
    public final List<String> state = new ArrayList<>();
    public final Map<String, String> feedback = new LinkedHashMap<>();
    /** The finished graphs. */
    public ModelProto trainStep;
    public ModelProto evaluation;

    TrainStepContext(Network network, Networks.Inspection inspection, Weights given, TrainingConfig config, GraphOptions options,
            GradientSource gradientSource, TrainingLowerings lowerings) {
        this.network = network;
        this.inspection = inspection;
        this.given = given;
        this.config = config;
        this.options = options;
        this.gradientSource = gradientSource;
        this.lowerings = lowerings;
    }

    /** The network being built (every layer has an id); never written to. */
    public Network network() {
        return network;
    }

    public Networks.Inspection inspection() {
        return inspection;
    }

    public Weights given() {
        return given;
    }

    public TrainingConfig config() {
        return config;
    }

    public GraphOptions options() {
        return options;
    }

    public GradientSource gradientSource() {
        return gradientSource;
    }

    public TrainingLowerings lowerings() {
        return lowerings;
    }

    private String learningRate;
    private String scaleDivisor;

    /** The scalar "lr" input, declared by the first step that reads it. */
    public String learningRate() {
        if (learningRate == null) {
            learningRate = graph().reserve("lr");
            graph().input(learningRate, GraphBuilder.ElementType.FLOAT, List.of());
        }
        return learningRate;
    }

    /**
     * A gradient-derived scalar (a norm) as it would be without {@link #gradientScale}. The scale
     * is at least the smallest normal float, so a step fed a learning rate of 0 (which moves
     * nothing) reports norms of 0 rather than NaN.
     */
    public String unscaled(String value, String name) {
        if (gradientScale == null) {
            return value;
        }
        GraphBuilder g = graph();
        if (scaleDivisor == null) {
            scaleDivisor = g.node("Max", List.of(gradientScale, g.scalar("gradient_scale/least", Float.MIN_NORMAL)), "gradient_scale/divisor");
        }
        return g.node("Div", List.of(value, scaleDivisor), name);
    }

    /** A scalar factor of a term added to the gradients, times {@link #gradientScale} when there is one. */
    public String scaled(String factor, String name) {
        return gradientScale == null ? factor : graph().node("Mul", List.of(factor, gradientScale), name);
    }

    /** The train step's graph (after LowerForward). */
    public GraphBuilder graph() {
        return lowered.graph();
    }
}
