package dev.dendrite.train.run;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.util.EcoreUtil;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.model.network.Block;
import dev.dendrite.model.network.BlockInstance;
import dev.dendrite.model.network.BlockKind;
import dev.dendrite.model.network.Connection;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.generative.RBM;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.onnx.weights.WeightsFile;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Batch;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.data.Field;

/**
 * Hinton's greedy layer-wise pre-training of a deep belief net: the RBMs of a DBN stack block
 * train one after another by contrastive divergence, each on the previous ones' hidden
 * probabilities of the data; their weights then initialise the network that fine-tunes with its
 * loss. Each RBM's phase is a run directory of its own ({@code pretrain-ID/} inside the run, with
 * its filters and samples), and its epochs also go into the main run's metrics as "pretrain" records.
 */
final class DbnPretraining {

    /** What one RBM's phase left: its epochs (for the main run's metrics) and its trained parameters. */
    record Phase(RBM rbm, List<EpochMetrics> epochs, Path directory) {
    }

    private final TrainingConfig config;
    private final int epochs;
    private final Consumer<String> say;
    private final Cancellation cancellation;

    DbnPretraining(TrainingConfig config, int epochs, Consumer<String> say, Cancellation cancellation) {
        this.config = config;
        this.epochs = epochs;
        this.say = say;
        this.cancellation = cancellation;
    }

    /** The RBMs of the network's DBN stacks, in the order the data reaches them; empty when there is none. */
    static List<RBM> stack(Network network) {
        List<RBM> rbms = new ArrayList<>();
        for (Layer layer : network.getLayers()) {
            if (layer instanceof BlockInstance instance && instance.getBlock() != null && instance.getBlock().getKind() == BlockKind.DBN_STACK) {
                rbms.addAll(inOrder(instance.getBlock()));
            }
        }
        return rbms;
    }

    /** The block's RBMs following its connections from the block input. */
    private static List<RBM> inOrder(Block block) {
        List<RBM> ordered = new ArrayList<>();
        Layer at = block.getLayers().stream().filter(dev.dendrite.model.network.BlockInput.class::isInstance).findFirst().orElse(null);
        while (at != null) {
            Layer next = null;
            for (Connection connection : block.getConnections()) {
                if (connection.getSource() == at) {
                    next = connection.getTarget();
                    break;
                }
            }
            if (next instanceof RBM rbm) {
                ordered.add(rbm);
            }
            at = next;
        }
        return ordered;
    }

