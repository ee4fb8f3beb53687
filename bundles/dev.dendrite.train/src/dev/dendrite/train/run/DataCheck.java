package dev.dendrite.train.run;

import java.util.Map;

import dev.dendrite.model.shape.Dim;
import dev.dendrite.model.shape.Value;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.graph.TrainingGraphs;

/** Checks a data set against the network's inputs and targets before any step, with one clear message. */
final class DataCheck {

    private DataCheck() {
    }

    static void check(TrainingGraphs graphs, Dataset data) throws TrainingException {
        if (data.size() == 0) {
            throw TrainingException.badInput("the data set " + data.name() + " is empty");
        }
        if (graphs.dataInputs().size() != 1) {
            throw TrainingException.badInput("this trainer feeds networks with one data input; the network has " + graphs.dataInputs().size());
        }
        Map.Entry<String, Value> input = graphs.dataInputs().entrySet().iterator().next();
        long expected = 1;
        for (Dim dim : input.getValue().shape().tail(1)) {
            if (!dim.isFixed()) {
                throw TrainingException.badInput("input '" + input.getKey() + "' has a symbolic dim " + dim
                        + "; sequence data trains with the recurrent training engine");
            }
            expected *= dim.size();
        }
        if (expected != data.sampleSize()) {
            throw TrainingException.badInput("the data set " + data.name() + " has samples of " + shape(data.sampleShape()) + " ("
                    + data.sampleSize() + " values), but input '" + input.getKey() + "' expects " + input.getValue().shape()
                    + " (" + expected + " values per sample)");
        }
        for (var target : graphs.targets().entrySet()) {
            if (target.getValue()) {
                if (!data.hasLabels()) {
                    throw TrainingException.badInput("the network classifies, but the data set " + data.name() + " has no class labels");
                }
                for (int i = 0; i < data.size(); i++) {
                    if (data.label(i) < 0 || data.label(i) >= graphs.classes()) {
                        throw TrainingException.badInput("the data set " + data.name() + " has label " + data.label(i) + " (sample " + i
                                + "), but the network's output has " + graphs.classes() + " classes (labels 0 to " + (graphs.classes() - 1) + ")");
                    }
                }
            } else {
                Value value = graphs.targetValues().get(target.getKey());
                long size = 1;
                for (Dim dim : value.shape().tail(1)) {
                    size *= dim.size();
                }
                if (data.hasLabels() || data.targetSize() != size) {
                    throw TrainingException.badInput("the network regresses " + value.shape() + ", but the data set " + data.name()
                            + (data.hasLabels() ? " has class labels" : " has targets of " + data.targetSize() + " values"));
                }
            }
        }
    }

    private static String shape(long[] shape) {
        StringBuilder text = new StringBuilder();
        for (long d : shape) {
            text.append(text.length() > 0 ? "×" : "").append(d);
        }
        return text.toString();
    }
}
