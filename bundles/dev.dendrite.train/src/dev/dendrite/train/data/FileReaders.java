package dev.dendrite.train.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

/** Readers for the user's own files: CSV, NumPy .npy, the CIFAR-10 binary format and folders of PNG images. */
public final class FileReaders {

    private FileReaders() {
    }

    /**
     * A CSV file: every column but the last are features; the last is a class label when every
     * value is a whole number ≥ 0, else a regression target. A first line that is not numeric is a header.
     */
    public static Dataset csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            throw new IOException(file.getFileName() + " is empty");
        }
        int start = isNumeric(lines.get(0)) ? 0 : 1;
        int columns = lines.get(start < lines.size() ? start : 0).split(",").length;
        if (columns < 2) {
            throw new IOException(file.getFileName() + " needs at least one feature column and one label column");
        }
        int rows = lines.size() - start;
        float[] features = new float[rows * (columns - 1)];
        float[] last = new float[rows];
        boolean classes = true;
        for (int r = 0; r < rows; r++) {
            String[] cells = lines.get(start + r).split(",");
            if (cells.length != columns) {
                throw new IOException(file.getFileName() + " line " + (start + r + 1) + " has " + cells.length + " columns, expected " + columns);
            }
            for (int c = 0; c < columns; c++) {
                float v;
                try {
                    v = Float.parseFloat(cells[c].trim());
                } catch (NumberFormatException e) {
                    throw new IOException(file.getFileName() + " line " + (start + r + 1) + " column " + (c + 1) + ": '" + cells[c].trim()
                            + "' is not a number");
                }
                if (c < columns - 1) {
                    features[r * (columns - 1) + c] = v;
                } else {
                    last[r] = v;
                    classes &= v >= 0 && v == Math.rint(v) && v < 100_000;
                }
            }
        }
        String name = file.getFileName().toString();
        if (classes) {
            int[] labels = new int[rows];
            int count = 0;
            for (int r = 0; r < rows; r++) {
                labels[r] = (int) last[r];
                count = Math.max(count, labels[r] + 1);
            }
            return Dataset.classification(name, new long[] {columns - 1}, features, labels, count);
        }
        return Dataset.regression(name, new long[] {columns - 1}, features, last, 1);
    }

    private static boolean isNumeric(String line) {
        for (String cell : line.split(",")) {
            try {
                Float.parseFloat(cell.trim());
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }

    /** An array from a .npy file (C order; float32/64, uint8, int32/64) with its shape. */
    public record NpyArray(long[] shape, float[] values, boolean integral) {
    }

    private static final Pattern DESCR = Pattern.compile("'descr':\\s*'([<>|=])([fiu])(\\d)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order':\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\(([^)]*)\\)");

    public static NpyArray npy(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        if (bytes.length < 10 || bytes[0] != (byte) 0x93 || bytes[1] != 'N' || bytes[2] != 'U' || bytes[3] != 'M') {
            throw new IOException(name + " is not a .npy file");
        }
        int major = bytes[6];
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int headerLength = major == 1 ? buffer.getShort(8) & 0xffff : buffer.getInt(8);
        int offset = major == 1 ? 10 : 12;
        String header = new String(bytes, offset, headerLength, StandardCharsets.US_ASCII);
        Matcher descr = DESCR.matcher(header);
        Matcher fortran = FORTRAN.matcher(header);
        Matcher shapeMatch = SHAPE.matcher(header);
        if (!descr.find() || !fortran.find() || !shapeMatch.find()) {
            throw new IOException(name + " has a .npy header Dendrite cannot read: " + header.strip());
        }
        if (fortran.group(1).equals("True") || descr.group(1).equals(">")) {
            throw new IOException(name + ": Fortran-ordered or big-endian arrays are not supported; save with numpy in C order");
        }
        long[] shape = Stream.of(shapeMatch.group(1).split(",")).map(String::trim).filter(s -> !s.isEmpty()).mapToLong(Long::parseLong).toArray();
        long count = 1;
        for (long d : shape) {
            count = Math.multiplyExact(count, d);
        }
        char kind = descr.group(2).charAt(0);
        int size = Integer.parseInt(descr.group(3));
        int data = offset + headerLength;
        if (count > Integer.MAX_VALUE || data + count * size > bytes.length) {
            throw new IOException(name + " declares " + count + " values of " + size + " bytes but holds fewer");
        }
        float[] values = new float[(int) count];
        for (int i = 0; i < count; i++) {
            int at = data + i * size;
            values[i] = switch (kind + "" + size) {
                case "f4" -> buffer.getFloat(at);
                case "f8" -> (float) buffer.getDouble(at);
                case "u1" -> bytes[at] & 0xff;
                case "i1" -> bytes[at];
                case "i4" -> buffer.getInt(at);
                case "i8" -> buffer.getLong(at);
                default -> throw new IOException(name + ": element type " + kind + size + " is not supported");
            };
        }
        return new NpyArray(shape, values, kind != 'f');
    }

    /** Features from one .npy file ([n, ...]) and labels (integers) or targets (floats) from another ([n] or [n, k]). */
    public static Dataset npy(Path featuresFile, Path labelsFile) throws IOException {
        NpyArray x = npy(featuresFile);
        NpyArray y = npy(labelsFile);
        if (x.shape().length < 2 || y.shape().length < 1 || x.shape()[0] != y.shape()[0]) {
            throw new IOException(featuresFile.getFileName() + " " + java.util.Arrays.toString(x.shape()) + " and " + labelsFile.getFileName()
                    + " " + java.util.Arrays.toString(y.shape()) + " do not hold the same number of samples");
        }
        long[] sample = java.util.Arrays.copyOfRange(x.shape(), 1, x.shape().length);
        if (y.integral() && y.shape().length == 1) {
            int[] labels = new int[y.values().length];
            int classes = 0;
            for (int i = 0; i < labels.length; i++) {
                labels[i] = (int) y.values()[i];
                classes = Math.max(classes, labels[i] + 1);
            }
            return Dataset.classification(featuresFile.getFileName().toString(), sample, x.values(), labels, classes);
        }
        return Dataset.regression(featuresFile.getFileName().toString(), sample, x.values(), y.values(),
                (int) (y.values().length / y.shape()[0]));
    }

    /** CIFAR-10 binary batches: records of one label byte and 3×32×32 pixel bytes. */
    public static Dataset cifar10(List<Path> batches, String name) throws IOException {
        List<byte[]> contents = new ArrayList<>();
        long records = 0;
        for (Path batch : batches) {
            byte[] bytes = Files.readAllBytes(batch);
            if (bytes.length == 0 || bytes.length % 3073 != 0) {
                throw new IOException(batch.getFileName() + " is not a CIFAR-10 binary batch (its size is not a multiple of 3073 bytes)");
            }
            contents.add(bytes);
            records += bytes.length / 3073;
        }
        float[] features = new float[(int) records * 3072];
        int[] labels = new int[(int) records];
        int r = 0;
        for (byte[] bytes : contents) {
            for (int at = 0; at < bytes.length; at += 3073, r++) {
                labels[r] = bytes[at] & 0xff;
                if (labels[r] > 9) {
                    throw new IOException(name + ": record " + r + " has label " + labels[r] + "; CIFAR-10 labels are 0 to 9");
                }
                for (int p = 0; p < 3072; p++) {
                    features[r * 3072 + p] = (bytes[at + 1 + p] & 0xff) / 255f;
                }
            }
        }
        return Dataset.classification(name, new long[] {3, 32, 32}, features, labels, 10);
    }

    /** One sub-folder per class (sorted by name), PNG images of equal size; grey images give one channel. */
    /**
     * An image's pixels in [0, 1] as the image folders are read: one grey channel (a grey image's
     * value) or three, channel-major (red plane, green plane, blue plane).
     */
    public static float[] pixels(BufferedImage image, int channels) {
        int width = image.getWidth();
        int height = image.getHeight();
        float[] pixels = new float[channels * width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = image.getRGB(x, y);
                if (channels == 1) {
                    pixels[y * width + x] = (rgb & 0xff) / 255f;
                } else {
                    pixels[y * width + x] = ((rgb >> 16) & 0xff) / 255f;
                    pixels[width * height + y * width + x] = ((rgb >> 8) & 0xff) / 255f;
                    pixels[2 * width * height + y * width + x] = (rgb & 0xff) / 255f;
                }
            }
        }
        return pixels;
    }

    public static Dataset imageFolders(Path root) throws IOException {
        List<Path> classes;
        try (Stream<Path> list = Files.list(root)) {
            classes = list.filter(Files::isDirectory).sorted().toList();
        }
        if (classes.isEmpty()) {
            throw new IOException(root + " has no class sub-folders (one folder of PNG images per class)");
        }
        List<float[]> images = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        int width = -1;
        int height = -1;
        int channels = -1;
        for (int c = 0; c < classes.size(); c++) {
            List<Path> files;
            try (Stream<Path> list = Files.list(classes.get(c))) {
                files = list.filter(f -> f.toString().toLowerCase().endsWith(".png")).sorted().toList();
            }
            for (Path file : files) {
                BufferedImage image = ImageIO.read(file.toFile());
                if (image == null) {
                    throw new IOException(file + " is not a readable PNG image");
                }
                int ch = image.getColorModel().getNumColorComponents() == 1 ? 1 : 3;
                if (width < 0) {
                    width = image.getWidth();
                    height = image.getHeight();
                    channels = ch;
                } else if (image.getWidth() != width || image.getHeight() != height || ch != channels) {
                    throw new IOException(file + " is " + image.getWidth() + "×" + image.getHeight() + "×" + ch + " but the first image is "
                            + width + "×" + height + "×" + channels + "; all images must have one size");
                }
                images.add(pixels(image, channels));
                labels.add(c);
            }
        }
        if (images.isEmpty()) {
            throw new IOException(root + " holds no PNG images");
        }
        float[] features = new float[images.size() * images.get(0).length];
        int[] l = new int[images.size()];
        for (int i = 0; i < images.size(); i++) {
            System.arraycopy(images.get(i), 0, features, i * images.get(0).length, images.get(0).length);
            l[i] = labels.get(i);
        }
        return Dataset.classification(root.getFileName().toString(), new long[] {channels, height, width}, features, l, classes.size());
    }
}
