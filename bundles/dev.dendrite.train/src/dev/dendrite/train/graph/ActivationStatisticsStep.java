package dev.dendrite.train.graph;

import java.util.List;
import java.util.Map;

import dev.dendrite.model.network.GraphInput;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Loss;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.shape.Value;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.GraphBuilder;

/**
 * "activation-statistics" (when the options ask for it): the mean and standard deviation of each
 * layer's primary output in this step, as outputs {@code act_mean:ID} and {@code act_std:ID}.
 */
final class ActivationStatisticsStep implements TrainStepStep {

    @Override
    public String name() {
        return "activation-statistics";
    }

    @Override
    public void apply(TrainStepContext ctx) {
        if (!ctx.options().activationStatistics()) {
            return;
        }
        GraphBuilder g = ctx.graph();
        for (Layer layer : ctx.network().getLayers()) {
            if (layer instanceof Input || layer instanceof GraphInput || layer instanceof Loss) {
                continue;
            }
            var primary = Ports.find(Ports.outputs(layer), "");
            Map<String, String> produced = ctx.lowered.produced().get(layer);
            if (primary.isEmpty() || produced == null || produced.get(primary.get().name()) == null) {
                continue;
            }
            Value value = ctx.lowered.shapes().of(layer).outputs().get(primary.get().name());
            if (value == null || value.type() != Value.ElementType.FLOAT) {
                continue;
            }
            String x = produced.get(primary.get().name());
            String id = layer.getId();
            String mean = g.node("ReduceMean", List.of(x), id + "/act_mean", Attr.i("keepdims", 0));
            String meanSquare = g.node("ReduceMean", List.of(g.node("Mul", List.of(x, x), id + "/act_sq")), id + "/act_mean_sq",
                    Attr.i("keepdims", 0));
            String variance = g.node("Relu", List.of(g.node("Sub", List.of(meanSquare, g.node("Mul", List.of(mean, mean), id + "/mean_sq")),
                    id + "/act_var_raw")), id + "/act_var");
            OutputStep.output(g, mean, "act_mean:" + id);
            OutputStep.output(g, g.node("Sqrt", List.of(variance), id + "/act_std"), "act_std:" + id);
        }
    }
}
