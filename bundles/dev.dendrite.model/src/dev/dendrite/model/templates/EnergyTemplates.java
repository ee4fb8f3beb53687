package dev.dendrite.model.templates;

import static dev.dendrite.model.network.ActivationFunction.RELU;
import static dev.dendrite.model.network.ActivationFunction.SIGMOID;

import java.util.List;

import dev.dendrite.model.network.BlockKind;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.Noise;
import dev.dendrite.model.network.NoiseKind;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.convolution.ConvolutionFactory;
import dev.dendrite.model.network.generative.GenerativeFactory;
import dev.dendrite.model.network.generative.RBM;

/** Autoencoders (plain, denoising and variational), restricted Boltzmann machines and deep belief networks. */
final class EnergyTemplates {

    private static final NetworkFactory F = NetworkFactory.eINSTANCE;

    private EnergyTemplates() {
    }

    static List<Template> all() {
        return List.of(
                new Template("autoencoder", "Autoencoder", "Compresses MNIST digits to 32 numbers and back; the error scores anomalies",
                        () -> autoencoder("autoencoder", false)),
                new Template("denoising-autoencoder", "Autoencoder", "Reconstructs clean digits from inputs with 30% of pixels masked",
                        () -> autoencoder("denoising-autoencoder", true)),
                new Template("conv-autoencoder", "Autoencoder",
                        "Convolutional autoencoder: strided convolutions compress digits to 32 numbers, transposed convolutions decode them",
                        EnergyTemplates::convAutoencoder),
                new Template("vae", "Autoencoder", "Variational autoencoder: digits coded as Gaussians in a 2-D latent space it can decode from",
                        EnergyTemplates::vae),
                new Template("conv-vae", "Autoencoder", "Convolutional VAE: strided convolutions code digits in 16 dims, upsampling convolutions decode",
                        EnergyTemplates::convVae),
                new Template("cvae", "Autoencoder",
                        "Conditional VAE: a digit coded in 2 dims given its class; the decoder draws any class in the style a code gives",
                        EnergyTemplates::conditionalVae),
                new Template("rbm", "Energy-based", "A binary RBM with 128 hidden units trained by contrastive divergence (CD-1)",
                        EnergyTemplates::rbm),
                new Template("dbn", "Energy-based", "Deep belief net: two RBMs of 500 units pre-trained layer by layer, then fine-tuned as a classifier",
                        EnergyTemplates::dbn));
    }

    private static Network autoencoder(String id, boolean denoising) {
        NetworkBuilder b = new NetworkBuilder(id, denoising ? "Masking noise in training only: the code must capture structure."
                : "Encoder 784-128-32 and decoder 32-128-784 as blocks; the bottleneck is the code.");
        var encoder = b.block("encoder", BlockKind.ENCODER, body -> {
            Layer x = body.dense(body.blockInput("x"), "fc1", 128, RELU);
            body.blockOutput(body.dense(x, "bottleneck", 32), "code");
        });
        var decoder = b.block("decoder", BlockKind.DECODER, body -> {
            Layer x = body.dense(body.blockInput("code"), "fc1", 128, RELU);
            body.blockOutput(body.dense(x, "fc2", 784), "reconstruction");
        });
        Layer x = b.input("image", 784);
        if (denoising) {
            Noise noise = F.createNoise();
            noise.setKind(NoiseKind.MASKING);
            noise.setAmount(0.3);
            x = b.add(noise, "mask", x);
        }
        x = b.use(decoder, "decode", b.use(encoder, "encode", x));
        b.loss(b.activation(x, SIGMOID), LossKind.RECONSTRUCTION);
        return b.training("mnist", 20, 128, OptimizerKind.ADAM, 1e-3).network();
    }

