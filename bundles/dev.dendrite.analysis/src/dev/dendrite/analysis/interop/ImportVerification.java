package dev.dendrite.analysis.interop;

import ai.onnx.proto.OnnxMl.ModelProto;
import dev.dendrite.onnx.importer.ImportResult;
import dev.dendrite.onnx.importer.ImportVerifier;

/** {@link ImportCheck} as the {@link ImportVerifier} service (OSGI-INF/importVerifier.xml): the Import wizard's Verify. */
public final class ImportVerification implements ImportVerifier {

    @Override
    public Verdict verify(ModelProto original, ImportResult imported, String modelName) {
        ImportCheck.Result check = ImportCheck.check(original, imported.network(), imported.weights(), 1);
        return new Verdict(check.problem() == null, check.problem() == null && check.same(), check.summary(modelName));
    }
}
