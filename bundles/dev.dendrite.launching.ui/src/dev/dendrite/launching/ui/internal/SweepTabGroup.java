package dev.dendrite.launching.ui.internal;

import java.util.List;

import org.eclipse.debug.ui.AbstractLaunchConfigurationTabGroup;
import org.eclipse.debug.ui.CommonTab;
import org.eclipse.debug.ui.ILaunchConfigurationDialog;
import org.eclipse.debug.ui.ILaunchConfigurationTab;

import dev.dendrite.launching.TrainingAttributes;
import dev.dendrite.launching.internal.SweepLaunchDelegate;
import dev.dendrite.launching.ui.internal.SettingsTab.FieldSpec;

/** The tabs of a "Dendrite Sweep": the sweep file and where it runs, its output folder, common. */
public final class SweepTabGroup extends AbstractLaunchConfigurationTabGroup {

    @Override
    public void createTabs(ILaunchConfigurationDialog dialog, String mode) {
        setTabs(new ILaunchConfigurationTab[] {
            new SettingsTab("Sweep", "A sweep file names a network, shared settings, a grid or list of runs, and seeds; every run trains "
                    + "into its own run directory.", List.of(
                    FieldSpec.text("Sweep file", SweepLaunchDelegate.SWEEP, "workspace path of the sweep's .json file"),
                    FieldSpec.choice("Engine", SweepLaunchDelegate.ENGINE, "local: one run after another in the trainer; spark: a Spark task "
                            + "per run", "local", "spark"),
                    FieldSpec.text("Spark master", SweepLaunchDelegate.MASTER, "empty: embedded local[*]; spark://HOST:7077, yarn, k8s://…", "embedded local[*]"),
                    FieldSpec.text("Spark engine folder", SweepLaunchDelegate.SPARK_FOLDER,
                            "dendrite-spark.jar and lib/ (releng/dev.dendrite.spark/target of a build); Spark is not part of the workbench"))),
            new SettingsTab("Output", "The experiment folder holds a run directory per run and sweep.csv.", List.of(
                    FieldSpec.text("Folder", TrainingAttributes.RUNS_FOLDER, "workspace folder; empty: the project's runs/", "the project's runs/"),
                    FieldSpec.text("Experiment name", TrainingAttributes.RUN_NAME, "empty: the sweep's name; the same name continues", "the sweep's name"))),
            new CommonTab()});
        SettingsTab.group(SweepLaunchDelegate::problem, (Object[]) getTabs());
    }
}
