package dev.dendrite.ui.internal;

import static dev.dendrite.ui.internal.TrainingFixture.configuration;
import static dev.dendrite.ui.internal.TrainingFixture.display;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.ILaunchConfigurationTab;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import dev.dendrite.launching.TrainingAttributes;
import dev.dendrite.launching.ui.internal.AugmentationStrip;
import dev.dendrite.launching.ui.internal.SettingsTab;
import dev.dendrite.launching.ui.internal.TrainingTabGroup;
import dev.dendrite.model.templates.TemplateLibrary;

/**
 * The Dendrite Training launch configuration's tabs: invalid settings refused with the command
 * line's words, the Data tab's preview of graph and sequence sets, and the launch dialog itself.
 */
class LaunchTabsUiTest {

    @Test
    void theTabsRefuseInvalidSettingsWithTheCommandLinesMessage() throws Exception {
        ILaunchConfigurationWorkingCopy copy = configuration("tabs", 3);
        TabsShell tabs = TabsShell.open(copy, "Optimisation");
        TrainingTabGroup group = tabs.group();
        Shell shell = tabs.shell();
        CTabFolder folder = tabs.folder();
        RecordingDialog dialog = tabs.dialog();
        SettingsTab optimisation = tabs.shown();
        shell.setSize(760, 620);
        shell.open();
        UiWait.flush(display());
        assertTrue(optimisation.isValid(copy), "the network's own settings are valid: " + optimisation.getErrorMessage());
        // A choice shows what its empty value stands for as its first item, and that item stores nothing.
        org.eclipse.swt.widgets.Combo optimizer = (org.eclipse.swt.widgets.Combo) optimisation.control(TrainingAttributes.OPTIMIZER);
        String networks = optimizer.getText();
        assertTrue(networks.matches("(sgd|adam|adamw|rmsprop) \\(the network's\\)"), networks);
        assertEquals(networks, optimizer.getItem(0));
        assertEquals("", optimisation.value(TrainingAttributes.OPTIMIZER));
        optimisation.performApply(copy);
        assertFalse(copy.hasAttribute(TrainingAttributes.OPTIMIZER), "the network's item writes no setting");
        optimizer.select(java.util.Arrays.asList(optimizer.getItems()).indexOf("sgd"));
        optimisation.performApply(copy);
        assertEquals("sgd", copy.getAttribute(TrainingAttributes.OPTIMIZER, ""));
        optimizer.select(0);
        optimisation.performApply(copy);
        assertFalse(copy.hasAttribute(TrainingAttributes.OPTIMIZER), "choosing the network's item again removes the setting");
        Text rate = (Text) optimisation.control(TrainingAttributes.LEARNING_RATE);
        RealEvents.click(rate, 5, 5);
        rate.forceFocus();
        RealEvents.type(display(), "-1");
        assertTrue(UiWait.until(display(), 3000, () -> rate.getText().equals("-1")), "typed: " + rate.getText());
        assertTrue(dialog.updates > 0, "typing asks the dialog to re-check");
        optimisation.performApply(copy);
        assertFalse(optimisation.isValid(copy));
        assertEquals("learning rate must be a finite number > 0, is -1.0", optimisation.getErrorMessage(),
                "the words of dendrite train --lr -1");
        for (ILaunchConfigurationTab tab : group.getTabs()) {
            if (tab instanceof SettingsTab other && other != optimisation) {
                assertTrue(other.isValid(copy), "only the Optimisation tab is marked, not " + other.getName() + ": " + other.getErrorMessage());
            }
        }
        Screenshots.save(shell, "launch-tab-optimisation-invalid");
        for (CTabItem item : folder.getItems()) {
            folder.setSelection(item);
            UiWait.flush(display());
            Screenshots.save(shell, "launch-tab-" + item.getText().toLowerCase().replace(' ', '-'));
        }
        shell.dispose();
        CoreException refused = assertThrows(CoreException.class, () -> copy.launch("run", null));
        assertEquals("learning rate must be a finite number > 0, is -1.0", refused.getMessage(), "and the launch itself is refused");
        copy.setAttribute(TrainingAttributes.LEARNING_RATE, "0.01");
        copy.setAttribute(TrainingAttributes.REPLICAS, "0");
        refused = assertThrows(CoreException.class, () -> copy.launch("run", null));
        assertEquals("--replicas needs a number of replicas ≥ 1, got 0", refused.getMessage());
        copy.setAttribute(TrainingAttributes.REPLICAS, "2");
        List<String> options = dev.dendrite.launching.TrainingArguments.options(copy.getAttributes());
        int at = options.indexOf("--replicas");
        assertTrue(at >= 0 && options.get(at + 1).equals("2"), "passed to the trainer: " + options);
        copy.setAttribute(TrainingAttributes.EMA, "often");
        refused = assertThrows(CoreException.class, () -> copy.launch("run", null));
        assertEquals("--ema needs a number, got 'often'", refused.getMessage(), "named as itself, not as another field");
        copy.setAttribute(TrainingAttributes.EMA, "1.5");
        refused = assertThrows(CoreException.class, () -> copy.launch("run", null));
        assertEquals("--ema takes a decay in (0, 1), such as 0.999, not 1.5", refused.getMessage());
        copy.setAttribute(TrainingAttributes.EMA, "0.999");
        options = dev.dendrite.launching.TrainingArguments.options(copy.getAttributes());
        at = options.indexOf("--ema");
        assertTrue(at >= 0 && options.get(at + 1).equals("0.999"), "passed to the trainer: " + options);
        copy.setAttribute(TrainingAttributes.BETAS, "0.5");
        refused = assertThrows(CoreException.class, () -> copy.launch("run", null));
        assertEquals("--betas takes Adam's two decays, such as 0.5,0.999, not '0.5'", refused.getMessage());
        copy.setAttribute(TrainingAttributes.BETAS, "0.5,1");
        refused = assertThrows(CoreException.class, () -> copy.launch("run", null));
        assertEquals("Adam's betas must be in [0, 1), are 0.5 and 1.0", refused.getMessage());
        copy.setAttribute(TrainingAttributes.BETAS, "0.5,0.999");
        options = dev.dendrite.launching.TrainingArguments.options(copy.getAttributes());
        at = options.indexOf("--betas");
        assertTrue(at >= 0 && options.get(at + 1).equals("0.5,0.999"), "passed to the trainer: " + options);
        copy.setAttribute(TrainingAttributes.SHARPNESS_EVERY, "0");
        refused = assertThrows(CoreException.class, () -> copy.launch("run", null));
        assertEquals("--sharpness-every needs a number of epochs ≥ 1, got 0", refused.getMessage());
        copy.setAttribute(TrainingAttributes.SHARPNESS_EVERY, "2");
        options = dev.dendrite.launching.TrainingArguments.options(copy.getAttributes());
        at = options.indexOf("--sharpness-every");
        assertTrue(at >= 0 && options.get(at + 1).equals("2"), "passed to the trainer: " + options);
        copy.setAttribute(TrainingAttributes.DISCRIMINATOR_STEPS, "0");
        refused = assertThrows(CoreException.class, () -> copy.launch("run", null));
        assertEquals("the discriminator's steps per generator step must be at least 1, are 0", refused.getMessage());
        copy.setAttribute(TrainingAttributes.DISCRIMINATOR_STEPS, "five");
        refused = assertThrows(CoreException.class, () -> copy.launch("run", null));
        assertEquals("--discriminator-steps needs a whole number, got 'five'", refused.getMessage());
    }

