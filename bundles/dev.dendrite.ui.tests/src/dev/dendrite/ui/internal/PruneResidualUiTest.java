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
        assertTrue(row(rows, "conv_stem").startsWith("conv_stem | convolution | 16 | 8 | "), rows.toString());
        assertEquals("residual16.conv_b", cell(rows, "conv_stem", SUMMED), rows.toString());
        assertEquals("stage2_add", cell(rows, "stage2_conv_b", SUMMED), rows.toString());
        assertEquals("", cell(rows, "conv_stage2_a", SUMMED), "a layer of its own: " + rows);
        assertEquals(List.of("fc"), dialog.shown().whole().stream().map(w -> w.substring(0, w.indexOf(':'))).toList());
        assertTrue(dialog.statusText().startsWith("50% of the units by L2: parameters 77,674 → 19,770"), dialog.statusText());
        UiWait.flush(display);
        Screenshots.save(dialog.getShell(), "prune-dialog-resnet");
        // A share of its own for one group: it loses a quarter, the others half.
        var halved = dialog.shown();
        dialog.share("stage3_conv_b", 25);
        assertEquals("25%", cell(dialog.layerRows(), "stage3_conv_b", SHARE));
        dialog.prune(50, "l2", 0, 1, false, false);
        assertTrue(UiWait.until(display, 240_000, () -> dialog.shown() != halved && dialog.shown() != null), "again: " + dialog.statusText());
        assertEquals("48", cell(dialog.layerRows(), "stage3_conv_b", AFTER), "64 less a quarter: " + dialog.layerRows());
        assertEquals("16", cell(dialog.layerRows(), "conv_stage2_a", AFTER), "the others half");
        assertEquals("25%", cell(dialog.layerRows(), "stage3_conv_b", SHARE), "the share stays for the next Prune");
        // A click on the cell edits it: a spinner over it at the share, Enter keeps the new one. (The click is sent to the table: a
        // dialog's place on an X server without a window manager is not where posted pointer events would find it.)
        UiWait.flush(display); // the rows laid out, each at its place
        var cellBounds = dialog.shareCell("conv_stage2_a");
        var click = new org.eclipse.swt.widgets.Event();
        click.x = cellBounds.x + cellBounds.width / 2;
        click.y = cellBounds.y + cellBounds.height / 2;
        click.button = 1;
        dialog.layerTable().notifyListeners(org.eclipse.swt.SWT.MouseDown, click);
        UiWait.flush(display);
        var spinner = java.util.Arrays.stream(dialog.layerTable().getChildren()).filter(org.eclipse.swt.widgets.Spinner.class::isInstance)
                .map(org.eclipse.swt.widgets.Spinner.class::cast).findFirst().orElseThrow(() -> new AssertionError("no spinner over the cell: "
                        + dialog.layerRows()));
        assertEquals(50, spinner.getSelection(), "a layer without a share of its own starts at the amount");
        spinner.setSelection(30);
        spinner.notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        UiWait.flush(display);
        assertEquals("30%", cell(dialog.layerRows(), "conv_stage2_a", SHARE), dialog.layerRows().toString());
        assertEquals("", cell(dialog.layerRows(), "conv_stem", SHARE), "only the clicked row's");
        assertTrue(spinner.isDisposed(), "the editor goes once the share is kept");
        dialog.close();
        // Opened again, the form starts from the kept report's settings.
        var again = view.prune();
        assertTrue(again.statusText().contains("by L2"), again.statusText());
        assertEquals("L2 norm of incoming weights", again.criterionText());
        again.close();
    }

    private static final int AFTER = 3;
    private static final int SHARE = 4;
    private static final int SUMMED = 7;

    /** Cell {@code column} of {@code layer}'s row. */
    private static String cell(List<String> rows, String layer, int column) {
        return row(rows, layer).split(" \\| ", -1)[column].strip();
    }

    private static String row(List<String> rows, String layer) {
        return rows.stream().filter(r -> r.startsWith(layer + " | ")).findFirst().orElse("");
    }
}
