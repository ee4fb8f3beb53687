package dev.dendrite.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.dendrite.editor.internal.ItemPropertySource;
import dev.dendrite.editor.internal.NetworkEditor;
import dev.dendrite.layout.NetworkLayout;
import dev.dendrite.model.io.DnetIO;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.convolution.TransposedConvolution;
import dev.dendrite.model.network.generative.GaussianLatent;
import dev.dendrite.model.templates.TemplateLibrary;

/** The editor with the rest of the workbench: Properties edits, Outline, tree page, revert and changes made outside. */
class EditorWorkbenchUiTest {

    private NetworkEditor editor;

    @AfterEach
    void close() {
        if (editor != null) {
            EditorFixture.close(editor);
        }
    }

    @Test
    void aLongNetworkOpensReadableWithItsInputsInView() throws Exception {
        Network network = TemplateLibrary.find("mlp-classifier").orElseThrow().create();
        NetworkLayout.applyAll(network);
        IFile file = EditorFixture.write("opening.dnet", network);
        var page = EditorFixture.page();
        page.closeAllEditors(false);
        // Opened as a user opens it: the editor gets its size only after it is created.
        editor = (NetworkEditor) org.eclipse.ui.ide.IDE.openEditor(page, file, NetworkEditor.ID);
        Display display = Display.getCurrent();
        UiWait.flush(display);
        var canvas = editor.canvas();
        var area = canvas.getClientArea();
        double fits = Math.min((area.width - 40.0) / canvas.scene().bounds().width(), (area.height - 40.0) / canvas.scene().bounds().height());
        assertTrue(fits < 0.75, "the network only fits at an unreadable zoom here: " + fits + " in " + area);
        assertEquals(0.75, canvas.viewport().zoom(), 1e-9, "the readable zoom, not the unreadable whole");
        var first = canvas.scene().nodes().stream().min(java.util.Comparator.comparingDouble(n -> n.box().x())).orElseThrow().box();
        double x = canvas.viewport().toScreenX(first.centerX());
        double y = canvas.viewport().toScreenY(first.centerY());
        assertTrue(x > 0 && x < area.width / 3.0, "the inputs at the left: " + x + " in " + area);
        assertTrue(Math.abs(y - area.height / 2.0) < 40, "the row in the middle: " + y + " in " + area);
    }

    private IFile lenetFile(String name) throws Exception {
        Network lenet = TemplateLibrary.find("lenet-5").orElseThrow().create();
        NetworkLayout.applyAll(lenet);
        return EditorFixture.write(name, lenet);
    }

    private Layer named(String name) {
        return editor.network().getLayers().stream().filter(l -> name.equals(l.getName())).findFirst().orElseThrow();
    }

    private Display display() {
        return editor.canvas().getDisplay();
    }

    /** Opens a template, laid out, in the editor. */
    private void openTemplate(String name) throws Exception {
        Network network = TemplateLibrary.find(name).orElseThrow().create();
        NetworkLayout.applyAll(network);
        editor = EditorFixture.open(EditorFixture.write(name + ".dnet", network));
    }

