package dev.dendrite.editor.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import dev.dendrite.model.NetworkPackages;
import dev.dendrite.model.network.NetworkPackage;

class PaletteEntriesTest {

    @Test
    void everyConcreteLayerKindIsOfferedOnceInItsFamilyWithItsDocumentation() {
        List<PaletteEntries.Group> groups = PaletteEntries.groups();
        List<EClass> offered = new ArrayList<>();
        for (PaletteEntries.Group group : groups) {
            for (PaletteEntries.Entry entry : group.entries()) {
                if (entry.kind() != null) {
                    offered.add(entry.kind());
                    assertEquals(Family.of(entry.kind()).label(), group.label(), entry.label());
                    String doc = EcoreUtil.getDocumentation(entry.kind());
                    assertNotNull(doc, entry.label() + " has no documentation for its tooltip");
                    assertFalse(doc.isBlank());
                }
            }
        }
        long kinds = NetworkPackages.all().stream().flatMap(p -> p.getEClassifiers().stream()).filter(PaletteEntriesTest::isLayerKind)
                .count();
        assertEquals(kinds, offered.size());
        assertEquals(kinds, offered.stream().distinct().count());
        assertEquals("Pooling", groups.stream().filter(g -> g.label().equals("Convolution")).findFirst().orElseThrow()
                .entries().get(1).label());
        List<PaletteEntries.Entry> core = groups.get(0).entries();
        assertEquals(List.of("Input", "Loss"), List.of(core.get(0).label(), core.get(core.size() - 1).label()), "a network's ends");
        PaletteEntries.Group templates = groups.get(groups.size() - 1);
        assertEquals("Templates", templates.label());
        assertTrue(templates.entries().stream().anyMatch(e -> e.label().equals("lenet-5")));
        assertTrue(templates.entries().stream().noneMatch(e -> e.label().equals("resnet-small")),
                "templates with blocks are not inserted into other networks");
    }

    /** Each family package is a group but the sequence package, whose recurrent cells and embedding go apart. */
    @Test
    void familiesFollowThePackagesWithTheSequenceKindsSplit() {
        Map<String, String> expected = Map.of("Dense", "Core", "Embedding", "Core", "Convolution", "Convolution", "Recurrent",
                "Recurrent", "Attention", "Attention", "GraphInput", "Graph", "BatchNorm", "Normalisation", "Dropout", "Regularisation",
                "RBM", "Generative", "BlockInstance", "Blocks");
        expected.forEach((kind, family) -> assertEquals(family, Family.of((EClass) NetworkPackages.classifier(kind).orElseThrow()).label(),
                kind));
    }

    private static boolean isLayerKind(EClassifier c) {
        // The generic ONNX operator is made by import only.
        NetworkPackage p = NetworkPackage.eINSTANCE;
        return c instanceof EClass k && !k.isAbstract() && p.getLayer().isSuperTypeOf(k) && k != p.getOnnxOperator();
    }
}
