package dev.dendrite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.BlockKind;
import dev.dendrite.model.network.DataType;
import dev.dendrite.model.network.InputRole;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Loss;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.normalization.NormalizationFactory;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.model.templates.TemplateLibrary;

/** A GAN's wiring: one discriminator block judging generated and real samples into one GAN loss, anything else named. */
class GanPartsTest {

    /** A generator from z and a discriminator; {@code twoBlocks}: a separate block for the real samples (weights not shared). */
    private static Network gan(boolean twoBlocks, boolean target, boolean secondLoss) {
        NetworkBuilder b = new NetworkBuilder("g", "a test GAN");
        var judge = b.block("judge", BlockKind.GENERIC, body -> body.blockOutput(body.dense(body.blockInput("x"), "fc", 1), "logit"));
        var other = twoBlocks ? b.block("other", BlockKind.GENERIC, body -> body.blockOutput(body.dense(body.blockInput("x"), "fc", 1), "logit"))
                : judge;
        var z = b.input("z", 4);
        z.setRole(InputRole.NOISE);
        Layer generated = b.dense(z, "generate", 3);
        Loss loss = b.loss(b.use(judge, "judge_generated", generated), LossKind.GAN_HINGE);
        Layer real = b.use(other, "judge_real", b.input("x", 3));
        if (target) {
            b.connect(real, "", loss, Ports.TARGET);
        }
        if (secondLoss) {
            b.loss(generated, LossKind.MSE);
        }
        return b.training("test", 1, 4, OptimizerKind.ADAM, 1e-3).network();
    }

    private static List<String> errors(Network network) {
        return Networks.inspect(network).diagnostic().getChildren().stream()
                .filter(d -> d.getSeverity() >= org.eclipse.emf.common.util.Diagnostic.ERROR).map(d -> d.getMessage()).toList();
    }

    @Test
    void theTemplateAndAWellWiredGanShowTheirParts() {
        Network template = TemplateLibrary.find("gan").orElseThrow().create();
        assertEquals(List.of(), errors(template));
        GanParts parts = GanParts.of(template).orElseThrow();
        assertEquals("judge_generated", parts.fakeScores().getId());
        assertEquals("judge_real", parts.realScores().getId());
        assertEquals(parts.fakeScores().getBlock(), parts.realScores().getBlock());
        assertEquals(List.of("z"), GanParts.noiseInputs(template).stream().map(Layer::getId).toList());
        Network convolutional = TemplateLibrary.find("conv-gan").orElseThrow().create();
        assertEquals(List.of(), errors(convolutional));
        assertEquals("sigmoid1", GanParts.of(convolutional).orElseThrow().generated().getSource().getId());
        Network own = gan(false, true, false);
        assertEquals(List.of(), errors(own));
        assertEquals("generate", GanParts.of(own).orElseThrow().generated().getSource().getId());
    }

    @Test
    void miswiredGansAreNamedByTheirMistake() {
        assertTrue(errors(gan(true, true, false)).stream().anyMatch(m -> m.contains("one discriminator block used twice")),
                "two blocks share no weights: " + errors(gan(true, true, false)));
        assertTrue(errors(gan(false, false, false)).stream().anyMatch(m -> m.contains("logits of real samples")));
        assertTrue(errors(gan(false, true, true)).stream().anyMatch(m -> m.contains("one GAN loss alone")));
        assertTrue(GanParts.of(gan(true, true, false)).isEmpty());
        Network ids = gan(false, true, false);
        GanParts.noiseInputs(ids).get(0).setDataType(DataType.INT64);
        assertTrue(errors(ids).stream().anyMatch(m -> m.contains("noise input")), errors(ids).toString());
        Network plain = TemplateLibrary.find("mlp-classifier").orElseThrow().create();
        assertTrue(GanParts.problems(plain).isEmpty() && !GanParts.isGan(plain));
    }

    /**
     * A conditional GAN's two discriminator uses read the same class beside their samples: the generated connection is the one
     * input they differ in. Reading the class on one side only, or a class input that is not int64 [1], is named.
     */
    @Test
    void aConditionalGansUsesReadOneClassAndDifferOnlyInTheSamples() {
        Network template = TemplateLibrary.find("cgan").orElseThrow().create();
        assertEquals(List.of(), errors(template));
        GanParts parts = GanParts.of(template).orElseThrow();
        assertEquals("sigmoid1", parts.generated().getSource().getId(), "the samples, not the class");
        assertEquals(List.of("class"), GanParts.labelInputs(template).stream().map(Layer::getId).toList());
        assertEquals(2, template.getConnections().stream().filter(c -> c.getTarget() == parts.fakeScores()).count());

        Network oneSided = TemplateLibrary.find("cgan").orElseThrow().create();
        var real = GanParts.of(oneSided).orElseThrow().realScores();
        oneSided.getConnections().removeIf(c -> c.getTarget() == real && c.getSource().getId().equals("class"));
        assertTrue(errors(oneSided).stream().anyMatch(m -> m.contains("same inputs but one")), errors(oneSided).toString());
        assertTrue(GanParts.of(oneSided).isEmpty());

        Network floats = TemplateLibrary.find("cgan").orElseThrow().create();
        GanParts.labelInputs(floats).get(0).setDataType(DataType.FLOAT);
        assertTrue(errors(floats).stream().anyMatch(m -> m.contains("is a label input")), errors(floats).toString());
    }

