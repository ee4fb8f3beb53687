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
 * Runs a lottery-ticket experiment ({@code dendrite lth}) in the trainer JVM, a launch per round:
 * every network is a run directory under the experiment folder (in the Runs view and the Lottery
 * Lab as they finish), Terminate stops a round cooperatively, and launching the experiment again
 * resumes at the round it was in.
 */
public final class LotteryLaunchDelegate extends LaunchConfigurationDelegate {

    public static final String TYPE_ID = "dev.dendrite.launching.lottery";
    public static final String PROCESS_TYPE = "dev.dendrite.lottery";
    /** Rounds, controls ("reinit,random"), seeds, rates ("dense=0.2,..."), rewind step: as {@code dendrite lth} takes them. */
    public static final String ROUNDS = "dev.dendrite.lth.rounds";
    public static final String CONTROLS = "dev.dendrite.lth.controls";
    public static final String SEEDS = "dev.dendrite.lth.seeds";
    public static final String RATES = "dev.dendrite.lth.rates";
    public static final String REWIND = "dev.dendrite.lth.rewind";
    /** The launched process's attribute holding the experiment folder. */
    public static final String PROCESS_EXPERIMENT = "dev.dendrite.experiment";

    @Override
    public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor) throws CoreException {
        Map<String, Object> attributes = configuration.getAttributes();
        IFile network = TrainingLaunchDelegate.networkFile(attributes);
        IContainer folder = TrainingLaunchDelegate.runsFolder(attributes, network);
        String name = TrainingArguments.text(attributes, TrainingAttributes.RUN_NAME);
        Path out = folder.getLocation().toFile().toPath().resolve(name == null ? "lth-" + network.getFullPath().removeFileExtension().lastSegment() : name);
        launchRound(launch, attributes, network, folder, out, 1, number(attributes, ROUNDS, 5));
    }

    /**
     * Round {@code round} as a process of its own ({@code dendrite lth --rounds round}, which finds the
     * earlier rounds done and trains this one): one entry per round in the Debug and Progress views,
     * each with Terminate and Cancel. When a round ends well the next one starts; a stopped or
     * failed round ends the experiment, and launching it again continues where it stopped.
     */
    private static void launchRound(ILaunch launch, Map<String, Object> attributes, IFile network, IContainer folder, Path out, int round,
            int rounds) throws CoreException {
        // The same JVM, class path and training options as a training, running lth instead of train.
        List<String> command = TrainingLaunchDelegate.command("lth", network, attributes, "--out", out);
        command.add("--rounds");
        command.add(String.valueOf(round));
        for (String[] option : new String[][] {{CONTROLS, "--controls"}, {SEEDS, "--seeds"}, {RATES, "--rate"}, {REWIND, "--rewind"}}) {
            String value = TrainingArguments.text(attributes, option[0]);
            if (value != null) {
                command.add(option[1]);
                command.add(value);
            }
        }
        Process process = TrainingLaunchDelegate.exec(command, network.getProject().getLocation().toFile());
        Map<String, String> processAttributes = new HashMap<>();
        processAttributes.put(IProcess.ATTR_PROCESS_TYPE, PROCESS_TYPE);
        processAttributes.put(IProcess.ATTR_CMDLINE, String.join(" ", command));
        processAttributes.put(PROCESS_EXPERIMENT, out.toString());
        processAttributes.put(PROCESS_ROUND, round + "/" + rounds);
        new TrainerProcess(launch, process, "Dendrite lottery experiment: " + network.getName() + " → " + out.getFileName() + ", round " + round
                + " of " + rounds, processAttributes);
        RunFolderRefresh.follow(process, folder, out);
        new LotteryProgressJob("Lottery experiment " + out.getFileName() + ", round " + round + " of " + rounds, process, out,
                totalNetworks(attributes, round)).schedule();
        if (round < rounds) {
            process.onExit().thenAccept(ended -> {
                if (ended.exitValue() == 0) {
                    try {
                        launchRound(launch, attributes, network, folder, out, round + 1, rounds);
                    } catch (CoreException e) {
                        org.eclipse.core.runtime.ILog.of(LotteryLaunchDelegate.class).log(e.getStatus());
                    }
                }
            });
        }
    }

    /** The launched process's attribute "ROUND/ROUNDS". */
    public static final String PROCESS_ROUND = "dev.dendrite.experiment.round";

    /** Networks trained once {@code rounds} rounds are done: (1 + rounds × (1 + controls)) × seeds. */
    static int totalNetworks(Map<String, Object> attributes, int rounds) {
        String controls = TrainingArguments.text(attributes, CONTROLS);
        int controlCount = controls == null ? 0 : controls.split(",").length;
        return (1 + rounds * (1 + controlCount)) * number(attributes, SEEDS, 1);
    }

    private static int number(Map<String, Object> attributes, String key, int fallback) {
        try {
            String text = TrainingArguments.text(attributes, key);
            return text == null ? fallback : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @Override
    public boolean buildForLaunch(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) {
        return false;
    }
}
