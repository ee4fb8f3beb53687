package dev.dendrite.launching.internal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;
import org.osgi.framework.FrameworkUtil;

import dev.dendrite.launching.TrainingArguments;
import dev.dendrite.launching.TrainingAttributes;
import dev.dendrite.model.io.DnetIO;
import dev.dendrite.model.io.LoadResult;
import dev.dendrite.runtime.CudaNatives;
import dev.dendrite.runtime.HugePages;

/**
 * Starts the headless trainer ({@code dendrite train}) in its own JVM for a "Dendrite Training"
 * configuration: a native crash never takes the IDE down, and the IDE never competes with a run
 * that spins two cores. The class path goes in an argument file (ONNX Runtime crashes at start-up
 * on command lines over about 4 KB); the run directory is in the workspace and refreshed while
 * the run writes it.
 */
public final class TrainingLaunchDelegate extends LaunchConfigurationDelegate {

    public static final String PROCESS_TYPE = "dev.dendrite.trainer";

    @Override
    public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Starting the Dendrite trainer", 3);
        Map<String, Object> attributes = configuration.getAttributes();
        IFile network = checkedNetwork(attributes);
        progress.worked(1);
        IContainer runs = runsFolder(attributes, network);
        String name = TrainingArguments.text(attributes, TrainingAttributes.RUN_NAME);
        if (name == null) {
            name = network.getFullPath().removeFileExtension().lastSegment() + "-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        }
        Path runDirectory = runs.getLocation().toFile().toPath().resolve(name);
        List<String> command = command(network, attributes, runDirectory);
        progress.worked(1);
        Process process = exec(command, network.getProject().getLocation().toFile());
        Map<String, String> processAttributes = new HashMap<>();
        processAttributes.put(IProcess.ATTR_PROCESS_TYPE, PROCESS_TYPE);
        processAttributes.put(IProcess.ATTR_CMDLINE, String.join(" ", command));
        processAttributes.put(TrainingAttributes.PROCESS_RUN_DIRECTORY, runDirectory.toString());
        new TrainerProcess(launch, process, "Dendrite trainer: " + network.getName() + " → " + name, processAttributes);
        RunFolderRefresh.follow(process, runs, runDirectory);
        new TrainingProgressJob("Training " + network.getName() + " (" + name + ")", process, runDirectory).schedule();
        progress.worked(1);
    }

    /**
     * Starts a trainer JVM in {@code directory} with the workbench's environment and malloc asking for
     * huge pages ({@link HugePages}: ONNX Runtime's large tensors run faster on them).
     */
    static Process exec(List<String> command, File directory) throws CoreException {
        String[] environment = HugePages.trainerEnvironment(System.getenv()).entrySet().stream()
                .map(variable -> variable.getKey() + "=" + variable.getValue()).toArray(String[]::new);
        return DebugPlugin.exec(command.toArray(String[]::new), directory, environment);
    }

    /** The trainer's command line: java, JVM options, the argument file with the class path, the main class, the options. */
    static List<String> command(IFile network, Map<String, Object> attributes, Path runDirectory) throws CoreException {
        return command("train", network, attributes, "--run-dir", runDirectory);
    }

    /**
     * A trainer JVM running one {@code dendrite} sub-command on the network with the configuration's
     * training options, writing to {@code output} given as {@code outputOption}.
     */
    static List<String> command(String subcommand, IFile network, Map<String, Object> attributes, String outputOption, Path output)
            throws CoreException {
        List<String> command = trainerJvm(List.of());
        command.add(subcommand);
        command.add(network.getLocation().toOSString());
        command.addAll(TrainingArguments.options(attributes));
        command.add(outputOption);
        command.add(output.toString());
        return command;
    }

