package dev.dendrite.launching.ui.internal;

import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
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

/**
 * Run As on one kind of file (by extension) from a selection or an editor: reuses the file's
 * configuration of the launch type or creates one. The platform asks to save a dirty editor
 * before launching ("save required dirty editors").
 */
abstract class FileLaunchShortcut implements ILaunchShortcut2 {

    /** The configuration for a file: found or made. */
    interface Configurations {
        ILaunchConfiguration of(IFile file) throws CoreException;
    }

    private final String extension;
    private final String title;
    private final Configurations configurations;

    FileLaunchShortcut(String extension, String title, Configurations configurations) {
        this.extension = extension;
        this.title = title;
        this.configurations = configurations;
    }

    @Override
    public void launch(ISelection selection, String mode) {
        if (getLaunchableResource(selection) instanceof IFile file) {
            launch(file, mode, title, configurations);
        }
    }

    @Override
    public void launch(IEditorPart editor, String mode) {
        if (getLaunchableResource(editor) instanceof IFile file) {
            launch(file, mode, title, configurations);
        }
    }

    static void launch(IFile file, String mode, String title, Configurations configurations) {
        try {
            DebugUITools.launch(configurations.of(file), mode);
        } catch (CoreException e) {
            MessageDialog.openError(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), title, e.getMessage());
        }
    }

    /**
     * The configuration of {@code typeId} whose {@code attribute} names the file, or a new one named
     * after it, with the file in {@code attribute} and {@code defaults} applied.
     */
    static ILaunchConfiguration configurationFor(String typeId, String attribute, IFile file, Consumer<ILaunchConfigurationWorkingCopy> defaults)
            throws CoreException {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = manager.getLaunchConfigurationType(typeId);
        String path = file.getFullPath().toString();
        for (ILaunchConfiguration configuration : manager.getLaunchConfigurations(type)) {
            if (path.equals(configuration.getAttribute(attribute, ""))) {
                return configuration;
            }
        }
        ILaunchConfigurationWorkingCopy copy = type.newInstance(null, manager.generateLaunchConfigurationName(
                file.getFullPath().removeFileExtension().lastSegment()));
        copy.setAttribute(attribute, path);
        defaults.accept(copy);
        copy.setMappedResources(new IResource[] {file});
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
            IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
            return file != null && extension.equals(file.getFileExtension()) ? file : null;
        }
        return null;
    }

    @Override
    public IResource getLaunchableResource(IEditorPart editor) {
        return editor.getEditorInput() instanceof IFileEditorInput input && extension.equals(input.getFile().getFileExtension())
                ? input.getFile() : null;
    }
}
