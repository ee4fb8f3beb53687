package dev.dendrite.analysis.ui.internal;

import java.util.List;

import org.eclipse.debug.ui.AbstractLaunchConfigurationTabGroup;
import org.eclipse.debug.ui.CommonTab;
import org.eclipse.debug.ui.ILaunchConfigurationDialog;
import org.eclipse.debug.ui.ILaunchConfigurationTab;

import dev.dendrite.launching.TrainingAttributes;
import dev.dendrite.launching.internal.LotteryLaunchDelegate;
import dev.dendrite.launching.ui.internal.SettingsTab;
import dev.dendrite.launching.ui.internal.SettingsTab.FieldSpec;
import dev.dendrite.launching.ui.internal.TrainingTabGroup;

/** The tabs of a "Dendrite Lottery Experiment": network, data, the experiment, its training, output, common. */
public final class LotteryTabGroup extends AbstractLaunchConfigurationTabGroup {

    @Override
    public void createTabs(ILaunchConfigurationDialog dialog, String mode) {
        setTabs(new ILaunchConfigurationTab[] {TrainingTabGroup.networkTab(), TrainingTabGroup.dataTab(),
            new SettingsTab("Experiment", "Iterative magnitude pruning with rewinding; every round retrains the pruned network.", List.of(
                    FieldSpec.text("Rounds", LotteryLaunchDelegate.ROUNDS, "pruning rounds after the dense run (default 5)"),
                    FieldSpec.text("Pruning rates", LotteryLaunchDelegate.RATES, "dense=0.2,output=0.1,conv=0.15 (the paper's)"),
                    FieldSpec.text("Rewind to step", LotteryLaunchDelegate.REWIND, "0: to initialisation; k: to the weights after step k"),
                    FieldSpec.choice("Controls", LotteryLaunchDelegate.CONTROLS,
                            "reinit, random, snip or synflow (pruning at initialisation, with data or without), or several", "reinit,random", "reinit",
                            "random", "snip", "synflow", "reinit,random,snip", "reinit,random,snip,synflow"),
                    FieldSpec.text("Seeds", LotteryLaunchDelegate.SEEDS, "independent repetitions (default 1)"))),
            new SettingsTab("Training", "How each round trains; empty fields keep the network's settings.", List.of(
                    FieldSpec.choice("Optimizer", TrainingAttributes.OPTIMIZER, "sgd, adam, adamw or rmsprop", "sgd", "adam", "adamw", "rmsprop"),
                    FieldSpec.text("Learning rate", TrainingAttributes.LEARNING_RATE, "a number > 0"),
                    FieldSpec.text("Batch size", TrainingAttributes.BATCH, "samples per step"),
                    FieldSpec.text("Epochs per round", TrainingAttributes.EPOCHS, "passes over the training data"),
                    FieldSpec.text("Seed", TrainingAttributes.SEED, "the first seed"))),
            new SettingsTab("Output", "The experiment folder holds a run directory per trained network and ladder.json.", List.of(
                    FieldSpec.text("Folder", TrainingAttributes.RUNS_FOLDER, "workspace folder; empty: the project's runs/"),
                    FieldSpec.text("Experiment name", TrainingAttributes.RUN_NAME, "empty: lth-NETWORK; the same name resumes"))),
            new CommonTab()});
        SettingsTab.group(SettingsTab::problem, (Object[]) getTabs());
    }
}
