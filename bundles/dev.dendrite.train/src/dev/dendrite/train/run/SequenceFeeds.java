package dev.dendrite.train.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.TensorInfo;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.train.data.Batch;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.data.Field;
import dev.dendrite.train.data.HostTensor;

/**
 * Which field of a sequence data set feeds which input of an exported model, by the trainer's rule
 * ({@link FeedPlan#fieldFor}): the field named like the input, or the data's one input field where
 * the model reads one data input; a mask input {@code ID:mask} gets the mask of the field that
 * feeds {@code ID}.
 */
final class SequenceFeeds {

    private final Map<String, String> fieldOf;

    private SequenceFeeds(Map<String, String> fieldOf) {
        this.fieldOf = fieldOf;
    }

    /**
     * Binds the inputs {@code inputs} of a model to fields of {@code data}.
     *
     * @throws IllegalArgumentException naming the input no field feeds, and the fields there are
     */
    static SequenceFeeds bind(ModelSession session, BatchSource data) throws OrtException {
        SequenceFeeds feeds = bind(session.inputNames(), data);
        for (var input : session.session().getInputInfo().entrySet()) {
            if (input.getKey().endsWith(":mask") || !(input.getValue().getInfo() instanceof TensorInfo info)) {
                continue;
            }
            Field field = data.field(feeds.field(input.getKey())).orElseThrow();
            long[] declared = info.getShape();
            boolean fits = declared.length == field.sampleDims().size() + 1 && info.type == (field.type() == Field.ElementType.FLOAT
                    ? ai.onnxruntime.OnnxJavaType.FLOAT : field.type() == Field.ElementType.INT64 ? ai.onnxruntime.OnnxJavaType.INT64
                            : ai.onnxruntime.OnnxJavaType.BOOL);
            for (int d = 1; fits && d < declared.length; d++) {
                fits = declared[d] < 0 || !(field.sampleDims().get(d - 1) instanceof Long size) || size == declared[d];
            }
            if (!fits) {
                throw new IllegalArgumentException("the model's input '" + input.getKey() + "' reads " + info.type + " " + shapeText(declared)
                        + ", the data's field " + field.name() + " holds " + field.type() + " [N, " + String.join(", ", field.sampleDims().stream()
                                .map(String::valueOf).toList()) + "]");
            }
        }
        return feeds;
    }

    private static String shapeText(long[] shape) {
        StringBuilder text = new StringBuilder("[N");
        for (int d = 1; d < shape.length; d++) {
            text.append(", ").append(shape[d] < 0 ? "?" : String.valueOf(shape[d]));
        }
        return text.append(']').toString();
    }

    private static SequenceFeeds bind(Set<String> inputs, BatchSource data) {
        long dataInputs = inputs.stream().filter(name -> !name.endsWith(":mask")).count();
        Map<String, String> fieldOf = new LinkedHashMap<>();
        for (String input : inputs) {
            if (input.endsWith(":mask")) {
                continue;
            }
            Field field = FeedPlan.fieldFor(data, input, Field.Role.INPUT, (int) dataInputs);
            if (field == null) {
                throw new IllegalArgumentException("the model's input '" + input + "' has no field in the data set " + data.name() + " (fields: "
                        + String.join(", ", data.fields().stream().map(Field::name).toList()) + "); name a field like the input");
            }
            fieldOf.put(input, field.name());
        }
        for (String input : inputs) {
            if (input.endsWith(":mask")) {
                String fed = fieldOf.get(input.substring(0, input.length() - ":mask".length()));
                if (fed == null || data.field(fed + ":mask").isEmpty()) {
                    throw new IllegalArgumentException("the model reads the mask '" + input + "', but the data set " + data.name()
                            + " masks no field that feeds " + input.substring(0, input.length() - ":mask".length()));
                }
                fieldOf.put(input, fed + ":mask");
            }
        }
        return new SequenceFeeds(fieldOf);
    }

    /** The field that feeds a model input. */
    String field(String input) {
        return fieldOf.get(input);
    }

    /** The inputs bound, in the model's order. */
    List<String> inputs() {
        return List.copyOf(fieldOf.keySet());
    }

    /** One batch's tensors for every bound input but {@code except} (null for all); the caller closes them. */
    Map<String, OnnxTensor> tensors(Batch batch, String except) throws OrtException {
        Map<String, OnnxTensor> tensors = new LinkedHashMap<>();
        try {
            for (var binding : fieldOf.entrySet()) {
                if (!binding.getKey().equals(except)) {
                    HostTensor host = batch.tensors().get(binding.getValue());
                    tensors.put(binding.getKey(), FeedPlan.tensor(OnnxRuntime.environment(), host, host.shape()));
                }
            }
            return tensors;
        } catch (OrtException | RuntimeException e) {
            tensors.values().forEach(OnnxTensor::close);
            throw e;
        }
    }
}
