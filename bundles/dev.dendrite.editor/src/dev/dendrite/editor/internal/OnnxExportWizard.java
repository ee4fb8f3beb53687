package dev.dendrite.editor.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.ide.ResourceUtil;
import org.osgi.framework.FrameworkUtil;

import dev.dendrite.model.io.DnetIO;
import dev.dendrite.model.io.LoadResult;
import dev.dendrite.model.io.AtomicFiles;
import dev.dendrite.onnx.export.ExportResult;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.onnx.importer.OnnxFormatException;
import dev.dendrite.onnx.weights.WeightsFile;

/**
 * File > Export > Dendrite > ONNX Model: a {@code .dnet} network, with its trained weights when
 * {@code NAME.weights.onnx} exists beside it, becomes a standard ONNX model.
 */
public final class OnnxExportWizard extends Wizard implements IExportWizard {

    private IFile initial;
    private Page page;
    private String summary;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        IResource resource = selection == null ? null : ResourceUtil.getResource(selection.getFirstElement());
        initial = resource instanceof IFile f && "dnet".equals(f.getFileExtension()) ? f : null;
        setWindowTitle("Export ONNX Model");
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    /** Fills the page as a user would. */
    public void configure(IFile network, Path target) {
        page.network.setText(network.getFullPath().toString());
        page.target.setText(target.toString());
    }

    /** What the last finish wrote, in one line, or null. */
    public String summary() {
        return summary;
    }

    @Override
    public boolean performFinish() {
        IResource resource = ResourcesPlugin.getWorkspace().getRoot().findMember(page.network.getText().strip());
        if (!(resource instanceof IFile file) || !"dnet".equals(file.getFileExtension())) {
            page.setErrorMessage("Choose a .dnet file in the workspace, not '" + page.network.getText() + "'");
            return false;
        }
        Path target = Path.of(page.target.getText().strip());
        if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
            page.setErrorMessage("The folder " + target.getParent() + " does not exist");
            return false;
        }
        Path location = file.getLocation().toFile().toPath();
        LoadResult loaded = DnetIO.load(location);
        if (!loaded.ok()) {
            page.setErrorMessage(loaded.firstProblem());
            return false;
        }
        Path weights = WeightsFile.companionOf(location);
        String version = FrameworkUtil.getBundle(getClass()).getVersion().toString();
        String[] failure = new String[1];
        try {
            // Lowering a large network and writing its weights take a while: off the UI thread, cancellable before the write.
            getContainer().run(true, true, monitor -> {
                SubMonitor progress = SubMonitor.convert(monitor, "Exporting " + file.getName(), 3);
                try {
                    Weights given = Files.exists(weights) ? WeightsFile.read(weights) : new Weights();
                    progress.split(1).subTask("Lowering to ONNX");
                    ExportResult result = OnnxExporter.export(loaded.network().get(), given, version);
                    progress.split(1).subTask("Writing " + target.getFileName());
                    AtomicFiles.write(target, result.model().toByteArray());
                    summary = "Wrote " + target + ": " + result.model().getGraph().getNodeCount() + " nodes, " + result.parameters()
                            + " parameters (" + (Files.exists(weights) ? "trained weights" : "freshly initialised weights") + ")";
                    for (IFile inWorkspace : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(target.toUri())) {
                        inWorkspace.refreshLocal(IResource.DEPTH_ZERO, progress.split(1));
                    }
                } catch (ExportException | OnnxFormatException | java.io.IOException | CoreException e) {
                    failure[0] = "Could not export " + file.getName() + ": " + e.getMessage();
                } catch (org.eclipse.core.runtime.OperationCanceledException e) {
                    throw new InterruptedException("cancelled");
                }
            });
        } catch (java.lang.reflect.InvocationTargetException e) {
            failure[0] = "Could not export " + file.getName() + ": " + e.getCause();
        } catch (InterruptedException e) {
            return false;
        }
        if (failure[0] != null) {
            page.setErrorMessage(failure[0]);
            return false;
        }
        return true;
    }

    private final class Page extends WizardPage {
        Text network;
        Text target;

        Page() {
            super("onnx-export");
            setTitle("ONNX Model");
            setDescription("Export a network (with its trained weights, if it has some) as a standard ONNX model.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            body.setLayout(new GridLayout(3, false));
            new Label(body, SWT.NONE).setText("Network (.dnet):");
            network = new Text(body, SWT.BORDER);
            network.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            new Label(body, SWT.NONE).setText("Model file:");
            target = new Text(body, SWT.BORDER);
            target.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            Button browse = new Button(body, SWT.PUSH);
            browse.setText("Browse…");
            browse.addListener(SWT.Selection, e -> {
                FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
                dialog.setFilterExtensions(new String[] {"*.onnx"});
                dialog.setOverwrite(true);
                String chosen = dialog.open();
                if (chosen != null) {
                    target.setText(chosen);
                }
            });
            if (initial != null) {
                network.setText(initial.getFullPath().toString());
                target.setText(initial.getLocation().removeFileExtension().addFileExtension("onnx").toOSString());
            }
            setControl(body);
        }
    }
}
