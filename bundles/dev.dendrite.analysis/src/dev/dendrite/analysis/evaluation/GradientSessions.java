package dev.dendrite.analysis.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;

/**
 * The sessions of a model's gradient model: one for a model whose graph has no fused recurrent
 * node (built at once, so a missing rule is named before anything runs), else one per number of
 * steps its fused nodes run, which a run of {@link #probe()} tells ({@link RecurrentSteps}).
 */
final class GradientSessions implements AutoCloseable {

    private final ModelProto model;
    private final RecurrentSteps steps;
    private final Function<Map<String, long[]>, ModelProto> gradientModel;
    private final Map<List<Long>, ModelSession> sessions = new HashMap<>();

    /** @param gradientModel the gradient model given the static shapes of the fused nodes' inputs */
    GradientSessions(ModelProto model, Function<Map<String, long[]>, ModelProto> gradientModel) throws OrtException, ModelLoadException {
        this.model = model;
        this.steps = RecurrentSteps.of(model);
        this.gradientModel = gradientModel;
        if (!steps.any()) {
            sessions.put(List.of(), open(Map.of()));
        }
    }

    /** The plain model to run first: its outputs, then the fused nodes' inputs. */
    ModelProto probe() {
        return steps.probe(model);
    }

    /** The gradient session for the input {@code probed} (a run of {@link #probe()}) was. */
    ModelSession forRun(OrtSession.Result probed) throws OrtException, ModelLoadException {
        if (!steps.any()) {
            return sessions.get(List.of());
        }
        Map<String, long[]> shapes = steps.shapes(probed);
        List<Long> key = steps.key(shapes);
        ModelSession session = sessions.get(key);
        if (session == null) {
            session = open(shapes);
            sessions.put(key, session);
        }
        return session;
    }

    private ModelSession open(Map<String, long[]> shapes) throws ModelLoadException {
        return OnnxRuntime.open(gradientModel.apply(shapes).toByteArray(), "saliency", RuntimeSettings.forTrainer());
    }

    @Override
    public void close() throws OrtException {
        for (ModelSession session : sessions.values()) {
            session.close();
        }
    }
}
