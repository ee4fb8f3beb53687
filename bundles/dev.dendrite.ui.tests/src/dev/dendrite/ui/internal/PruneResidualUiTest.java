package dev.dendrite.ui.internal;

import static dev.dendrite.ui.internal.EvaluationRuns.trained;
import static dev.dendrite.ui.internal.EvaluationRuns.viewOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.dendrite.analysis.ui.internal.EvaluationView;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.data.NpmDatasets;

/** Prune... on a ResNet: each stage's stream is pruned in every layer that writes it, which the table's last column names. */
class PruneResidualUiTest {

    /** The view goes with its test. */
    @AfterEach
    void hideTheView() throws Exception {
        EvaluationRuns.hideEvaluationView();
    }

    @Test
    void aResNetsStagesArePrunedWithTheLayersSummedWithThem() throws Exception {
        Network network = TemplateLibrary.find("resnet-fashion").orElseThrow().create();
        Dataset[] fashion = NpmDatasets.load("fashion-mnist", NpmDatasets.defaultCache());
        // A few thousand samples: the test is about which channels go together, not about accuracy.
        Dataset[] few = {fashion[0].subset(IntStream.range(0, 8_000).toArray(), "few"), fashion[1].subset(IntStream.range(0, 500).toArray(),
                "few")};
        Path run = trained(EditorFixture.write("resnet-pruned.dnet", network), network, TrainingConfig.from(network).with(null, 1, null, null,
                null, 1L, null), few);
        Display display = Display.getCurrent();
        EvaluationView view = viewOf(EditorFixture.page(), run);
        var dialog = view.prune();
        dialog.prune(50, "l2", 0, 1, false, false);
        assertTrue(UiWait.until(display, 240_000, () -> dialog.shown() != null), "the trainer JVM prunes: " + dialog.statusText());
        List<String> rows = dialog.layerRows();
        assertTrue(rows.contains(row(rows, "conv_stem")) && row(rows, "conv_stem").startsWith("conv_stem | convolution | 16 | 8 | ")
                && row(rows, "conv_stem").endsWith(" | residual16.conv_b"), rows.toString());
        assertTrue(row(rows, "stage2_conv_b").endsWith(" | stage2_add"), rows.toString());
        assertTrue(row(rows, "conv_stage2_a").endsWith(" | "), "a layer of its own: " + rows);
        assertEquals(List.of("fc"), dialog.shown().whole().stream().map(w -> w.substring(0, w.indexOf(':'))).toList());
        assertTrue(dialog.statusText().startsWith("50% of the units by L2: parameters 77,674 → 19,770"), dialog.statusText());
        UiWait.flush(display);
        Screenshots.save(dialog.getShell(), "prune-dialog-resnet");
        dialog.close();
        // Opened again, the form starts from the kept report's settings.
        var again = view.prune();
        assertTrue(again.statusText().contains("by L2"), again.statusText());
        assertEquals("L2 norm of incoming weights", again.criterionText());
        again.close();
    }

    private static String row(List<String> rows, String layer) {
        return rows.stream().filter(r -> r.startsWith(layer + " | ")).findFirst().orElse("");
    }
}
