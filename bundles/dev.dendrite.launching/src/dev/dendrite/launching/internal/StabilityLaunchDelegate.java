package dev.dendrite.launching.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;

import dev.dendrite.launching.TrainingArguments;
import dev.dendrite.launching.TrainingAttributes;

/**
 * Runs an instability analysis ({@code dendrite stability}) in the trainer JVM: the parent and every copy are run
 * directories under the analysis folder (in the Runs view as they finish, and the Lottery Lab draws the folder);
 * Terminate stops it cooperatively, and launching it again reads back what finished.
 */
public final class StabilityLaunchDelegate extends LaunchConfigurationDelegate {

    public static final String TYPE_ID = "dev.dendrite.launching.stability";
    public static final String PROCESS_TYPE = "dev.dendrite.stability";
    /** The steps to branch at ("0,1%,5%"), a masks file or lottery run, the test samples of each path: as {@code dendrite stability} takes them. */
    public static final String AT = "dev.dendrite.stability.at";
    public static final String MASKS = "dev.dendrite.stability.masks";
    public static final String SAMPLES = "dev.dendrite.stability.samples";

    /** The steps {@code dendrite stability} branches at without {@code --at}. */
    static final String DEFAULT_AT = "0,1%,5%,20%";

    @Override
    public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor) throws CoreException {
        Map<String, Object> attributes = configuration.getAttributes();
        IFile network = TrainingLaunchDelegate.networkFile(attributes);
        IContainer folder = TrainingLaunchDelegate.runsFolder(attributes, network);
        String name = TrainingArguments.text(attributes, TrainingAttributes.RUN_NAME);
        Path out = folder.getLocation().toFile().toPath().resolve(name == null
                ? "stability-" + network.getFullPath().removeFileExtension().lastSegment() : name);
        List<String> command = TrainingLaunchDelegate.command("stability", network, attributes, "--out", out);
        for (String[] option : new String[][] {{AT, "--at"}, {MASKS, "--masks"}, {SAMPLES, "--samples"}}) {
            String value = TrainingArguments.text(attributes, option[0]);
            if (value != null) {
                command.add(option[1]);
                // A masks path as the workspace shows it (/project/runs/...) is found in the workspace.
                command.add(option[0].equals(MASKS) ? fileSystemPath(value) : value);
            }
        }
        Process process = TrainingLaunchDelegate.exec(command, network.getProject().getLocation().toFile());
        Map<String, String> processAttributes = new HashMap<>();
        processAttributes.put(IProcess.ATTR_PROCESS_TYPE, PROCESS_TYPE);
        processAttributes.put(IProcess.ATTR_CMDLINE, String.join(" ", command));
        processAttributes.put(LotteryLaunchDelegate.PROCESS_EXPERIMENT, out.toString());
        new TrainerProcess(launch, process, "Dendrite instability analysis: " + network.getName() + " → " + out.getFileName(), processAttributes);
        RunFolderRefresh.follow(process, folder, out);
        new LotteryProgressJob("Instability analysis " + out.getFileName(), process, out, totalNetworks(attributes)).schedule();
    }

    /** A path in the workspace (a lottery run's folder as the Project Explorer shows it) on disk; any other path as it is. */
    public static String fileSystemPath(String path) {
        var resource = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().findMember(path);
        return resource != null && resource.getLocation() != null ? resource.getLocation().toOSString() : path;
    }

    /** The parent and two copies per step. */
    static int totalNetworks(Map<String, Object> attributes) {
        String at = TrainingArguments.text(attributes, AT);
        return 1 + 2 * (at == null ? DEFAULT_AT : at).split(",").length;
    }

    @Override
    public boolean buildForLaunch(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) {
        return false;
    }
}