    /** Setting {@code feature} to {@code value} is refused by a message naming the feature. */
    private static void assertRefused(ItemPropertySource source, String feature, String value) {
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> source.set(feature, value));
        assertTrue(refused.getMessage().contains(feature), refused.getMessage());
    }

    private String labelFrom(Layer layer) {
        return editor.canvas().scene().edges().stream().filter(e -> e.source().element() == layer).findFirst().orElseThrow().label();
    }

    @Test
    void aPropertyEditUpdatesShapesLiveAndIsUndoable() throws Exception {
        editor = EditorFixture.open(lenetFile("properties.dnet"));
        Convolution conv1 = (Convolution) named("conv1");
        assertEquals("N×6×28×28", labelFrom(conv1));
        ItemPropertySource properties = new ItemPropertySource(conv1, editor.domain().getAdapterFactory());
        properties.set("outChannels", "8");
        assertTrue(UiWait.until(display(), 2000, () -> labelFrom(conv1).equals("N×8×28×28")), labelFrom(conv1));
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> properties.set("kernel", "0"));
        assertTrue(refused.getMessage().contains("kernel"), refused.getMessage());
        assertEquals(5, conv1.getKernel(), "an out-of-range value is not set");
        editor.canvas().undo();
        assertTrue(UiWait.until(display(), 2000, () -> labelFrom(conv1).equals("N×6×28×28")), "undo restores the shape");
        assertFalse(editor.isDirty());
    }

    /** The text CNN: its convolutions' step padding set in Properties shortens the steps on their edges, and undo restores them. */
    @Test
    void aStepPaddingEditShortensTheStepsOnTheEdges() throws Exception {
        Network text = TemplateLibrary.find("text-cnn").orElseThrow().create();
        NetworkLayout.applyAll(text);
        editor = EditorFixture.open(EditorFixture.write("text-cnn.dnet", text));
        Convolution conv4 = (Convolution) named("conv4");
        assertEquals("N×T×32", labelFrom(conv4));
        ItemPropertySource properties = new ItemPropertySource(conv4, editor.domain().getAdapterFactory());
        properties.set("stepPadding", "valid");
        assertTrue(UiWait.until(display(), 2000, () -> labelFrom(conv4).equals("N×T−3×32")), labelFrom(conv4));
        // The whole diagram at its own scale, as Export PNG writes it.
        java.nio.file.Path shots = java.nio.file.Path.of(System.getProperty("dendrite.shots", "target/screenshots"));
        java.nio.file.Files.createDirectories(shots);
        editor.canvas().exportPng(shots.resolve("editor-text-cnn.png"));
        editor.canvas().undo();
        assertTrue(UiWait.until(display(), 2000, () -> labelFrom(conv4).equals("N×T×32")), "undo keeps the steps again");
    }

    /** The variational autoencoder: its latent's code from the mean, a negative KL weight refused, β set and undone. */
    @Test
    void theVariationalAutoencodersLatentKeepsItsKlWeightInRange() throws Exception {
        Network vae = TemplateLibrary.find("vae").orElseThrow().create();
        NetworkLayout.applyAll(vae);
        editor = EditorFixture.open(EditorFixture.write("vae.dnet", vae));
        var z = (GaussianLatent) named("z");
        assertEquals("N×2", labelFrom(z));
        ItemPropertySource properties = new ItemPropertySource(z, editor.domain().getAdapterFactory());
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> properties.set("klWeight", "-1"));
        assertTrue(refused.getMessage().contains("klWeight"), refused.getMessage());
        java.nio.file.Path shots = java.nio.file.Path.of(System.getProperty("dendrite.shots", "target/screenshots"));
        java.nio.file.Files.createDirectories(shots);
        editor.canvas().exportPng(shots.resolve("editor-vae.png"));
        properties.set("klWeight", "4");
        assertEquals(4.0, z.getKlWeight());
        editor.canvas().undo();
        assertEquals(1.0, z.getKlWeight(), "undo restores β");
    }

    /** The GAN: one discriminator block judging generated and real digits; Adam's β1 kept in range, its loss's kind switched. */
    @Test
    void theGansDiscriminatorJudgesBothSidesAndItsBetasStayInRange() throws Exception {
        openTemplate("gan");
        assertEquals("N×1", labelFrom(named("judge_generated")));
        assertEquals("N×1", labelFrom(named("judge_real")));
        assertRefused(new ItemPropertySource(editor.network().getTraining(), editor.domain().getAdapterFactory()), "adamBeta1", "1.5");
        java.nio.file.Path shots = java.nio.file.Path.of(System.getProperty("dendrite.shots", "target/screenshots"));
        java.nio.file.Files.createDirectories(shots);
        editor.canvas().exportPng(shots.resolve("editor-gan.png"));
        var loss = (dev.dendrite.model.network.Loss) named("loss");
        new ItemPropertySource(loss, editor.domain().getAdapterFactory()).set("kind", "gan_hinge");
        assertEquals(dev.dendrite.model.network.LossKind.GAN_HINGE, loss.getKind());
        editor.canvas().undo();
        assertEquals(dev.dendrite.model.network.LossKind.GAN, loss.getKind(), "undo restores the non-saturating loss");
    }

    /**
     * The DCGAN: its transposed convolutions double the maps on their edges; an output padding set in Properties grows the last
     * map by one live, a zero stride is refused, and undo restores the digit's 28 × 28.
     */
    @Test
    void theDcgansTransposedConvolutionsEnlargeTheMapsLive() throws Exception {
        openTemplate("dcgan");
        var up2 = (TransposedConvolution) named("up2");
        assertEquals("N×32×14×14", labelFrom(named("up1")));
        assertEquals("N×1×28×28", labelFrom(up2));
        java.nio.file.Path shots = java.nio.file.Path.of(System.getProperty("dendrite.shots", "target/screenshots"));
        java.nio.file.Files.createDirectories(shots);
        editor.canvas().exportPng(shots.resolve("editor-dcgan.png"));
        ItemPropertySource properties = new ItemPropertySource(up2, editor.domain().getAdapterFactory());
        assertRefused(properties, "stride", "0");
        properties.set("outputPadding", "1");
        assertTrue(UiWait.until(display(), 2000, () -> labelFrom(up2).equals("N×1×29×29")), labelFrom(up2));
        editor.canvas().undo();
        assertTrue(UiWait.until(display(), 2000, () -> labelFrom(up2).equals("N×1×28×28")), "undo restores the digit's size");
    }

    /**
     * Graph attention: heads, GATv2 and attention dropout set in Properties, the output's width and the figure's text
     * following (heads × features concatenated), no heads and a certain dropout refused, undo restoring each.
     */
    @Test
    void graphAttentionsHeadsAndDynamicScoresAreSetInProperties() throws Exception {
        openTemplate("gat-node-classifier");
        var gat = (dev.dendrite.model.network.gnn.GraphAttention) named("gat1");
        assertEquals("V×32", labelFrom(gat));
        assertEquals("GAT 8 × 4 heads", dev.dendrite.editor.diagram.LayerText.detail(gat));
        ItemPropertySource properties = new ItemPropertySource(gat, editor.domain().getAdapterFactory());
        assertRefused(properties, "heads", "0");
        properties.set("heads", "2");
        assertTrue(UiWait.until(display(), 2000, () -> labelFrom(gat).equals("V×16")), labelFrom(gat));
        properties.set("dynamic", "true");
        assertEquals("GATv2 8 × 2 heads", dev.dendrite.editor.diagram.LayerText.detail(gat));
        assertRefused(properties, "dropout", "1");
        properties.set("dropout", "0.6");
        assertEquals("GATv2 8 × 2 heads, dropout 0.6", dev.dendrite.editor.diagram.LayerText.detail(gat));
        var page = EditorFixture.page();
        page.setPartState(page.getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        page.showView(IPageLayout.ID_PROP_SHEET);
        page.activate(editor);
        editor.canvas().select(List.of(gat));
        editor.canvas().reveal(gat);
        var shell = editor.getSite().getShell();
        display().setCursorLocation(shell.getBounds().x + shell.getBounds().width + 20, shell.getBounds().y + 20);
        UiWait.until(display(), 800, () -> false);
        Screenshots.save(shell, "editor-gat-properties");
        editor.canvas().undo();
        assertEquals(0, gat.getDropout());
        editor.canvas().undo();
        editor.canvas().undo();
        assertEquals(4, gat.getHeads());
        assertTrue(!gat.isDynamic());
        assertTrue(UiWait.until(display(), 2000, () -> labelFrom(gat).equals("V×32")), labelFrom(gat));
    }

    /**
     * Edge features: the bond template's edges from the graph input's edgeFeatures port to each message passing layer carry
     * E×3; the input's edgeFeatures set to 5 in Properties widens them and each layer's edge weight, and undo restores both.
     */
    @Test
    void edgeFeaturesSetOnTheGraphInputFlowToMessagePassing() throws Exception {
        openTemplate("mp-bond-classifier");
        var molecules = (dev.dendrite.model.network.gnn.GraphInput) named("molecules");
        Layer mp1 = named("mp1");
        assertEquals("E×3", edgeFeaturesLabel(molecules, mp1));
        long parameters = parameters();
        new ItemPropertySource(molecules, editor.domain().getAdapterFactory()).set("edgeFeatures", "5");
        assertTrue(UiWait.until(display(), 2000, () -> edgeFeaturesLabel(molecules, mp1).equals("E×5")), edgeFeaturesLabel(molecules, mp1));
        assertEquals("E×5", edgeFeaturesLabel(molecules, named("mp2")));
        // Two layers, each W_e two rows of 32 wider.
        assertEquals(parameters + 2 * 2 * 32, parameters());
        var page = EditorFixture.page();
        page.setPartState(page.getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        page.showView(IPageLayout.ID_PROP_SHEET);
        page.activate(editor);
        editor.canvas().select(List.of(molecules));
        var shell = editor.getSite().getShell();
        display().setCursorLocation(shell.getBounds().x + shell.getBounds().width + 20, shell.getBounds().y + 20);
        editor.canvas().reveal(molecules);
        UiWait.until(display(), 800, () -> false);
        Screenshots.save(shell, "editor-edge-features");
        // GINE's activated messages: a setting of the layer, its text naming them.
        assertEquals("MessagePassing 32, sum", dev.dendrite.editor.diagram.LayerText.detail(mp1));
        new ItemPropertySource(mp1, editor.domain().getAdapterFactory()).set("activateMessages", "true");
        assertEquals("MessagePassing 32, relu messages, sum", dev.dendrite.editor.diagram.LayerText.detail(mp1));
        editor.canvas().undo();
        assertEquals("MessagePassing 32, sum", dev.dendrite.editor.diagram.LayerText.detail(mp1));
        editor.canvas().undo();
        assertEquals(3, molecules.getEdgeFeatures());
        assertTrue(UiWait.until(display(), 2000, () -> edgeFeaturesLabel(molecules, mp1).equals("E×3")), edgeFeaturesLabel(molecules, mp1));
        assertEquals(parameters, parameters());
    }

    private String edgeFeaturesLabel(Layer from, Layer to) {
        return editor.canvas().scene().edges().stream().filter(e -> e.source().element() == from && e.target().element() == to
                && e.sourcePort() != null && dev.dendrite.model.ports.Ports.EDGE_FEATURES.equals(e.sourcePort().name())).findFirst()
                .orElseThrow().label();
    }

    private long parameters() {
        return dev.dendrite.model.Networks.inspect(editor.network()).shapes().totalParameters().total();
    }

    /**
     * WGAN-GP: the critic's gradient penalty is a property of its loss, kept non-negative; set to 0 the loss is warned of (a critic
     * the penalty no longer keeps 1-Lipschitz), and undo restores it.
     */
    @Test
    void theWassersteinCriticsPenaltyIsALossPropertyWarnedOfWhenOff() throws Exception {
        openTemplate("conv-wgan-gp");
        assertEquals("N×1", labelFrom(named("judge_real")));
        var loss = (dev.dendrite.model.network.Loss) named("loss");
        ItemPropertySource properties = new ItemPropertySource(loss, editor.domain().getAdapterFactory());
        assertRefused(properties, "gradientPenalty", "-1");
        java.util.function.Supplier<java.util.List<String>> warnings = () -> dev.dendrite.model.Networks.inspect(editor.network()).diagnostic()
                .getChildren().stream().filter(d -> d.getSeverity() == org.eclipse.emf.common.util.Diagnostic.WARNING).map(d -> d.getMessage())
                .toList();
        assertEquals(java.util.List.of(), warnings.get());
        properties.set("gradientPenalty", "0");
        assertEquals(0.0, loss.getGradientPenalty());
        assertTrue(warnings.get().stream().anyMatch(m -> m.contains("without a gradient penalty")), warnings.get().toString());
        // The loss selected beside the Properties view, its warning badge on the diagram.
        var page = EditorFixture.page();
        page.setPartState(page.getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        page.showView(IPageLayout.ID_PROP_SHEET);
        page.activate(editor);
        editor.canvas().select(List.of(loss));
        editor.canvas().reveal(loss);
        var shell = editor.getSite().getShell();
        display().setCursorLocation(shell.getBounds().x + shell.getBounds().width + 20, shell.getBounds().y + 20);
        UiWait.until(display(), 800, () -> false);
        Screenshots.save(shell, "editor-wgan-gp-penalty-off");
        editor.canvas().undo();
        assertEquals(10.0, loss.getGradientPenalty(), "undo restores λ");
    }

    /** The conditional GAN: its label input of int64 class indices feeds the generator and both of the discriminator's uses. */
    @Test
    void theConditionalGansClassReachesTheGeneratorAndBothJudges() throws Exception {
        openTemplate("cgan");
        assertEquals("N×1", labelFrom(named("class")));
        assertEquals("N×74", labelFrom(named("noise_and_class")), "64 noise values and the class's 10");
        assertEquals("N×1", labelFrom(named("judge_generated")));
        var label = (dev.dendrite.model.network.Input) named("class");
        assertEquals(dev.dendrite.model.network.InputRole.LABEL, label.getRole());
        // The class's edges to the discriminator's generated use pass the whole generator: they run around it, through no layer.
        assertNoEdgeRunsThroughALayer();
        java.nio.file.Path shots = java.nio.file.Path.of(System.getProperty("dendrite.shots", "target/screenshots"));
        java.nio.file.Files.createDirectories(shots);
        editor.canvas().exportPng(shots.resolve("editor-cgan.png"));
        new ItemPropertySource(label, editor.domain().getAdapterFactory()).set("role", "features");
        assertEquals(dev.dendrite.model.network.InputRole.FEATURES, label.getRole());
        editor.canvas().undo();
        assertEquals(dev.dendrite.model.network.InputRole.LABEL, label.getRole(), "undo gives the class back its role");
    }

    private void assertNoEdgeRunsThroughALayer() {
        assertEquals(java.util.List.of(), EditorFixture.edgesThroughLayers(editor));
    }

    @Test
    void outlineSelectionRevealsTheLayerAndTheTreePageShowsTheModel() throws Exception {
        editor = EditorFixture.open(lenetFile("outline.dnet"));
        var page = EditorFixture.page();
        page.setPartState(page.getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        page.showView(IPageLayout.ID_OUTLINE);
        page.activate(editor);
        ContentOutlinePage outline = (ContentOutlinePage) editor.getAdapter(IContentOutlinePage.class);
        Layer fc2 = named("fc2");
        outline.setSelection(new StructuredSelection(fc2));
        assertEquals(List.of(fc2), editor.canvas().selection(), "selecting in the Outline selects in the diagram");
        var view = editor.canvas().viewport();
        var box = editor.canvas().scene().node(fc2).box();
        var area = editor.canvas().getClientArea();
        double x = view.toScreenX(box.centerX());
        assertTrue(x > 0 && x < area.width, "the layer is scrolled into view");
        Screenshots.save(editor.getSite().getShell(), "editor-outline");

        var tree = editor.treeViewer();
        tree.expandToLevel(2);
        String text = tree.getTree().getItem(0).getText();
        assertTrue(text.contains("lenet-5"), text);
        assertTrue(tree.getTree().getItem(0).getItemCount() > 10, "the tree page lists the layers");
    }

    @Test
    void aMalformedFileOpensOnAProblemPageAndStaysUntouched() throws Exception {
        IFile file = lenetFile("malformed.dnet");
        String broken = "<?xml version=\"1.0\"?><network:Network xmlns:network=\"urn:dev.dendrite:network:1\" name=\"x\"><layers";
        file.setContents(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), true, false, null);
        editor = (NetworkEditor) org.eclipse.ui.ide.IDE.openEditor(EditorFixture.page(), file, NetworkEditor.ID);
        assertEquals(null, editor.network());
        assertEquals(null, editor.canvas());
        assertFalse(editor.isDirty());
        var labels = new java.util.ArrayList<String>();
        collectLabels(editor.getSite().getShell(), labels);
        assertTrue(labels.stream().anyMatch(t -> t.contains("malformed.dnet") && t.contains("left unchanged")), labels.toString());
        Screenshots.save(editor.getSite().getShell(), "editor-malformed-file");
        editor.doSave(null);
        assertEquals(broken, new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8), "nothing overwrites the user's file");
    }

    private static void collectLabels(org.eclipse.swt.widgets.Composite parent, List<String> texts) {
        for (var child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Label label) {
                texts.add(label.getText());
            } else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                collectLabels(composite, texts);
            }
        }
    }

    @Test
    void aChangeOnDiskReloadsACleanEditorAndRevertDropsEdits() throws Exception {
        IFile file = lenetFile("external.dnet");
        editor = EditorFixture.open(file);
        Network changed = DnetIO.load(file.getLocation().toFile().toPath()).network().orElseThrow();
        changed.setName("changed-outside");
        file.setContents(new ByteArrayInputStream(DnetIO.toText(changed).getBytes(StandardCharsets.UTF_8)), true, false, null);
        assertTrue(UiWait.until(display(), 3000, () -> "changed-outside".equals(editor.network().getName())),
                "a clean editor shows the file's new contents");

        new ItemPropertySource(named("fc1"), editor.domain().getAdapterFactory()).set("units", "99");
        assertTrue(editor.isDirty());
        editor.revert();
        assertFalse(editor.isDirty());
        assertEquals(120, ((dev.dendrite.model.network.Dense) named("fc1")).getUnits(), "revert shows the file as saved");
        assertEquals(editor.network().getLayers().size(), editor.canvas().scene().nodes().size());
    }
}