    @Test
    void plainSgdWithTheNetworksAdamRateGetsANoteNotAnError() throws Exception {
        var file = EditorFixture.write("lenet-300-100.dnet", dev.dendrite.model.templates.TemplateLibrary.find("lenet-300-100").orElseThrow().create());
        ILaunchConfigurationWorkingCopy copy = dev.dendrite.launching.ui.internal.TrainingShortcut.configurationFor(file).getWorkingCopy()
                .copy("lenet sgd");
        copy.setAttribute(TrainingAttributes.OPTIMIZER, "sgd");
        TabsShell tabs = TabsShell.open(copy, "Optimisation");
        SettingsTab optimisation = tabs.shown();
        tabs.shell().setSize(760, 620);
        tabs.shell().open();
        UiWait.flush(display());
        assertTrue(optimisation.isValid(copy), "a kept rate is a note, not a problem: " + optimisation.getErrorMessage());
        String note = optimisation.getMessage();
        assertTrue(note != null && note.startsWith("Note: the learning rate ") && note.endsWith(
                " was set for adam; sgd usually trains with 0.01 to 0.1 (the Learning rate field)"), "the tab says why: " + note);
        copy.setAttribute(TrainingAttributes.LEARNING_RATE, "0.05");
        assertTrue(optimisation.isValid(copy));
        assertNull(optimisation.getMessage(), "a rate chosen for SGD needs no note");
        tabs.shell().dispose();
        copy.removeAttribute(TrainingAttributes.LEARNING_RATE);
        var dialog = openDialog(copy.doSave());
        try {
            showOptimisation(dialog);
            assertTrue(UiWait.until(display(), 5000, () -> note.equals(dialog.getMessage())), "the dialog shows the note: " + dialog.getMessage());
            RealEvents.move(dialog.getShell(), 5, 5); // no field's tooltip over the screenshot
            UiWait.flush(display());
            Screenshots.save(dialog.getShell(), "launch-dialog-learning-rate-note");
        } finally {
            dialog.close();
        }
    }

