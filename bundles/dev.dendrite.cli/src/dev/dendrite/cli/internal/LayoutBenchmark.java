package dev.dendrite.cli.internal;

import java.util.Arrays;

import dev.dendrite.layout.NetworkLayout;
import dev.dendrite.model.network.Add;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.templates.NetworkBuilder;

/** Times the ELK layout of a large network: 500 layers in residual units (dense, activation, add). */
final class LayoutBenchmark {

    private LayoutBenchmark() {
    }

    static Network residualStack(int layers) {
        NetworkBuilder b = new NetworkBuilder("layout-benchmark", "");
        Layer x = b.input("x", 64);
        int count = 1;
        while (count + 3 < layers) {
            Layer y = b.activation(b.dense(x, "fc" + count, 64), dev.dendrite.model.network.ActivationFunction.RELU);
            Add add = b.add(NetworkFactory.eINSTANCE.createAdd(), "add" + count, y);
            b.connect(x, "", add, "in1");
            x = add;
            count += 3;
        }
        b.loss(x, LossKind.MSE);
        return b.network();
    }

    /** Median milliseconds of five layouts (after two warm-ups). */
    static double medianMilliseconds(Network network) {
        double[] times = new double[5];
        for (int i = -2; i < times.length; i++) {
            long start = System.nanoTime();
            NetworkLayout.layout(network, NetworkLayout.DEFAULT_SIZE);
            if (i >= 0) {
                times[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }
}