    /**
     * The autoencoder's 32-number code with convolutions on both sides: the encoder halves the digit twice by stride-2 3 × 3
     * convolutions (16 and 32 maps, ReLU) and codes it in 32 numbers; the decoder projects the code to 32 maps of 7 × 7 and
     * doubles them twice by transposed convolutions (kernel 4, stride 2, padding 1), the sigmoid the reconstruction.
     */
    private static Network convAutoencoder() {
        NetworkBuilder b = new NetworkBuilder("conv-autoencoder", "Encoder: strided convolutions to a 32-number code; decoder: transposed "
                + "convolutions back to the digit. The bottleneck is the code; the error scores anomalies.");
        var encoder = b.block("encoder", BlockKind.ENCODER, body -> {
            Layer x = body.activation(body.conv(body.blockInput("x"), "conv1", 16, 3, 2, 1), RELU);
            x = body.activation(body.conv(x, "conv2", 32, 3, 2, 1), RELU);
            body.blockOutput(body.dense(body.flatten(x), "bottleneck", 32), "code");
        });
        var decoder = b.block("decoder", BlockKind.DECODER, body -> {
            Layer x = AdversarialTemplates.maps(body, body.dense(body.blockInput("code"), "project", 32 * 7 * 7, RELU), "maps", 32, 7);
            x = body.activation(body.transposedConv(x, "up1", 16, 4, 2, 1), RELU);
            body.blockOutput(body.transposedConv(x, "up2", 1, 4, 2, 1), "reconstruction");
        });
        Layer x = b.use(decoder, "decode", b.use(encoder, "encode", b.input("image", 1, 28, 28)));
        b.loss(b.activation(x, SIGMOID), LossKind.RECONSTRUCTION);
        return b.training("mnist", 20, 128, OptimizerKind.ADAM, 1e-3).network();
    }

    /**
     * Kingma and Welling's variational autoencoder as Keras's MLP example has it: 784-512-(2, 2)-512-784, the summed squared error
     * (the reconstruction loss's mean times 784 pixels) beside the KL term, both per sample. A 2-D code so that the learned
     * manifold can be drawn whole ({@code dendrite latent}); set the mean and logVariance layers' units to 16 for sharper digits.
     */
    private static Network vae() {
        NetworkBuilder b = new NetworkBuilder("vae", "Encoder to a Gaussian code q(z|x) = N(mean, exp(logVariance)); z sampled in training "
                + "(the reparameterisation trick), the KL term to N(0, I) added to the loss; at inference z is the mean.");
        var decoder = b.block("decoder", BlockKind.DECODER, body -> {
            Layer x = body.dense(body.blockInput("code"), "fc1", 512, RELU);
            body.blockOutput(body.activation(body.dense(x, "fc2", 784), SIGMOID), "reconstruction");
        });
        coded(b, b.dense(b.input("image", 784), "encode", 512, RELU), 2, decoder);
        return b.training("mnist", 30, 128, OptimizerKind.ADAM, 1e-3).network();
    }

    /**
     * Sohn et al.'s conditional VAE (2015) on the MLP VAE: the class, a label input fed each sample's digit, is embedded and joined
     * to the picture in the encoder and to the code in the decoder, so the 2-D code need not tell the digits apart and learns
     * their style (slant, width, stroke); the decoder, exported with z and the class as inputs, draws any digit in any style.
     */
    private static Network conditionalVae() {
        NetworkBuilder b = new NetworkBuilder("cvae", "Encoder q(z|x, class) and decoder p(x|z, class): the class is given to both, so the "
                + "2-D code holds what the class does not say, a digit's style; decode one code with each class for the same style.");
        var decoder = b.block("decoder", BlockKind.DECODER, body -> {
            Layer x = body.joined(body.blockInput("code"), AdversarialTemplates.classCode(body, body.blockInput("class"), "class_code"),
                    "code_and_class");
            x = body.dense(x, "fc1", 512, RELU);
            body.blockOutput(body.activation(body.dense(x, "fc2", 784), SIGMOID), "reconstruction");
        });
        var label = b.labelInput("class");
        Layer x = b.joined(b.input("image", 784), AdversarialTemplates.classCode(b, label, "class_code"), "image_and_class");
        b.connect(label, "", coded(b, b.dense(x, "encode", 512, RELU), 2, decoder), "class");
        return b.training("mnist", 30, 128, OptimizerKind.ADAM, 1e-3).network();
    }