    @Test
    void theDataTabPreviewsGraphAndSequenceSets() throws Exception {
        ILaunchConfigurationWorkingCopy copy = configuration("data", 3);
        TabsShell tabs = TabsShell.open(copy, "Data");
        Shell shell = tabs.shell();
        SettingsTab data = tabs.shown();
        shell.setSize(900, 420);
        shell.open();
        org.eclipse.swt.widgets.Combo choice = (org.eclipse.swt.widgets.Combo) data.control(TrainingAttributes.DATA);
        assertTrue(java.util.Arrays.asList(choice.getItems()).containsAll(List.of("synthetic:communities", "synthetic:reverse", "graphs:FILE.jsonl",
                "text:FILE")), "graph, sequence and text sets are offered: " + java.util.Arrays.toString(choice.getItems()));
        choice.setText("synthetic:communities");
        java.util.List<org.eclipse.swt.widgets.Control> all = new java.util.ArrayList<>();
        collect((org.eclipse.swt.widgets.Composite) data.getControl(), all);
        org.eclipse.swt.widgets.Button preview = (org.eclipse.swt.widgets.Button) all.stream()
                .filter(c -> c instanceof org.eclipse.swt.widgets.Button b && "Preview".equals(b.getText())).findFirst().orElseThrow();
        preview.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        String expected = "200 training and 50 test samples; nodes V×8 float, edges E×2 int64, batch V int64 → labels V int64, 4 classes";
        assertTrue(UiWait.until(display(), 20000, () -> all.stream().anyMatch(c -> c instanceof org.eclipse.swt.widgets.Label l
                && l.getText().equals(expected))), "the preview describes the graphs");
        UiWait.flush(display());
        Screenshots.save(shell, "launch-tab-data-preview");
        shell.dispose();
    }

