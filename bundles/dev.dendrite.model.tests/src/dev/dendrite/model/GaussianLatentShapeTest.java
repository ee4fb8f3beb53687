package dev.dendrite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.generative.GaussianLatent;
import dev.dendrite.model.network.generative.GenerativeFactory;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.model.templates.TemplateLibrary;

/** GaussianLatent: a code of the mean's shape from a mean and a log-variance of one shape, and what it refuses named. */
class GaussianLatentShapeTest {

    private static final NetworkFactory F = NetworkFactory.eINSTANCE;

    private static List<String> errors(Network network) {
        return Networks.inspect(network).diagnostic().getChildren().stream().filter(d -> d.getSeverity() == Diagnostic.ERROR)
                .map(Diagnostic::getMessage).toList();
    }

    private static GaussianLatent latent(NetworkBuilder b, Layer mean, Layer logVariance) {
        GaussianLatent z = b.add(GenerativeFactory.eINSTANCE.createGaussianLatent(), "z", mean);
        if (logVariance != null) {
            b.connect(logVariance, "", z, Ports.LOG_VARIANCE);
        }
        return z;
    }

    @Test
    void theCodeHasTheMeansShape() {
        NetworkBuilder b = new NetworkBuilder("vae", "");
        Layer h = b.input("x", 12);
        GaussianLatent z = latent(b, b.dense(h, "mean", 5), b.dense(h, "logVariance", 5));
        assertEquals(List.of(), errors(b.network()));
        assertEquals("N×5", Networks.inspect(b.network()).shapes().output(z, Ports.OUT).toString());
        assertEquals(List.of(Ports.MEAN, Ports.LOG_VARIANCE), Ports.inputs(z).stream().map(p -> p.name()).toList());
    }

    @Test
    void theTemplateInfersToADecodedDigit() {
        Network vae = TemplateLibrary.find("vae").orElseThrow().create();
        assertEquals(List.of(), errors(vae));
        GaussianLatent z = (GaussianLatent) vae.getLayers().stream().filter(GaussianLatent.class::isInstance).findFirst().orElseThrow();
        assertEquals("N×2", Networks.inspect(vae).shapes().output(z, Ports.OUT).toString());
    }

    @Test
    void aMissingOrMismatchedLogVarianceAndANegativeWeightAreNamed() {
        NetworkBuilder missing = new NetworkBuilder("missing", "");
        latent(missing, missing.dense(missing.input("x", 12), "mean", 5), null);
        assertEquals(1, errors(missing.network()).size());
        assertEquals(true, errors(missing.network()).get(0).contains("logVariance"), errors(missing.network()).toString());
        NetworkBuilder width = new NetworkBuilder("width", "");
        Layer h = width.input("x", 12);
        latent(width, width.dense(h, "mean", 5), width.dense(h, "logVariance", 4));
        assertEquals(List.of("GaussianLatent 'z', port 'logVariance': logVariance has shape N×4 but mean has N×5: one log-variance per mean value"),
                errors(width.network()));
        NetworkBuilder weight = new NetworkBuilder("weight", "");
        Layer x = weight.input("x", 12);
        latent(weight, weight.dense(x, "mean", 5), weight.dense(x, "logVariance", 5)).setKlWeight(-1);
        assertEquals(List.of("GaussianLatent 'z': klWeight must be a finite number ≥ 0, is -1.0"), errors(weight.network()));
    }
}
