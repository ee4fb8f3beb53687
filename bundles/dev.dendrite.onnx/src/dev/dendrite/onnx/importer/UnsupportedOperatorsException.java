package dev.dendrite.onnx.importer;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The model uses operators (or operator settings) Dendrite cannot express as layers. Dendrite
 * refuses such models as a whole rather than importing a partial or opaque graph: the message
 * lists every problem, so the user can see at once what stands in the way.
 */
public class UnsupportedOperatorsException extends OnnxFormatException {
    private static final long serialVersionUID = 1L;

    /** One node Dendrite cannot map: its op type, its name and why. */
    public record Unsupported(String opType, String nodeName, String reason) {
    }

    private final transient List<Unsupported> unsupported;

    public UnsupportedOperatorsException(String source, List<Unsupported> unsupported) {
        super(message(source, unsupported));
        this.unsupported = List.copyOf(unsupported);
    }

    public List<Unsupported> unsupported() {
        return unsupported;
    }

    /** Op type → count, for summaries. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new TreeMap<>();
        unsupported.forEach(u -> counts.merge(u.opType(), 1, Integer::sum));
        return counts;
    }

    private static String message(String source, List<Unsupported> unsupported) {
        Map<String, Integer> counts = new TreeMap<>();
        unsupported.forEach(u -> counts.merge(u.opType(), 1, Integer::sum));
        StringBuilder text = new StringBuilder(source + " uses operators Dendrite cannot express as layers: ");
        counts.forEach((op, n) -> text.append(op).append(" ×").append(n).append(", "));
        text.setLength(text.length() - 2);
        Unsupported first = unsupported.get(0);
        text.append(" (first: ").append(first.opType()).append(" node '").append(first.nodeName()).append("': ")
                .append(first.reason()).append(")");
        if (counts.containsKey("QuantizeLinear") || counts.containsKey("DequantizeLinear")) {
            // Layers train on float weights: a quantized model's float source is what imports.
            text.append("; it is a quantized model: import the float model it was quantized from");
        }
        return text.toString();
    }
}
