package dev.dendrite.analysis.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.InputRole;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.BlockKind;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.weights.Weights;

/** A generator's noise space: diversity as the pairs' distance, spherical interpolation, and the model it reads. */
class GeneratorSpaceTest {

    @Test
    void diversityIsTheRootMeanSquareDistanceOfEveryPair() {
        Random random = new Random(3);
        float[][] rows = new float[7][5];
        for (float[] row : rows) {
            for (int v = 0; v < row.length; v++) {
                row[v] = (float) random.nextGaussian();
            }
        }
        double squares = 0;
        int pairs = 0;
        for (int i = 0; i < rows.length; i++) {
            for (int j = i + 1; j < rows.length; j++) {
                for (int v = 0; v < 5; v++) {
                    squares += Math.pow(rows[i][v] - rows[j][v], 2);
                }
                pairs++;
            }
        }
        assertEquals(Math.sqrt(squares / pairs / 5), GeneratorSpace.diversity(rows), 1e-6);
        assertEquals(0, GeneratorSpace.diversity(new float[][] {rows[0], rows[0].clone(), rows[0].clone()}), 1e-6, "one mode, no diversity");
    }

    @Test
    void sphericalInterpolationRunsFromOneEndToTheOtherAlongTheSphere() {
        float[] ends = {3, 0, 0, 0, 3, 0};
        float[] out = new float[3];
        GeneratorSpace.slerp(ends, 0, 3, 3, 0, out, 0);
        assertEquals(3, out[0], 1e-6);
        GeneratorSpace.slerp(ends, 0, 3, 3, 1, out, 0);
        assertEquals(3, out[1], 1e-6);
        GeneratorSpace.slerp(ends, 0, 3, 3, 0.5, out, 0);
        assertEquals(3, Math.hypot(out[0], out[1]), 1e-5, "the midpoint keeps the ends' length (a straight line's would be 2.12)");
        assertEquals(out[0], out[1], 1e-6);
        // Nearly opposite vectors of unequal lengths (a 2-D code's): every point's length between the ends', not far out.
        float[] opposite = {1, 0.01f, -3, 0};
        for (double t = 0; t <= 1; t += 0.125) {
            GeneratorSpace.slerp(opposite, 0, 2, 2, t, out, 0);
            double length = Math.hypot(out[0], out[1]);
            assertEquals((1 - t) * Math.hypot(1, 0.01) + t * 3, length, 1e-4, "t = " + t);
        }
    }

    @Test
    void aGeneratorsSamplesHaveItsOutputsShapeAndOtherModelsAreRefused() throws Exception {
        NetworkBuilder b = new NetworkBuilder("g", "a small GAN");
        var judge = b.block("judge", BlockKind.GENERIC, body -> body.blockOutput(body.dense(body.blockInput("x"), "fc", 1), "logit"));
        var z = b.input("z", 3);
        z.setRole(InputRole.NOISE);
        var loss = b.loss(b.use(judge, "judge_generated", b.dense(z, "generate", 16)), LossKind.GAN);
        b.connect(b.use(judge, "judge_real", b.input("x", 16)), "", loss, Ports.TARGET);
        var model = OnnxExporter.export(b.training("test", 1, 4, OptimizerKind.ADAM, 1e-3).network(), new Weights(), "test").model();
        GeneratorSpace space = GeneratorSpace.of(model, new GeneratorSpace.Settings(10, 2, 5, 7));
        assertEquals("z", space.input());
        assertEquals(3, space.dims());
        assertEquals(10, space.samples().length);
        assertEquals(16, space.samples()[0].length);
        assertEquals(10, space.interpolation().length, "two lines of five");
        assertTrue(space.diversity() > 0);
        assertEquals(GeneratorSpace.diversity(space.samples()), space.diversity(), 1e-12);
        var classifier = OnnxExporter.export(dev.dendrite.model.templates.TemplateLibrary.find("lenet-5").orElseThrow().create(), new Weights(),
                "test").model();
        var refused = assertThrows(IllegalArgumentException.class, () -> GeneratorSpace.of(classifier, GeneratorSpace.Settings.defaults()));
        assertTrue(refused.getMessage().contains("noise vectors"), refused.getMessage());
    }
}
