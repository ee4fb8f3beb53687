package dev.dendrite.editor.internal;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
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
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.ide.ResourceUtil;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import dev.dendrite.onnx.importer.ImportVerifier;
import dev.dendrite.onnx.importer.OnnxFormatException;
import dev.dendrite.onnx.weights.WeightsFile;

/**
 * File > Import > Dendrite > ONNX Model: an {@code .onnx} file becomes {@code NAME.dnet} and
 * {@code NAME.weights.onnx} in a workspace folder, opened in the editor; optionally with a Loss
 * layer on its output and its training data, ready to train (as {@code dendrite import --loss
 * --data}), and verified first (as {@code --verify}, where an {@link ImportVerifier} service is
 * registered): an import that computes something else, or cannot be checked, is named on the page
 * and nothing is written. A model whose operators Dendrite cannot express is refused with their
 * list, and nothing is written.
 */
public final class OnnxImportWizard extends Wizard implements IImportWizard {

    private IWorkbench workbench;
    private IContainer initialFolder;
    private Page page;
    private IFile created;
    private String verdict;

    @Override
    public void init(IWorkbench bench, IStructuredSelection selection) {
        this.workbench = bench;
        IResource resource = selection == null ? null : ResourceUtil.getResource(selection.getFirstElement());
        initialFolder = resource instanceof IContainer c ? c : resource != null ? resource.getParent() : null;
        setWindowTitle("Import ONNX Model");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    /** Fills the page as a user would (for tests and for callers with a file at hand). */
    public void configure(Path model, IContainer folder, String name, boolean mapOperators) {
        page.model.setText(model.toString());
        page.folder.setText(folder.getFullPath().toString());
        page.name.setText(name);
        page.mapOperators.setSelection(mapOperators);
    }

    /** As above, with a Loss layer (a name {@link dev.dendrite.model.LossHead#kind} reads, or "none") and training data. */
    public void configure(Path model, IContainer folder, String name, boolean mapOperators, String loss, String data) {
        configure(model, folder, name, mapOperators);
        page.loss.setText(loss);
        page.data.setText(data);
    }

    /** As above, with the import checked against the model first. */
    public void configure(Path model, IContainer folder, String name, boolean mapOperators, boolean verify) {
        configure(model, folder, name, mapOperators);
        page.verify.setSelection(verify && page.verify.isEnabled());
    }

    /** Whether the Verify option is offered: an {@link ImportVerifier} service is registered (tests). */
    public boolean canVerify() {
        return page.verify.isEnabled();
    }

    /** The last check's line ("verified: on ... the largest difference ..."), or null. */
    public String verdict() {
        return verdict;
    }

    /** The page's error message (tests). */
    public String errorMessage() {
        return page.getErrorMessage();
    }

    /** The {@code .dnet} file the last finish created, or null. */
    public IFile created() {
        return created;
    }

    @Override
    public boolean performFinish() {
        Path model = Path.of(page.model.getText().strip());
        IResource folderResource = ResourcesPlugin.getWorkspace().getRoot().findMember(page.folder.getText().strip());
        String name = page.name.getText().strip().replaceAll("\\.dnet$", "");
        if (!Files.isRegularFile(model)) {
            page.setErrorMessage(model + " does not exist");
            return false;
        }
        if (!(folderResource instanceof IContainer folder) || !folder.isAccessible()) {
            page.setErrorMessage("Choose an open project or folder in the workspace, not '" + page.folder.getText() + "'");
            return false;
        }
        if (name.isEmpty()) {
            page.setErrorMessage("Give the network a name");
            return false;
        }
        IFile dnet = folder.getFile(new org.eclipse.core.runtime.Path(name + ".dnet"));
        Path target = dnet.getLocation().toFile().toPath();
        if (dnet.exists() || Files.exists(WeightsFile.companionOf(target))) {
            page.setErrorMessage(dnet.getFullPath() + " or its weights file already exists: choose another name");
            return false;
        }
        boolean map = page.mapOperators.getSelection();
        dev.dendrite.model.network.LossKind loss = dev.dendrite.model.LossHead.kind(page.loss.getText());
        String data = page.data.getText().strip();
        ImportVerifier verifier = page.verify.getSelection() ? verifier() : null;
        verdict = null;
        String[] failure = new String[1];
        try {
            // Off the UI thread, cancellable between steps; nothing is written until the network is laid out.
            getContainer().run(true, true, monitor -> {
                SubMonitor progress = SubMonitor.convert(monitor, "Importing " + model.getFileName(), 5);
                try {
                    progress.subTask("Reading the model");
                    var proto = dev.dendrite.onnx.importer.OnnxImporter.model(model);
                    var result = dev.dendrite.onnx.importer.OnnxImporter.read(proto, model.getFileName().toString(), map);
                    if (verifier != null) {
                        progress.split(1).subTask("Running the model and the import on the same inputs");
                        ImportVerifier.Verdict checked = verifier.verify(proto, result, model.getFileName().toString());
                        verdict = checked.summary();
                        if (!checked.same()) {
                            failure[0] = (checked.checked() ? "The import computes something else: " : "The import could not be checked: ")
                                    + checked.summary() + ". Nothing was written; untick Verify to import it as it is.";
                            return;
                        }
                    }
                    dev.dendrite.model.LossHead.makeTrainable(result.network(), loss, data);
                    progress.split(1).subTask("Laying out " + result.network().getLayers().size() + " layers");
                    dev.dendrite.layout.NetworkLayout.applyAll(result.network());
                    progress.split(1).subTask("Writing " + dnet.getName());
                    dev.dendrite.model.io.DnetIO.save(result.network(), target);
                    WeightsFile.write(result.weights(), WeightsFile.companionOf(target));
                    progress.worked(1);
                    folder.refreshLocal(IResource.DEPTH_ONE, progress.split(1));
                } catch (OnnxFormatException e) {
                    failure[0] = e.getMessage();
                } catch (IllegalArgumentException e) {
                    failure[0] = "Cannot add the Loss layer: " + e.getMessage();
                } catch (java.io.IOException | CoreException e) {
                    failure[0] = "Could not import " + model.getFileName() + ": " + e.getMessage();
                } catch (org.eclipse.core.runtime.OperationCanceledException e) {
                    throw new InterruptedException("cancelled");
                }
            });
        } catch (InvocationTargetException e) {
            failure[0] = "Could not import " + model.getFileName() + ": " + e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (failure[0] != null) {
            page.setErrorMessage(failure[0]);
            return false;
        }
        created = dnet;
        try {
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), dnet, NetworkEditor.ID);
        } catch (PartInitException e) {
            page.setErrorMessage("Imported " + dnet.getFullPath() + " but could not open it: " + e.getMessage());
        }
        return true;
    }

