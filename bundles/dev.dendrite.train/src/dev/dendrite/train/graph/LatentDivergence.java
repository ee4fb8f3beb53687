package dev.dendrite.train.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.generative.GaussianLatent;
import dev.dendrite.model.ports.PortSpec;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.onnx.export.LoweredNetwork;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.GraphBuilder;

/**
 * Each {@link GaussianLatent}'s term of the evidence lower bound: β·KL(N(μ, σ²) ‖ N(0, I)) = β·½·Σ_k (μ² + σ² − 1 − log σ²),
 * summed over the code's dims and averaged over the samples, with its closed-form seeds β·μ/N into the mean and
 * β·½·(σ² − 1)/N into the log-variance (the sampled path adds its own through the reparameterisation). In the train step β
 * rises over the latent's warm-up steps (KL annealing); evaluation weighs the term fully.
 */
final class LatentDivergence {

    private LatentDivergence() {
    }

    /** The network's Gaussian latents (top-level: a latent inside a block is refused by name). */
    static List<GaussianLatent> of(Network network) {
        for (var block : network.getBlocks()) {
            for (Layer layer : block.getLayers()) {
                if (layer instanceof GaussianLatent latent) {
                    throw new IllegalArgumentException("the GaussianLatent '" + latent.getId() + "' is inside the block '" + block.getName()
                            + "': put it between the encoder and decoder blocks, where its KL term can be read once");
                }
            }
        }
        List<GaussianLatent> latents = new ArrayList<>();
        network.getLayers().forEach(l -> {
            if (l instanceof GaussianLatent latent) {
                latents.add(latent);
            }
        });
        return latents;
    }

    /**
     * Adds each latent's weighted KL value to {@code terms} and, with {@code withSeeds}, its seeds to {@code seeds}.
     *
     * @return each latent's KL term unweighted, in nats per sample (the evaluation graph reports their sum)
     */
    static List<String> add(Network network, LoweredNetwork lowered, List<String> terms, Map<String, String> seeds, boolean withSeeds) {
        GraphBuilder g = lowered.graph();
        List<String> divergences = new ArrayList<>();
        for (GaussianLatent latent : of(network)) {
            String id = latent.getId();
            String mean = input(network, lowered, latent, Ports.MEAN);
            String logVariance = input(network, lowered, latent, Ports.LOG_VARIANCE);
            String variance = g.node("Exp", List.of(logVariance), id + "/kl_variance");
            String inside = g.node("Sub", List.of(g.node("Add", List.of(g.node("Mul", List.of(mean, mean), id + "/kl_mean_squared"), variance),
                    id + "/kl_mean_squared_plus_variance"), g.node("Add", List.of(logVariance, g.scalar(id + "/kl_one", 1f)), id + "/kl_one_plus_log")),
                    id + "/kl_terms");
            String perSample = g.node("ReduceSum", List.of(inside, g.longs(id + "/kl_code_axis", 1)), id + "/kl_twice_per_sample",
                    Attr.i("keepdims", 0));
            String nats = g.node("Mul", List.of(g.node("ReduceMean", List.of(perSample), id + "/kl_twice", Attr.i("keepdims", 0)),
                    g.scalar(id + "/kl_half_", 0.5f)), id + "/kl_nats");
            divergences.add(nats);
            String weight = g.scalar(id + "/kl_weight", (float) latent.getKlWeight());
            if (withSeeds && latent.getKlWarmupSteps() > 0) {
                // KL annealing in the train step: β·min(1, step/warm-up), read from the step counter the trainer feeds (1 first).
                weight = g.node("Mul", List.of(weight, g.node("Min", List.of(g.scalar(id + "/kl_full", 1f), g.node("Div", List.of("step",
                        g.scalar(id + "/kl_warmup_steps", latent.getKlWarmupSteps())), id + "/kl_warmup_progress")), id + "/kl_warmup_share")),
                        id + "/kl_annealed_weight");
            }
            terms.add(g.node("Mul", List.of(nats, weight), id + "/kl"));
            if (!withSeeds) {
                continue;
            }
            String rows = g.node("Cast", List.of(g.node("Gather", List.of(g.node("Shape", List.of(mean), id + "/kl_shape"), g.longs(id + "/kl_row_dim", 0)),
                    id + "/kl_rows_long", Attr.i("axis", 0))), id + "/kl_rows", Attr.i("to", ai.onnx.proto.OnnxMl.TensorProto.DataType.FLOAT_VALUE));
            String perRow = g.node("Div", List.of(weight, rows), id + "/kl_weight_per_row");
            String meanSeed = g.node("Mul", List.of(mean, perRow), id + "/kl_mean_seed");
            String logVarianceSeed = g.node("Mul", List.of(g.node("Sub", List.of(variance, g.scalar(id + "/kl_one_", 1f)), id + "/kl_variance_less_one"),
                    g.node("Mul", List.of(perRow, g.scalar(id + "/kl_half", 0.5f)), id + "/kl_half_weight_per_row")), id + "/kl_log_variance_seed");
            seeds.merge(mean, meanSeed, (a, b) -> g.node("Add", List.of(a, b), mean + "/seed_sum"));
            seeds.merge(logVariance, logVarianceSeed, (a, b) -> g.node("Add", List.of(a, b), logVariance + "/seed_sum"));
        }
        return divergences;
    }

    private static String input(Network network, LoweredNetwork lowered, GaussianLatent latent, String port) {
        for (var connection : network.getConnections()) {
            if (connection.getTarget() == latent
                    && Ports.find(Ports.inputs(latent), connection.getTargetPort()).map(PortSpec::name).orElse("").equals(port)) {
                Layer source = connection.getSource();
                String sourcePort = Ports.find(Ports.outputs(source), connection.getSourcePort()).map(PortSpec::name).orElseThrow();
                return lowered.produced().get(source).get(sourcePort);
            }
        }
        throw new IllegalArgumentException("the GaussianLatent '" + latent.getId() + "' has no " + port + " connected");
    }
}
