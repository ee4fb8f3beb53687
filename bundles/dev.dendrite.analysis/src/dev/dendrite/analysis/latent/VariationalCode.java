package dev.dendrite.analysis.latent;

import ai.onnx.proto.OnnxMl.ModelProto;
import dev.dendrite.model.network.BlockInstance;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Loss;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.generative.GaussianLatent;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.onnx.importer.OnnxFormatException;
import dev.dendrite.onnx.importer.OnnxImporter;

/**
 * Where a variational autoencoder's code lives in its exported model: the tensors of the code's mean and log-variance (the
 * layers feeding its {@link GaussianLatent}) and the code itself (the latent's output, the mean at inference), read from the
 * network Dendrite embeds in the model.
 *
 * @param latent the GaussianLatent's id, the code's tensor
 * @param mean the mean's tensor
 * @param logVariance the log-variance's tensor
 * @param klWeight β, the KL term's weight in training
 * @param reconstructionWeight the reconstruction loss's weight (784 in the vae template: the squared error summed over pixels)
 */
public record VariationalCode(String latent, String mean, String logVariance, double klWeight, double reconstructionWeight) {

    /** @throws IllegalArgumentException for a model without a Dendrite network, or one whose network has no Gaussian latent */
    public static VariationalCode of(ModelProto model, String source) {
        if (!embeds(model)) {
            throw new IllegalArgumentException(source + " carries no Dendrite network, so where its code lives is unknown: the latent "
                    + "space needs a variational autoencoder Dendrite trained or exported");
        }
        VariationalCode code = ofEmbedded(model, source);
        if (code == null) {
            throw new IllegalArgumentException(source + " has no GaussianLatent layer: the latent space is a variational autoencoder's (the "
                    + "vae template has one)");
        }
        return code;
    }

    /** The code of a variational autoencoder Dendrite exported, or null for any other model. */
    public static VariationalCode find(ModelProto model, String source) {
        return embeds(model) ? ofEmbedded(model, source) : null;
    }

    /** Whether the model file is a variational autoencoder Dendrite exported; false where it cannot be read (its reader names why). */
    public static boolean isVariational(java.nio.file.Path model) {
        try {
            return find(ModelProto.parseFrom(java.nio.file.Files.readAllBytes(model)), model.toString()) != null;
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean embeds(ModelProto model) {
        return model.getMetadataPropsList().stream().anyMatch(p -> p.getKey().equals(OnnxImporter.EMBEDDED_NETWORK));
    }

    private static VariationalCode ofEmbedded(ModelProto model, String source) {
        Network network;
        try {
            network = OnnxImporter.read(model, source, false).network();
        } catch (OnnxFormatException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        GaussianLatent latent = network.getLayers().stream().filter(GaussianLatent.class::isInstance).map(GaussianLatent.class::cast).findFirst()
                .orElse(null);
        if (latent == null) {
            return null;
        }
        double weight = network.getLayers().stream().filter(l -> l instanceof Loss loss && loss.getKind() == LossKind.RECONSTRUCTION)
                .mapToDouble(l -> ((Loss) l).getWeight()).findFirst().orElse(1);
        return new VariationalCode(latent.getId(), source(network, latent, Ports.MEAN), source(network, latent, Ports.LOG_VARIANCE),
                latent.getKlWeight(), weight);
    }

    private static String source(Network network, GaussianLatent latent, String port) {
        Layer from = Ports.source(latent, port)
                .orElseThrow(() -> new IllegalArgumentException("the GaussianLatent '" + latent.getId() + "' has no " + port + " connected"));
        if (from instanceof BlockInstance) {
            throw new IllegalArgumentException("the GaussianLatent '" + latent.getId() + "' reads its " + port + " from the block '" + from.getId()
                    + "': the latent space reads a layer's output by its id, so end the encoder block before the mean and logVariance layers");
        }
        return from.getId();
    }
}
