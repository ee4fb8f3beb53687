package dev.dendrite.train.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Loss;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.generative.GenerativePackage;
import dev.dendrite.model.network.generative.RBM;
import dev.dendrite.model.network.generative.UnitType;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.shape.LayerShapes;
import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.onnx.export.LoweredNetwork;
import dev.dendrite.onnx.export.LoweringContext;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.onnx.weights.Weights;

/**
 * An RBM trained by contrastive divergence as its own {@link GradientSource}: the positive phase
 * from the data, a negative phase of k Gibbs steps (from the data: CD-k; from persistent fantasy
 * particles carried between steps: PCD), and the update direction −(⟨v hᵀ⟩data − ⟨v hᵀ⟩model).
 * Units are sampled as {@code Cast(Less(RandomUniformLike(p), p))} (ONNX Runtime's Bernoulli
 * returns 1 with probability 1 − p). The step's "loss" is the mean squared reconstruction error
 * of the data through one deterministic up-down pass; the evaluation graph adds a stochastic
 * pseudo-log-likelihood ({@code metric:pseudoLikelihood}, one flipped visible unit per sample).
 * Gaussian visible units (unit variance) reconstruct linearly and sample with added noise.
 */
public final class ContrastiveDivergence implements GradientSource {

    /** The state a persistent chain keeps between steps: the fantasy particles' visible units. */
    public static final String CHAIN = "chain:persistent";

    /** The tensors an RBM's passes read: weight [V, H], hidden bias [H], visible bias [V] (views: masked where pruning masks are on). */
    private record Parameters(String weight, String hiddenBias, String visibleBias) {
    }

    private RBM rbm;
    private Parameters parameters;
    private String v0;
    private String positiveHidden;
    private String reconstructionError;
    private final Map<String, String> gradients = new LinkedHashMap<>();

    private ContrastiveDivergence() {
    }

    /** Whether the network trains by contrastive divergence: an RBM and no Loss layer. */
    public static boolean applies(Network network) {
        return network.getLayers().stream().anyMatch(RBM.class::isInstance) && network.getLayers().stream().noneMatch(Loss.class::isInstance);
    }

    /** A pipeline whose RBM trains by CD-k or PCD (each call has its own state: use it for one build). */
    public static TrainStepPipeline pipeline() {
        ContrastiveDivergence cd = new ContrastiveDivergence();
        return TrainStepPipeline.standard().withLowering(GenerativePackage.eINSTANCE.getRBM(), cd::lower)
                .replace("loss", cd.new Statistics()).withGradientSource(cd).replace("evaluation", new Evaluation());
    }

    /** The up-pass as at inference, every parameter declared (the visible bias too: the down-pass needs it). */
    private Map<String, String> lower(Layer layer, Map<String, String> in, LayerShapes shapes, LoweringContext ctx, TrainingLayers training) {
        if (rbm != null) {
            throw new IllegalArgumentException("contrastive divergence trains one RBM per network; stack several in a DBN block");
        }
        rbm = (RBM) layer;
        v0 = in.get(Ports.IN);
        parameters = new Parameters(ctx.weight(rbm, "weight"), ctx.weight(rbm, "hidden_bias"), ctx.weight(rbm, "visible_bias"));
        positiveHidden = up(rbm, parameters, v0, "positive", ctx.graph());
        return Map.of(Ports.OUT, ctx.op("Identity", rbm.getId(), positiveHidden));
    }

    private static String up(RBM rbm, Parameters p, String v, String what, GraphBuilder g) {
        String pre = g.node("Gemm", List.of(v, p.weight(), p.hiddenBias()), rbm.getId() + "/" + what + "_pre");
        return g.node("Sigmoid", List.of(pre), rbm.getId() + "/" + what + "_hidden");
    }

    /** p(v | h): sigmoid(h Wᵀ + b) for binary units, the mean h Wᵀ + b for Gaussian ones. */
    private static String down(RBM rbm, Parameters p, String h, String what, GraphBuilder g) {
        String pre = g.node("Gemm", List.of(h, p.weight(), p.visibleBias()), rbm.getId() + "/" + what + "_pre",
                Attr.i("transB", 1));
        return rbm.getVisibleType() == UnitType.GAUSSIAN ? pre : g.node("Sigmoid", List.of(pre), rbm.getId() + "/" + what + "_visible");
    }

