package dev.dendrite.onnx.importer;

import ai.onnx.proto.OnnxMl.ModelProto;

/**
 * Whether an imported network computes what the model it came from computes. An OSGi service:
 * checking means running both, which the analysis bundle does in ONNX Runtime; a user interface
 * that imports offers the check where a verifier is registered.
 */
public interface ImportVerifier {

    /**
     * The outcome.
     *
     * @param checked whether both ran (false: the check could not be made, {@code summary} says why)
     * @param same whether they computed the same, within the check's tolerance
     * @param summary one line, as {@code dendrite import --verify} prints it
     */
    record Verdict(boolean checked, boolean same, String summary) {
    }

    /** Runs {@code original} and {@code imported} on the same random inputs; {@code modelName} names the original in the summary. */
    Verdict verify(ModelProto original, ImportResult imported, String modelName);
}
