package dev.dendrite.train.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dendrite.model.network.Layer;
import dev.dendrite.model.shape.Value;
import dev.dendrite.onnx.export.LayerLoweringOverride;
import dev.dendrite.onnx.export.LoweringContext;
import dev.dendrite.onnx.export.TrainingHooks;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.train.autodiff.GradientOverrides;

/**
 * The training hooks of one graph build: looks each layer kind up in {@link TrainingLowerings},
 * optionally masks weight matrices and kernels, and collects what the lowerings declare (random
 * inputs the trainer feeds, running buffers the step updates, masks).
 */
public final class TrainingLayers implements TrainingHooks {

    private final TrainingLowerings lowerings;
    private final boolean pruningMasks;
    private final List<RandomInput> randomInputs = new ArrayList<>();
    /** Running-statistic buffer ({@code layerId/mean}) → its updated value. */
    private final Map<String, String> runningUpdates = new LinkedHashMap<>();
    /** Mask input → the parameter it masks. */
    private final Map<String, String> masks = new LinkedHashMap<>();
    private final GradientOverrides overrides = GradientOverrides.none();

    /** Score input → the weight it masks (edge-popup). */
    private final Map<String, String> scores = new LinkedHashMap<>();
    private final double edgePopup;
    private final long sequenceLength;
    private final boolean statisticsInOnePass;
    private final SequenceMasks sequenceMasks;

    TrainingLayers(TrainingLowerings lowerings, boolean pruningMasks) {
        this(lowerings, pruningMasks, 0, 0);
    }

    TrainingLayers(TrainingLowerings lowerings, boolean pruningMasks, double edgePopup, long sequenceLength) {
        this(lowerings, pruningMasks, edgePopup, sequenceLength, java.util.Set.of());
    }

    TrainingLayers(TrainingLowerings lowerings, boolean pruningMasks, double edgePopup, long sequenceLength, java.util.Set<String> maskedInputs) {
        this(lowerings, pruningMasks, edgePopup, sequenceLength, maskedInputs, false);
    }

    TrainingLayers(TrainingLowerings lowerings, boolean pruningMasks, double edgePopup, long sequenceLength, java.util.Set<String> maskedInputs,
            boolean statisticsInOnePass) {
        this.statisticsInOnePass = statisticsInOnePass;
        this.sequenceMasks = new SequenceMasks(maskedInputs);
        this.lowerings = lowerings;
        this.pruningMasks = pruningMasks;
        this.edgePopup = edgePopup;
        this.sequenceLength = sequenceLength;
    }

    /** Whether BatchNorm takes its batch statistics in one pass ({@link GraphOptions#statisticsInOnePass}). */
    boolean statisticsInOnePass() {
        return statisticsInOnePass;
    }

    /** The length bound to the symbolic sequence dimension T for this build, 0 when unbound. */
    public long sequenceLength() {
        return sequenceLength;
    }

    /** The float mask [N, T] of the padded sequence {@code layer} reads (null: not masked), declaring its input once. */
    public String sequenceMask(Layer layer, GraphBuilder graph) {
        return sequenceMasks.mask(layer, graph);
    }

    /** The fused recurrent operators' sequence_lens: the lengths of the sequences {@code recurrent} reads, when masked. */
    @Override
    public String sequenceLengths(Layer recurrent, LoweringContext ctx) {
        return sequenceMasks.lengths(recurrent, ctx.graph());
    }

    @Override
    public LayerLoweringOverride lowering(Layer layer) {
        TrainingLayerLowering rule = lowerings.get(layer.eClass());
        return rule == null ? null : (l, in, shapes, ctx) -> rule.lower(l, in, shapes, ctx, this);
    }

    @Override
    public String parameter(String key, LoweringContext ctx) {
        if (edgePopup > 0 && ParameterRole.weightLike(key)) {
            return edgePopup(key, ctx);
        }
        if (!pruningMasks || !ParameterRole.weightLike(key)) {
            return key;
        }
        String mask = key + ":mask";
        GraphBuilder graph = ctx.graph();
        List<Object> dims = new ArrayList<>();
        for (long d : ctx.parameterShape(key)) {
            dims.add(d);
        }
        graph.input(graph.reserve(mask), GraphBuilder.ElementType.FLOAT, dims);
        masks.put(mask, key);
        return ctx.op("Mul", key + "/masked", List.of(key, mask));
    }

