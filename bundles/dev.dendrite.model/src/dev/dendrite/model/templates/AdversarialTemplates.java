package dev.dendrite.model.templates;

import static dev.dendrite.model.network.ActivationFunction.LEAKY_RELU;
import static dev.dendrite.model.network.ActivationFunction.SIGMOID;

import java.util.List;

import dev.dendrite.model.network.Block;
import dev.dendrite.model.network.BlockKind;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.convolution.ConvolutionFactory;
import dev.dendrite.model.network.normalization.NormalizationFactory;

/** Generative adversarial networks: a generator from noise and a discriminator block judging generated and real samples. */
final class AdversarialTemplates {

    private AdversarialTemplates() {
    }

    static List<Template> all() {
        return List.of(new Template("gan", "Generative",
                "Generative adversarial network: a generator turns 64 normal numbers into digits, a discriminator tells them from real ones",
                AdversarialTemplates::gan),
                new Template("conv-gan", "Generative",
                        "Convolutional GAN (DCGAN-like): upsampling convolutions generate digits, strided convolutions judge them",
                        AdversarialTemplates::convGan),
                new Template("dcgan", "Generative",
                        "DCGAN: transposed convolutions generate digits, strided convolutions judge them",
                        AdversarialTemplates::dcgan),
                new Template("cgan", "Generative",
                        "Conditional GAN: the generator draws the digit it is asked for, the discriminator judges a digit with its class",
                        AdversarialTemplates::conditionalGan),
                new Template("conv-cgan", "Generative",
                        "Conditional convolutional GAN: resize-convolutions draw the digit asked for, strided convolutions judge it with its class",
                        AdversarialTemplates::conditionalConvGan),
                new Template("wgan-gp", "Generative",
                        "Wasserstein GAN with gradient penalty: a critic scores digits, kept 1-Lipschitz by penalising its gradient's norm",
                        () -> wassersteinGan(false)),
                new Template("conv-wgan-gp", "Generative",
                        "Convolutional Wasserstein GAN with gradient penalty: resize-convolutions generate digits, a strided critic scores them",
                        () -> wassersteinGan(true)),
                new Template("conv-sngan", "Generative",
                        "Convolutional GAN with spectral normalisation: every discriminator layer divided by its largest singular value",
                        AdversarialTemplates::spectralGan));
    }

    /**
     * Miyato et al.'s SN-GAN (2018) sized as the convolutional GAN: the discriminator's two stride-2 convolutions and its dense
     * score spectrally normalised (each weight divided by its largest singular value, one power iteration per step), LeakyReLU 0.1,
     * no dropout or BatchNorm, the hinge loss; the generator is the convolutional GANs'. Adam with betas (0.5, 0.999), the generator
     * at 2e-4 and the discriminator at 8e-4, one step each per step.
     */
    private static Network spectralGan() {
        NetworkBuilder b = new NetworkBuilder("conv-sngan", "The generator upsamples noise z ~ N(0, I) to digits by resize-convolutions; the "
                + "discriminator block, each layer spectrally normalised, judges generated and real digits by strided convolutions with the "
                + "hinge loss. The exported model is the generator.");
        Block discriminator = b.block("discriminator", BlockKind.GENERIC, body -> {
            var conv1 = body.conv(body.blockInput("x"), "conv1", 32, 3, 2, 1);
            var conv2 = body.conv(leaky(body, conv1, 0.1), "conv2", 64, 3, 2, 1);
            var fc = body.dense(body.flatten(leaky(body, conv2, 0.1)), "fc", 1);
            conv1.setSpectralNorm(true);
            conv2.setSpectralNorm(true);
            fc.setSpectralNorm(true);
            body.blockOutput(fc, "logit");
        });
        b.adversarial(discriminator, upsampled(b, b.noise("z", 64), null), b.input("image", 1, 28, 28), LossKind.GAN_HINGE, null, null);
        Network network = adam(b, 20);
        // Normalised, the discriminator learns too slowly at the generator's rate (generative.md): four times it.
        network.getTraining().setDiscriminatorLearningRate(8e-4);
        return network;
    }

