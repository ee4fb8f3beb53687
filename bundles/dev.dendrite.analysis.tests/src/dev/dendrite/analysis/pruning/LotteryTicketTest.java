package dev.dendrite.analysis.pruning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.data.NpmDatasets;

/**
 * Frankle & Carbin's pattern on the MNIST digits with a small budget: LeNet-300-100 pruned
 * iteratively and rewound to initialisation keeps the dense network's accuracy down to about 20%
 * of its weights and beats the randomly re-initialised ticket there; an interrupted ladder
 * resumes from the rounds it had finished.
 */
class LotteryTicketTest {

    @Test
    void winningTicketsKeepTheirAccuracyAndBeatReinitialisation(@TempDir Path dir) throws Exception {
        Network network = TemplateLibrary.find("lenet-300-100").orElseThrow().create();
        Dataset[] mnist = NpmDatasets.load("mnist", NpmDatasets.defaultCache());
        TrainingConfig config = TrainingConfig.from(network).with("mnist", 4, 64, OptimizerKind.ADAM, 1.2e-3, 11L, null);
        LotterySettings settings = new LotterySettings(7, PruningRates.lotteryTicketPaper(), 0, List.of(LotterySettings.Control.REINIT), 1);
        List<LadderRow> rows = new LotteryExperiment(network, config, settings, line -> { }).run(mnist[0], mnist[1], dir);
        LadderRow dense = rows.get(0);
        LadderRow ticket = rows.stream().filter(r -> r.control().equals("imp") && r.round() == 7).findFirst().orElseThrow();
        LadderRow reinit = rows.stream().filter(r -> r.control().equals("reinit") && r.round() == 7).findFirst().orElseThrow();
        System.out.printf("LTH ladder (LeNet-300-100, MNIST 8k/2k, 4 epochs per round): dense %.2f%%, ticket at %.1f%% %.2f%%, reinit %.2f%%%n",
                100 * dense.testAccuracy(), 100 * ticket.remaining(), 100 * ticket.testAccuracy(), 100 * reinit.testAccuracy());
        assertTrue(ticket.remaining() < 0.25, "seven rounds leave about a fifth: " + ticket.remaining());
        assertTrue(ticket.testAccuracy() >= dense.testAccuracy() - 0.005, "the ticket keeps the dense accuracy: " + ticket.testAccuracy()
                + " vs " + dense.testAccuracy());
        assertTrue(ticket.testAccuracy() > reinit.testAccuracy(), "and beats its re-initialised structure: " + ticket.testAccuracy() + " vs "
                + reinit.testAccuracy());
        // Run again: every round is read back from its finished run directory, the ladder is the same.
        List<String> trained = new java.util.ArrayList<>();
        List<LadderRow> again = new LotteryExperiment(network, config, settings, line -> {
            if (line.startsWith("training ")) {
                trained.add(line);
            }
        }).run(mnist[0], mnist[1], dir);
        assertEquals(List.of(), trained, "nothing is trained twice");
        assertEquals(rows.stream().map(LadderRow::testAccuracy).toList(), again.stream().map(LadderRow::testAccuracy).toList());
    }
}
