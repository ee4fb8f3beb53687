package dev.dendrite.train.bench;

import java.util.Map;

import dev.dendrite.model.Networks;
import dev.dendrite.model.network.CellType;
import dev.dendrite.model.network.Convolution;
import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.Recurrent;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.shape.ShapeResult;
import dev.dendrite.model.shape.Value;

/**
 * Floating-point operations per sample of dense, convolution and recurrent layers (2 per multiply-add; the
 * recurrent ones' input and hidden GEMMs of every step, gate arithmetic left out):
 * forward once; training adds the weight gradient and, except for the first layer, the input gradient.
 */
final class FlopCounter {

    private FlopCounter() {
    }

    static double perSample(Network network, boolean training) {
        ShapeResult shapes = Networks.inspect(network).shapes();
        double total = 0;
        boolean first = true;
        for (Layer layer : shapes.order()) {
            Map<String, Value> in = shapes.of(layer).inputs();
            double forward = 0;
            if (layer instanceof Dense dense) {
                forward = 2.0 * in.get(Ports.IN).shape().size(-1) * dense.getUnits();
            } else if (layer instanceof Convolution conv) {
                Value out = shapes.of(layer).outputs().get(Ports.OUT);
                long positions = out.shape().productFrom(2);
                double window = dev.dendrite.model.shape.Windows.window(conv);
                forward = 2.0 * conv.getOutChannels() * (in.get(Ports.IN).shape().size(1) / conv.getGroups()) * window * positions;
            } else if (layer instanceof Recurrent rnn) {
                Value x = in.get(Ports.IN);
                long steps = rnn.getGenerateSteps() > 0 ? rnn.getGenerateSteps() : x.shape().size(1);
                long gates = rnn.getCell() == CellType.LSTM ? 4 : rnn.getCell() == CellType.GRU ? 3 : 1;
                long directions = rnn.isBidirectional() ? 2 : 1;
                forward = 2.0 * directions * steps * gates * rnn.getHiddenSize() * (x.shape().size(-1) + rnn.getHiddenSize());
            }
            if (forward > 0) {
                total += training ? forward * (first ? 2 : 3) : forward;
                first = false;
            }
        }
        return total;
    }
}