    /**
     * A trainer JVM up to its main class: java, JVM options, the argument file with the class path
     * (with {@code extraEntries} after the trainer's own), the main class; the sub-command follows.
     */
    static List<String> trainerJvm(List<String> extraEntries) throws CoreException {
        List<String> command = new ArrayList<>();
        // The trainer keeps every core busy: at a lower scheduling priority it yields them to the workbench's
        // UI thread whenever that has work (nice execs the JVM, so the process is the trainer itself).
        lowPriority().ifPresent(nice -> command.addAll(List.of(nice, "-n", "10")));
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--enable-native-access=ALL-UNNAMED");
        if (Runtime.version().feature() >= 23) {
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        // As ./dendrite starts trainers: a serial collector and a heap that gives memory back.
        command.addAll(List.of("-XX:+UseSerialGC", "-Xmn24m", "-XX:MaxHeapFreeRatio=20", "-XX:MinHeapFreeRatio=10"));
        // A natives cache chosen for the workbench (NativeCache) is the trainer's too.
        String nativeCache = System.getProperty(CudaNatives.NATIVE_CACHE_PROPERTY);
        if (nativeCache != null && !nativeCache.isBlank()) {
            command.add("-D" + CudaNatives.NATIVE_CACHE_PROPERTY + "=" + nativeCache);
        }
        command.add("@" + argumentFile(extraEntries));
        command.add(TrainerClasspath.MAIN_CLASS);
        return command;
    }

    /** The Unix {@code nice} command where there is one (not on Windows). */
    static java.util.Optional<String> lowPriority() {
        if (File.separatorChar != '/') {
            return java.util.Optional.empty();
        }
        for (String candidate : List.of("/usr/bin/nice", "/bin/nice")) {
            if (new File(candidate).canExecute()) {
                return java.util.Optional.of(candidate);
            }
        }
        return java.util.Optional.empty();
    }

    private static String argumentFile(List<String> extraEntries) throws CoreException {
        try {
            List<String> entries = new ArrayList<>(TrainerClasspath.entries().stream().map(File::getAbsolutePath).toList());
            entries.addAll(extraEntries);
            String classpath = String.join(File.pathSeparator, entries);
            Path state = Platform.getStateLocation(FrameworkUtil.getBundle(TrainingLaunchDelegate.class)).toFile().toPath();
            Path file = state.resolve("trainer-" + Integer.toHexString(classpath.hashCode()) + ".args");
            if (!Files.exists(file)) {
                Files.createDirectories(state);
                dev.dendrite.model.io.AtomicFiles.write(file, ("-cp\n\"" + classpath.replace("\\", "\\\\") + "\"\n").getBytes(StandardCharsets.UTF_8));
            }
            return file.toString();
        } catch (IOException | IllegalStateException e) {
            throw error("cannot prepare the trainer's class path: " + e.getMessage());
        }
    }

    /** The configuration's network file, once it loads and the settings pass the command line's checks. */
    static IFile checkedNetwork(Map<String, Object> attributes) throws CoreException {
        IFile network = networkFile(attributes);
        LoadResult loaded = DnetIO.load(network.getLocation().toFile().toPath());
        if (!loaded.ok()) {
            throw error(loaded.firstProblem());
        }
        var problem = TrainingArguments.problem(attributes, loaded.network().get());
        if (problem.isPresent()) {
            throw error(problem.get());
        }
        return network;
    }

    static IFile networkFile(Map<String, Object> attributes) throws CoreException {
        String path = TrainingArguments.text(attributes, TrainingAttributes.NETWORK);
        if (path == null) {
            throw error("choose the network (.dnet file) to train");
        }
        IResource resource = ResourcesPlugin.getWorkspace().getRoot().findMember(path);
        if (!(resource instanceof IFile file) || !file.exists() || !"dnet".equals(file.getFileExtension())) {
            throw error("the network " + path + " is not a .dnet file in the workspace");
        }
        return file;
    }

    static IContainer runsFolder(Map<String, Object> attributes, IFile network) throws CoreException {
        String path = TrainingArguments.text(attributes, TrainingAttributes.RUNS_FOLDER);
        org.eclipse.core.runtime.IPath workspacePath = path == null ? null : new org.eclipse.core.runtime.Path(path);
        IContainer folder = workspacePath == null ? network.getProject().getFolder("runs")
                : workspacePath.segmentCount() == 1 ? ResourcesPlugin.getWorkspace().getRoot().getProject(workspacePath.segment(0))
                : ResourcesPlugin.getWorkspace().getRoot().getFolder(workspacePath);
        if (!folder.getProject().isAccessible()) {
            throw error("the project of the runs folder " + folder.getFullPath() + " is not open");
        }
        if (!folder.exists() && folder instanceof org.eclipse.core.resources.IFolder created) {
            created.create(true, true, null);
        }
        return folder;
    }

    static CoreException error(String message) {
        return new CoreException(Status.error(message));
    }

    @Override
    public boolean buildForLaunch(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) {
        return false;
    }

    /** Problems found before launching become the launch's error, with the command line's words. */
    @Override
    public boolean preLaunchCheck(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) throws CoreException {
        checkedNetwork(configuration.getAttributes());
        return super.preLaunchCheck(configuration, mode, monitor);
    }
}