    /** The registered import verifier, or null (the analysis bundle absent). */
    private static ImportVerifier verifier() {
        var bundle = org.osgi.framework.FrameworkUtil.getBundle(OnnxImportWizard.class);
        var context = bundle == null ? null : bundle.getBundleContext();
        var reference = context == null ? null : context.getServiceReference(ImportVerifier.class);
        return reference == null ? null : context.getService(reference);
    }

    private final class Page extends WizardPage {
        Text model;
        Text folder;
        Text name;
        Button mapOperators;
        Button verify;
        org.eclipse.swt.widgets.Combo loss;
        Text data;
        private String lastSuggested = "";

        Page() {
            super("onnx-import");
            setTitle("ONNX Model");
            setDescription("Import a model as a Dendrite network with its weights.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            body.setLayout(new GridLayout(3, false));
            model = row(body, "Model (.onnx):");
            Button browse = new Button(body, SWT.PUSH);
            browse.setText("Browse…");
            browse.addListener(SWT.Selection, e -> {
                FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
                dialog.setFilterExtensions(new String[] {"*.onnx", "*"});
                String chosen = dialog.open();
                if (chosen != null) {
                    model.setText(chosen);
                }
            });
            folder = row(body, "Into folder:");
            new Label(body, SWT.NONE);
            name = row(body, "Network name:");
            new Label(body, SWT.NONE);
            mapOperators = new Button(body, SWT.CHECK);
            mapOperators.setText("Map the operators even when the model carries a Dendrite network");
            mapOperators.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
            verify = new Button(body, SWT.CHECK);
            verify.setText("Verify: run the model and the import on the same random inputs before writing anything");
            verify.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
            verify.setEnabled(verifier() != null);
            verify.setSelection(verify.isEnabled());
            verify.setToolTipText(verify.isEnabled() ? "As dendrite import --verify: every output compared, within 1e-4 of the largest"
                    : "Needs Dendrite's analysis bundle, which runs both in ONNX Runtime");
            // A model file has inference semantics: a Loss layer and data make the imported network trainable as it is.
            new Label(body, SWT.NONE).setText("Loss layer:");
            loss = new org.eclipse.swt.widgets.Combo(body, SWT.READ_ONLY);
            loss.setItems("none", "cross-entropy", "mse", "binary-cross-entropy", "reconstruction");
            loss.select(0);
            loss.setToolTipText("Added on the model's one output, so that the network trains as it is");
            new Label(body, SWT.NONE);
            data = row(body, "Training data:");
            data.setMessage("e.g. mnist, fashion-mnist, csv:FILE (optional)");
            new Label(body, SWT.NONE);
            if (initialFolder != null) {
                folder.setText(initialFolder.getFullPath().toString());
            }
            model.addListener(SWT.Modify, e -> {
                Path file = Path.of(model.getText().strip()).getFileName();
                String suggested = file == null ? "" : file.toString().replaceAll("\\.onnx$", "");
                // Follow the model's name until the user types a name of their own.
                if (name.getText().isBlank() || name.getText().equals(lastSuggested)) {
                    name.setText(suggested);
                }
                lastSuggested = suggested;
            });
            setControl(body);
        }

        private Text row(Composite body, String label) {
            new Label(body, SWT.NONE).setText(label);
            Text text = new Text(body, SWT.BORDER);
            text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            return text;
        }
    }
}
