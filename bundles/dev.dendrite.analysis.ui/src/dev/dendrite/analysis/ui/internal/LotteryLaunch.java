package dev.dendrite.analysis.ui.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PlatformUI;

import dev.dendrite.launching.TrainingAttributes;
import dev.dendrite.launching.internal.LotteryLaunchDelegate;

/** Configures a lottery experiment for the selected (or edited) network in the launch dialog, which runs it. */
final class LotteryLaunch {

    private LotteryLaunch() {
    }

    static void open(Shell shell) {
        IFile network = selectedNetwork();
        try {
            ILaunchConfigurationType type = DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurationType(LotteryLaunchDelegate.TYPE_ID);
            String name = network == null ? "lottery" : "lottery " + network.getFullPath().removeFileExtension().lastSegment();
            ILaunchConfigurationWorkingCopy copy = type.newInstance(null, DebugPlugin.getDefault().getLaunchManager()
                    .generateLaunchConfigurationName(name));
            if (network != null) {
                copy.setAttribute(TrainingAttributes.NETWORK, network.getFullPath().toString());
            }
            copy.setAttribute(LotteryLaunchDelegate.CONTROLS, "reinit,random");
            DebugUITools.openLaunchConfigurationDialog(shell, copy.doSave(), IDebugUIConstants.ID_RUN_LAUNCH_GROUP, null);
        } catch (CoreException e) {
            MessageDialog.openError(shell, "Lottery experiment", e.getMessage());
        }
    }

    private static IFile selectedNetwork() {
        var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null || window.getActivePage() == null) {
            return null;
        }
        var editor = window.getActivePage().getActiveEditor();
        IEditorInput input = editor == null ? null : editor.getEditorInput();
        if (input instanceof IFileEditorInput file && "dnet".equals(file.getFile().getFileExtension())) {
            return file.getFile();
        }
        if (window.getSelectionService().getSelection() instanceof IStructuredSelection selection
                && selection.getFirstElement() instanceof IFile file && "dnet".equals(file.getFileExtension())) {
            return file;
        }
        return null;
    }
}
