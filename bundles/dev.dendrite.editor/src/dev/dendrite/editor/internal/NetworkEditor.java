package dev.dendrite.editor.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

import dev.dendrite.editor.diagram.SceneBuilder;
import dev.dendrite.model.Networks;
import dev.dendrite.model.edit.NetworkItemProviders;
import dev.dendrite.model.io.DnetIO;
import dev.dendrite.model.io.LoadResult;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;

/**
 * The {@code .dnet} editor: a diagram page (palette and canvas) and a tree page, over one EMF
 * command stack. Thin by design: the scene, the commands and the checks live in their own classes.
 */
public final class NetworkEditor extends MultiPageEditorPart implements IGotoMarker {

    public static final String ID = "dev.dendrite.editor.network";

    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    private final BasicCommandStack commandStack = new BasicCommandStack();
    private AdapterFactoryEditingDomain domain;
    private Network network;
    private String loadProblem;
    private DiagramPage diagram;
    private DiagramCanvas canvas;
    private TreeViewer tree;
    private NetworkOutlinePage outline;
    private PropertySheetPage properties;
    private Networks.Inspection inspection;
    private final SelectionProvider selectionProvider = new SelectionProvider();
    private boolean saving;
    private final IResourceChangeListener externalChanges = this::resourceChanged;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput)) {
            throw new PartInitException("The network editor opens .dnet files in the workspace, not " + input.getName());
        }
        super.init(site, input);
        setPartName(input.getName());
        NetworkItemProviders.factories().forEach(adapterFactory::addAdapterFactory);
        domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack);
        load();
        commandStack.addCommandStackListener(stackListener);
        site.setSelectionProvider(selectionProvider);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(externalChanges, IResourceChangeEvent.POST_CHANGE);
    }

    private final CommandStackListener stackListener = (EventObject event) -> getSite().getShell().getDisplay().asyncExec(() -> {
        if (canvas != null && !canvas.isDisposed()) {
            modelChanged();
            firePropertyChange(PROP_DIRTY);
            updateActions();
        }
    });

    private void load() {
        LoadResult result = DnetIO.load(location());
        domain.getResourceSet().getResources().clear();
        if (result.ok()) {
            network = result.network().orElseThrow();
            // Into the editing domain's resource set, so that property descriptors find the domain.
            domain.getResourceSet().getResources().add(network.eResource());
            loadProblem = null;
        } else {
            network = null;
            loadProblem = result.firstProblem();
        }
    }

    public IFile file() {
        return ((IFileEditorInput) getEditorInput()).getFile();
    }

    private Path location() {
        return file().getLocation().toFile().toPath();
    }

    @Override
    protected void createPages() {
        if (network == null) {
            Composite error = new Composite(getContainer(), SWT.NONE);
            error.setLayout(new GridLayout());
            Label label = new Label(error, SWT.WRAP);
            label.setText("This file cannot be opened as a network, and it was left unchanged:\n" + loadProblem
                    + "\n\nFix it with a text editor (Open With > Text Editor), then open it again.");
            label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            setPageText(addPage(error), "Problem");
            return;
        }
        diagram = new DiagramPage(getContainer(), domain, network, file().getName().replaceAll("\\.dnet$", ""));
        canvas = diagram.canvas();
        canvas.onSelectionChanged(selected -> selectionProvider.setSelection(new StructuredSelection(selected)));
        setPageText(addPage(diagram.control()), "Diagram");

        tree = new TreeViewer(getContainer(), SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        tree.setContentProvider(new ItemProviders.Content(adapterFactory));
        tree.setLabelProvider(new ItemProviders.Labels(adapterFactory));
        tree.setInput(network.eResource());
        tree.addSelectionChangedListener(e -> selectionProvider.setSelection(e.getSelection()));
        setPageText(addPage(tree.getControl()), "Tree");

        boolean unplaced = network.getLayers().size() > 1 && network.getLayers().stream().allMatch(l -> l.getX() == 0 && l.getY() == 0);
        modelChanged();
        if (unplaced) {
            // A file written by hand or by a script: lay it out once (undoable, and the editor is dirty).
            canvas.getDisplay().asyncExec(() -> {
                if (!canvas.isDisposed()) {
                    canvas.layoutNow();
                    canvas.openView();
                }
            });
        } else {
            canvas.getDisplay().asyncExec(() -> {
                if (!canvas.isDisposed()) {
                    canvas.openView();
                }
            });
        }
        installActions();
    }

    /** See {@link DiagramPage#drop(String, int, int)}. */
    public boolean drop(String text, int displayX, int displayY) {
        return diagram != null && diagram.drop(text, displayX, displayY);
    }

    /** Re-inspects the network and shows the result everywhere. */
    private void modelChanged() {
        inspection = Networks.inspect(network);
        canvas.setScene(SceneBuilder.build(network, inspection), inspection);
        if (tree != null && !tree.getControl().isDisposed()) {
            tree.refresh();
        }
        if (outline != null) {
            outline.refresh();
        }
        if (properties != null && !properties.getControl().isDisposed()) {
            properties.refresh();
        }
    }

    // ---- save, revert, external changes ------------------------------------------------------

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (network == null) {
            return;
        }
        saving = true;
        try {
            DnetIO.save(network, location());
            file().refreshLocal(0, monitor);
            commandStack.saveIsDone();
            ProblemMarkers.update(file(), Networks.inspect(network));
            firePropertyChange(PROP_DIRTY);
        } catch (IOException | CoreException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), "Save failed",
                    "Could not save " + file().getFullPath() + ": " + e.getMessage() + "\nThe file on disk is unchanged.");
        } finally {
            saving = false;
        }
    }

    @Override
    public void doSaveAs() {
        // Save As is not offered: copy the file in the Project Explorer instead.
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public boolean isDirty() {
        return commandStack.isSaveNeeded();
    }

    /** Throws the edits away and shows the file as it is on disk. */
    public void revert() {
        load();
        commandStack.flush();
        if (outline != null && network != null) {
            outline.show(network);
        }
        if (network != null && canvas != null) {
            disposeWidgetsAndRecreate();
        }
        firePropertyChange(PROP_DIRTY);
    }

    private void disposeWidgetsAndRecreate() {
        while (getPageCount() > 0) {
            removePage(0);
        }
        canvas = null;
        diagram = null;
        tree = null;
        createPages();
        setActivePage(0);
    }

    private void resourceChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(file().getFullPath());
        if (delta == null || saving || (delta.getFlags() & IResourceDelta.CONTENT) == 0 && delta.getKind() != IResourceDelta.REMOVED) {
            return;
        }
        getSite().getShell().getDisplay().asyncExec(() -> {
            if (delta.getKind() == IResourceDelta.REMOVED) {
                getSite().getPage().closeEditor(this, false);
            } else if (!isDirty()) {
                revert();
            } else if (org.eclipse.jface.dialogs.MessageDialog.openQuestion(getSite().getShell(), "File changed",
                    file().getName() + " was changed outside the editor. Replace your unsaved edits with the file's contents?")) {
                revert();
            }
        });
    }

    // ---- markers, outline, properties --------------------------------------------------------

    @Override
    public void gotoMarker(IMarker marker) {
        String id = marker.getAttribute(ProblemMarkers.LAYER_ID, null);
        if (id == null || network == null || canvas == null) {
            return;
        }
        setActivePage(0);
        for (Layer layer : network.getLayers()) {
            if (id.equals(layer.getId())) {
                canvas.select(List.of(layer));
                canvas.reveal(layer);
            }
        }
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IContentOutlinePage.class && network != null) {
            if (outline == null) {
                outline = new NetworkOutlinePage(network, selection -> {
                    if (canvas != null) {
                        canvas.select(selection);
                        selection.stream().filter(Layer.class::isInstance).findFirst().ifPresent(l -> canvas.reveal((Layer) l));
                    }
                });
            }
            return type.cast(outline);
        }
        if (type == IPropertySheetPage.class) {
            if (properties == null || properties.getControl() == null || properties.getControl().isDisposed()) {
                properties = new PropertySheetPage();
                properties.setPropertySourceProvider(object -> new ItemPropertySource(object, adapterFactory));
            }
            return type.cast(properties);
        }
        return super.getAdapter(type);
    }

    // ---- global actions ----------------------------------------------------------------------

    private final List<Action> actions = new ArrayList<>();
    /** Global action id → this editor's handler, created once and registered again whenever the editor gets focus. */
    private final java.util.Map<String, Action> globalActions = new java.util.LinkedHashMap<>();
    private Action undo;
    private Action redo;

    private void installActions() {
        if (globalActions.isEmpty()) {
            undo = action("Undo", () -> canvas.undo());
            redo = action("Redo", () -> canvas.redo());
            globalActions.put(ActionFactory.UNDO.getId(), undo);
            globalActions.put(ActionFactory.REDO.getId(), redo);
            globalActions.put(ActionFactory.DELETE.getId(), action("Delete", () -> canvas.deleteSelection()));
            globalActions.put(ActionFactory.SELECT_ALL.getId(), action("Select All", () -> canvas.selectAll()));
            globalActions.put(ActionFactory.COPY.getId(), action("Copy", () -> canvas.copy()));
            globalActions.put(ActionFactory.PASTE.getId(), action("Paste", () -> canvas.paste()));
            globalActions.put(ActionFactory.REVERT.getId(), action("Revert", this::revert));
        }
        var bars = getEditorSite().getActionBars();
        globalActions.forEach(bars::setGlobalActionHandler);
        updateActions();
        bars.updateActionBars();
    }

    /** The handler this editor registered for a global action id (tests: created once, whatever the focus changes). */
    public Action globalAction(String id) {
        return globalActions.get(id);
    }

    private Action action(String text, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                if (canvas != null && !canvas.isDisposed()) {
                    run.run();
                }
            }
        };
        actions.add(action);
        return action;
    }

    private void updateActions() {
        if (undo != null) {
            undo.setEnabled(commandStack.canUndo());
            undo.setText(commandStack.canUndo() ? "Undo " + commandStack.getUndoCommand().getLabel() : "Undo");
            redo.setEnabled(commandStack.canRedo());
            redo.setText(commandStack.canRedo() ? "Redo " + commandStack.getRedoCommand().getLabel() : "Redo");
        }
    }

    @Override
    public void setFocus() {
        super.setFocus();
        if (canvas != null) {
            installActions();
        }
    }

    // ---- accessors for tests -----------------------------------------------------------------

    public Network network() {
        return network;
    }

    /** The tree page's viewer. */
    public TreeViewer treeViewer() {
        return tree;
    }

    public DiagramCanvas canvas() {
        return canvas;
    }

    public BasicCommandStack commandStack() {
        return commandStack;
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    public Networks.Inspection inspection() {
        return inspection;
    }

    /** The palette's viewer: groups, then entries ({@link dev.dendrite.editor.diagram.PaletteEntries.Entry}). */
    public TreeViewer paletteViewer() {
        return diagram.palette().viewer();
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(externalChanges);
        commandStack.removeCommandStackListener(stackListener);
        adapterFactory.dispose();
        super.dispose();
    }

    /** The site's selection: the layers or connections selected in the diagram, tree or outline. */
    private static final class SelectionProvider implements ISelectionProvider {
        private final List<ISelectionChangedListener> listeners = new ArrayList<>();
        private ISelection selection = StructuredSelection.EMPTY;

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.add(listener);
        }

        @Override
        public ISelection getSelection() {
            return selection;
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.remove(listener);
        }

        @Override
        public void setSelection(ISelection newSelection) {
            selection = newSelection == null ? StructuredSelection.EMPTY : newSelection;
            SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
            for (ISelectionChangedListener listener : List.copyOf(listeners)) {
                listener.selectionChanged(event);
            }
        }
    }
}
