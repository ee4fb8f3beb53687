package dev.dendrite.onnx.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.StringStringEntryProto;
import dev.dendrite.model.io.DnetIO;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.export.TestAccess;

/**
 * Models exported before the layer families had packages of their own embed a network whose every
 * kind is in the core's namespace ({@code dnet:Convolution}): they import as the network and weights
 * the same model exported now gives.
 */
class FormerModelsTest {

    private static final Pattern FAMILY_TYPE = Pattern.compile("xsi:type=\"(conv|seq|gnn|norm|gen):");
    private static final Pattern FAMILY_NAMESPACE = Pattern.compile(" xmlns:(conv|seq|gnn|norm|gen)=\"[^\"]*\"");

    @ParameterizedTest
    @ValueSource(strings = { "lenet-5", "bilstm-tagger", "gcn-node-classifier", "batchnorm-mlp", "dbn", "conv-vae" })
    void aModelExportedBeforeTheSplitImportsAsItsNetwork(String id) throws Exception {
        ModelProto model = new TestAccess(id.hashCode()).export(TemplateLibrary.find(id).orElseThrow().create()).model();
        String embedded = model.getMetadataPropsList().stream().filter(p -> p.getKey().equals(OnnxImporter.EMBEDDED_NETWORK))
                .map(StringStringEntryProto::getValue).findFirst().orElseThrow();
        String former = FAMILY_NAMESPACE.matcher(FAMILY_TYPE.matcher(embedded).replaceAll("xsi:type=\"dnet:")).replaceAll("");
        assertNotEquals(embedded, former, "the template has kinds of a family package");
        ModelProto.Builder old = model.toBuilder().clearMetadataProps();
        for (StringStringEntryProto p : model.getMetadataPropsList()) {
            old.addMetadataProps(p.getKey().equals(OnnxImporter.EMBEDDED_NETWORK) ? p.toBuilder().setValue(former).build() : p);
        }
        ImportResult now = OnnxImporter.read(model, id + ".onnx", false);
        ImportResult before = OnnxImporter.read(old.build(), id + "-before.onnx", false);
        assertTrue(before.fromEmbeddedNetwork());
        assertEquals(DnetIO.toText(now.network()), DnetIO.toText(before.network()));
        assertEquals(now.weights().flat().keySet(), before.weights().flat().keySet());
        now.weights().flat().forEach((name, tensor) -> assertArrayEquals(tensor.values(), before.weights().flat().get(name).values(), name));
    }
}
