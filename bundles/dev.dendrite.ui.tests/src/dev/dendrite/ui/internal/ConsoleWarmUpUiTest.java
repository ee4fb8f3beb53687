package dev.dendrite.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsoleConstants;
import org.junit.jupiter.api.Test;

import dev.dendrite.launching.ui.internal.ConsoleWarmUp;

/** The start-up preparation of the Console: it runs cleanly and leaves the toolbar's icons decoded for the first launch. */
class ConsoleWarmUpUiTest {

    @Test
    void theWarmUpLeavesTheConsoleToolbarsIconsDecodedAndLogsNothing() {
        List<IStatus> logged = new ArrayList<>();
        ILogListener listener = (status, plugin) -> logged.add(status);
        Platform.addLogListener(listener);
        IStatus result;
        try {
            result = new ConsoleWarmUp().runInUIThread(new NullProgressMonitor());
        } finally {
            Platform.removeLogListener(listener);
        }
        assertTrue(result.isOK(), result.toString());
        assertTrue(ConsoleWarmUp.done());
        // Without a Console page (whose toolbar would hold them too), only the warm-up keeps the icons.
        EditorFixture.hideConsole();
        assertEquals(List.of(), logged.stream().filter(s -> s.getSeverity() >= IStatus.WARNING).toList(), "nothing logged");
        for (ImageDescriptor icon : List.of(DebugUITools.getImageDescriptor("IMG_ELCL_TERMINATE"),
                DebugUITools.getImageDescriptor("IMG_LCL_REMOVE"), ConsolePlugin.getImageDescriptor("IMG_ELCL_PIN"),
                ConsolePlugin.getImageDescriptor(IConsoleConstants.IMG_VIEW_CONSOLE))) {
            assertNotNull(icon, "the platform still registers the console toolbar's icons under these keys");
            assertNotNull(JFaceResources.getResources().find(icon), "held decoded: " + icon);
            assertNotNull(JFaceResources.getResources().find(ImageDescriptor.createWithFlags(icon, org.eclipse.swt.SWT.IMAGE_DISABLE)),
                    "and its disabled look: " + icon);
        }
    }
}
