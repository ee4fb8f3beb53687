package dev.dendrite.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** Starts the workbench with Dendrite in it, opens the Dendrite perspective and the runtime view. */
class DendriteWorkbenchUiTest {

    @Test
    void dendritePerspectiveOpensWithAWorkingRuntimeView() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "the workbench has a window");
        Shell shell = window.getShell();
        shell.setBounds(0, 0, 1280, 800);
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(DendritePerspective.ID, window);
        assertEquals(DendritePerspective.ID, page.getPerspective().getId());

        IViewPart view = page.showView(RuntimePart.ID);
        assertNotNull(view);
        Display display = shell.getDisplay();
        RuntimeComposite runtime = find(shell);
        assertNotNull(runtime, "the Dendrite Runtime view shows its table");
        boolean finished = UiWait.until(display, 120_000, () -> !runtime.valueOf(RuntimeComposite.Row.CPU)
                .equals("checking...") && !runtime.valueOf(RuntimeComposite.Row.CUDA).equals("checking..."));
        assertTrue(finished, "the runtime checks finish");

        assertEquals("passed: y = x*x + x on [1, 2, 3] gave [2, 6, 12]", runtime.valueOf(RuntimeComposite.Row.CPU));
        assertTrue(runtime.valueOf(RuntimeComposite.Row.ORT).startsWith("1.29"), runtime.valueOf(RuntimeComposite.Row.ORT));
        assertTrue(runtime.valueOf(RuntimeComposite.Row.PROVIDERS).contains("CPU"));
        // The test run unpacks ONNX Runtime's natives into the build folder (the root pom's argLine), and the view says so.
        assertTrue(runtime.valueOf(RuntimeComposite.Row.ORT).endsWith(", CPU natives of the ONNX Runtime jar, unpacked once ("
                + System.getProperty("onnxruntime.native.path") + ")"), runtime.valueOf(RuntimeComposite.Row.ORT));
        assertTrue(System.getProperty("onnxruntime.native.path").startsWith(System.getProperty("dendrite.nativeCache")));
        int block = dev.dendrite.runtime.ConvolutionBlocks.size();
        assertEquals(block > 0 ? "in use: fed kernels with channels in multiples of " + block + " run in ONNX Runtime's NCHWc kernels"
                : "not used on this machine: convolutions run as plain Conv", runtime.valueOf(RuntimeComposite.Row.BLOCKED));
        assertTrue(runtime.valueOf(RuntimeComposite.Row.CUDA).startsWith("CUDA requested, but")
                || runtime.valueOf(RuntimeComposite.Row.CUDA).startsWith("passed"), runtime.valueOf(RuntimeComposite.Row.CUDA));

        // The launching bundle's views join the Problems view's stack (a wrong view id there had left them elsewhere and
        // logged "Referenced part does not exist yet" at every start).
        page.resetPerspective();
        IViewPart problems = page.showView(org.eclipse.ui.IPageLayout.ID_PROBLEM_VIEW);
        for (String id : new String[] {"dev.dendrite.launching.ui.runs", "dev.dendrite.launching.ui.monitor"}) {
            IViewPart joined = page.showView(id);
            assertTrue(java.util.Arrays.asList(page.getViewStack(joined)).contains(problems), id + " is stacked with the Problems view");
        }
        page.showView(RuntimePart.ID);
        UiWait.flush(display);

        Path shot = Screenshots.save(shell, "workbench-dendrite-perspective");
        assertTrue(Files.size(shot) > 10_000, "a real screenshot was written: " + shot);
    }

    private static RuntimeComposite find(Control control) {
        if (control instanceof RuntimeComposite runtime) {
            return runtime;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                RuntimeComposite found = find(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
