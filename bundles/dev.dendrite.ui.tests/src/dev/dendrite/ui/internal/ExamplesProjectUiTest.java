package dev.dendrite.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;

import dev.dendrite.model.io.DnetIO;
import dev.dendrite.model.templates.TemplateLibrary;

/** The examples project the launcher asks for: every template, valid, and never overwritten. */
class ExamplesProjectUiTest {

    @Test
    void examplesProjectHoldsEveryTemplateAndKeepsUserChanges() throws Exception {
        IProject project = ExamplesProject.ensure(new NullProgressMonitor());
        List<IFile> files = new ArrayList<>();
        project.accept(resource -> {
            if (resource.getType() == IResource.FILE && "dnet".equals(resource.getFileExtension())) {
                files.add((IFile) resource);
            }
            return true;
        });
        assertEquals(TemplateLibrary.all().size(), files.size());
        IFile lenet = project.getFile("cnn/lenet-5.dnet");
        assertTrue(lenet.exists());
        assertTrue(DnetIO.load(lenet.getLocation().toFile().toPath()).ok());

        lenet.setContents(new ByteArrayInputStream("edited by the user".getBytes(StandardCharsets.UTF_8)), true, false, null);
        ExamplesProject.ensure(new NullProgressMonitor());
        assertEquals("edited by the user", new String(lenet.getContents().readAllBytes(), StandardCharsets.UTF_8));
        var original = TemplateLibrary.find("lenet-5").orElseThrow().create();
        dev.dendrite.layout.NetworkLayout.applyAll(original);
        lenet.setContents(new ByteArrayInputStream(DnetIO.toText(original).getBytes(StandardCharsets.UTF_8)), true, false, null);

        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        CommonNavigator explorer = (CommonNavigator) page.showView("org.eclipse.ui.navigator.ProjectExplorer");
        explorer.getCommonViewer().expandToLevel(project, 2);
        var shell = page.getWorkbenchWindow().getShell();
        UiWait.flush(shell.getDisplay());
        Screenshots.save(shell, "workbench-examples-project");
    }
}
