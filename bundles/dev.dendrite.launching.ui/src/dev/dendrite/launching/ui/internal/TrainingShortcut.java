package dev.dendrite.launching.ui.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;

import dev.dendrite.launching.TrainingAttributes;

/**
 * Run As > Dendrite Training on a {@code .dnet} file or in its editor: reuses the file's
 * configuration or creates one with the network's own settings.
 */
public final class TrainingShortcut extends FileLaunchShortcut {

    public TrainingShortcut() {
        super("dnet", "Dendrite Training", TrainingShortcut::configurationFor);
    }

    static void launch(IFile network, String mode) {
        launch(network, mode, "Dendrite Training", TrainingShortcut::configurationFor);
    }

    /** The existing configuration for this network, or a new one named after it (recording health every 100 steps). */
    public static ILaunchConfiguration configurationFor(IFile network) throws CoreException {
        return configurationFor(TrainingAttributes.TYPE_ID, TrainingAttributes.NETWORK, network,
                copy -> copy.setAttribute(TrainingAttributes.HEALTH_EVERY, TrainingAttributes.DEFAULT_HEALTH_EVERY));
    }
}
