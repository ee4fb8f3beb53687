package dev.dendrite.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.swt.widgets.Display;

import dev.dendrite.launching.TrainingAttributes;
import dev.dendrite.launching.ui.internal.TrainingShortcut;
import dev.dendrite.model.templates.TemplateLibrary;

/** The moons network and its launch configurations, shared by the training UI tests. */
final class TrainingFixture {

    private TrainingFixture() {
    }

    static Display display() {
        return Display.getCurrent();
    }

    static IFile network() throws Exception {
        return EditorFixture.write("moons.dnet", TemplateLibrary.find("mlp-classifier").orElseThrow().create());
    }

    static ILaunchConfigurationWorkingCopy configuration(String run, int epochs) throws Exception {
        ILaunchConfigurationWorkingCopy copy = TrainingShortcut.configurationFor(network()).getWorkingCopy().copy("moons " + run);
        copy.setAttribute(TrainingAttributes.DATA, "synthetic:two-moons");
        copy.setAttribute(TrainingAttributes.EPOCHS, Integer.toString(epochs));
        copy.setAttribute(TrainingAttributes.BATCH, "16");
        copy.setAttribute(TrainingAttributes.CHECKPOINT_EVERY, "25");
        copy.setAttribute(TrainingAttributes.RUN_NAME, run);
        return copy;
    }

    static Path runDirectory(String run) throws Exception {
        return network().getProject().getLocation().toFile().toPath().resolve("runs").resolve(run);
    }
}
