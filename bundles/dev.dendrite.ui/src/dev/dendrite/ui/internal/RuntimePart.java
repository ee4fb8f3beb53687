package dev.dendrite.ui.internal;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.widgets.Composite;

import dev.dendrite.runtime.ConvolutionBlocks;
import dev.dendrite.runtime.Device;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSelfCheck;
import dev.dendrite.runtime.RuntimeSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * The Dendrite Runtime view: which ONNX Runtime the workbench loaded, its execution providers and
 * whether CPU and CUDA execution work here. The checks run in a cancellable job, never on the UI thread.
 */
public final class RuntimePart {

    public static final String ID = "dev.dendrite.ui.views.runtime";

    private RuntimeComposite composite;
    private Job checkJob;

    @PostConstruct
    public void createControls(Composite parent) {
        composite = new RuntimeComposite(parent, this::runChecks);
        runChecks();
    }

    /** Starts the checks; the result rows fill in as each finishes. */
    void runChecks() {
        if (checkJob != null) {
            checkJob.cancel();
        }
        composite.showPending();
        checkJob = Job.create("Checking ONNX Runtime", monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, 3);
            OnnxRuntime.RuntimeInfo info = OnnxRuntime.info();
            // Where the natives came from shares the version's row: one more row would push the last out of the bottom stack.
            composite.showAsync(RuntimeComposite.Row.ORT, info.version() + ", " + info.natives());
            composite.showAsync(RuntimeComposite.Row.PROVIDERS, String.join(", ", info.providers()));
            progress.worked(1);
            RuntimeSelfCheck.Result cpu = RuntimeSelfCheck.run(RuntimeSettings.forIde());
            composite.showAsync(RuntimeComposite.Row.CPU, (cpu.passed() ? "passed: " : "FAILED: ") + cpu.detail());
            int block = ConvolutionBlocks.size();
            composite.showAsync(RuntimeComposite.Row.BLOCKED, block > 0
                    ? "in use: fed kernels with channels in multiples of " + block + " run in ONNX Runtime's NCHWc kernels"
                    : "not used on this machine: convolutions run as plain Conv");
            progress.split(1);
            RuntimeSelfCheck.Result cuda = RuntimeSelfCheck.run(RuntimeSettings.forIde().withDevice(Device.CUDA));
            composite.showAsync(RuntimeComposite.Row.CUDA, cuda.fallbackReason() != null ? cuda.fallbackReason()
                    : (cuda.passed() ? "passed: " : "FAILED: ") + cuda.detail());
            progress.split(1);
            return cpu.passed() ? Status.OK_STATUS
                    : Status.error("ONNX Runtime self-check failed: " + cpu.detail());
        });
        checkJob.setSystem(false);
        checkJob.schedule();
    }

    @Focus
    public void setFocus() {
        composite.setFocus();
    }

    @PreDestroy
    public void dispose() {
        if (checkJob != null) {
            checkJob.cancel();
        }
    }
}