    private static String bernoulli(String p, String hint, long seed, GraphBuilder g) {
        String uniform = g.node("RandomUniformLike", List.of(p), hint + "_uniform", Attr.f("seed", (float) seed));
        return g.node("Cast", List.of(g.node("Less", List.of(uniform, p), hint + "_on")), hint, Attr.i("to", TensorProto.DataType.FLOAT_VALUE));
    }

    private static String gaussian(String mean, String hint, long seed, GraphBuilder g) {
        String noise = g.node("RandomNormalLike", List.of(mean), hint + "_noise", Attr.f("seed", (float) seed));
        return g.node("Add", List.of(mean, noise), hint);
    }

    /** "loss" for an RBM: the Gibbs chain, the statistics of both phases and the reconstruction error. */
    private final class Statistics implements TrainStepStep {

        @Override
        public String name() {
            return "loss";
        }

        @Override
        public void apply(TrainStepContext ctx) throws ExportException {
            if (rbm == null) {
                throw new ExportException("Network '" + ctx.network().getName() + "' has no RBM fed by an input to train by contrastive divergence");
            }
            GraphBuilder g = ctx.graph();
            String id = rbm.getId();
            long seed = ctx.config().seed() * 7919;
            String h = bernoulli(positiveHidden, id + "/h0", seed, g);
            // Reconstruction error: one deterministic down-pass from the positive hidden probabilities.
            String reconstruction = down(rbm, parameters, positiveHidden, "reconstruction", g);
            String difference = g.node("Sub", List.of(v0, reconstruction), id + "/reconstruction_difference");
            reconstructionError = g.node("ReduceMean", List.of(g.node("Mul", List.of(difference, difference), id + "/squared")),
                    id + "/reconstruction_error", Attr.i("keepdims", 0));
            String chainKey = Weights.key(id, CHAIN);
            if (rbm.isPersistentChains()) {
                long visible = ctx.lowered.weights().get(id, "visible_bias").orElseThrow().size();
                int particles = ctx.config().batchSize();
                ctx.lowered.weights().put(id, CHAIN, randomBinary(particles, visible, ctx.config().seed()));
                g.input(g.reserve(chainKey), GraphBuilder.ElementType.FLOAT, List.of((long) particles, visible));
                h = bernoulli(up(rbm, parameters, chainKey, "chain", g), id + "/chain_h", seed + 1, g);
            }
            String v = null;
            String hiddenProbability = null;
            for (int k = 1; k <= rbm.getCdSteps(); k++) {
                String mean = down(rbm, parameters, h, "gibbs" + k, g);
                v = rbm.getVisibleType() == UnitType.GAUSSIAN ? gaussian(mean, id + "/v" + k, seed + 2 * k, g)
                        : bernoulli(mean, id + "/v" + k, seed + 2 * k, g);
                hiddenProbability = up(rbm, parameters, v, "gibbs" + k, g);
                h = bernoulli(hiddenProbability, id + "/h" + k, seed + 2 * k + 1, g);
            }
            if (rbm.isPersistentChains()) {
                ctx.training.runningUpdate(chainKey, g.node("Identity", List.of(v), id + "/chain_next"));
            }
            statistics(g, id, v, hiddenProbability);
            ctx.heads = new LossHeads.Result(reconstructionError, null, Map.of(), List.of(), 0);
            ctx.loss = reconstructionError;
        }