    @Test
    void theDataTabPreviewsAnAugmentationAndTheLaunchPassesIt() throws Exception {
        ILaunchConfigurationWorkingCopy copy = configuration("augmented", 3);
        copy.setAttribute(TrainingAttributes.DATA, "mnist");
        copy.setAttribute(TrainingAttributes.AUGMENT, "shift:2,cutout:8");
        TabsShell tabs = TabsShell.open(copy, "Data");
        Shell shell = tabs.shell();
        SettingsTab data = tabs.shown();
        shell.setSize(900, 560);
        shell.open();
        assertEquals("shift:2,cutout:8", data.value(TrainingAttributes.AUGMENT));
        java.util.List<org.eclipse.swt.widgets.Control> all = new java.util.ArrayList<>();
        collect((org.eclipse.swt.widgets.Composite) data.getControl(), all);
        AugmentationStrip strip = (AugmentationStrip) all.stream().filter(AugmentationStrip.class::isInstance).findFirst().orElseThrow();
        assertNull(strip.examples(), "nothing drawn before Preview");
        preview(all);
        assertTrue(UiWait.until(display(), 60000, () -> strip.examples() != null), "Preview draws the augmented pictures");
        assertEquals(8, strip.examples().originals().size());
        assertEquals(3, strip.examples().epochs().size());
        assertEquals(28, strip.examples().height());
        assertTrue(all.stream().anyMatch(c -> c instanceof org.eclipse.swt.widgets.Label l && l.getText().endsWith(
                "; below: the first 8 training pictures and, row by row, epochs 1 to 3 of shift:2,cutout:8")), "the summary says what is drawn");
        assertTrue(strip.getSize().y >= 4 * 48, "the strip has room for four rows: " + strip.getSize());
        UiWait.flush(display());
        Screenshots.save(shell, "launch-tab-data-augmentation");

        ((org.eclipse.swt.widgets.Combo) data.control(TrainingAttributes.AUGMENT)).setText("shift:2,spin");
        data.performApply(copy);
        assertFalse(data.isValid(copy));
        assertEquals("--augment: unknown augmentation 'spin': use shift:PIXELS, flip, rotate:DEGREES, cutout:PIXELS, mutate:PERCENT and noise:SIGMA, "
                + "separated by commas, or none",
                data.getErrorMessage(), "the words of dendrite train --augment");
        ((org.eclipse.swt.widgets.Combo) data.control(TrainingAttributes.AUGMENT)).setText("shift:2,flip");
        data.performApply(copy);
        assertTrue(data.isValid(copy), data.getErrorMessage());
        copy.setAttribute(TrainingAttributes.FREEZE, "nowhere");
        for (ILaunchConfigurationTab tab : tabs.group().getTabs()) {
            if (tab instanceof SettingsTab settings) {
                assertEquals(!settings.getName().equals("Loss and layers"), settings.isValid(copy),
                        "a frozen layer that does not exist marks the Loss and layers tab only: " + settings.getName());
            }
        }
        copy.removeAttribute(TrainingAttributes.FREEZE);
        // A teacher's weight out of (0, 1] marks the same tab, in the words of dendrite train.
        copy.setAttribute(TrainingAttributes.TEACHER, "runs/teacher");
        copy.setAttribute(TrainingAttributes.DISTILL_WEIGHT, "2");
        for (ILaunchConfigurationTab tab : tabs.group().getTabs()) {
            if (tab instanceof SettingsTab settings && settings.getName().equals("Loss and layers")) {
                assertFalse(settings.isValid(copy));
                assertEquals("--distill-weight takes the soft targets' share in (0, 1], such as 0.5, not 2.0", settings.getErrorMessage());
            }
        }
        copy.setAttribute(TrainingAttributes.DISTILL_WEIGHT, "0.7");
        List<String> distilled = dev.dendrite.launching.TrainingArguments.options(copy.getAttributes());
        assertEquals(List.of("--teacher", "runs/teacher", "--distill-weight", "0.7"), distilled.subList(distilled.indexOf("--teacher"),
                distilled.indexOf("--teacher") + 4));
        copy.removeAttribute(TrainingAttributes.TEACHER);
        copy.removeAttribute(TrainingAttributes.DISTILL_WEIGHT);
        // Adversarial training with mixup marks the same tab; alone, its radius reaches the trainer.
        copy.setAttribute(TrainingAttributes.ADVERSARIAL, "0.1");
        copy.setAttribute(TrainingAttributes.MIXUP, "0.2");
        for (ILaunchConfigurationTab tab : tabs.group().getTabs()) {
            if (tab instanceof SettingsTab settings && settings.getName().equals("Loss and layers")) {
                assertFalse(settings.isValid(copy));
                assertEquals("--adversarial and --mixup each change the training inputs: give one", settings.getErrorMessage());
            }
        }
        copy.removeAttribute(TrainingAttributes.MIXUP);
        List<String> adversarial = dev.dendrite.launching.TrainingArguments.options(copy.getAttributes());
        assertEquals(List.of("--adversarial", "0.1"), adversarial.subList(adversarial.indexOf("--adversarial"), adversarial.indexOf("--adversarial") + 2));
        // Certified training with adversarial training marks it too; alone, its radius and ramp reach the trainer.
        copy.setAttribute(TrainingAttributes.CERTIFIED, "0.1");
        for (ILaunchConfigurationTab tab : tabs.group().getTabs()) {
            if (tab instanceof SettingsTab settings && settings.getName().equals("Loss and layers")) {
                assertFalse(settings.isValid(copy));
                assertEquals("--certified trains against the bounds of plain cross-entropy over clean inputs: leave out --adversarial",
                        settings.getErrorMessage());
            }
        }
        copy.removeAttribute(TrainingAttributes.ADVERSARIAL);
        copy.setAttribute(TrainingAttributes.CERTIFIED_RAMP, "3");
        copy.setAttribute(TrainingAttributes.CERTIFIED_BOUNDS, "crown-ibp");
        List<String> certified = dev.dendrite.launching.TrainingArguments.options(copy.getAttributes());
        assertEquals(List.of("--certified", "0.1", "--certified-ramp", "3", "--certified-bounds", "crown-ibp"), certified.subList(certified
                .indexOf("--certified"), certified.indexOf("--certified") + 6));
        copy.removeAttribute(TrainingAttributes.CERTIFIED_BOUNDS);
        copy.removeAttribute(TrainingAttributes.CERTIFIED);
        copy.removeAttribute(TrainingAttributes.CERTIFIED_RAMP);
        for (org.eclipse.swt.custom.CTabItem item : tabs.folder().getItems()) {
            if (item.getText().equals("Loss and layers")) {
                tabs.folder().setSelection(item);
                UiWait.flush(display());
                Screenshots.save(shell, "launch-tab-loss-and-layers");
            }
        }
        shell.dispose();
        List<String> options = dev.dendrite.launching.TrainingArguments.options(copy.getAttributes());
        int at = options.indexOf("--augment");
        assertTrue(at >= 0 && options.get(at + 1).equals("shift:2,flip"), "passed to the trainer: " + options);
        copy.setAttribute(TrainingAttributes.FREEZE, "hidden1, nowhere");
        CoreException refused = assertThrows(CoreException.class, () -> copy.launch("run", null));
        assertEquals("no layer or block 'nowhere' in mlp-classifier to freeze or train alone", refused.getMessage());
        copy.removeAttribute(TrainingAttributes.FREEZE);
        copy.setAttribute(TrainingAttributes.TRAIN_ONLY, "logits, output");
        refused = assertThrows(CoreException.class, () -> copy.launch("run", null));
        assertEquals("no layer or block 'output' in mlp-classifier to freeze or train alone", refused.getMessage());
        copy.setAttribute(TrainingAttributes.TRAIN_ONLY, "logits");
        copy.setAttribute(TrainingAttributes.FREEZE, "hidden1");
        refused = assertThrows(CoreException.class, () -> copy.launch("run", null));
        assertEquals("--freeze and --train-only exclude each other: give one", refused.getMessage());
        options = dev.dendrite.launching.TrainingArguments.options(copy.getAttributes());
        assertTrue(options.containsAll(List.of("--freeze", "hidden1", "--train-only", "logits")), options.toString());
    }

