package dev.dendrite.train.graph;

import java.util.List;

import dev.dendrite.onnx.graph.GraphBuilder;

/**
 * "outputs": the train step's outputs: "loss", "accuracy" (classification), every updated tensor
 * ({@code feedback}) and "gradnorm:ID" per layer. Expects {@code loss}, {@code feedback}, {@code layerNorms}.
 */
final class OutputStep implements TrainStepStep {

    @Override
    public String name() {
        return "outputs";
    }

    @Override
    public void apply(TrainStepContext ctx) {
        GraphBuilder g = ctx.graph();
        output(g, ctx.loss, "loss");
        if (ctx.heads.accuracy() != null) {
            output(g, ctx.heads.accuracy(), "accuracy");
        }
        ctx.feedback.keySet().forEach(name -> g.output(name, GraphBuilder.ElementType.FLOAT));
        ctx.layerNorms.forEach((layer, norm) -> output(g, norm, "gradnorm:" + layer));
    }

    /** Declares {@code tensor} as graph output {@code name} (through an Identity, so the name is exact). */
    static void output(GraphBuilder g, String tensor, String name) {
        g.nodeWithOutputs("Identity", List.of(tensor), List.of(g.reserve(name)));
        g.output(name, GraphBuilder.ElementType.FLOAT);
    }
}
