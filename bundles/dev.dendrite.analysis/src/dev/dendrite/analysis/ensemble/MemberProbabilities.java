package dev.dendrite.analysis.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OrtException;
import dev.dendrite.analysis.evaluation.ClassificationReport;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.run.ModelOutputs;

/** Each member's class probabilities for the same samples: its outputs as they are where they are probabilities, else their softmax. */
final class MemberProbabilities {

    private MemberProbabilities() {
    }

    /** Whether a member's outputs are probabilities already, told by its outputs on the first samples of {@code data}. */
    static boolean[] givesProbabilities(List<ModelProto> members, List<String> names, Dataset data, int n) throws OrtException,
            ModelLoadException {
        boolean[] already = new boolean[members.size()];
        of(members, names, data, n, already);
        return already;
    }

    /**
     * {@code [member][sample × classes]} for the first {@code n} samples of {@code data}.
     *
     * @throws IllegalArgumentException naming the member whose outputs are not the data's classes
     */
    static float[][] of(List<ModelProto> members, List<String> names, Dataset data, int n) throws OrtException, ModelLoadException {
        return of(members, names, data, n, new boolean[members.size()]);
    }

    private static float[][] of(List<ModelProto> members, List<String> names, Dataset data, int n, boolean[] probabilities) throws OrtException,
            ModelLoadException {
        Dataset first = n >= data.size() ? data : data.subset(IntStream.range(0, n).toArray(), "");
        int classes = data.classes();
        List<float[]> all = new ArrayList<>();
        for (int m = 0; m < members.size(); m++) {
            ModelOutputs.Result result = ModelOutputs.of(members.get(m).toByteArray(), names.get(m), List.of(first)).get(0);
            if (result.width() != classes) {
                throw new IllegalArgumentException(names.get(m) + " gives " + result.width() + " outputs per sample, " + data.name() + " has "
                        + classes + " classes");
            }
            float[] out = result.values();
            boolean already = ClassificationReport.areProbabilities(out, classes);
            probabilities[m] = already;
            float[] p = new float[out.length];
            double[] row = new double[classes];
            for (int from = 0; from < out.length; from += classes) {
                ClassificationReport.probabilities(out, from, classes, already, row);
                for (int c = 0; c < classes; c++) {
                    p[from + c] = (float) row[c];
                }
            }
            all.add(p);
        }
        return all.toArray(float[][]::new);
    }

    /** The members' mean probabilities. */
    static float[] mean(float[][] members) {
        float[] mean = new float[members[0].length];
        for (float[] p : members) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] += p[i] / members.length;
            }
        }
        return mean;
    }
}
