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

/** Configures a lottery experiment or an instability analysis for the selected (or edited) network in the launch dialog, which runs it. */
final class LotteryLaunch {

    private LotteryLaunch() {
    }

    static void open(Shell shell) {
        open(shell, LotteryLaunchDelegate.TYPE_ID, "lottery", java.util.Map.of(LotteryLaunchDelegate.CONTROLS, "reinit,random"), "Lottery experiment");
    }

    /** An instability analysis of the selected (or edited) network, configured in the launch dialog. */
    static void openStability(Shell shell) {
        open(shell, dev.dendrite.launching.internal.StabilityLaunchDelegate.TYPE_ID, "stability", java.util.Map.of(), "Instability analysis");
    }

    private static void open(Shell shell, String typeId, String baseName, java.util.Map<String, String> defaults, String title) {
        IFile network = selectedNetwork();
        try {
            ILaunchConfigurationType type = DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurationType(typeId);
            String name = network == null ? baseName : baseName + " " + network.getFullPath().removeFileExtension().lastSegment();
            ILaunchConfigurationWorkingCopy copy = type.newInstance(null, DebugPlugin.getDefault().getLaunchManager()
                    .generateLaunchConfigurationName(name));
            if (network != null) {
                copy.setAttribute(TrainingAttributes.NETWORK, network.getFullPath().toString());
            }
            defaults.forEach(copy::setAttribute);
            DebugUITools.openLaunchConfigurationDialog(shell, copy.doSave(), IDebugUIConstants.ID_RUN_LAUNCH_GROUP, null);
        } catch (CoreException e) {
            MessageDialog.openError(shell, title, e.getMessage());
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
