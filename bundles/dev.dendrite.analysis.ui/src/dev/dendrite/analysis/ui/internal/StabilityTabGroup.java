package dev.dendrite.analysis.ui.internal;

import java.util.List;

import org.eclipse.debug.ui.AbstractLaunchConfigurationTabGroup;
import org.eclipse.debug.ui.CommonTab;
import org.eclipse.debug.ui.ILaunchConfigurationDialog;
import org.eclipse.debug.ui.ILaunchConfigurationTab;

import dev.dendrite.analysis.landscape.InstabilityAnalysis;
import dev.dendrite.launching.TrainingArguments;
import dev.dendrite.launching.TrainingAttributes;
import dev.dendrite.launching.internal.StabilityLaunchDelegate;
import dev.dendrite.launching.ui.internal.SettingsTab;
import dev.dendrite.launching.ui.internal.SettingsTab.FieldSpec;
import dev.dendrite.launching.ui.internal.TrainingTabGroup;

/** The tabs of a "Dendrite Instability Analysis": network, data, the analysis, its training, output, common. */
public final class StabilityTabGroup extends AbstractLaunchConfigurationTabGroup {

    @Override
    public void createTabs(ILaunchConfigurationDialog dialog, String mode) {
        setTabs(new ILaunchConfigurationTab[] {TrainingTabGroup.networkTab(), TrainingTabGroup.dataTab(),
            new SettingsTab("Analysis", "Two copies per step, trained with other data orders: is the network stable there?", List.of(
                    FieldSpec.text("Branch at steps", StabilityLaunchDelegate.AT, "whole steps or percentages of training, separated by commas",
                            "0,1%,5%,20%"),
                    FieldSpec.text("Masks", StabilityLaunchDelegate.MASKS, "a lottery run's folder (its masks.onnx) or a masks file",
                            "none: the dense network"),
                    FieldSpec.text("Test samples", StabilityLaunchDelegate.SAMPLES, "the first test samples each path is evaluated on", "2000"))),
            new SettingsTab("Training", "How the parent and each copy train; empty fields keep the network's settings.", List.of(
                    FieldSpec.choice("Optimizer", TrainingAttributes.OPTIMIZER, "sgd, adam, adamw or rmsprop", "sgd", "adam", "adamw", "rmsprop"),
                    FieldSpec.text("Learning rate", TrainingAttributes.LEARNING_RATE, "a number > 0"),
                    FieldSpec.text("Momentum", TrainingAttributes.MOMENTUM, "SGD's momentum, e.g. 0.9"),
                    FieldSpec.text("Batch size", TrainingAttributes.BATCH, "samples per step"),
                    FieldSpec.text("Epochs", TrainingAttributes.EPOCHS, "passes over the training data, for the parent and each copy"),
                    FieldSpec.text("Seed", TrainingAttributes.SEED, "the parent's; the copies take the next two"))),
            new SettingsTab("Output", "The analysis folder holds the parent's and the copies' run directories and stability.csv.", List.of(
                    FieldSpec.text("Folder", TrainingAttributes.RUNS_FOLDER, "workspace folder of the analysis", "the project's runs/"),
                    FieldSpec.text("Analysis name", TrainingAttributes.RUN_NAME, "the same name resumes", "stability-NETWORK"))),
            new CommonTab()});
        SettingsTab.group(attributes -> {
            String problem = SettingsTab.problem(attributes);
            return problem != null ? problem : analysisProblem(attributes);
        }, (Object[]) getTabs());
    }

    /** What the Analysis tab's fields would make {@code dendrite stability} refuse, or null. */
    static String analysisProblem(java.util.Map<String, Object> attributes) {
        String at = TrainingArguments.text(attributes, StabilityLaunchDelegate.AT);
        try {
            if (at != null) {
                InstabilityAnalysis.steps(at, 100, "Branch at steps");
            }
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        String samples = TrainingArguments.text(attributes, StabilityLaunchDelegate.SAMPLES);
        try {
            if (samples != null && Integer.parseInt(samples) < 1) {
                return "Test samples must be at least 1, not " + samples;
            }
        } catch (NumberFormatException e) {
            return "Test samples needs a whole number, not '" + samples + "'";
        }
        String masks = TrainingArguments.text(attributes, StabilityLaunchDelegate.MASKS);
        if (masks != null) {
            java.nio.file.Path path = java.nio.file.Path.of(StabilityLaunchDelegate.fileSystemPath(masks));
            if (!java.nio.file.Files.isRegularFile(path) && !java.nio.file.Files.isRegularFile(path.resolve("masks.onnx"))) {
                return "Masks: " + masks + " is neither a masks file nor a lottery run's folder with masks.onnx";
            }
        }
        return null;
    }
}