    /**
     * Edge-popup: the weight times the mask of its top-k scores by magnitude (a per-layer
     * threshold from TopK), the mask's gradient handed straight through to the scores.
     */
    private String edgePopup(String key, LoweringContext ctx) {
        String score = key + ":score";
        GraphBuilder graph = ctx.graph();
        long[] shape = ctx.parameterShape(key);
        List<Object> dims = new ArrayList<>();
        long size = 1;
        for (long d : shape) {
            dims.add(d);
            size *= d;
        }
        graph.input(graph.reserve(score), GraphBuilder.ElementType.FLOAT, dims);
        scores.put(score, key);
        long keep = Math.max(1, Math.round(edgePopup * size));
        String magnitude = ctx.op("Abs", key + "/score_abs", score);
        String flat = ctx.reshape(magnitude, key + "/score_flat", -1);
        List<String> top = graph.node("TopK", List.of(flat, ctx.longs(key + "/k", keep)), 2, key + "/top_scores");
        String kth = ctx.op("Slice", key + "/kth_score", List.of(top.get(0), ctx.longs(key + "/kth_from", keep - 1),
                ctx.longs(key + "/kth_to", keep)));
        String mask = ctx.op("Cast", key + "/popup_mask", ctx.op("GreaterOrEqual", key + "/kept", List.of(magnitude, kth)),
                dev.dendrite.onnx.graph.Attr.i("to", ai.onnx.proto.OnnxMl.TensorProto.DataType.FLOAT_VALUE));
        // Straight through to |score| (not to the score: Abs then differentiates, so negative scores grow in magnitude too).
        overrides.straightThrough(mask, magnitude);
        return ctx.op("Mul", key + "/popped", List.of(key, mask));
    }

    /** Score inputs (edge-popup) → the weight each masks. */
    Map<String, String> scores() {
        return scores;
    }

    /** Declares a per-step random input (a mask or noise of the value's shape, batch bound per step); returns its name. */
    public String randomInput(LoweringContext ctx, String name, RandomInput.Kind kind, double probability, Value value) {
        return randomInput(ctx.graph(), name, kind, probability, value);
    }

    /** As above, into {@code graph}. */
    String randomInput(GraphBuilder graph, String name, RandomInput.Kind kind, double probability, Value value) {
        List<Object> dims = new ArrayList<>();
        value.shape().dims().forEach(d -> dims.add(d.isFixed() ? (Object) d.size() : d.toString()));
        String unique = name;
        // A block used twice lowers its layers twice: each use draws its own (a GAN's discriminator on generated and real samples).
        for (int use = 2; drawn(unique); use++) {
            unique = name + "/use" + use;
        }
        graph.input(graph.reserve(unique), GraphBuilder.ElementType.FLOAT, dims);
        randomInputs.add(new RandomInput(unique, kind, probability, value));
        return unique;
    }

    private boolean drawn(String name) {
        return randomInputs.stream().anyMatch(r -> r.name().equals(name));
    }

    @Override
    public boolean iteratesSpectralNorms() {
        return lowerings.trains();
    }

    @Override
    public void spectralNormIterated(String buffer, String next, String constant) {
        runningUpdate(buffer, next);
        overrides.stop(constant);
    }

    /** Declares that the step outputs {@code updated} as the next value of buffer {@code buffer} ({@code layerId/param}). */
    public void runningUpdate(String buffer, String updated) {
        runningUpdates.put(buffer, updated);
    }

    /** Stop-gradients and straight-through pairs the lowerings ask autodiff for. */
    public GradientOverrides overrides() {
        return overrides;
    }

    List<RandomInput> randomInputs() {
        return randomInputs;
    }

    Map<String, String> runningUpdates() {
        return runningUpdates;
    }

    Map<String, String> masks() {
        return masks;
    }
}
