package dev.dendrite.train.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataReadersTest {

    @Test
    void csvWithHeaderAndClassLabels(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("iris.csv");
        Files.writeString(file, "a,b,label\n1.0,2.0,0\n3.5,-1,2\n0,0,1\n");
        Dataset data = FileReaders.csv(file);
        assertEquals(3, data.size());
        assertTrue(data.hasLabels());
        assertEquals(3, data.classes());
        float[] row = new float[2];
        data.features(1, row, 0);
        assertArrayEquals(new float[] {3.5f, -1f}, row);
        assertEquals(2, data.label(1));
    }

    @Test
    void csvWithFractionalLastColumnIsRegression(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.csv");
        Files.writeString(file, "1,0.5\n2,1.5\n");
        Dataset data = FileReaders.csv(file);
        assertFalse(data.hasLabels());
        float[] target = new float[1];
        data.targets(1, target, 0);
        assertEquals(1.5f, target[0]);
        Files.writeString(file, "1,2\n3,x\n");
        IOException error = assertThrows(IOException.class, () -> FileReaders.csv(file));
        assertEquals("r.csv line 2 column 2: 'x' is not a number", error.getMessage());
    }

    private static void npy(Path file, String descr, long[] shape, byte[] data) throws IOException {
        StringBuilder dims = new StringBuilder();
        for (long d : shape) {
            dims.append(d).append(", ");
        }
        String header = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': (" + dims.toString().strip() + "), }";
        int total = 10 + header.length() + 1;
        header = header + " ".repeat((64 - total % 64) % 64) + "\n";
        ByteBuffer buffer = ByteBuffer.allocate(10 + header.length() + data.length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0).putShort((short) header.length());
        buffer.put(header.getBytes(StandardCharsets.US_ASCII)).put(data);
        Files.write(file, buffer.array());
    }

    @Test
    void npyFeaturesAndLabels(@TempDir Path dir) throws Exception {
        ByteBuffer x = ByteBuffer.allocate(6 * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 6; i++) {
            x.putFloat(i * 0.5f);
        }
        ByteBuffer y = ByteBuffer.allocate(3 * 8).order(ByteOrder.LITTLE_ENDIAN).putLong(1).putLong(0).putLong(2);
        npy(dir.resolve("x.npy"), "<f4", new long[] {3, 2}, x.array());
        npy(dir.resolve("y.npy"), "<i8", new long[] {3}, y.array());
        Dataset data = FileReaders.npy(dir.resolve("x.npy"), dir.resolve("y.npy"));
        assertEquals(3, data.size());
        assertEquals(2, data.label(2));
        float[] row = new float[2];
        data.features(2, row, 0);
        assertArrayEquals(new float[] {2f, 2.5f}, row);
        Files.writeString(dir.resolve("bad.npy"), "not numpy");
        assertEquals("bad.npy is not a .npy file", assertThrows(IOException.class, () -> FileReaders.npy(dir.resolve("bad.npy"))).getMessage());
    }

    @Test
    void cifarBinaryBatches(@TempDir Path dir) throws Exception {
        byte[] records = new byte[2 * 3073];
        records[0] = 3;
        records[1] = (byte) 255;
        records[3073] = 9;
        Files.write(dir.resolve("b.bin"), records);
        Dataset data = FileReaders.cifar10(List.of(dir.resolve("b.bin")), "cifar");
        assertEquals(2, data.size());
        assertArrayEquals(new long[] {3, 32, 32}, data.sampleShape());
        assertEquals(3, data.label(0));
        float[] pixels = new float[3072];
        data.features(0, pixels, 0);
        assertEquals(1f, pixels[0]);
        Files.write(dir.resolve("short.bin"), new byte[100]);
        assertThrows(IOException.class, () -> FileReaders.cifar10(List.of(dir.resolve("short.bin")), "cifar"));
    }

    @Test
    void pngFoldersOneClassEach(@TempDir Path dir) throws Exception {
        for (String label : List.of("cat", "dog")) {
            Files.createDirectories(dir.resolve(label));
            for (int i = 0; i < 2; i++) {
                BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_BYTE_GRAY);
                image.getRaster().setSample(1, 1, 0, label.equals("dog") ? 255 : 0);
                ImageIO.write(image, "png", dir.resolve(label).resolve(i + ".png").toFile());
            }
        }
        Dataset data = FileReaders.imageFolders(dir);
        assertEquals(4, data.size());
        assertEquals(2, data.classes());
        assertArrayEquals(new long[] {1, 3, 4}, data.sampleShape());
        float[] pixels = new float[12];
        data.features(2, pixels, 0);
        assertEquals(1, data.label(2));
        assertEquals(1f, pixels[4 + 1], 1e-6);
    }

    @Test
    void idxFilesRoundTrip(@TempDir Path dir) throws Exception {
        float[] images = new float[2 * 4];
        images[5] = 1f;
        IdxFiles.write(images, 2, 2, new int[] {7, 3}, dir.resolve("i"), dir.resolve("l"));
        Dataset data = IdxFiles.read(dir.resolve("i"), dir.resolve("l"), "tiny");
        assertEquals(3, data.label(1));
        float[] second = new float[4];
        data.features(1, second, 0);
        assertEquals(1f, second[1]);
    }

    @Test
    void syntheticSetsAreSeededAndShaped() {
        Dataset spirals = SyntheticData.spirals(300, 3, 0.01, 1);
        assertEquals(3, spirals.classes());
        Dataset roll = SyntheticData.swissRoll(100, 0, 1);
        assertArrayEquals(new long[] {3}, roll.sampleShape());
        // Without noise the sphere's points lie on it, and the S-curve's on its two arcs (x = sin t, z = sign(t)(cos t − 1)).
        Dataset sphere = SyntheticData.sphere(200, 0, 1);
        Dataset curve = SyntheticData.sCurve(200, 0, 1);
        float[] p = new float[3];
        float[] t = new float[1];
        for (int i = 0; i < 200; i++) {
            sphere.features(i, p, 0);
            sphere.targets(i, t, 0);
            assertEquals(1.0, Math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]), 1e-5);
            assertEquals(Math.asin(p[2]), t[0], 1e-5);
            curve.features(i, p, 0);
            curve.targets(i, t, 0);
            assertEquals(Math.sin(t[0]), p[0], 1e-5);
            assertEquals(Math.signum(t[0]) * (Math.cos(t[0]) - 1), p[2], 1e-5);
            assertTrue(p[1] >= 0 && p[1] <= 2);
        }
        Dataset teacher = SyntheticData.teacher(400, 10, 4, 1);
        int[] counts = new int[4];
        for (int i = 0; i < teacher.size(); i++) {
            counts[teacher.label(i)]++;
        }
        for (int count : counts) {
            assertTrue(count > 20, "every teacher class occurs: " + java.util.Arrays.toString(counts));
        }
        float[] a = new float[2];
        float[] b = new float[2];
        SyntheticData.twoMoons(10, 0.1, 5).features(3, a, 0);
        SyntheticData.twoMoons(10, 0.1, 5).features(3, b, 0);
        assertArrayEquals(a, b, "the same seed gives the same data");
    }

    @Test
    void unknownSpecsAndMissingFilesAreOneLine() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> DataSources.load("imagenet", Path.of("/tmp"), 1));
        assertTrue(unknown.getMessage().startsWith("unknown data 'imagenet': use mnist, fashion-mnist"), unknown.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> DataSources.load("csv:/no/such.csv", Path.of("/tmp"), 1));
        assertEquals("data file /no/such.csv does not exist", missing.getMessage());
        IllegalArgumentException cifar = assertThrows(IllegalArgumentException.class, () -> DataSources.load("cifar10", Path.of("/no/cache"), 1));
        assertTrue(cifar.getMessage().startsWith("CIFAR-10 is not in a registry Dendrite can reach"), cifar.getMessage());
    }
}
