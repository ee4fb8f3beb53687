package dev.dendrite.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.editor.internal.NetworkEditor;
import dev.dendrite.editor.internal.NewNetworkWizard;
import dev.dendrite.editor.internal.OnnxExportWizard;
import dev.dendrite.editor.internal.OnnxImportWizard;
import dev.dendrite.model.io.DnetIO;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.importer.OnnxImporter;
import dev.dendrite.onnx.weights.WeightsFile;

/** The New Project, New Network, New Sweep, Import ONNX and Export ONNX wizards, each finished as a user would. */
class WizardsUiTest {

    /** Files the test writes; JUnit removes them afterwards, so runs leave nothing in the temporary folder. */
    @TempDir
    Path scratch;

    private static WizardDialog open(IWorkbenchWizard wizard, Object selected) {
        wizard.init(PlatformUI.getWorkbench(), selected == null ? StructuredSelection.EMPTY : new StructuredSelection(selected));
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), (IWizard) wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog;
    }

    private static List<IFile> networks(IProject project) throws Exception {
        List<IFile> files = new ArrayList<>();
        project.accept(r -> {
            if (r.getType() == IResource.FILE && "dnet".equals(r.getFileExtension())) {
                files.add((IFile) r);
            }
            return true;
        });
        return files;
    }

    @Test
    void newProjectHoldsTheChosenExamplesAndNewNetworkOpensATemplate() throws Exception {
        NewProjectWizard projectWizard = new NewProjectWizard();
        WizardDialog dialog = open(projectWizard, null);
        projectWizard.configure("ml-course", List.of("lenet-5", "mlp-classifier"));
        Screenshots.save(dialog.getShell(), "wizard-new-project");
        assertTrue(projectWizard.performFinish());
        dialog.close();
        IProject project = projectWizard.created();
        assertEquals(2, networks(project).size());
        assertTrue(project.getFile("cnn/lenet-5.dnet").exists());
        String guide = new String(project.getFile("DATA.md").getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(guide.contains("cnn/lenet-5.dnet | `mnist`"), guide);

        NewNetworkWizard networkWizard = new NewNetworkWizard();
        dialog = open(networkWizard, project);
        networkWizard.configure(project.getFullPath(), "my-resnet.dnet", "resnet-small");
        Screenshots.save(dialog.getShell(), "wizard-new-network");
        assertTrue(networkWizard.performFinish());
        dialog.close();
        IFile created = project.getFile("my-resnet.dnet");
        assertTrue(created.exists());
        Network network = DnetIO.load(created.getLocation().toFile().toPath()).network().orElseThrow();
        assertEquals("resnet-small", network.getName());
        var editor = (NetworkEditor) EditorFixture.page().getActiveEditor();
        assertEquals(created, editor.file());
        assertFalse(editor.isDirty(), "a new network is laid out already");
        EditorFixture.close(editor);

        // A sweep of the new network: the form's file shown as it will be written, a bad rate refused, the file read back.
        var sweepWizard = new dev.dendrite.launching.ui.internal.NewSweepWizard();
        dialog = open(sweepWizard, created);
        var sweepPage = sweepWizard.page();
        sweepPage.fill(project.getFullPath(), "search.json", created, 9, 12, "fast", "0.1", "32, 64", true);
        assertFalse(sweepPage.isPageComplete());
        assertEquals("The learning rate's ends must be numbers, e.g. 1e-4 and 0.1", sweepPage.getErrorMessage());
        sweepPage.fill(project.getFullPath(), "search.json", created, 9, 12, "1e-4", "0.1", "32, 64", true);
        assertTrue(sweepPage.isPageComplete(), String.valueOf(sweepPage.getErrorMessage()));
        assertEquals("12 runs, at most 26 of the 108 epochs they would take whole", sweepPage.getMessage());
        assertTrue(sweepPage.previewText().contains("\"network\": \"my-resnet.dnet\"") && sweepPage.previewText().contains("\"halving\""),
                sweepPage.previewText());
        Screenshots.save(dialog.getShell(), "wizard-new-sweep");
        assertTrue(sweepWizard.performFinish());
        dialog.close();
        IFile sweepFile = project.getFile("search.json");
        assertTrue(sweepFile.exists());
        var sweep = dev.dendrite.analysis.experiment.Sweep.read(sweepFile.getLocation().toFile().toPath());
        assertEquals(created.getLocation().toFile().toPath(), sweep.network());
        assertEquals(12, sweep.expand().size());
        assertEquals(3, sweep.halving().eta());
        var opened = EditorFixture.page().getActiveEditor();
        assertEquals("search.json", opened.getEditorInput().getName(), "the new file is opened");
        EditorFixture.page().closeEditor(opened, false);

        // Hyperband's brackets decide the trials: the spinner is disabled, the box says how many, the file draws them.
        var bracketsWizard = new dev.dendrite.launching.ui.internal.NewSweepWizard();
        dialog = open(bracketsWizard, created);
        var bracketsPage = bracketsWizard.page();
        bracketsPage.fill(project.getFullPath(), "brackets.json", created, 9, 12, "1e-4", "0.1", "32, 64", true);
        bracketsPage.hyperband(true);
        assertEquals("in Hyperband's brackets: 17 trials (trials disabled)", bracketsPage.hyperbandText());
        assertEquals("17 runs, at most 69 of the 153 epochs they would take whole", bracketsPage.getMessage());
        assertTrue(bracketsPage.previewText().contains("\"hyperband\": true") && !bracketsPage.previewText().contains("\"trials\""),
                bracketsPage.previewText());
        Screenshots.save(dialog.getShell(), "wizard-new-sweep-hyperband");
        bracketsPage.fill(project.getFullPath(), "brackets.json", created, 2, 12, "1e-4", "0.1", "32, 64", true);
        assertEquals("Hyperband needs epochs of at least eta (3), or it has one bracket", bracketsPage.getErrorMessage());
        bracketsPage.fill(project.getFullPath(), "brackets.json", created, 9, 12, "1e-4", "0.1", "32, 64", true);
        assertTrue(bracketsWizard.performFinish());
        dialog.close();
        var brackets = dev.dendrite.analysis.experiment.Sweep.read(project.getFile("brackets.json").getLocation().toFile().toPath());
        assertTrue(brackets.halving().hyperband());
        assertEquals(17, brackets.expand().size());
        opened = EditorFixture.page().getActiveEditor();
        EditorFixture.page().closeEditor(opened, false);
    }

    /**
     * New Sweep on a GAN: the discriminator's rate and a judge apply (a classifier run of the workspace), the file searches both
     * rates and halves by the Fréchet distance; on a classifier the two stay disabled and out of the file.
     */
    @Test
    void aGanSweepSearchesTheDiscriminatorsRateJudgedByAClassifierRun() throws Exception {
        var mnist = dev.dendrite.train.data.NpmDatasets.load("mnist", dev.dendrite.train.data.NpmDatasets.defaultCache());
        Network lenet = TemplateLibrary.find("lenet-5").orElseThrow().create();
        IFile lenetFile = EditorFixture.write("sweep-judge.dnet", lenet);
        Path judge = EvaluationRuns.trained(lenetFile, lenet, dev.dendrite.train.config.TrainingConfig.from(lenet).with(null, 1, null, null,
                null, 1L, null), mnist);
        IFile gan = EditorFixture.write("sweep-gan.dnet", TemplateLibrary.find("gan").orElseThrow().create());
        var wizard = new dev.dendrite.launching.ui.internal.NewSweepWizard();
        WizardDialog dialog = open(wizard, gan);
        var page = wizard.page();
        assertTrue(page.judges().contains(judge), "the classifier run is offered: " + page.judges());
        page.fill(gan.getParent().getFullPath(), "gan-search.json", gan, 6, 9, "1e-4", "5e-4", "64", true);
        page.judgeBy("5e-5", "1e-3", judge);
        // The GAN trains with Adam: β1 applies, two values drawn one per trial.
        assertTrue(page.betaOneEnabled());
        page.betaOne("0.9 1.5");
        assertEquals("Adam's β1 must be at least 0 and below 1", page.getErrorMessage());
        page.betaOne("0.5, 0.9");
        // β2 shared, the discriminator's steps drawn: a step count of 0 is named first.
        assertTrue(page.betaTwoAndStepsEnabled()[0] && page.betaTwoAndStepsEnabled()[1]);
        page.betaTwo("0.9");
        page.discriminatorSteps("0 2");
        assertEquals("The discriminator's steps per generator step must be 1 or more", page.getErrorMessage());
        page.discriminatorSteps("1, 2");
        assertTrue(page.isPageComplete(), String.valueOf(page.getErrorMessage()));
        String text = page.previewText();
        assertTrue(text.contains("\"judge\": \"runs/sweep-judge-run\"") && text.contains("\"discriminatorLr\": {\"log\": [5.0E-5, 0.001]}")
                && text.contains("\"metric\": \"frechet\"") && text.contains("\"beta1\": [0.5, 0.9]") && text.contains("\"beta2\": 0.9")
                && text.contains("\"discriminatorSteps\": [1, 2]"), text);
        Screenshots.save(dialog.getShell(), "wizard-new-sweep-gan");
        assertTrue(wizard.performFinish());
        dialog.close();
        var sweep = dev.dendrite.analysis.experiment.Sweep.read(gan.getParent().getFile(new org.eclipse.core.runtime.Path("gan-search.json"))
                .getLocation().toFile().toPath());
        assertEquals(dev.dendrite.analysis.experiment.Halving.Metric.FRECHET, sweep.halving().metric());
        assertEquals(java.util.Set.of(0.5, 0.9), sweep.expand().stream().map(run -> ((Number) run.settings().get("beta1")).doubleValue())
                .collect(java.util.stream.Collectors.toSet()), "the trials draw both");
        assertEquals(judge.resolve("model.onnx").toString(), sweep.shared().get("judge"));
        assertEquals(0.9, ((Number) sweep.shared().get("beta2")).doubleValue());
        EditorFixture.page().closeAllEditors(false);

        // A classifier: no discriminator, no judge, whatever the fields hold.
        var plain = new dev.dendrite.launching.ui.internal.NewSweepWizard();
        dialog = open(plain, lenetFile);
        plain.page().fill(lenetFile.getParent().getFullPath(), "plain.json", lenetFile, 3, 4, "1e-4", "0.1", "64", false);
        plain.page().judgeBy("5e-5", "1e-3", judge);
        // LeNet-5 trains with Adam too; SGD chosen instead, β1 is disabled and left out.
        plain.page().betaOne("0.8");
        assertTrue(plain.page().previewText().contains("\"beta1\": 0.8"), plain.page().previewText());
        plain.page().chooseOptimizer("sgd");
        assertFalse(plain.page().betaOneEnabled());
        assertFalse(plain.page().betaTwoAndStepsEnabled()[0] || plain.page().betaTwoAndStepsEnabled()[1], "no Adam, no GAN");
        assertTrue(plain.page().isPageComplete(), String.valueOf(plain.page().getErrorMessage()));
        assertFalse(plain.page().previewText().contains("discriminatorLr") || plain.page().previewText().contains("\"judge\"")
                || plain.page().previewText().contains("beta1"), plain.page().previewText());
        dialog.close();
    }

    @Test
    void importAndExportOnnxThroughTheWizards() throws Exception {
        IProject project = EditorFixture.project("onnx-wizards");
        Path dir = Files.createTempDirectory(scratch, "dendrite-wizards");
        Network lenet = TemplateLibrary.find("lenet-5").orElseThrow().create();
        Path onnx = dir.resolve("lenet.onnx");
        dev.dendrite.onnx.OnnxFiles.exportNetwork(lenet, null, onnx, "test");

        OnnxImportWizard importWizard = new OnnxImportWizard();
        WizardDialog dialog = open(importWizard, project);
        importWizard.configure(onnx, project, "lenet-from-onnx", true);
        Screenshots.save(dialog.getShell(), "wizard-import-onnx");
        assertTrue(importWizard.performFinish());
        dialog.close();
        IFile imported = importWizard.created();
        assertNotNull(imported);
        assertTrue(imported.exists());
        assertTrue(Files.exists(WeightsFile.companionOf(imported.getLocation().toFile().toPath())), "the weights come along");
        var editor = (NetworkEditor) EditorFixture.page().getActiveEditor();
        assertEquals(imported, editor.file());
        EditorFixture.close(editor);

        // With a Loss layer and training data: trainable as it is.
        OnnxImportWizard trainable = new OnnxImportWizard();
        dialog = open(trainable, project);
        trainable.configure(onnx, project, "lenet-trainable", true, "cross-entropy", "mnist");
        Screenshots.save(dialog.getShell(), "wizard-import-onnx-loss");
        assertTrue(trainable.performFinish());
        dialog.close();
        Network withLoss = DnetIO.load(trainable.created().getLocation().toFile().toPath()).network().orElseThrow();
        assertEquals(1, withLoss.getLayers().stream().filter(dev.dendrite.model.network.Loss.class::isInstance).count());
        assertEquals("mnist", withLoss.getTraining().getDataset());
        assertFalse(dev.dendrite.model.Networks.inspect(withLoss).hasErrors(), "valid");
        EditorFixture.close((NetworkEditor) EditorFixture.page().getActiveEditor());

        Path notAModel = Files.writeString(dir.resolve("notes.onnx"), "this is not a model");
        OnnxImportWizard refused = new OnnxImportWizard();
        dialog = open(refused, project);
        refused.configure(notAModel, project, "broken", false);
        assertFalse(refused.performFinish(), "a malformed model is refused");
        assertNotNull(dialog.getCurrentPage().getErrorMessage());
        assertTrue(dialog.getCurrentPage().getErrorMessage().contains("notes.onnx"), dialog.getCurrentPage().getErrorMessage());
        assertFalse(project.getFile("broken.dnet").exists(), "nothing is written for a refused model");
        Screenshots.save(dialog.getShell(), "wizard-import-onnx-refused");
        dialog.close();

        OnnxExportWizard exportWizard = new OnnxExportWizard();
        dialog = open(exportWizard, imported);
        Path exported = dir.resolve("exported.onnx");
        exportWizard.configure(imported, exported);
        assertTrue(exportWizard.performFinish());
        dialog.close();
        assertTrue(exportWizard.summary().contains("trained weights"), exportWizard.summary());
        Network back = OnnxImporter.read(exported, false).network();
        assertEquals(DnetIO.load(imported.getLocation().toFile().toPath()).network().orElseThrow().getLayers().size(),
                back.getLayers().size());
    }

    /** Verify (offered where the analysis bundle's ImportVerifier service is registered) runs both before writing anything. */
    @Test
    void theImportWizardVerifiesBeforeWriting() throws Exception {
        IProject project = EditorFixture.project("onnx-verify");
        Path fixtures = Path.of(System.getProperty("dendrite.repository", "../..")).resolve(
                "bundles/dev.dendrite.onnx.tests/src/dev/dendrite/onnx/importer/pytorch");
        OnnxImportWizard checked = new OnnxImportWizard();
        WizardDialog dialog = open(checked, project);
        assertTrue(checked.canVerify(), "the verifier service is registered");
        checked.configure(fixtures.resolve("mha_dynamo.onnx"), project, "mha", false, true);
        assertTrue(checked.performFinish(), String.valueOf(checked.errorMessage()));
        dialog.close();
        assertTrue(checked.verdict().startsWith("verified: on x [2, 5, 16] the largest difference from mha_dynamo.onnx is"), checked.verdict());
        assertTrue(checked.created().exists());
        EditorFixture.close((NetworkEditor) EditorFixture.page().getActiveEditor());

        // A trace that fixed its batch of 1 in a Reshape: it cannot run on the check's batch of 2, so it is not written.
        Path traced = Files.createTempDirectory(scratch, "dendrite-verify").resolve("traced.onnx");
        Files.write(traced, tracedBatchOfOne().toByteArray());
        OnnxImportWizard unchecked = new OnnxImportWizard();
        dialog = open(unchecked, project);
        unchecked.configure(traced, project, "traced", false, true);
        assertFalse(unchecked.performFinish());
        assertTrue(unchecked.errorMessage().startsWith("The import could not be checked: not verified: the original does not run on inputs x "
                + "[2, 2, 3]"), unchecked.errorMessage());
        assertTrue(unchecked.errorMessage().endsWith("Nothing was written; untick Verify to import it as it is."), unchecked.errorMessage());
        assertFalse(project.getFile("traced.dnet").exists(), "nothing written");
        Screenshots.save(dialog.getShell(), "wizard-import-onnx-unchecked");
        unchecked.configure(traced, project, "traced", false, false);
        assertTrue(unchecked.performFinish(), "unticked, it imports as it is");
        dialog.close();
        assertTrue(project.getFile("traced.dnet").exists());
        EditorFixture.close((NetworkEditor) EditorFixture.page().getActiveEditor());
    }

    /** x [N, 2, 3] reshaped to [1, 6] by a constant, as a trace at batch 1 writes it; the output declared [N, 6]. */
    private static ai.onnx.proto.OnnxMl.ModelProto tracedBatchOfOne() {
        var floats = ai.onnx.proto.OnnxMl.TensorProto.DataType.FLOAT_VALUE;
        var shape = ai.onnx.proto.OnnxMl.TensorProto.newBuilder().setName("shape").setDataType(ai.onnx.proto.OnnxMl.TensorProto.DataType
                .INT64_VALUE).addDims(2).addInt64Data(1).addInt64Data(6);
        var graph = ai.onnx.proto.OnnxMl.GraphProto.newBuilder().setName("traced").addInitializer(shape)
                .addNode(ai.onnx.proto.OnnxMl.NodeProto.newBuilder().setOpType("Reshape").addInput("x").addInput("shape").addOutput("y"))
                .addInput(value("x", floats, "N", 2, 3)).addOutput(value("y", floats, "N", 6));
        return ai.onnx.proto.OnnxMl.ModelProto.newBuilder().setIrVersion(8).setGraph(graph)
                .addOpsetImport(ai.onnx.proto.OnnxMl.OperatorSetIdProto.newBuilder().setDomain("").setVersion(17)).build();
    }

    private static ai.onnx.proto.OnnxMl.ValueInfoProto value(String name, int type, String batch, long... dims) {
        var shape = ai.onnx.proto.OnnxMl.TensorShapeProto.newBuilder().addDim(ai.onnx.proto.OnnxMl.TensorShapeProto.Dimension.newBuilder()
                .setDimParam(batch));
        for (long d : dims) {
            shape.addDim(ai.onnx.proto.OnnxMl.TensorShapeProto.Dimension.newBuilder().setDimValue(d));
        }
        return ai.onnx.proto.OnnxMl.ValueInfoProto.newBuilder().setName(name).setType(ai.onnx.proto.OnnxMl.TypeProto.newBuilder()
                .setTensorType(ai.onnx.proto.OnnxMl.TypeProto.Tensor.newBuilder().setElemType(type).setShape(shape))).build();
    }
}
