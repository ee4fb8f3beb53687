package dev.dendrite.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.dendrite.analysis.prediction.GraphPredictions;
import dev.dendrite.cli.UsageException;
import dev.dendrite.train.data.GraphData;
import dev.dendrite.train.data.GraphDataset;

/**
 * {@code dendrite predict} of a graph network: its inputs are JSON Lines files of graphs (as
 * {@code graphs:FILE.jsonl} reads them, labels optional), each graph run alone; a prediction per
 * graph, or per node of a node classifier, named "FILE graph G" or "FILE graph G node V".
 */
final class GraphPredictInputs {

    private GraphPredictInputs() {
    }

    /** The graphs of every named file, in order, and each one's name. */
    record Graphs(List<GraphDataset.Graph> graphs, List<String> names) {
    }

    static Graphs read(List<String> named, int most) throws UsageException {
        List<GraphDataset.Graph> graphs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String name : named) {
            Path file = Path.of(name);
            if (!Files.isRegularFile(file)) {
                throw new UsageException(name + " is not a file: a graph network predicts graphs from JSON Lines files (one graph per line: "
                        + "\"features\", \"edges\")");
            }
            try {
                for (GraphDataset.Graph g : GraphData.readUnlabelled(file)) {
                    names.add(name + " graph " + names.stream().filter(n -> n.startsWith(name + " graph ")).count());
                    graphs.add(g);
                }
            } catch (IOException e) {
                throw new UsageException(name + " cannot be read: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            if (graphs.size() > most) {
                throw new UsageException("at most " + most + " graphs per call; " + String.join(", ", named) + " hold more");
            }
        }
        return new Graphs(graphs, names);
    }

    /** The inputs as the report names them: a graph each, or each node of each graph. */
    static PredictInputs named(Graphs graphs, GraphPredictions.Result result) {
        List<String> names = new ArrayList<>();
        for (int[] owner : result.owners()) {
            names.add(graphs.names().get(owner[0]) + (owner[1] >= 0 ? " node " + owner[1] : ""));
        }
        int n = names.size();
        return new PredictInputs(names, Collections.nCopies(n, new float[0]), Collections.nCopies(n, false), Collections.nCopies(n, false),
                new long[0], null);
    }
}