    private static void preview(java.util.List<org.eclipse.swt.widgets.Control> all) {
        org.eclipse.swt.widgets.Button preview = (org.eclipse.swt.widgets.Button) all.stream()
                .filter(c -> c instanceof org.eclipse.swt.widgets.Button b && "Preview".equals(b.getText())).findFirst().orElseThrow();
        preview.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    private static void collect(org.eclipse.swt.widgets.Composite parent, java.util.List<org.eclipse.swt.widgets.Control> into) {
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            into.add(child);
            if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                collect(composite, into);
            }
        }
    }

    @SuppressWarnings("restriction")
    @Test
    void anInstabilityAnalysisHasItsOwnLaunchTabs() throws Exception {
        var network = EditorFixture.write("analysed.dnet", TemplateLibrary.find("lenet-5-fashion").orElseThrow().create());
        ILaunchConfigurationWorkingCopy copy = DebugPlugin.getDefault().getLaunchManager()
                .getLaunchConfigurationType(dev.dendrite.launching.internal.StabilityLaunchDelegate.TYPE_ID).newInstance(null, "analysis dialog");
        copy.setAttribute(TrainingAttributes.NETWORK, network.getFullPath().toString());
        copy.setAttribute(dev.dendrite.launching.internal.StabilityLaunchDelegate.AT, "0,0.5%,2%,10%");
        copy.setAttribute(TrainingAttributes.OPTIMIZER, "sgd");
        copy.setAttribute(TrainingAttributes.MOMENTUM, "0.9");
        var dialog = openDialog(copy.doSave());
        try {
            assertEquals(List.of("Network", "Data", "Analysis", "Training", "Output", "Common"),
                    java.util.Arrays.stream(dialog.getTabs()).map(ILaunchConfigurationTab::getName).toList());
            ILaunchConfigurationTab analysis = dialog.getTabs()[2];
            dialog.setActiveTab(analysis);
            UiWait.flush(display());
            assertEquals("0,0.5%,2%,10%", ((Text) ((SettingsTab) analysis).control(dev.dendrite.launching.internal.StabilityLaunchDelegate.AT)).getText());
            assertNull(dialog.getErrorMessage(), "a valid analysis launches");
            RealEvents.move(dialog.getShell(), 5, 5);
            UiWait.flush(display());
            Screenshots.save(dialog.getShell(), "launch-dialog-stability");
            Text at = (Text) ((SettingsTab) analysis).control(dev.dendrite.launching.internal.StabilityLaunchDelegate.AT);
            at.setText("0,ten");
            assertTrue(UiWait.until(display(), 5000, () -> "Branch at steps takes whole steps or percentages separated by commas, not 'ten'"
                    .equals(dialog.getErrorMessage())), "the dialog says why it cannot launch: " + dialog.getErrorMessage());
            at.setText("0,5%");
            Text masks = (Text) ((SettingsTab) analysis).control(dev.dendrite.launching.internal.StabilityLaunchDelegate.MASKS);
            masks.setText("/nowhere/round-3");
            assertTrue(UiWait.until(display(), 5000, () -> String.valueOf(dialog.getErrorMessage()).startsWith("Masks: /nowhere/round-3 is neither")),
                    "the dialog says why it cannot launch: " + dialog.getErrorMessage());
            masks.setText("");
            assertTrue(UiWait.until(display(), 5000, () -> dialog.getErrorMessage() == null), "valid again: " + dialog.getErrorMessage());
        } finally {
            dialog.close();
        }
    }

    @SuppressWarnings("restriction")
    @Test
    void theLaunchDialogShowsTheTabsAndRefusesInvalidSettings() throws Exception {
        var dialog = openDialog(configuration("dialog", 3).doSave());
        try {
            Screenshots.save(dialog.getShell(), "launch-dialog");
            SettingsTab optimisation = showOptimisation(dialog);
            Text rate = (Text) optimisation.control(TrainingAttributes.LEARNING_RATE);
            assertEquals("0.01 (the network's)", rate.getMessage(), "an empty field shows what it stands for");
            RealEvents.click(rate, 5, 5);
            rate.forceFocus();
            RealEvents.type(display(), "-1");
            assertTrue(UiWait.until(display(), 5000, () -> "learning rate must be a finite number > 0, is -1.0".equals(dialog.getErrorMessage())),
                    "the dialog says why it cannot launch: " + dialog.getErrorMessage());
            UiWait.flush(display());
            Screenshots.save(dialog.getShell(), "launch-dialog-invalid");
        } finally {
            dialog.close();
        }
    }

    @Test
    void findLearningRateRunsTheRangeTestAndFillsTheField() throws Exception {
        ILaunchConfigurationWorkingCopy copy = configuration("lr-find", 3);
        copy.setAttribute(TrainingAttributes.OPTIMIZER, "sgd");
        var dialog = openDialog(copy.doSave());
        try {
            SettingsTab optimisation = showOptimisation(dialog);
            Text rate = (Text) optimisation.control(TrainingAttributes.LEARNING_RATE);
            assertEquals("", rate.getText());
            java.util.List<org.eclipse.swt.widgets.Control> all = new java.util.ArrayList<>();
            collect(dialog.getShell(), all);
            org.eclipse.swt.widgets.Button find = all.stream().filter(c -> c instanceof org.eclipse.swt.widgets.Button b
                    && b.getText().equals("Find learning rate...")).map(c -> (org.eclipse.swt.widgets.Button) c).findFirst().orElseThrow();
            Screenshots.save(dialog.getShell(), "launch-dialog-find-learning-rate");
            // The sweep runs in a trainer JVM under the dialog's progress bar, then a modal dialog shows its curve:
            // a timer looks for it while the click's own event loops run, photographs it and presses "Use".
            String[] used = new String[1];
            long deadline = System.currentTimeMillis() + 120_000;
            Runnable[] poll = new Runnable[1];
            poll[0] = () -> {
                for (Shell shell : display().getShells()) {
                    if (shell.isVisible() && dev.dendrite.launching.ui.internal.LearningRateDialog.TITLE.equals(shell.getText())) {
                        java.util.List<org.eclipse.swt.widgets.Control> inDialog = new java.util.ArrayList<>();
                        collect(shell, inDialog);
                        for (org.eclipse.swt.widgets.Control c : inDialog) {
                            if (c instanceof org.eclipse.swt.widgets.Button b && b.getText().startsWith("Use ")) {
                                UiWait.flush(display());
                                shell.update();
                                try {
                                    Screenshots.save(shell, "learning-rate-range-test");
                                } catch (Exception e) {
                                    throw new IllegalStateException(e);
                                }
                                used[0] = b.getText().substring("Use ".length());
                                b.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                                return;
                            }
                        }
                    }
                }
                if (System.currentTimeMillis() < deadline) {
                    display().timerExec(200, poll[0]);
                } else {
                    for (Shell shell : display().getShells()) {
                        if (dev.dendrite.launching.ui.internal.LearningRateDialog.TITLE.equals(shell.getText())) {
                            shell.close();
                        }
                    }
                }
            };
            display().timerExec(200, poll[0]);
            find.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            assertNotNull(used[0], "the range test's dialog offered a rate to use; dialog message: " + dialog.getErrorMessage());
            double suggested = Double.parseDouble(used[0]);
            assertTrue(suggested > 1e-7 && suggested < 10, "a rate inside the sweep: " + suggested);
            assertEquals(used[0], rate.getText(), "Use puts the suggestion into the Learning rate field");
            assertNull(dialog.getErrorMessage(), "the suggested rate is valid");
        } finally {
            dialog.close();
        }
    }

    /** The Run Configurations dialog open, not blocking, on a saved configuration. */
    private static org.eclipse.debug.internal.ui.launchConfigurations.LaunchConfigurationsDialog openDialog(ILaunchConfiguration saved)
            throws Exception {
        Shell window = EditorFixture.page().getWorkbenchWindow().getShell();
        window.setBounds(display().getPrimaryMonitor().getBounds());
        var group = org.eclipse.debug.internal.ui.DebugUIPlugin.getDefault().getLaunchConfigurationManager()
                .getLaunchGroup(org.eclipse.debug.ui.IDebugUIConstants.ID_RUN_LAUNCH_GROUP);
        var dialog = new org.eclipse.debug.internal.ui.launchConfigurations.LaunchConfigurationsDialog(window, group);
        dialog.setOpenMode(org.eclipse.debug.internal.ui.launchConfigurations.LaunchConfigurationsDialog.LAUNCH_CONFIGURATION_DIALOG_OPEN_ON_SELECTION);
        dialog.setInitialSelection(new org.eclipse.jface.viewers.StructuredSelection(saved));
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.getShell().setSize(1000, 720);
        UiWait.flush(display());
        return dialog;
    }

    private static SettingsTab showOptimisation(org.eclipse.debug.internal.ui.launchConfigurations.LaunchConfigurationsDialog dialog) {
        SettingsTab optimisation = null;
        for (ILaunchConfigurationTab tab : dialog.getTabs()) {
            if (tab.getName().equals("Optimisation")) {
                optimisation = (SettingsTab) tab;
                dialog.setActiveTab(tab);
            }
        }
        assertNotNull(optimisation, "the Optimisation tab is in the dialog");
        UiWait.flush(display());
        return optimisation;
    }

    /** The Dendrite Training tabs in a shell of their own, initialised from a configuration, one of them shown. */
    private record TabsShell(Shell shell, CTabFolder folder, TrainingTabGroup group, RecordingDialog dialog, SettingsTab shown) {

        static TabsShell open(ILaunchConfigurationWorkingCopy copy, String shownTab) {
            TrainingTabGroup group = new TrainingTabGroup();
            group.createTabs(null, "run");
            Shell shell = new Shell(display());
            shell.setText("Dendrite Training");
            shell.setLayout(new FillLayout());
            CTabFolder folder = new CTabFolder(shell, SWT.BORDER);
            RecordingDialog dialog = new RecordingDialog();
            SettingsTab shown = null;
            for (ILaunchConfigurationTab tab : group.getTabs()) {
                tab.setLaunchConfigurationDialog(dialog);
                tab.createControl(folder);
                CTabItem item = new CTabItem(folder, SWT.NONE);
                item.setText(tab.getName());
                item.setControl(tab.getControl());
                tab.initializeFrom(copy);
                if (tab.getName().equals(shownTab)) {
                    shown = (SettingsTab) tab;
                    folder.setSelection(item);
                }
            }
            assertNotNull(shown, shownTab);
            return new TabsShell(shell, folder, group, dialog, shown);
        }
    }
}
