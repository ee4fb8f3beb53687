package dev.dendrite.train.data;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reads and writes IDX files (the MNIST format): unsigned-byte images and labels, optionally gzipped. */
public final class IdxFiles {

    private IdxFiles() {
    }

    /** Images scaled to [0, 1] with labels; the sample shape is [1, rows, cols]. */
    public static Dataset read(Path images, Path labels, String name) throws IOException {
        try (DataInputStream in = open(images); DataInputStream lin = open(labels)) {
            int magic = in.readInt();
            if (magic != 0x803) {
                throw new IOException(images.getFileName() + " is not an IDX image file (magic " + Integer.toHexString(magic) + ", expected 803)");
            }
            int count = in.readInt();
            int rows = in.readInt();
            int cols = in.readInt();
            if (count <= 0 || rows <= 0 || cols <= 0 || (long) count * rows * cols > (1L << 31) - 1) {
                throw new IOException(images.getFileName() + " declares " + count + " images of " + rows + "×" + cols + ": not a usable size");
            }
            int labelMagic = lin.readInt();
            int labelCount = lin.readInt();
            if (labelMagic != 0x801 || labelCount != count) {
                throw new IOException(labels.getFileName() + " is not an IDX label file for " + count + " images");
            }
            byte[] pixels = new byte[count * rows * cols];
            in.readFully(pixels);
            byte[] raw = new byte[count];
            lin.readFully(raw);
            float[] features = new float[pixels.length];
            for (int i = 0; i < pixels.length; i++) {
                features[i] = (pixels[i] & 0xff) / 255f;
            }
            int[] l = new int[count];
            int classes = 0;
            for (int i = 0; i < count; i++) {
                l[i] = raw[i] & 0xff;
                classes = Math.max(classes, l[i] + 1);
            }
            return Dataset.classification(name, new long[] {1, rows, cols}, features, l, Math.max(classes, 10));
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.toString().endsWith(".gz")) {
            in = new GZIPInputStream(in);
        }
        return new DataInputStream(new java.io.BufferedInputStream(in));
    }

    /** Writes images (values in [0, 1], rounded to bytes) and labels. */
    public static void write(float[] images, int rows, int cols, int[] labels, Path imageFile, Path labelFile) throws IOException {
        try (OutputStream raw = Files.newOutputStream(imageFile); DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(raw))) {
            out.writeInt(0x803);
            out.writeInt(labels.length);
            out.writeInt(rows);
            out.writeInt(cols);
            for (float v : images) {
                out.writeByte(Math.round(Math.max(0, Math.min(1, v)) * 255));
            }
        }
        try (OutputStream raw = Files.newOutputStream(labelFile); DataOutputStream out = new DataOutputStream(raw)) {
            out.writeInt(0x801);
            out.writeInt(labels.length);
            for (int label : labels) {
                out.writeByte(label);
            }
        }
    }
}
