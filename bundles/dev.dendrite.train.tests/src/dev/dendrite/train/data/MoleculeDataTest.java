package dev.dendrite.train.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** synthetic:bonds: the label is whether two double bonds meet at an atom, and nothing but the bonds' types tells it. */
class MoleculeDataTest {

    private static final int DOUBLE = 1;

    @Test
    void labelsSayWhetherTwoDoubleBondsMeetAtAnAtom() {
        GraphDataset set = MoleculeData.bonds(400, 3);
        assertEquals(3, set.edgeFeatures());
        int[] doublesByLabel = new int[2];
        int[] graphsByLabel = new int[2];
        for (GraphDataset.Graph g : set.graphs()) {
            int[] doublesAt = new int[g.nodes()];
            int doubles = 0;
            for (int e = 0; e < g.edges().length; e++) {
                int type = bondType(g, e);
                if (type == DOUBLE && g.edges()[e][0] < g.edges()[e][1]) {
                    doublesAt[g.edges()[e][0]]++;
                    doublesAt[g.edges()[e][1]]++;
                    doubles++;
                }
                // Both ways of a bond carry its type.
                int back = reverse(g, e);
                assertEquals(type, bondType(g, back));
            }
            boolean cumulated = java.util.Arrays.stream(doublesAt).anyMatch(d -> d >= 2);
            int label = (int) g.labels()[0];
            assertEquals(label == 1, cumulated, "graph labelled " + label);
            assertTrue(doubles == 2 || doubles == 3, doubles + " double bonds");
            doublesByLabel[label] += doubles;
            graphsByLabel[label]++;
        }
        assertEquals(200, graphsByLabel[0]);
        assertEquals(200, graphsByLabel[1]);
        // The classes hold as many double bonds on average (within sampling noise): counting them does not tell.
        assertEquals(doublesByLabel[0] / 200.0, doublesByLabel[1] / 200.0, 0.15);
    }

    private static int bondType(GraphDataset.Graph g, int edge) {
        for (int t = 0; t < 3; t++) {
            if (g.edgeFeatures()[edge * 3 + t] == 1) {
                return t;
            }
        }
        throw new AssertionError("edge " + edge + " has no bond type");
    }

    private static int reverse(GraphDataset.Graph g, int edge) {
        for (int e = 0; e < g.edges().length; e++) {
            if (g.edges()[e][0] == g.edges()[edge][1] && g.edges()[e][1] == g.edges()[edge][0]) {
                return e;
            }
        }
        throw new AssertionError("edge " + edge + " has no way back");
    }
}
