package dev.dendrite.launching.ui.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut2;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PlatformUI;

import dev.dendrite.launching.internal.SweepLaunchDelegate;

/** Run As > Dendrite Sweep on a sweep file (.json): reuses the file's configuration or creates one that runs it in the trainer. */
public final class SweepShortcut implements ILaunchShortcut2 {

    @Override
    public void launch(ISelection selection, String mode) {
        if (getLaunchableResource(selection) instanceof IFile file) {
            launch(file, mode);
        }
    }

    @Override
    public void launch(IEditorPart editor, String mode) {
        if (getLaunchableResource(editor) instanceof IFile file) {
            launch(file, mode);
        }
    }

    private static void launch(IFile sweep, String mode) {
        try {
            DebugUITools.launch(configurationFor(sweep), mode);
        } catch (CoreException e) {
            MessageDialog.openError(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "Dendrite Sweep", e.getMessage());
        }
    }

    /** The existing configuration for this sweep file, or a new one named after it. */
    public static ILaunchConfiguration configurationFor(IFile sweep) throws CoreException {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = manager.getLaunchConfigurationType(SweepLaunchDelegate.TYPE_ID);
        String path = sweep.getFullPath().toString();
        for (ILaunchConfiguration configuration : manager.getLaunchConfigurations(type)) {
            if (path.equals(configuration.getAttribute(SweepLaunchDelegate.SWEEP, ""))) {
                return configuration;
            }
        }
        ILaunchConfigurationWorkingCopy copy = type.newInstance(null, manager.generateLaunchConfigurationName(
                sweep.getFullPath().removeFileExtension().lastSegment()));
        copy.setAttribute(SweepLaunchDelegate.SWEEP, path);
        copy.setMappedResources(new IResource[] {sweep});
        return copy.doSave();
    }

    @Override
    public ILaunchConfiguration[] getLaunchConfigurations(ISelection selection) {
        return null;
    }

    @Override
    public ILaunchConfiguration[] getLaunchConfigurations(IEditorPart editor) {
        return null;
    }

    @Override
    public IResource getLaunchableResource(ISelection selection) {
        if (selection instanceof IStructuredSelection structured && structured.getFirstElement() != null) {
            IFile file = org.eclipse.core.runtime.Adapters.adapt(structured.getFirstElement(), IFile.class);
            return file != null && "json".equals(file.getFileExtension()) ? file : null;
        }
        return null;
    }

    @Override
    public IResource getLaunchableResource(IEditorPart editor) {
        return editor.getEditorInput() instanceof IFileEditorInput input && "json".equals(input.getFile().getFileExtension()) ? input.getFile()
                : null;
    }
}
