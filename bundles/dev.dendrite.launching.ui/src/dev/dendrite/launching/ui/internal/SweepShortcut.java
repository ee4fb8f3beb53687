package dev.dendrite.launching.ui.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;

import dev.dendrite.launching.internal.SweepLaunchDelegate;

/** Run As > Dendrite Sweep on a sweep file (.json): reuses the file's configuration or creates one that runs it in the trainer. */
public final class SweepShortcut extends FileLaunchShortcut {

    public SweepShortcut() {
        super("json", "Dendrite Sweep", SweepShortcut::configurationFor);
    }

    /** The existing configuration for this sweep file, or a new one named after it. */
    public static ILaunchConfiguration configurationFor(IFile sweep) throws CoreException {
        return configurationFor(SweepLaunchDelegate.TYPE_ID, SweepLaunchDelegate.SWEEP, sweep, copy -> { });
    }
}
