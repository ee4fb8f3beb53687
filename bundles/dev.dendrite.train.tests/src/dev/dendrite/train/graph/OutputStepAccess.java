package dev.dendrite.train.graph;

import java.util.Map;

import dev.dendrite.model.network.Layer;

/** Test steps: expose a layer's output tensor of the train step as a graph output. */
public final class OutputStepAccess {

    private OutputStepAccess() {
    }

    public static TrainStepStep exposing(String layerId, String port, String outputName) {
        return new TrainStepStep() {
            @Override
            public String name() {
                return "expose-" + layerId;
            }

            @Override
            public void apply(TrainStepContext ctx) {
                for (Map.Entry<Layer, Map<String, String>> entry : ctx.lowered.produced().entrySet()) {
                    if (entry.getKey().getId().equals(layerId)) {
                        OutputStep.output(ctx.graph(), entry.getValue().get(port), outputName);
                        return;
                    }
                }
                throw new IllegalArgumentException("no layer " + layerId);
            }
        };
    }
}
