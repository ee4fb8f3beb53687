package dev.dendrite.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.dendrite.model.network.BlockInstance;
import dev.dendrite.model.network.Connection;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.InputRole;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Loss;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.normalization.BatchNorm;
import dev.dendrite.model.ports.Ports;

/**
 * A generative adversarial network's parts as the model wires them: a GAN loss reading one
 * discriminator block used twice, on generated samples (its input) and on real ones (its target),
 * so that both uses read the same weights. The generator is everything that feeds the generated
 * use; its samples are what the exported model outputs.
 *
 * @param generated the connection into the discriminator's use on generated samples: its source is the generator's output
 */
public record GanParts(Loss loss, BlockInstance fakeScores, BlockInstance realScores, Connection generated) {

    /** The connection into the discriminator's use on real samples at the port where the other use reads the generated ones. */
    public Connection realSamples(Network network) {
        return network.getConnections().stream().filter(c -> c.getTarget() == realScores && port(c).equals(port(generated))).findFirst()
                .orElseThrow();
    }

    /** Whether a loss kind is one of the adversarial pair's. */
    public static boolean adversarial(LossKind kind) {
        return kind == LossKind.GAN || kind == LossKind.GAN_LEAST_SQUARES || kind == LossKind.GAN_HINGE || kind == LossKind.GAN_WASSERSTEIN;
    }

    /** Whether the network trains adversarially (has a GAN loss). */
    public static boolean isGan(Network network) {
        return network.getLayers().stream().anyMatch(l -> l instanceof Loss loss && adversarial(loss.getKind()));
    }

    /** The noise inputs the trainer fills (role noise), in layer order. */
    public static List<Input> noiseInputs(Network network) {
        return inputs(network, InputRole.NOISE);
    }

    /** The inputs fed each sample's class label (role label), in layer order: a conditional GAN's class. */
    public static List<Input> labelInputs(Network network) {
        return inputs(network, InputRole.LABEL);
    }

    private static List<Input> inputs(Network network, InputRole role) {
        List<Input> found = new ArrayList<>();
        for (Layer layer : network.getLayers()) {
            if (layer instanceof Input input && input.getRole() == role) {
                found.add(input);
            }
        }
        return found;
    }

    /** The network's GAN parts, when it has a GAN loss wired as {@link #problems} asks. */
    public static Optional<GanParts> of(Network network) {
        if (!isGan(network) || !problems(network).isEmpty()) {
            return Optional.empty();
        }
        Loss loss = (Loss) network.getLayers().stream().filter(l -> l instanceof Loss any && adversarial(any.getKind())).findFirst().orElseThrow();
        BlockInstance fake = (BlockInstance) source(network, loss, false);
        BlockInstance real = (BlockInstance) source(network, loss, true);
        return Optional.of(new GanParts(loss, fake, real, differing(network, fake, real).get(0)));
    }

    /** What keeps a network with a GAN loss from training adversarially, one line each; empty for any other network. */
    public static List<String> problems(Network network) {
        List<Loss> gans = new ArrayList<>();
        int others = 0;
        for (Layer layer : network.getLayers()) {
            if (layer instanceof Loss loss) {
                if (adversarial(loss.getKind())) {
                    gans.add(loss);
                } else {
                    others++;
                }
            }
        }
        List<String> problems = new ArrayList<>();
        if (gans.isEmpty()) {
            return problems;
        }
        if (gans.size() > 1 || others > 0) {
            problems.add("a GAN trains by one GAN loss alone, and the network has " + (gans.size() + others) + " losses");
            return problems;
        }
        Loss loss = gans.get(0);
        Layer fake = source(network, loss, false);
        Layer real = source(network, loss, true);
        if (real == null) {
            problems.add("connect the discriminator's logits of real samples to the GAN loss's target (its input takes those of generated ones)");
            return problems;
        }
        if (!(fake instanceof BlockInstance fakeUse) || !(real instanceof BlockInstance realUse) || fakeUse.getBlock() != realUse.getBlock()) {
            problems.add("the GAN loss's input and target must come from one discriminator block used twice (on generated and on real samples), "
                    + "so that both read the same weights");
            return problems;
        }
        if (fakeUse == realUse) {
            problems.add("the discriminator must be used twice, once on generated and once on real samples");
            return problems;
        }
        List<Connection> differing = differing(network, fakeUse, realUse);
        if (differing.size() != 1) {
            problems.add("the discriminator's two uses must read the same inputs but one, the generated samples against the real ones "
                    + "(a conditional GAN's class goes to both); they differ in " + differing.size());
        }
        if (loss.getGradientPenalty() > 0 && holdsBatchNorm(fakeUse.getBlock(), new java.util.HashSet<>())) {
            problems.add("a gradient penalty is a mean of per-sample gradients, and BatchNorm in the discriminator mixes each sample with its "
                    + "batch: use LayerNorm or no normalisation in the discriminator (Gulrajani et al., 2017)");
        }
        return problems;
    }

