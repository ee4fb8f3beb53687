package dev.dendrite.onnx.importer;

import java.util.ArrayList;
import java.util.List;

import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.model.network.Activation;
import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.onnx.importer.ImportState.Source;

/**
 * GELU as exporters write it before the Gelu operator (opset 20): x · 0.5 · (1 + erf(x / √2)), five
 * nodes around an Erf. Recognised in a pre-pass and imported as one GELU activation layer, which
 * the editor shows as such and the trainer differentiates by its own rule.
 */
final class GeluPattern {

    /** The input x, the output y and the nodes besides the Erf that the layer replaces. */
    record Plan(String input, String output, List<NodeProto> claimed) {
    }

    private static final double ROOT_TWO = Math.sqrt(2);

    private GeluPattern() {
    }

    /** The plan for an Erf node at the heart of a GELU, or null when the nodes around it are anything else. */
    static Plan plan(NodeProto erf, ImportState s) throws OnnxFormatException {
        NodeProto scaling = s.producers.get(erf.getInput(0));
        if (scaling == null || s.onlyConsumer(erf.getInput(0)) != erf || scaling.getInputCount() != 2) {
            return null;
        }
        String x = null;
        if (scaling.getOpType().equals("Div") && s.constantNear(scaling.getInput(1), ROOT_TWO)
                || scaling.getOpType().equals("Mul") && s.constantNear(scaling.getInput(1), 1 / ROOT_TWO)) {
            x = scaling.getInput(0);
        } else if (scaling.getOpType().equals("Mul") && s.constantNear(scaling.getInput(0), 1 / ROOT_TWO)) {
            x = scaling.getInput(1);
        }
        if (x != null && s.constants.containsKey(x)) {
            return null; // constants fold away instead
        }
        NodeProto plusOne = s.onlyConsumer(erf.getOutput(0));
        if (x == null || plusOne == null || !plusOne.getOpType().equals("Add") || plusOne.getInputCount() != 2
                || !s.constantNear(ImportState.otherInput(plusOne, erf.getOutput(0)), 1)) {
            return null;
        }
        NodeProto first = s.onlyConsumer(plusOne.getOutput(0));
        if (first == null || !first.getOpType().equals("Mul") || first.getInputCount() != 2) {
            return null;
        }
        List<NodeProto> claimed = new ArrayList<>(List.of(scaling, plusOne, first));
        String rest = ImportState.otherInput(first, plusOne.getOutput(0));
        NodeProto last = first;
        if (x.equals(rest)) {
            // (x · (1 + erf)) · 0.5
            last = s.onlyConsumer(first.getOutput(0));
            if (last == null || !last.getOpType().equals("Mul") || last.getInputCount() != 2 || !s.constantNear(ImportState.otherInput(last, first.getOutput(0)), 0.5)) {
                return null;
            }
            claimed.add(last);
        } else {
            // (x · 0.5) · (1 + erf)
            NodeProto half = s.producers.get(rest);
            if (half == null || !half.getOpType().equals("Mul") || s.onlyConsumer(rest) != first || half.getInputCount() != 2
                    || !(half.getInput(0).equals(x) && s.constantNear(half.getInput(1), 0.5) || half.getInput(1).equals(x) && s.constantNear(half.getInput(0), 0.5))) {
                return null;
            }
            claimed.add(half);
        }
        return new Plan(x, last.getOutput(0), claimed);
    }

    /** The Erf of a plan as a GELU layer reading x; false when x is not a layer's output. */
    static boolean layer(NodeProto erf, Plan plan, ImportState s) {
        Source x = s.tensors.get(plan.input());
        if (x == null) {
            return false;
        }
        Activation gelu = NetworkFactory.eINSTANCE.createActivation();
        gelu.setFunction(ActivationFunction.GELU);
        // Named as the exporter named the Erf, with the function it stands for ("/act/Erf" becomes "_act_Gelu").
        String name = erf.getName();
        name = name.isBlank() ? "gelu" : name.toLowerCase(java.util.Locale.ROOT).endsWith("erf") ? name.substring(0, name.length() - 3) + "Gelu"
                : name + "_gelu";
        NodeProto named = erf.toBuilder().setName(name).build();
        s.tensors.put(plan.output(), new Source(s.add(gelu, named, x), Ports.OUT));
        return true;
    }
}
