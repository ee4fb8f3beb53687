package dev.dendrite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import dev.dendrite.model.params.ParameterCount;
import dev.dendrite.model.templates.TemplateLibrary;

/** The published parameter counts of classic networks. */
class ParameterCountTest {

    private static ParameterCount count(String template) {
        Networks.Inspection inspection = Networks.inspect(TemplateLibrary.find(template).orElseThrow().create());
        assertFalse(inspection.hasErrors(), inspection.diagnostic().toString());
        return inspection.shapes().totalParameters();
    }

    @Test
    void lenet300100() {
        ParameterCount count = count("lenet-300-100");
        assertEquals(266_610, count.total());
        assertEquals(266_200, count.weights());
    }

    @Test
    void lenet5On28x28WithPadding2() {
        assertEquals(61_706, count("lenet-5").total());
    }

    @Test
    void lotteryTicketConvNetworks() {
        assertEquals(4_300_992, count("conv-2").weights());
        assertEquals(2_425_024, count("conv-4").weights());
        assertEquals(2_261_184, count("conv-6").weights());
    }

    @Test
    void recurrentCountsFollowPyTorch() {
        // LSTM(1 -> 64): 4*64*(1+64) weights + 2*4*64 biases; Linear(64 -> 1): 64 + 1.
        assertEquals(4 * 64 * 65 + 8 * 64 + 65, count("lstm-forecaster").total());
        // Embedding 16x16, bidirectional LSTM(16 -> 32): 2*(4*32*(16+32) + 8*32), Linear(64 -> 4).
        assertEquals(16 * 16 + 2 * (4 * 32 * 48 + 8 * 32) + 64 * 4 + 4, count("bilstm-tagger").total());
        // Embedding, learned positions, two blocks (two LayerNorms, Q/K/V/O with biases, a 4× feed-forward), final norm, head.
        long block = 2 * 2 * 32 + 4 * (32 * 32 + 32) + (32 * 128 + 128) + (128 * 32 + 32);
        assertEquals(16 * 32 + 64 * 32 + 2 * block + 2 * 32 + 32 * 4 + 4, count("transformer-tagger").total());
    }

    @Test
    void blockInstancesCountTheirContents() {
        // encoder 784*128+128 + 128*32+32, decoder 32*128+128 + 128*784+784
        assertEquals(784 * 128 + 128 + 128 * 32 + 32 + 32 * 128 + 128 + 128 * 784 + 784, count("autoencoder").total());
    }

    @Test
    void aBlockUsedTwiceCountsItsSharedWeightsOnce() {
        // Generator 64*256+256 + BN 2*256 + 256*512+512 + BN 2*512 + 512*784+784; discriminator 784*512+512 + 512*256+256 + 256+1,
        // once although it judges generated and real digits.
        long generator = 64 * 256 + 256 + 2 * 256 + 256 * 512 + 512 + 2 * 512 + 512 * 784 + 784;
        long discriminator = 784 * 512 + 512 + 512 * 256 + 256 + 256 + 1;
        assertEquals(generator + discriminator, count("gan").total());
    }

    @Test
    void normalisationParametersAreGainsAndShifts() {
        ParameterCount batchNorm = count("batchnorm-mlp");
        assertEquals(2 * 2 * 256, batchNorm.other());
        assertEquals(256, count("rmsnorm-mlp").other() / 2);
    }
}