        /** Minus the CD update: what the optimizer subtracts, so the weights move by ⟨v hᵀ⟩data − ⟨v hᵀ⟩model. */
        private void statistics(GraphBuilder g, String id, String vModel, String hModel) {
            String rows = count(g, id + "/data_rows", v0);
            String particles = count(g, id + "/model_rows", vModel);
            String positive = g.node("Div", List.of(g.node("Gemm", List.of(v0, positiveHidden), id + "/positive_vh", Attr.i("transA", 1)), rows),
                    id + "/positive_mean");
            String negative = g.node("Div", List.of(g.node("Gemm", List.of(vModel, hModel), id + "/negative_vh", Attr.i("transA", 1)), particles),
                    id + "/negative_mean");
            gradients.put(Weights.key(id, "weight"), g.node("Sub", List.of(negative, positive), id + "/cd_weight"));
            gradients.put(Weights.key(id, "hidden_bias"), g.node("Sub", List.of(mean(g, hModel, id + "/model_hidden"),
                    mean(g, positiveHidden, id + "/data_hidden")), id + "/cd_hidden_bias"));
            gradients.put(Weights.key(id, "visible_bias"), g.node("Sub", List.of(mean(g, vModel, id + "/model_visible"),
                    mean(g, v0, id + "/data_visible")), id + "/cd_visible_bias"));
        }
    }

    private static String mean(GraphBuilder g, String x, String hint) {
        return g.node("ReduceMean", List.of(x, g.longs(hint + "_axis", 0)), hint, Attr.i("keepdims", 0));
    }

    private static String count(GraphBuilder g, String hint, String x) {
        String shape = g.node("Shape", List.of(x), hint + "_shape");
        String first = g.node("Slice", List.of(shape, g.longs(hint + "_from", 0), g.longs(hint + "_to", 1)), hint + "_dim");
        return g.node("Cast", List.of(first), hint, Attr.i("to", TensorProto.DataType.FLOAT_VALUE));
    }