    /**
     * Pre-trains every RBM of the stack (a finished phase of a resumed run is read back, not redone).
     *
     * @return the pre-trained parameters of every RBM, keyed as in the network, and each phase
     * @throws TrainingException when the data is not one float input, or a phase fails or is cancelled
     */
    Map<RBM, Phase> pretrain(Network network, BatchSource train, BatchSource test, Path runPath, boolean resume, Weights into)
            throws TrainingException, IOException {
        List<Field> inputs = train.fields(Field.Role.INPUT);
        if (inputs.size() != 1 || inputs.get(0).type() != Field.ElementType.FLOAT || inputs.get(0).fixedSize() < 0) {
            throw TrainingException.badInput("a deep belief net pre-trains on one float input of fixed size; the data set " + train.name()
                    + " has " + inputs.size() + " input fields");
        }
        BatchSource trainData = train;
        BatchSource testData = test;
        Map<RBM, Phase> phases = new LinkedHashMap<>();
        for (RBM rbm : stack(network)) {
            Path dir = runPath.resolve("pretrain-" + rbm.getId());
            int width = (int) trainData.fields(Field.Role.INPUT).get(0).fixedSize();
            Network single = single(rbm, width);
            List<EpochMetrics> done;
            RunRecord previous = RunReader.isRunDirectory(dir) ? RunReader.read(dir) : null;
            if (resume && previous != null && previous.state() == RunState.FINISHED) {
                say.accept("pre-training of " + rbm.getId() + " finished before; its weights are reused");
                done = List.of();
            } else {
                say.accept("pre-training " + rbm.getId() + " (" + width + " → " + rbm.getHiddenUnits() + ") by contrastive divergence for "
                        + epochs + " epochs");
                TrainingConfig phaseConfig = config.with("pretraining", epochs, null, OptimizerKind.SGD, null, null, null)
                        .withSchedule("constant", 0, 0, config.momentum(), false, 0, 0, config.validationFraction(), config.threads());
                TrainingResult result = new Trainer(single, phaseConfig, line -> say.accept(rbm.getId() + ": " + line))
                        .withCancellation(cancellation).train(new Weights(), trainData, testData, dir, resume && previous != null);
                if (result.state() != RunState.FINISHED) {
                    throw new TrainingException("pre-training of " + rbm.getId() + " stopped: " + result.stopReason());
                }
                done = result.epochs();
            }
            Weights trained;
            try {
                trained = WeightsFile.read(dir.resolve(RunFiles.FINAL_WEIGHTS));
            } catch (dev.dendrite.onnx.importer.OnnxFormatException e) {
                throw new TrainingException("the pre-trained weights of " + rbm.getId() + " cannot be read: " + e.getMessage());
            }
            trained.flat().forEach((key, tensor) -> {
                String[] parts = Weights.split(key);
                into.put(parts[0], parts[1], tensor);
            });
            phases.put(rbm, new Phase(rbm, done, dir));
            trainData = hidden(dir, trainData, "/" + rbm.getId());
            testData = hidden(dir, testData, "/" + rbm.getId());
        }
        return phases;
    }

    /** Input → the RBM (a copy with the same id, so its parameters keep their keys). */
    private static Network single(RBM rbm, int width) {
        NetworkBuilder b = new NetworkBuilder("pretrain-" + rbm.getId(), "greedy pre-training of one RBM of a deep belief net");
        RBM copy = EcoreUtil.copy(rbm);
        b.add(copy, rbm.getId(), b.input("visible", width));
        copy.setId(rbm.getId());
        return b.network();
    }

    /** The data's hidden-unit probabilities under the phase's trained RBM (its exported model), as the next RBM's data. */
    private BatchSource hidden(Path phase, BatchSource data, String suffix) throws TrainingException, IOException {
        String field = data.fields(Field.Role.INPUT).get(0).name();
        int[] order = java.util.stream.IntStream.range(0, data.size()).toArray();
        List<float[]> chunks = new ArrayList<>();
        int width = 0;
        try (ModelSession session = OnnxRuntime.open(Files.readAllBytes(phase.resolve(RunFiles.MODEL)), "pre-trained RBM",
                RuntimeSettings.forTrainer().withThreads(config.threads(), 0))) {
            String input = session.inputNames().iterator().next();
            for (int from = 0; from < data.size(); from += 1024) {
                Batch batch = data.batch(order, from, Math.min(1024, data.size() - from));
                float[] x = batch.tensors().get(field).floats();
                try (OnnxTensor tensor = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x),
                        new long[] {batch.rows(), x.length / batch.rows()});
                     OrtSession.Result result = session.session().run(Map.of(input, tensor))) {
                    FloatBuffer out = ((OnnxTensor) result.get(0)).getFloatBuffer();
                    float[] values = new float[out.remaining()];
                    out.get(values);
                    width = values.length / batch.rows();
                    chunks.add(values);
                }
            }
        } catch (OrtException | ModelLoadException e) {
            throw new TrainingException("the pre-trained RBM of " + phase.getFileName() + " cannot encode the data: " + e.getMessage());
        }
        float[] features = new float[data.size() * width];
        int at = 0;
        for (float[] chunk : chunks) {
            System.arraycopy(chunk, 0, features, at, chunk.length);
            at += chunk.length;
        }
        return Dataset.regression(data.name() + suffix, new long[] {width}, features, new float[data.size()], 1);
    }
}
