package dev.dendrite.analysis.pruning;

import dev.dendrite.model.network.Add;
import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.ProjectionKind;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.convolution.TransposedConvolution;
import dev.dendrite.model.network.normalization.BatchNorm;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;

/** Removes units from a {@link UnitGroups.Group}: its producers' and projections' outputs, their normalisation channels and their readers' inputs. */
final class UnitSurgery {

    private UnitSurgery() {
    }

    /** Keeps the units {@code kept} (ascending) of the group, in the network and in {@code weights}. */
    static void keep(UnitGroups.Group group, int[] kept, Weights weights) {
        for (Layer producer : group.producers()) {
            slice(weights, producer, "weight", UnitGroups.weightAxis(producer), kept);
            slice(weights, producer, "bias", 0, kept);
            switch (producer) {
                case Dense d -> d.setUnits(kept.length);
                case TransposedConvolution up -> up.setOutChannels(kept.length);
                default -> ((Convolution) producer).setOutChannels(kept.length);
            }
        }
        for (UnitGroups.Projection projection : group.projections()) {
            boolean conv = projection.add().getProjection() == ProjectionKind.CONV1X1; // [to, from, 1...] or dense [from, to]
            slice(weights, projection.add(), "projection" + projection.port() + "_weight", conv ? 0 : 1, kept);
            slice(weights, projection.add(), "projection" + projection.port() + "_bias", 0, kept);
        }
        for (BatchNorm norm : group.normalisations()) {
            for (String parameter : new String[] {"scale", "bias", "mean", "var"}) {
                slice(weights, norm, parameter, 0, kept);
            }
        }
        for (UnitGroups.Reader reader : group.readers()) {
            if (reader.layer() instanceof Add add) {
                boolean conv = add.getProjection() == ProjectionKind.CONV1X1;
                slice(weights, add, "projection" + reader.port() + "_weight", conv ? 1 : 0, kept);
            } else if (reader.layer() instanceof Convolution conv) {
                slice(weights, conv, "weight", 1, kept);
                if (conv.getInChannels() > 0) {
                    conv.setInChannels(kept.length);
                }
            } else if (reader.layer() instanceof TransposedConvolution up) {
                slice(weights, up, "weight", 0, kept); // [in, out, k...]
                if (up.getInChannels() > 0) {
                    up.setInChannels(kept.length);
                }
            } else {
                slice(weights, reader.layer(), "weight", 0, rows(kept, group.units(), reader.outer(), reader.inner()));
            }
        }
    }

    /** A flattened reader's rows for the kept units: {@code outer} blocks of units × {@code inner}. */
    static int[] rows(int[] kept, int units, int outer, int inner) {
        int[] rows = new int[outer * kept.length * inner];
        int r = 0;
        for (int o = 0; o < outer; o++) {
            for (int k : kept) {
                for (int i = 0; i < inner; i++) {
                    rows[r++] = (o * units + k) * inner + i;
                }
            }
        }
        return rows;
    }

    /** Keeps the indices {@code kept} of {@code axis} of a layer's parameter; a parameter the layer lacks (no bias) stays absent. */
    private static void slice(Weights weights, Layer layer, String parameter, int axis, int[] kept) {
        FloatTensor tensor = weights.get(layer.getId(), parameter).orElse(null);
        if (tensor != null) {
            weights.put(layer.getId(), parameter, slice(tensor, axis, kept));
        }
    }

    static FloatTensor slice(FloatTensor tensor, int axis, int[] kept) {
        long[] shape = tensor.shape().clone();
        int outer = 1;
        for (int d = 0; d < axis; d++) {
            outer *= (int) shape[d];
        }
        int inner = 1;
        for (int d = axis + 1; d < shape.length; d++) {
            inner *= (int) shape[d];
        }
        int size = (int) shape[axis];
        float[] values = new float[outer * kept.length * inner];
        int at = 0;
        for (int o = 0; o < outer; o++) {
            for (int k : kept) {
                System.arraycopy(tensor.values(), (o * size + k) * inner, values, at, inner);
                at += inner;
            }
        }
        shape[axis] = kept.length;
        return new FloatTensor(shape, values);
    }
}