    /**
     * Gulrajani et al.'s WGAN-GP (2017): the critic's scores are unbounded, real − fake estimates the Wasserstein distance, and
     * the penalty λ = 10 on its gradient's norm at points between real and generated digits keeps it 1-Lipschitz, so neither
     * dropout nor a sigmoid is needed and its loss tracks sample quality. No BatchNorm in the critic (the penalty is per sample;
     * LeakyReLU only); the generator is the GANs' (MLP, or the convolutional one). Adam with betas (0.5, 0.9), the generator at 1e-4
     * and the critic at 4e-4 (Heusel et al.'s two time-scale rule), both at every step: on these short runs that beat the paper's
     * five critic steps per generator step at one rate (discriminatorSteps, measured in generative.md).
     */
    private static Network wassersteinGan(boolean convolutional) {
        NetworkBuilder b = new NetworkBuilder(convolutional ? "conv-wgan-gp" : "wgan-gp", "The generator maps noise z ~ N(0, I) to digits; "
                + "the critic block, used on generated and on real digits, scores them, and the difference of its mean scores estimates the "
                + "Wasserstein distance between the two; a gradient penalty keeps the critic 1-Lipschitz. The exported model is the generator.");
        Block critic = b.block("critic", BlockKind.GENERIC, body -> {
            Layer x = body.blockInput("x");
            if (convolutional) {
                x = leaky(body, body.conv(leaky(body, body.conv(x, "conv1", 32, 3, 2, 1)), "conv2", 64, 3, 2, 1));
                body.blockOutput(body.dense(body.flatten(x), "fc", 1), "score");
            } else {
                x = leaky(body, body.dense(leaky(body, body.dense(x, "fc1", 512)), "fc2", 256));
                body.blockOutput(body.dense(x, "fc3", 1), "score");
            }
        });
        Layer generated;
        Layer real;
        if (convolutional) {
            generated = upsampled(b, b.noise("z", 64), null);
            real = b.input("image", 1, 28, 28);
        } else {
            Layer x = leaky(b, normalised(b, b.dense(b.noise("z", 64), "g1", 256), "norm1"));
            x = leaky(b, normalised(b, b.dense(x, "g2", 512), "norm2"));
            generated = b.activation(b.dense(x, "g3", 784), SIGMOID);
            real = b.input("image", 784);
        }
        b.adversarial(critic, generated, real, LossKind.GAN_WASSERSTEIN, null, null).setGradientPenalty(10);
        Network network = b.training("mnist", convolutional ? 20 : 60, 64, OptimizerKind.ADAM, 1e-4).network();
        network.getTraining().setAdamBeta1(0.5);
        network.getTraining().setAdamBeta2(0.9);
        network.getTraining().setDiscriminatorLearningRate(4e-4);
        return network;
    }

    /**
     * Mirza and Osindero's conditional GAN (2014) with the MLP GAN's practice: the class, a label input fed each sample's digit,
     * is embedded (10 values) and joined to the noise in the generator and to the picture in the discriminator block, whose two
     * uses read the same class; the generator learns to draw the digit asked for, since a digit of another class is easy to
     * reject. The exported generator reads z and the class.
     */
    private static Network conditionalGan() {
        NetworkBuilder b = new NetworkBuilder("cgan", "The generator maps noise z ~ N(0, I) and a class to a digit of that class; the "
                + "discriminator block judges a digit together with its class, on generated and on real digits. The exported model is the "
                + "generator: it reads z and the class (int64, 0 to 9) and outputs digits.");
        Block discriminator = b.block("discriminator", BlockKind.GENERIC, body -> {
            Layer x = body.joined(body.blockInput("x"), classCode(body, body.blockInput("class"), "class_code"), "with_class");
            x = dropout(body, leaky(body, body.dense(x, "fc1", 512)), "drop1");
            x = dropout(body, leaky(body, body.dense(x, "fc2", 256)), "drop2");
            body.blockOutput(body.dense(x, "fc3", 1), "logit");
        });
        var label = b.labelInput("class");
        Layer x = b.joined(b.noise("z", 64), classCode(b, label, "class_code"), "noise_and_class");
        x = leaky(b, normalised(b, b.dense(x, "g1", 256), "norm1"));
        x = leaky(b, normalised(b, b.dense(x, "g2", 512), "norm2"));
        b.adversarial(discriminator, b.activation(b.dense(x, "g3", 784), SIGMOID), b.input("image", 784), LossKind.GAN, label, "class");
        return adam(b, 60);
    }

    /** A class index [N, 1] as a learnt vector of 10 values [N, 10]; the conditional VAE's too. */
    static Layer classCode(NetworkBuilder b, Layer label, String name) {
        return b.flatten(b.add(SequenceTemplates.embedding(10, 10), name, label));
    }

