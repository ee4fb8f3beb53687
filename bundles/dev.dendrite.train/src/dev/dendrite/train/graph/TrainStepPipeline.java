package dev.dendrite.train.graph;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;

import dev.dendrite.model.Networks;
import dev.dendrite.model.network.Network;
import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;

/**
 * Builds a network's training graphs from small ordered steps over one {@link TrainStepContext}
 * (ELK's algorithm assembler): lower the forward pass in training mode, mix the inputs (--mixup), add the loss heads,
 * move the inputs adversarially (--adversarial), learn from interval bounds too (--certified),
 * assign parameter roles, add a GAN's gradient penalty, compute gradients from a pluggable {@link GradientSource}, add
 * penalties, clip, measure gradient norms, update parameters, average them (--ema), declare outputs, add activation
 * statistics, build the evaluation graph, collect what the trainer feeds. The network is
 * inspected once and never written to (layers without ids are given them in a copy, a run seed other than its own is set in a
 * copy: the run's seed draws the initial weights).
 * Immutable: {@link #withGradientSource}, {@link #withLowering}, {@link #replace} and
 * {@link #insertAfter} return a new pipeline.
 */
public final class TrainStepPipeline {

    private final List<TrainStepStep> steps;
    private final GradientSource gradientSource;
    private final TrainingLowerings lowerings;

    private TrainStepPipeline(List<TrainStepStep> steps, GradientSource gradientSource, TrainingLowerings lowerings) {
        this.steps = List.copyOf(steps);
        this.gradientSource = gradientSource;
        this.lowerings = lowerings;
    }

    public static TrainStepPipeline standard() {
        return new TrainStepPipeline(List.of(new ForwardStep(), new MixupStep(), new LossStep(), new AdversarialStep(), new CertifiedStep(), new RoleStep(),
                new PoolBeforeReluStep(), new PatchesConvolutionStep(), new GradientPenaltyStep(), new GradientStep(), new PenaltyStep(),
                new ClippingStep(), new GradientNormStep(), new UpdateStep(), new AveragingStep(), new OutputStep(), new ActivationStatisticsStep(),
                new EvaluationStep()), new AutodiffGradients(), TrainingLowerings.standard());
    }

    /** The step names, in order. */
    public List<String> stepNames() {
        return steps.stream().map(TrainStepStep::name).toList();
    }

    public TrainStepPipeline withGradientSource(GradientSource source) {
        return new TrainStepPipeline(steps, source, lowerings);
    }

    /** Lowers layers of {@code kind} in training mode with {@code lowering} (replacing any standard one). */
    public TrainStepPipeline withLowering(EClass kind, TrainingLayerLowering lowering) {
        return new TrainStepPipeline(steps, gradientSource, lowerings.with(kind, lowering));
    }

    public TrainStepPipeline replace(String name, TrainStepStep step) {
        List<TrainStepStep> changed = new ArrayList<>(steps);
        changed.set(indexOf(name), step);
        return new TrainStepPipeline(changed, gradientSource, lowerings);
    }

    /** This pipeline with the step {@code name} left out (a step doing nothing in its place, so later insertions still find it). */
    public TrainStepPipeline without(String name) {
        return replace(name, new TrainStepStep() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void apply(TrainStepContext ctx) {
                // left out
            }
        });
    }

    public TrainStepPipeline insertAfter(String name, TrainStepStep step) {
        List<TrainStepStep> changed = new ArrayList<>(steps);
        changed.add(indexOf(name) + 1, step);
        return new TrainStepPipeline(changed, gradientSource, lowerings);
    }

    private int indexOf(String name) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no step '" + name + "' in " + stepNames());
    }

    /**
     * The network with {@code seed} as its training seed, which draws the parameters {@code given} lacks: the run's seed
     * ({@code --seed}) draws the initial weights as it draws the data order and masks. A copy where the seed differs.
     */
    private static Network seeded(Network network, long seed) {
        long own = network.getTraining() == null ? 42 : network.getTraining().getSeed();
        if (own == seed) {
            return network;
        }
        Network copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(network);
        if (copy.getTraining() == null) {
            copy.setTraining(dev.dendrite.model.network.NetworkFactory.eINSTANCE.createTrainingSettings());
        }
        copy.getTraining().setSeed(seed);
        return copy;
    }

    /**
     * @param given parameter values to start from (missing ones are initialised from the network's seed)
     * @throws ExportException with one line when the network cannot be trained (errors, unsupported operators, a step's refusal)
     */
    public TrainingGraphs build(Network network, Weights given, TrainingConfig config, GraphOptions options) throws ExportException {
        Network identified = Networks.withIds(seeded(network, config.seed()));
        TrainStepContext ctx = new TrainStepContext(identified, OnnxExporter.inspect(identified), given, config, options, gradientSource,
                lowerings);
        for (TrainStepStep step : steps) {
            step.apply(ctx);
        }
        return CollectFeeds.collect(ctx);
    }
}
