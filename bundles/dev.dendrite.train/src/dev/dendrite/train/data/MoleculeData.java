package dev.dendrite.train.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * {@code synthetic:bonds}: small molecule-like graphs whose label only the bonds' types tell. Each
 * graph is a random tree of 8 to 16 atoms with one ring-closing bond; every bond is single, double
 * or triple (its edge features the one-hot type); each atom's features are one of three elements,
 * drawn at random, so they tell nothing. Label 1: two double bonds meet at an atom (cumulated, as in
 * an allene); label 0: the double bonds are isolated (no atom has two). Both classes have the same
 * number of double bonds (2 or 3) and the same chance of a triple bond, so neither a count of bond
 * types nor the graph's shape tells them apart: a network has to see which bonds meet, and without
 * the edge features it stays at chance.
 */
public final class MoleculeData {

    /** Node features: one-hot element. */
    public static final int ELEMENTS = 3;
    /** Edge features: one-hot bond type (single, double, triple). */
    public static final int BOND_TYPES = 3;

    private static final int DOUBLE = 1;
    private static final int TRIPLE = 2;

    private MoleculeData() {
    }

    public static GraphDataset bonds(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<GraphDataset.Graph> graphs = new ArrayList<>();
        while (graphs.size() < count) {
            int label = graphs.size() % 2;
            GraphDataset.Graph graph = molecule(label, random);
            if (graph != null) {
                graphs.add(graph);
            }
        }
        return new GraphDataset("bonds", graphs, ELEMENTS, BOND_TYPES, 2, false);
    }

    /** One molecule of the label, or null where the drawn skeleton cannot place the double bonds so. */
    private static GraphDataset.Graph molecule(int label, SplittableRandom random) {
        int n = 8 + random.nextInt(9);
        List<int[]> bonds = new ArrayList<>();
        for (int v = 1; v < n; v++) {
            bonds.add(new int[] {random.nextInt(v), v});
        }
        int[] ring = ringClosure(bonds, n, random);
        if (ring != null) {
            bonds.add(ring);
        }
        int doubles = 2 + random.nextInt(2);
        int[] type = label == 1 ? cumulated(bonds, n, doubles, random) : isolated(bonds, n, doubles, random);
        if (type == null) {
            return null;
        }
        if (random.nextBoolean()) {
            List<Integer> singles = new ArrayList<>();
            for (int b = 0; b < bonds.size(); b++) {
                if (type[b] == 0) {
                    singles.add(b);
                }
            }
            type[singles.get(random.nextInt(singles.size()))] = TRIPLE;
        }
        float[] atoms = new float[n * ELEMENTS];
        for (int v = 0; v < n; v++) {
            atoms[v * ELEMENTS + random.nextInt(ELEMENTS)] = 1;
        }
        int[][] edges = new int[2 * bonds.size()][];
        float[] edgeFeatures = new float[edges.length * BOND_TYPES];
        for (int b = 0; b < bonds.size(); b++) {
            int[] bond = bonds.get(b);
            edges[2 * b] = bond;
            edges[2 * b + 1] = new int[] {bond[1], bond[0]};
            edgeFeatures[2 * b * BOND_TYPES + type[b]] = 1;
            edgeFeatures[(2 * b + 1) * BOND_TYPES + type[b]] = 1;
        }
        return new GraphDataset.Graph(n, atoms, edges, new long[] {label}, edgeFeatures);
    }

    /** A bond between two atoms of the tree at distance 2 or more; null when none is found in a few draws. */
    private static int[] ringClosure(List<int[]> bonds, int n, SplittableRandom random) {
        for (int attempt = 0; attempt < 20; attempt++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a != b && !bonded(bonds, a, b)) {
                return new int[] {Math.min(a, b), Math.max(a, b)};
            }
        }
        return null;
    }

    private static boolean bonded(List<int[]> bonds, int a, int b) {
        return bonds.stream().anyMatch(e -> e[0] == a && e[1] == b || e[0] == b && e[1] == a);
    }

    /** Types with {@code doubles} double bonds, two of them at one atom; null where no atom has two bonds. */
    private static int[] cumulated(List<int[]> bonds, int n, int doubles, SplittableRandom random) {
        List<Integer> centres = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            if (incident(bonds, v).size() >= 2) {
                centres.add(v);
            }
        }
        if (centres.isEmpty()) {
            return null;
        }
        List<Integer> at = incident(bonds, centres.get(random.nextInt(centres.size())));
        int[] type = new int[bonds.size()];
        int first = at.remove(random.nextInt(at.size()));
        int second = at.get(random.nextInt(at.size()));
        type[first] = DOUBLE;
        type[second] = DOUBLE;
        for (int placed = 2; placed < doubles;) {
            int b = random.nextInt(bonds.size());
            if (type[b] == 0) {
                type[b] = DOUBLE;
                placed++;
            }
        }
        return type;
    }

    /** Types with {@code doubles} double bonds no two of which share an atom; null where the draws find no such set. */
    private static int[] isolated(List<int[]> bonds, int n, int doubles, SplittableRandom random) {
        for (int attempt = 0; attempt < 20; attempt++) {
            int[] type = new int[bonds.size()];
            boolean[] used = new boolean[n];
            int placed = 0;
            for (int tries = 0; placed < doubles && tries < 50; tries++) {
                int b = random.nextInt(bonds.size());
                int[] bond = bonds.get(b);
                if (!used[bond[0]] && !used[bond[1]]) {
                    type[b] = DOUBLE;
                    used[bond[0]] = true;
                    used[bond[1]] = true;
                    placed++;
                }
            }
            if (placed == doubles) {
                return type;
            }
        }
        return null;
    }

    private static List<Integer> incident(List<int[]> bonds, int atom) {
        List<Integer> at = new ArrayList<>();
        for (int b = 0; b < bonds.size(); b++) {
            if (bonds.get(b)[0] == atom || bonds.get(b)[1] == atom) {
                at.add(b);
            }
        }
        return at;
    }
}
