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
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PlatformUI;

import dev.dendrite.launching.TrainingAttributes;

/**
 * Run As > Dendrite Training on a {@code .dnet} file or in its editor: reuses the file's
 * configuration or creates one with the network's own settings. The platform asks to save a
 * dirty editor before launching ("save required dirty editors").
 */
public final class TrainingShortcut implements ILaunchShortcut2 {

    @Override
    public void launch(ISelection selection, String mode) {
        IFile file = file(selection);
        if (file != null) {
            launch(file, mode);
        }
    }

    @Override
    public void launch(IEditorPart editor, String mode) {
        IResource file = getLaunchableResource(editor);
        if (file instanceof IFile network) {
            launch(network, mode);
        }
    }

    static void launch(IFile network, String mode) {
        try {
            DebugUITools.launch(configurationFor(network), mode);
        } catch (CoreException e) {
            MessageDialog.openError(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "Dendrite Training", e.getMessage());
        }
    }

    /** The existing configuration for this network, or a new one named after it. */
    public static ILaunchConfiguration configurationFor(IFile network) throws CoreException {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = manager.getLaunchConfigurationType(TrainingAttributes.TYPE_ID);
        String path = network.getFullPath().toString();
        for (ILaunchConfiguration configuration : manager.getLaunchConfigurations(type)) {
            if (path.equals(configuration.getAttribute(TrainingAttributes.NETWORK, ""))) {
                return configuration;
            }
        }
        ILaunchConfigurationWorkingCopy copy = type.newInstance(null,
                manager.generateLaunchConfigurationName(network.getFullPath().removeFileExtension().lastSegment()));
        copy.setAttribute(TrainingAttributes.NETWORK, path);
        copy.setAttribute(TrainingAttributes.HEALTH_EVERY, TrainingAttributes.DEFAULT_HEALTH_EVERY);
        copy.setMappedResources(new IResource[] {network});
        return copy.doSave();
    }

    private static IFile file(ISelection selection) {
        if (selection instanceof IStructuredSelection structured && structured.getFirstElement() != null) {
            Object element = structured.getFirstElement();
            IFile file = element instanceof IFile f ? f : org.eclipse.core.runtime.Adapters.adapt(element, IFile.class);
            return file != null && "dnet".equals(file.getFileExtension()) ? file : null;
        }
        return null;
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
        return file(selection);
    }

    @Override
    public IResource getLaunchableResource(IEditorPart editor) {
        IEditorInput input = editor.getEditorInput();
        return input instanceof IFileEditorInput fileInput && "dnet".equals(fileInput.getFile().getFileExtension()) ? fileInput.getFile() : null;
    }
}