    private static List<String> warnings(Network network) {
        return Networks.inspect(network).diagnostic().getChildren().stream()
                .filter(d -> d.getSeverity() == org.eclipse.emf.common.util.Diagnostic.WARNING).map(d -> d.getMessage()).toList();
    }

    /**
     * WGAN-GP: the templates' critics are free of BatchNorm, read their real samples where the generated ones come in, and carry
     * the penalty; a critic with BatchNorm under a penalty is refused (the penalty is per sample), a Wasserstein loss without one
     * and a penalty on another loss are warned of.
     */
    @Test
    void aGradientPenaltyWantsACriticWithoutBatchNormAndWassersteinWantsAPenalty() {
        for (String name : List.of("wgan-gp", "conv-wgan-gp")) {
            Network template = TemplateLibrary.find(name).orElseThrow().create();
            assertEquals(List.of(), errors(template), name);
            assertEquals(List.of(), warnings(template), name);
            GanParts parts = GanParts.of(template).orElseThrow();
            assertEquals(LossKind.GAN_WASSERSTEIN, parts.loss().getKind());
            assertEquals(10, parts.loss().getGradientPenalty());
            assertEquals("image", parts.realSamples(template).getSource().getId(), name);
        }
        Network normalised = TemplateLibrary.find("conv-gan").orElseThrow().create();
        GanParts.of(normalised).orElseThrow().loss().setGradientPenalty(10);
        assertEquals(List.of(), errors(normalised), "conv-gan's discriminator has no BatchNorm");
        NetworkBuilder b = new NetworkBuilder("bn-critic", "a critic with BatchNorm");
        var judge = b.block("judge", BlockKind.GENERIC, body -> body.blockOutput(body.dense(body.add(
                NormalizationFactory.eINSTANCE.createBatchNorm(), "bn", body.dense(body.blockInput("x"), "fc", 4)), "score",
                1), "logit"));
        var z = b.input("z", 4);
        z.setRole(InputRole.NOISE);
        Loss loss = b.loss(b.use(judge, "judge_generated", b.dense(z, "generate", 3)), LossKind.GAN_WASSERSTEIN);
        b.connect(b.use(judge, "judge_real", b.input("x", 3)), "", loss, Ports.TARGET);
        Network withBatchNorm = b.training("test", 1, 4, OptimizerKind.ADAM, 1e-3).network();
        assertEquals(List.of(), errors(withBatchNorm), "BatchNorm without a penalty trains");
        loss.setGradientPenalty(10);
        assertTrue(errors(withBatchNorm).stream().anyMatch(m -> m.contains("BatchNorm in the discriminator")), errors(withBatchNorm).toString());

        Network unpenalised = TemplateLibrary.find("wgan-gp").orElseThrow().create();
        GanParts.of(unpenalised).orElseThrow().loss().setGradientPenalty(0);
        assertTrue(warnings(unpenalised).stream().anyMatch(m -> m.contains("without a gradient penalty")), warnings(unpenalised).toString());
        Network zeroCentred = TemplateLibrary.find("wgan-gp").orElseThrow().create();
        assertTrue(warnings(zeroCentred).isEmpty(), warnings(zeroCentred).toString());
        GanParts.of(zeroCentred).orElseThrow().loss().setGradientPenaltyKind(dev.dendrite.model.network.GradientPenaltyKind.R1);
        assertTrue(warnings(zeroCentred).stream().anyMatch(m -> m.contains("use the wgan_gp penalty kind")), warnings(zeroCentred).toString());
        Network classifier = TemplateLibrary.find("mlp-classifier").orElseThrow().create();
        classifier.getLayers().stream().filter(Loss.class::isInstance).forEach(l -> ((Loss) l).setGradientPenalty(1));
        assertTrue(warnings(classifier).stream().anyMatch(m -> m.contains("applies to GAN losses only")), warnings(classifier).toString());
    }

    /** The SN-GAN template: a valid GAN whose discriminator's convolutions and score are all spectrally normalised. */
    @Test
    void theSpectralGansDiscriminatorIsNormalisedThroughout() {
        Network spectral = TemplateLibrary.find("conv-sngan").orElseThrow().create();
        assertEquals(List.of(), errors(spectral));
        assertEquals(3, GanParts.of(spectral).orElseThrow().fakeScores().getBlock().getLayers().stream().filter(l -> l instanceof
                dev.dendrite.model.network.Dense d && d.isSpectralNorm() || l instanceof Convolution c
                && c.isSpectralNorm()).count(), "both convolutions and the score spectrally normalised");
    }
}
