package dev.dendrite.launching.internal;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;

import dev.dendrite.analysis.experiment.Sweep;
import dev.dendrite.launching.TrainingArguments;
import dev.dendrite.launching.TrainingAttributes;

/**
 * Runs a sweep file ({@code dendrite sweep}) in a trainer JVM, in that process or on Apache Spark:
 * each run is a run directory under the experiment folder, in the Runs view as it arrives whichever
 * engine trained it; Terminate (or Cancel in the Progress view) stops the experiment as a whole, and
 * launching it again trains only what is left, continuing stopped runs from their checkpoints.
 */
public final class SweepLaunchDelegate extends LaunchConfigurationDelegate {

    public static final String TYPE_ID = "dev.dendrite.launching.sweep";
    public static final String PROCESS_TYPE = "dev.dendrite.sweep";
    /** Workspace path of the sweep file (JSON: network, settings, grid or runs, seeds). */
    public static final String SWEEP = "dev.dendrite.sweep.file";
    /** "local" (default) or "spark". */
    public static final String ENGINE = "dev.dendrite.sweep.engine";
    /** A Spark master URL (default: embedded local[*]). */
    public static final String MASTER = "dev.dendrite.sweep.master";
    /**
     * A folder with the Spark engine ({@code dendrite-spark.jar}) and Spark's jars ({@code lib/}), as
     * the build makes them in {@code releng/dev.dendrite.spark/target}: Spark is not part of the IDE.
     */
    public static final String SPARK_FOLDER = "dev.dendrite.sweep.sparkFolder";
    /** The launched process's attribute holding the experiment folder. */
    public static final String PROCESS_EXPERIMENT = LotteryLaunchDelegate.PROCESS_EXPERIMENT;

    /** The module openings Spark needs on Java 17 and later (as ./dendrite gives them). */
    static final List<String> SPARK_OPENINGS = List.of("java.lang", "java.lang.invoke", "java.nio", "java.util", "java.util.concurrent",
            "sun.nio.ch", "sun.util.calendar");

    @Override
    public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor) throws CoreException {
        Map<String, Object> attributes = configuration.getAttributes();
        IFile file = sweepFile(attributes);
        Sweep sweep = checked(file);
        IContainer folder = TrainingLaunchDelegate.runsFolder(attributes, file);
        String name = TrainingArguments.text(attributes, TrainingAttributes.RUN_NAME);
        Path out = folder.getLocation().toFile().toPath().resolve(name == null ? sweep.name() : name);
        List<String> command = command(file, attributes, out);
        Process process = TrainingLaunchDelegate.exec(command, file.getParent().getLocation().toFile());
        Map<String, String> processAttributes = new HashMap<>();
        processAttributes.put(IProcess.ATTR_PROCESS_TYPE, PROCESS_TYPE);
        processAttributes.put(IProcess.ATTR_CMDLINE, String.join(" ", command));
        processAttributes.put(PROCESS_EXPERIMENT, out.toString());
        new TrainerProcess(launch, process, "Dendrite sweep: " + file.getName() + " → " + out.getFileName() + " (" + engine(attributes) + ")",
                processAttributes);
        RunFolderRefresh.follow(process, folder, out);
        new SweepProgressJob("Sweep " + out.getFileName(), process, out, sweep).schedule();
    }

    /** The command a configuration runs (tests, and what the Debug view shows). */
    public static List<String> commandFor(ILaunchConfiguration configuration, Path out) throws CoreException {
        Map<String, Object> attributes = configuration.getAttributes();
        return command(sweepFile(attributes), attributes, out);
    }

    /** The trainer JVM running {@code dendrite sweep} on the file into {@code out}, with the Spark engine's jars when it runs there. */
    static List<String> command(IFile file, Map<String, Object> attributes, Path out) throws CoreException {
        boolean spark = engine(attributes).equals("spark");
        List<String> extra = new ArrayList<>();
        if (spark) {
            Path engineFolder = sparkFolder(attributes);
            extra.add(engineFolder.resolve("dendrite-spark.jar").toString());
            extra.add(engineFolder.resolve("lib").resolve("*").toString());
        }
        List<String> command = TrainingLaunchDelegate.trainerJvm(extra);
        if (spark) {
            int at = command.indexOf(TrainerClasspath.MAIN_CLASS);
            for (String opening : SPARK_OPENINGS) {
                command.add(at++, "--add-opens=java.base/" + opening + "=ALL-UNNAMED");
            }
        }
        command.addAll(List.of("sweep", file.getLocation().toOSString(), "--runs-dir", out.toString(), "--engine", engine(attributes)));
        String master = TrainingArguments.text(attributes, MASTER);
        if (spark && master != null) {
            command.addAll(List.of("--master", master));
        }
        return command;
    }

    static String engine(Map<String, Object> attributes) throws CoreException {
        String engine = TrainingArguments.text(attributes, ENGINE);
        if (engine == null || engine.equals("local") || engine.equals("spark")) {
            return engine == null ? "local" : engine;
        }
        throw TrainingLaunchDelegate.error("unknown engine '" + engine + "': use local or spark");
    }

    /** The configured Spark engine folder, once it holds the engine and Spark's jars. */
    static Path sparkFolder(Map<String, Object> attributes) throws CoreException {
        String text = TrainingArguments.text(attributes, SPARK_FOLDER);
        if (text == null) {
            throw TrainingLaunchDelegate.error("running on Spark needs the Spark engine folder (dendrite-spark.jar and lib/, built by ./mvnw "
                    + "verify in releng/dev.dendrite.spark/target): Spark is not part of the workbench");
        }
        Path folder = Path.of(text);
        if (!Files.isRegularFile(folder.resolve("dendrite-spark.jar")) || !Files.isDirectory(folder.resolve("lib"))) {
            throw TrainingLaunchDelegate.error("the Spark engine folder " + folder + " has no dendrite-spark.jar and lib/ folder");
        }
        return folder;
    }

    static IFile sweepFile(Map<String, Object> attributes) throws CoreException {
        String path = TrainingArguments.text(attributes, SWEEP);
        if (path == null) {
            throw TrainingLaunchDelegate.error("choose the sweep file (.json) to run");
        }
        IResource resource = ResourcesPlugin.getWorkspace().getRoot().findMember(path);
        if (!(resource instanceof IFile file) || !file.exists()) {
            throw TrainingLaunchDelegate.error("the sweep file " + path + " is not a file in the workspace");
        }
        return file;
    }

    /** The sweep, once its file reads and its network loads with every run's settings valid (what the command checks first). */
    static Sweep checked(IFile file) throws CoreException {
        try {
            Sweep sweep = Sweep.read(file.getLocation().toFile().toPath());
            dev.dendrite.analysis.experiment.SequentialExecutor.validate(sweep);
            return sweep;
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw TrainingLaunchDelegate.error(e.getMessage());
        }
    }

    @Override
    public boolean buildForLaunch(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) {
        return false;
    }

    /** A sweep configuration's first problem, as launching it would report it, or null (the launch dialog's check). */
    public static String problem(Map<String, Object> attributes) {
        try {
            check(attributes);
            return null;
        } catch (CoreException e) {
            return e.getMessage();
        }
    }

    /** What the launch checks before it starts: the sweep file and its runs, and on Spark the engine folder. */
    private static void check(Map<String, Object> attributes) throws CoreException {
        checked(sweepFile(attributes));
        if (engine(attributes).equals("spark")) {
            sparkFolder(attributes);
        }
    }

    @Override
    public boolean preLaunchCheck(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) throws CoreException {
        check(configuration.getAttributes());
        return super.preLaunchCheck(configuration, mode, monitor);
    }
}