    /**
     * A convolutional variational autoencoder: two stride-2 convolutions (28 → 14 → 7) and a dense layer code a digit as 16
     * Gaussians; the decoder undoes it by resize-convolutions (Odena et al., 2016: nearest upsampling, then a 3×3 convolution,
     * free of the transposed convolution's checkerboard), the last one to one channel of logits for the sigmoid.
     */
    private static Network convVae() {
        NetworkBuilder b = new NetworkBuilder("conv-vae", "Strided convolutions encode, upsampling convolutions decode; the KL term keeps the "
                + "16-dimensional code near N(0, I), so its prior's samples decode to digits.");
        var decoder = b.block("decoder", BlockKind.DECODER, body -> {
            Layer x = body.dense(body.blockInput("code"), "fc", 64 * 7 * 7, RELU);
            var grid = F.createReshape();
            grid.getDims().addAll(List.of(64, 7, 7));
            x = body.add(grid, "grid", x);
            x = body.activation(body.conv(body.add(ConvolutionFactory.eINSTANCE.createUpsample(), "up1", x), "conv1", 32, 3, 1, 1), RELU);
            x = body.conv(body.add(ConvolutionFactory.eINSTANCE.createUpsample(), "up2", x), "conv2", 1, 3, 1, 1);
            body.blockOutput(body.activation(x, SIGMOID), "reconstruction");
        });
        Layer x = b.activation(b.conv(b.input("image", 1, 28, 28), "conv1", 32, 3, 2, 1), RELU);
        x = b.activation(b.conv(x, "conv2", 64, 3, 2, 1), RELU);
        coded(b, b.dense(b.flatten(x), "encode", 256, RELU), 16, decoder);
        return b.training("mnist", 10, 128, OptimizerKind.ADAM, 1e-3).network();
    }

    /**
     * A code of {@code dims} Gaussians from {@code hidden} (its mean and log-variance by two dense layers, sampled by a GaussianLatent
     * "z"), decoded by {@code decoder} into a reconstruction loss weighted 784: the squared error summed over a digit's pixels.
     * Returns the decoder's use, for more inputs.
     */
    private static dev.dendrite.model.network.BlockInstance coded(NetworkBuilder b, Layer hidden, int dims,
            dev.dendrite.model.network.Block decoder) {
        Layer mean = b.dense(hidden, "mean", dims);
        Layer logVariance = b.dense(hidden, "logVariance", dims);
        Layer z = b.add(GenerativeFactory.eINSTANCE.createGaussianLatent(), "z", mean);
        b.connect(logVariance, "", z, dev.dendrite.model.ports.Ports.LOG_VARIANCE);
        dev.dendrite.model.network.BlockInstance decoded = b.use(decoder, "decode", z);
        b.loss(decoded, LossKind.RECONSTRUCTION).setWeight(784);
        return decoded;
    }

    private static RBM rbmLayer(int hidden) {
        RBM rbm = GenerativeFactory.eINSTANCE.createRBM();
        rbm.setHiddenUnits(hidden);
        rbm.setCdSteps(1);
        return rbm;
    }

    private static Network rbm() {
        NetworkBuilder b = new NetworkBuilder("rbm", "Learns a generative model of binarised digits; its weights look like strokes.");
        b.add(rbmLayer(128), "rbm", b.input("image", 784));
        return b.training("mnist", 10, 64, OptimizerKind.SGD, 0.05).network();
    }

    private static Network dbn() {
        NetworkBuilder b = new NetworkBuilder("dbn", "Hinton's recipe: greedy layer-wise RBM pre-training, then supervised fine-tuning.");
        var stack = b.block("stack", BlockKind.DBN_STACK, body -> {
            Layer x = body.add(rbmLayer(500), "rbm1", body.blockInput("x"));
            x = body.add(rbmLayer(500), "rbm2", x);
            body.blockOutput(x, "features");
        });
        Layer x = b.use(stack, "pretrained", b.input("image", 784));
        b.loss(b.dense(x, "classifier", 10), LossKind.CROSS_ENTROPY);
        Network network = b.training("mnist", 40, 64, OptimizerKind.SGD, 0.05).network();
        network.getTraining().setMomentum(0.9);
        network.getTraining().setPretrainingEpochs(25);
        return network;
    }
}