    private static FloatTensor randomBinary(int rows, long columns, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        float[] values = new float[(int) (rows * columns)];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(2);
        }
        return new FloatTensor(new long[] {rows, columns}, values);
    }

    @Override
    public Map<String, String> gradients(TrainStepContext ctx) {
        Map<String, String> trainable = new LinkedHashMap<>();
        gradients.forEach((parameter, gradient) -> {
            if (ctx.trainable.contains(parameter)) {
                trainable.put(parameter, gradient);
            }
        });
        return trainable;
    }

    /**
     * "evaluation" for an RBM: reconstruction error ("loss") and the pseudo-log-likelihood of
     * binarised inputs, V · log σ(F(x̃) − F(x)) with one random unit of x flipped in x̃ and free
     * energy F(v) = −v·b − Σ softplus(vW + c).
     */
    private static final class Evaluation implements TrainStepStep {

        @Override
        public String name() {
            return "evaluation";
        }

        @Override
        public void apply(TrainStepContext ctx) throws ExportException {
            LoweredNetwork evaluated = OnnxExporter.lower(ctx.network(), ctx.inspection(), ctx.lowered.weights(),
                    new TrainingLayers(TrainingLowerings.none(), false, 0, 0));
            GraphBuilder g = evaluated.graph();
            RBM rbm = null;
            String v = null;
            for (var entry : evaluated.produced().entrySet()) {
                if (entry.getKey() instanceof RBM found) {
                    rbm = found;
                }
            }
            for (var connection : ctx.network().getConnections()) {
                if (connection.getTarget() == rbm && connection.getSource() instanceof Input input) {
                    v = evaluated.produced().get(input).get(Ports.OUT);
                }
            }
            if (rbm == null || v == null) {
                throw new ExportException("Network '" + ctx.network().getName() + "' has no RBM fed by an input");
            }
            String id = rbm.getId();
            Parameters p = new Parameters(Weights.key(id, "weight"), Weights.key(id, "hidden_bias"), Weights.key(id, "visible_bias"));
            if (!evaluated.parameterInputs().contains(p.visibleBias())) {
                // Inference never reads the visible bias; the down-pass does.
                g.input(g.reserve(p.visibleBias()), GraphBuilder.ElementType.FLOAT,
                        List.of(evaluated.weights().get(id, "visible_bias").orElseThrow().size()));
            }
            String hidden = evaluated.produced().get(rbm).get(Ports.OUT);
            String difference = g.node("Sub", List.of(v, down(rbm, p, hidden, "eval_reconstruction", g)), id + "/eval_difference");
            OutputStep.output(g, g.node("ReduceMean", List.of(g.node("Mul", List.of(difference, difference), id + "/eval_squared")),
                    id + "/eval_error", Attr.i("keepdims", 0)), "loss");
            if (rbm.getVisibleType() == UnitType.BINARY) {
                OutputStep.output(g, pseudoLikelihood(rbm, p, v, g), "metric:pseudoLikelihood");
            }
            ctx.evaluation = g.model("eval", "Dendrite evaluation graph for " + ctx.network().getName());
        }

        private static String pseudoLikelihood(RBM rbm, Parameters p, String v, GraphBuilder g) {
            String id = rbm.getId();
            String x = g.node("Cast", List.of(g.node("Greater", List.of(v, g.scalar(id + "/half", 0.5f)), id + "/on")), id + "/binary",
                    Attr.i("to", TensorProto.DataType.FLOAT_VALUE));
            String uniform = g.node("RandomUniformLike", List.of(x), id + "/pick_uniform", Attr.f("seed", 17f));
            String pick = g.node("ArgMax", List.of(uniform), id + "/pick", Attr.i("axis", 1), Attr.i("keepdims", 0));
            String units = g.node("Slice", List.of(g.node("Shape", List.of(x), id + "/x_shape"), g.longs(id + "/one", 1), g.longs(id + "/two", 2)),
                    id + "/units");
            String flip = g.node("OneHot", List.of(pick, units, g.initializer(id + "/onehot_values",
                    new FloatTensor(new long[] {2}, new float[] {0f, 1f}))), id + "/flip", Attr.i("axis", -1));
            String flipped = g.node("Abs", List.of(g.node("Sub", List.of(x, flip), id + "/x_minus_flip")), id + "/flipped");
            String delta = g.node("Sub", List.of(freeEnergy(rbm, p, flipped, "flipped", g), freeEnergy(rbm, p, x, "data", g)), id + "/delta");
            String logSigmoid = g.node("Neg", List.of(softplus(g.node("Neg", List.of(delta), id + "/neg_delta"), id + "/log_sigmoid", g)),
                    id + "/log_sigmoid_delta");
            String count = g.node("Cast", List.of(units), id + "/units_f", Attr.i("to", TensorProto.DataType.FLOAT_VALUE));
            return g.node("Mul", List.of(g.node("ReduceMean", List.of(logSigmoid), id + "/mean_log_sigmoid", Attr.i("keepdims", 1)), count),
                    id + "/pseudo_likelihood");
        }

        /** F(v) = −v·b − Σ_j softplus((vW + c)_j), per sample [N]. */
        private static String freeEnergy(RBM rbm, Parameters p, String v, String what, GraphBuilder g) {
            String id = rbm.getId() + "/" + what;
            String visible = g.node("ReduceSum", List.of(g.node("Mul", List.of(v, p.visibleBias()), id + "_vb"),
                    g.longs(id + "_axis1", 1)), id + "_visible_term", Attr.i("keepdims", 0));
            String pre = g.node("Gemm", List.of(v, p.weight(), p.hiddenBias()), id + "_pre");
            String hidden = g.node("ReduceSum", List.of(softplus(pre, id + "_softplus", g), g.longs(id + "_axis1b", 1)), id + "_hidden_term",
                    Attr.i("keepdims", 0));
            return g.node("Neg", List.of(g.node("Add", List.of(visible, hidden), id + "_sum")), id + "_free_energy");
        }

        /** log(1 + e^z), stable: max(z, 0) + log(1 + e^−|z|). */
        private static String softplus(String z, String hint, GraphBuilder g) {
            String tail = g.node("Log", List.of(g.node("Add", List.of(g.scalar(hint + "_one", 1f), g.node("Exp", List.of(g.node("Neg",
                    List.of(g.node("Abs", List.of(z), hint + "_abs")), hint + "_neg_abs")), hint + "_exp")), hint + "_one_plus")), hint + "_log");
            return g.node("Add", List.of(g.node("Relu", List.of(z), hint + "_relu"), tail), hint);
        }
    }
}
