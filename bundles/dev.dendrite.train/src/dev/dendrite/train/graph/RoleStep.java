package dev.dendrite.train.graph;

import java.util.ArrayList;
import java.util.List;

import dev.dendrite.model.network.BlockInstance;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.shape.LayerShapes;
import dev.dendrite.onnx.weights.ParameterSpecs;
import dev.dendrite.onnx.weights.Weights;

/**
 * "roles": every parameter's spec and role, and which parameters train: trainable specs whose
 * role and layer are not frozen. Expects {@code lowered}; guarantees {@code specs}, {@code roles},
 * {@code trainable}.
 */
final class RoleStep implements TrainStepStep {

    @Override
    public String name() {
        return "roles";
    }

    @Override
    public void apply(TrainStepContext ctx) {
        List<Layer> layers = new ArrayList<>(ctx.network().getLayers());
        ctx.network().getBlocks().forEach(b -> layers.addAll(b.getLayers()));
        for (Layer layer : layers) {
            LayerShapes shapes = ctx.lowered.shapes().of(layer);
            if (shapes != null && !(layer instanceof BlockInstance)) {
                ParameterSpecs.of(layer, shapes.inputs()).forEach(s -> ctx.specs.put(Weights.key(layer.getId(), s.name()), s));
            }
        }
        for (String parameter : ctx.lowered.parameterInputs()) {
            ParameterRole role = ParameterRole.of(parameter, ctx.specs.get(parameter));
            ctx.roles.put(parameter, role);
            boolean frozen = ctx.options().frozenRoles().contains(role) || ctx.options().frozenLayers().contains(Weights.split(parameter)[0]);
            if (ctx.specs.get(parameter) != null && ctx.specs.get(parameter).trainable() && !frozen) {
                ctx.trainable.add(parameter);
            }
        }
        ctx.training.masks().keySet().forEach(mask -> ctx.roles.put(mask, ParameterRole.MASK));
        for (String score : ctx.training.scores().keySet()) {
            ctx.roles.put(score, ParameterRole.SCORE);
            boolean frozen = ctx.options().frozenRoles().contains(ParameterRole.SCORE) || ctx.options().frozenLayers().contains(Weights.split(score)[0]);
            if (!frozen) {
                ctx.trainable.add(score);
            }
        }
    }
}