    /**
     * Goodfellow et al.'s GAN on MNIST with the practice since (Radford et al., 2016): LeakyReLU (0.2) in both networks, the
     * generator's non-saturating loss, Adam at 2e-4 with β1 0.5. The generator is 64-256-512-784 with a sigmoid, the discriminator
     * 784-512-256-1, one block judging the generated samples and the real ones.
     */
    private static Network gan() {
        NetworkBuilder b = new NetworkBuilder("gan", "The generator maps noise z ~ N(0, I) to digits; the discriminator block, used on "
                + "generated and on real digits, learns to tell them apart while the generator learns to fool it. The exported model is the "
                + "generator: it reads z and outputs digits.");
        Block discriminator = b.block("discriminator", BlockKind.GENERIC, body -> {
            Layer x = dropout(body, leaky(body, body.dense(body.blockInput("x"), "fc1", 512)), "drop1");
            x = dropout(body, leaky(body, body.dense(x, "fc2", 256)), "drop2");
            body.blockOutput(body.dense(x, "fc3", 1), "logit");
        });
        Layer x = leaky(b, normalised(b, b.dense(b.noise("z", 64), "g1", 256), "norm1"));
        x = leaky(b, normalised(b, b.dense(x, "g2", 512), "norm2"));
        b.adversarial(discriminator, b.activation(b.dense(x, "g3", 784), SIGMOID), b.input("image", 784), LossKind.GAN, null, null);
        return adam(b, 60);
    }

    /**
     * A convolutional GAN after Radford et al.'s DCGAN, sized for MNIST and two cores: the generator projects z to 64 maps of 7 × 7
     * and doubles them twice by resize-convolutions (nearest upsampling, then a 3 × 3 convolution; Odena et al., 2016), with
     * BatchNorm and LeakyReLU, to one map of logits for the sigmoid; the discriminator block halves the picture twice by stride-2
     * convolutions (LeakyReLU, dropout) to one logit. Adam 2e-4 with β1 0.5.
     */
    private static Network convGan() {
        NetworkBuilder b = new NetworkBuilder("conv-gan", "The generator upsamples noise z ~ N(0, I) to digits by resize-convolutions; the "
                + "discriminator block, used on generated and on real digits, judges them by strided convolutions. The exported model is the "
                + "generator.");
        Block discriminator = b.block("discriminator", BlockKind.GENERIC, body -> strided(body, body.blockInput("x")));
        Layer generated = upsampled(b, b.noise("z", 64), null);
        b.adversarial(discriminator, generated, b.input("image", 1, 28, 28), LossKind.GAN, null, null);
        return adam(b, 20);
    }

    /**
     * Radford et al.'s DCGAN (2016) as they wrote it, sized as the convolutional GAN: the generator projects z to 64 maps of 7 × 7
     * and doubles them twice by transposed convolutions (kernel 4, stride 2, padding 1, learnt upsampling) with BatchNorm and
     * LeakyReLU, to one map of logits for the sigmoid; the discriminator block is the convolutional GAN's. Adam 2e-4 with β1 0.5.
     */
    private static Network dcgan() {
        NetworkBuilder b = new NetworkBuilder("dcgan", "The generator enlarges noise z ~ N(0, I) to digits by transposed convolutions; the "
                + "discriminator block, used on generated and on real digits, judges them by strided convolutions. The exported model is the "
                + "generator.");
        Block discriminator = b.block("discriminator", BlockKind.GENERIC, body -> strided(body, body.blockInput("x")));
        Layer x = leaky(b, normalised(b, b.transposedConv(projected(b, b.noise("z", 64)), "up1", 32, 4, 2, 1), "norm1"));
        Layer generated = b.activation(b.transposedConv(x, "up2", 1, 4, 2, 1), SIGMOID);
        b.adversarial(discriminator, generated, b.input("image", 1, 28, 28), LossKind.GAN, null, null);
        return adam(b, 20);
    }

