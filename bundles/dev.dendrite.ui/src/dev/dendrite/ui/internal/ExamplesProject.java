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