    /** What a loss's adversarial settings make doubtful without keeping it from training, or null. */
    public static String doubt(Loss loss) {
        if (loss.getGradientPenalty() > 0 && !adversarial(loss.getKind())) {
            return "a gradient penalty applies to GAN losses only; this " + loss.getKind().getLiteral() + " loss ignores it";
        }
        if (loss.getKind() == LossKind.GAN_WASSERSTEIN && loss.getGradientPenalty() == 0) {
            return "a Wasserstein critic without a gradient penalty is not kept 1-Lipschitz, and its scores can grow without bound: "
                    + "set the gradient penalty (10 in Gulrajani et al., 2017)";
        }
        if (loss.getKind() == LossKind.GAN_WASSERSTEIN && loss.getGradientPenaltyKind() == dev.dendrite.model.network.GradientPenaltyKind.R1) {
            return "R1 flattens the critic at the real samples only and does not keep a Wasserstein critic 1-Lipschitz between them: "
                    + "use the wgan_gp penalty kind with this loss";
        }
        return null;
    }

    /** Whether a block, or a block it uses, holds a BatchNorm layer. */
    private static boolean holdsBatchNorm(dev.dendrite.model.network.Block block, java.util.Set<dev.dendrite.model.network.Block> seen) {
        if (!seen.add(block)) {
            return false;
        }
        for (var contents = block.eAllContents(); contents.hasNext();) {
            Object next = contents.next();
            if (next instanceof BatchNorm
                    || next instanceof BlockInstance use && use.getBlock() != null && holdsBatchNorm(use.getBlock(), seen)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The connections into the use on generated samples whose port the use on real samples reads from another source (or not at
     * all), and those into the real use whose port the generated use lacks: the generated samples alone, where wired right.
     */
    private static List<Connection> differing(Network network, BlockInstance fake, BlockInstance real) {
        List<Connection> into = network.getConnections().stream().filter(c -> c.getTarget() == fake).toList();
        List<Connection> intoReal = network.getConnections().stream().filter(c -> c.getTarget() == real).toList();
        List<Connection> differing = new ArrayList<>();
        for (Connection c : into) {
            boolean same = intoReal.stream().anyMatch(r -> port(r).equals(port(c)) && r.getSource() == c.getSource()
                    && java.util.Objects.equals(r.getSourcePort(), c.getSourcePort()));
            if (!same) {
                differing.add(c);
            }
        }
        for (Connection r : intoReal) {
            if (into.stream().noneMatch(c -> port(c).equals(port(r)))) {
                differing.add(r);
            }
        }
        return differing;
    }

    /** The block input a connection feeds ("" and the primary input's name are one port). */
    private static String port(Connection c) {
        return Ports.find(Ports.inputs(c.getTarget()), c.getTargetPort()).map(p -> p.name()).orElse(String.valueOf(c.getTargetPort()));
    }

    /** The layer feeding the loss's input ({@code target} false) or target. */
    private static Layer source(Network network, Loss loss, boolean target) {
        for (Connection c : network.getConnections()) {
            if (c.getTarget() == loss && Ports.TARGET.equals(c.getTargetPort()) == target) {
                return c.getSource();
            }
        }
        return null;
    }
}
