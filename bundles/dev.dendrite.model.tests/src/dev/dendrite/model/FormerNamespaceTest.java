package dev.dendrite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.dendrite.model.io.DnetIO;
import dev.dendrite.model.io.LoadResult;
import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.convolution.Pooling;
import dev.dendrite.model.network.normalization.BatchNorm;
import dev.dendrite.model.network.sequence.CellType;
import dev.dendrite.model.network.sequence.Embedding;
import dev.dendrite.model.network.sequence.Recurrent;
import dev.dendrite.model.templates.TemplateLibrary;

/**
 * Files written before the layer families had packages of their own name every kind in the core's
 * namespace ({@code dnet:Convolution}); they still read, as the same network, and save in the new form.
 */
class FormerNamespaceTest {

    /** As Dendrite wrote a network before the split. */
    private static final String FORMER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <dnet:Network xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xmlns:dnet="urn:dev.dendrite:network:1" name="former">
              <layers xsi:type="dnet:Input" name="tokens" id="tokens" sequence="true" dataType="int64"/>
              <layers xsi:type="dnet:Embedding" name="embed" id="embed" vocabularySize="32" embeddingDim="16"/>
              <layers xsi:type="dnet:Recurrent" name="lstm" id="lstm" hiddenSize="64" cell="lstm"/>
              <layers xsi:type="dnet:Dense" name="next" id="next" units="32"/>
              <layers xsi:type="dnet:Loss" name="loss" id="loss" kind="sequence_nll"/>
              <layers xsi:type="dnet:Convolution" name="c" id="c" outChannels="6" kernel="5"/>
              <layers xsi:type="dnet:BatchNorm" name="bn" id="bn" momentum="0.2"/>
              <layers xsi:type="dnet:Pooling" name="p" id="p" poolType="average" kernel="3"/>
              <connections source="tokens" target="embed"/>
              <connections source="embed" target="lstm"/>
              <connections source="lstm" target="next"/>
              <connections source="next" target="loss"/>
            </dnet:Network>
            """;

    private static final Pattern FAMILY_TYPE = Pattern.compile("xsi:type=\"(conv|seq|gnn|norm|gen):");
    private static final Pattern FAMILY_NAMESPACE = Pattern.compile(" xmlns:(conv|seq|gnn|norm|gen)=\"[^\"]*\"");

    @Test
    void eachFormerKindBecomesItsFamilysClassWithItsSettings() {
        LoadResult result = DnetIO.parse(FORMER, "former.dnet");
        assertTrue(result.network().isPresent(), result.firstProblem());
        assertEquals(List.of(), result.diagnostic().getChildren().stream().map(d -> d.getMessage()).toList());
        List<Layer> layers = result.network().orElseThrow().getLayers();
        assertEquals(32, assertInstanceOf(Embedding.class, layers.get(1)).getVocabularySize());
        assertEquals(CellType.LSTM, assertInstanceOf(Recurrent.class, layers.get(2)).getCell());
        assertEquals(32, assertInstanceOf(Dense.class, layers.get(3)).getUnits());
        assertEquals(5, assertInstanceOf(Convolution.class, layers.get(5)).getKernel());
        assertEquals(0.2, assertInstanceOf(BatchNorm.class, layers.get(6)).getMomentum(), 1e-12);
        assertEquals(3, assertInstanceOf(Pooling.class, layers.get(7)).getKernel());
    }

    @Test
    void savedFilesNameEachFamilysNamespace() throws Exception {
        String text = DnetIO.toText(DnetIO.parse(FORMER, "former.dnet").network().orElseThrow());
        assertTrue(text.contains("xmlns:conv=\"urn:dev.dendrite:network:convolution:1\""), text);
        assertTrue(text.contains("xsi:type=\"conv:Convolution\""), text);
        assertTrue(text.contains("xsi:type=\"seq:Recurrent\""), text);
        assertTrue(text.contains("xsi:type=\"norm:BatchNorm\""), text);
        assertTrue(text.contains("xsi:type=\"dnet:Dense\""), text);
    }

    /** Every template, written as before the split, reads back to the network the template makes. */
    @ParameterizedTest
    @ValueSource(strings = { "lenet-5", "resnet-small", "transformer-seq2seq", "bilstm-tagger", "gcn-node-classifier",
            "mp-graph-classifier", "batchnorm-mlp", "rmsnorm-mlp", "dbn", "cvae", "conv-sngan", "dcgan" })
    void templatesWrittenAsBeforeReadBackTheSame(String id) throws Exception {
        Network network = TemplateLibrary.find(id).orElseThrow().create();
        String text = DnetIO.toText(network);
        String former = FAMILY_NAMESPACE.matcher(FAMILY_TYPE.matcher(text).replaceAll("xsi:type=\"dnet:")).replaceAll("");
        assertTrue(!former.contains(":1\" xmlns:") || !FAMILY_TYPE.matcher(former).find(), "the former text names the core only");
        LoadResult read = DnetIO.parse(former, id + ".dnet");
        assertTrue(read.network().isPresent(), read.firstProblem());
        assertEquals(text, DnetIO.toText(read.network().orElseThrow()));
    }

    /** A family package this Dendrite lacks means a newer Dendrite wrote the file; someone else's namespace means no network. */
    @Test
    void anUnknownFamilyNamespaceIsANewerDendrites() throws Exception {
        String text = DnetIO.toText(DnetIO.parse(FORMER, "former.dnet").network().orElseThrow());
        String newer = DnetIO.parse(text.replace("urn:dev.dendrite:network:convolution:1", "urn:dev.dendrite:network:spiking:1"), "newer.dnet")
                .firstProblem();
        assertTrue(newer.endsWith("layers of a kind this Dendrite does not know (the namespace 'urn:dev.dendrite:network:spiking:1'): the "
                + "file was written by a newer Dendrite"), newer);
        String foreign = DnetIO.parse(text.replace("urn:dev.dendrite:network:1", "urn:other"), "other.dnet").firstProblem();
        assertTrue(foreign.contains("not a Dendrite network"), foreign);
    }

    /** Former files name a kind without its package: a name in two packages would be read as either. */
    @Test
    void kindNamesAreUniqueAcrossThePackages() {
        List<String> names = NetworkPackages.all().stream().flatMap(p -> p.getEClassifiers().stream()).map(c -> c.getName()).toList();
        assertEquals(names.size(), new java.util.HashSet<>(names).size(), names.toString());
        assertEquals(6, NetworkPackages.all().size());
    }

    @Test
    void anUnknownKindInTheFormerNamespaceIsNamed() {
        String problem = DnetIO.parse(FORMER.replace("dnet:Convolution", "dnet:Convolutions"), "typo.dnet").firstProblem();
        assertTrue(problem.startsWith("typo.dnet: line 8, column "), problem);
        assertTrue(problem.contains("Convolutions"), problem);
    }
}
