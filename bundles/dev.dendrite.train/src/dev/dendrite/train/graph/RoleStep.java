package dev.dendrite.train.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.dendrite.model.network.BlockInstance;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.shape.LayerShapes;
import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.onnx.weights.ParameterSpecs;
import dev.dendrite.onnx.weights.Weights;

/**
 * "roles": every parameter's spec and role, and which parameters train: trainable specs whose
 * role and layer are not frozen (and, where the configuration names the only layers to train, are among them). Expects {@code lowered}; guarantees {@code specs}, {@code roles},
 * {@code trainable}.
 */
final class RoleStep implements TrainStepStep {

    @Override
    public String name() {
        return "roles";
    }

    @Override
    public void apply(TrainStepContext ctx) throws ExportException {
        List<Layer> layers = new ArrayList<>(ctx.network().getLayers());
        ctx.network().getBlocks().forEach(b -> layers.addAll(b.getLayers()));
        for (Layer layer : layers) {
            LayerShapes shapes = ctx.lowered.shapes().of(layer);
            if (shapes != null && !(layer instanceof BlockInstance)) {
                ParameterSpecs.of(layer, shapes.inputs()).forEach(s -> ctx.specs.put(Weights.key(layer.getId(), s.name()), s));
            }
        }
        Set<String> frozenLayers = blockNames(ctx, ctx.options().frozenLayers());
        Set<String> onlyLayers = blockNames(ctx, ctx.config().trainedLayers());
        Set<String> matched = new HashSet<>();
        Set<String> matchedOnly = new HashSet<>();
        Set<String> withParameters = new TreeSet<>();
        for (String parameter : ctx.lowered.parameterInputs()) {
            ParameterRole role = ParameterRole.of(parameter, ctx.specs.get(parameter));
            ctx.roles.put(parameter, role);
            String layer = Weights.split(parameter)[0];
            String owner = ownerOf(layer, frozenLayers);
            if (ctx.specs.get(parameter) != null && ctx.specs.get(parameter).trainable()) {
                withParameters.add(layer);
            }
            if (owner != null) {
                matched.add(owner);
            }
            String kept = ownerOf(layer, onlyLayers);
            if (kept != null) {
                matchedOnly.add(kept);
            }
            boolean frozen = ctx.options().frozenRoles().contains(role) || owner != null || !onlyLayers.isEmpty() && kept == null;
            if (ctx.specs.get(parameter) != null && ctx.specs.get(parameter).trainable() && !frozen) {
                ctx.trainable.add(parameter);
            }
        }
        checkFrozen(ctx, frozenLayers, matched, withParameters);
        for (String name : onlyLayers) {
            if (!matchedOnly.contains(name)) {
                throw new ExportException("cannot train only '" + name + "': no layer or block of that name has parameters; those with "
                        + "parameters are " + String.join(", ", withParameters));
            }
        }
        ctx.training.masks().keySet().forEach(mask -> ctx.roles.put(mask, ParameterRole.MASK));
        for (String score : ctx.training.scores().keySet()) {
            ctx.roles.put(score, ParameterRole.SCORE);
            boolean frozen = ctx.options().frozenRoles().contains(ParameterRole.SCORE) || ownerOf(Weights.split(score)[0], frozenLayers) != null;
            if (!frozen) {
                ctx.trainable.add(score);
            }
        }
    }

    /**
     * Layer ids, with a block instance standing for its block's name: the parameters of a block's
     * layers are keyed {@code BLOCK.LAYER/param}.
     */
    private static Set<String> blockNames(TrainStepContext ctx, java.util.Collection<String> ids) {
        Set<String> names = new java.util.LinkedHashSet<>(ids);
        for (Layer layer : ctx.network().getLayers()) {
            if (layer instanceof BlockInstance instance && names.contains(layer.getId()) && instance.getBlock() != null) {
                names.remove(layer.getId());
                names.add(instance.getBlock().getName());
            }
        }
        return names;
    }

    /** The frozen name a parameter's layer falls under (itself, or the block before its dot), or null. */
    private static String ownerOf(String layer, Set<String> frozen) {
        if (frozen.contains(layer)) {
            return layer;
        }
        int dot = layer.indexOf('.');
        return dot > 0 && frozen.contains(layer.substring(0, dot)) ? layer.substring(0, dot) : null;
    }

    /** One line for a frozen id that names no layer with parameters, or for freezing everything that would train. */
    private static void checkFrozen(TrainStepContext ctx, Set<String> frozen, Set<String> matched, Set<String> withParameters)
            throws ExportException {
        for (String name : frozen) {
            if (!matched.contains(name)) {
                throw new ExportException("cannot freeze '" + name + "': no layer or block of that name has parameters; those with "
                        + "parameters are " + String.join(", ", withParameters));
            }
        }
        if (!frozen.isEmpty() && ctx.trainable.isEmpty()) {
            throw new ExportException("freezing " + String.join(", ", new TreeSet<>(frozen)) + " leaves nothing to train: every layer with parameters "
                    + "is frozen");
        }
    }
}