    /**
     * The convolutional GAN conditioned as the conditional GAN is: the generator reads the class code beside the noise before its
     * projection and again as a 7 × 7 map beside its 64 maps; the discriminator block turns the class code into a 28 × 28 map (a
     * dense layer, as Mirza and Osindero's conditioning of a convolutional judge is commonly done) and reads it as a second channel
     * of the picture, so its first convolution sees the digit and the class at every place.
     */
    private static Network conditionalConvGan() {
        NetworkBuilder b = new NetworkBuilder("conv-cgan", "The generator upsamples noise z ~ N(0, I) and a class to a digit of that class by "
                + "resize-convolutions; the discriminator block judges a digit with its class as a second channel, by strided convolutions. "
                + "The exported model is the generator: it reads z and the class (int64, 0 to 9).");
        Block discriminator = b.block("discriminator", BlockKind.GENERIC, body -> {
            // The picture's port first: a use of the block reads the samples at its first port.
            Layer image = body.blockInput("x");
            Layer classMap = maps(body, body.dense(classCode(body, body.blockInput("class"), "class_code"), "class_plane", 784), "class_map", 1,
                    28);
            strided(body, body.joined(image, classMap, "with_class"));
        });
        var label = b.labelInput("class");
        Layer code = classCode(b, label, "class_code");
        Layer generated = upsampled(b, b.joined(b.noise("z", 64), code, "noise_and_class"), code);
        b.adversarial(discriminator, generated, b.input("image", 1, 28, 28), LossKind.GAN, label, "class");
        return adam(b, 20);
    }

    /** A discriminator block's body from {@code x}: two stride-2 convolutions (LeakyReLU, dropout), then one logit. */
    private static void strided(NetworkBuilder body, Layer x) {
        x = dropout(body, leaky(body, body.conv(x, "conv1", 32, 3, 2, 1)), "drop1");
        x = dropout(body, leaky(body, body.conv(x, "conv2", 64, 3, 2, 1)), "drop2");
        body.blockOutput(body.dense(body.flatten(x), "fc", 1), "logit");
    }

    /**
     * The convolutional generator from {@code in}: projected to 64 maps of 7 × 7 (BatchNorm, LeakyReLU), {@code classCode} beside
     * them as one more map where given, doubled twice by resize-convolutions to one map, its sigmoid the digit.
     */
    private static Layer upsampled(NetworkBuilder b, Layer in, Layer classCode) {
        Layer x = projected(b, in);
        if (classCode != null) {
            // The class again as a 7 × 7 map beside the 64: every later convolution reads it at every place.
            x = b.joined(x, maps(b, b.dense(classCode, "class_plane", 49), "class_map", 1, 7), "maps_and_class");
        }
        x = leaky(b, normalised(b, b.conv(b.add(ConvolutionFactory.eINSTANCE.createUpsample(), "up1", x), "conv1", 32, 3, 1,
                1), "norm1"));
        x = b.conv(b.add(ConvolutionFactory.eINSTANCE.createUpsample(), "up2", x), "conv2", 1, 3, 1, 1);
        return b.activation(x, SIGMOID);
    }

    /** The convolutional generators' start: {@code in} projected to 64 maps of 7 × 7 (BatchNorm, LeakyReLU). */
    private static Layer projected(NetworkBuilder b, Layer in) {
        return maps(b, leaky(b, normalised(b, b.dense(in, "project", 64 * 7 * 7), "norm0")), "maps", 64, 7);
    }

    /** {@code from} reshaped to {@code channels} square maps of {@code side}. */
    static Layer maps(NetworkBuilder b, Layer from, String name, int channels, int side) {
        var reshape = dev.dendrite.model.network.NetworkFactory.eINSTANCE.createReshape();
        reshape.getDims().addAll(List.of(channels, side, side));
        return b.add(reshape, name, from);
    }

    /** The GANs' training: MNIST, batches of 64, Adam at 2e-4 with β1 0.5 (Radford et al.). */
    private static Network adam(NetworkBuilder b, int epochs) {
        Network network = b.training("mnist", epochs, 64, OptimizerKind.ADAM, 2e-4).network();
        network.getTraining().setAdamBeta1(0.5);
        return network;
    }

    /** Dropout in the discriminator, as the MLP GANs since Goodfellow et al.'s have it: it keeps it from winning outright early on. */
    private static Layer dropout(NetworkBuilder b, Layer from, String name) {
        var dropout = dev.dendrite.model.network.NetworkFactory.eINSTANCE.createDropout();
        dropout.setRate(0.3);
        return b.add(dropout, name, from);
    }

    /** BatchNorm in the generator (Radford et al.): with the discriminator's dropout, it keeps the game from tipping one way. */
    private static Layer normalised(NetworkBuilder b, Layer from, String name) {
        return b.add(NormalizationFactory.eINSTANCE.createBatchNorm(), name, from);
    }

    private static Layer leaky(NetworkBuilder b, Layer from) {
        return leaky(b, from, 0.2);
    }

    private static Layer leaky(NetworkBuilder b, Layer from, double slope) {
        var activation = b.activation(from, LEAKY_RELU);
        activation.setAlpha(slope);
        return activation;
    }
}
