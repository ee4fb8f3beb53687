package dev.dendrite.train.autodiff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.graph.NodeAttributes;

/**
 * The rule of Resize (nearest and linear, as U-Nets and decoders upsample). Resizing is linear in
 * its input, one axis at a time: y = M_H · x · M_Wᵀ for each image, with M the interpolation matrix
 * [out × in] of an axis. The gradient is M_Hᵀ · g · M_W, two MatMuls with constant matrices built
 * here by ONNX's own coordinate formulas (every coordinate transformation mode but
 * tf_crop_and_resize, every nearest rounding mode), which needs the resized dims' sizes known.
 * Nearest upsampling by whole-number scales, where each input pixel fills a block, sums the blocks
 * instead and needs no sizes.
 */
final class ResizeRules {

    private ResizeRules() {
    }

    static List<String> resize(NodeProto n, List<String> g, GradientContext c) {
        String mode = NodeAttributes.s(n, "mode", "nearest");
        String transform = NodeAttributes.s(n, "coordinate_transformation_mode", "half_pixel");
        String rounding = NodeAttributes.s(n, "nearest_mode", "round_prefer_floor");
        if (!mode.equals("nearest") && !mode.equals("linear") || transform.equals("tf_crop_and_resize") || Attrs.get(n, "axes") != null
                || Attrs.i(n, "antialias", 0) != 0) {
            throw refused(n, "mode " + mode + ", coordinate transformation " + transform + ", axes or antialias");
        }
        String x = n.getInput(0);
        double[] scales = scales(n, c);
        long[] wholeScales = whole(scales);
        boolean blocks = mode.equals("nearest") && wholeScales != null && (transform.equals("asymmetric") && rounding.equals("floor")
                || (transform.equals("half_pixel") || transform.equals("pytorch_half_pixel")) && rounding.equals("round_prefer_floor"));
        if (blocks) {
            return Arrays.asList(blockSums(g.get(0), x, wholeScales, c), null, null, null);
        }
        long[] input = c.staticShape(x);
        long[] sizes = n.getInputCount() > 3 && !n.getInput(3).isEmpty() ? c.constantLongs(n.getInput(3)) : null;
        if (input == null || scales == null && sizes == null) {
            throw refused(n, "sizes of the input not known or scales not constant");
        }
        int rank = input.length;
        String gradient = g.get(0);
        for (int axis = rank - 1; axis >= 0; axis--) {
            long in = input[axis];
            long out = sizes != null ? sizes[axis] : (long) Math.floor(in * scales[axis]);
            double scale = sizes != null ? (double) out / in : scales[axis];
            if (in == out && scale == 1) {
                continue;
            }
            if (axis < rank - 2 || in <= 0) {
                throw refused(n, "a resized axis before the last two, or of unknown size");
            }
            FloatTensor m = matrix(mode, transform, rounding, in, out, scale);
            if (axis == rank - 1) {
                gradient = c.op("MatMul", "resize_dx_w", List.of(gradient, c.op("CastLike", "resize_m", List.of(
                        c.graph().initializer("grad/resize_w", m), gradient))));
            } else {
                String transposed = c.graph().initializer("grad/resize_h_t", transpose(m));
                gradient = c.op("MatMul", "resize_dx_h", List.of(c.op("CastLike", "resize_mt", List.of(transposed, gradient)), gradient));
            }
        }
        return Arrays.asList(gradient, null, null, null);
    }

    private static IllegalArgumentException refused(NodeProto n, String what) {
        return new IllegalArgumentException("no gradient rule for Resize with " + what + " (node " + n.getName() + ")");
    }

    /** The constant scales (third input), or null when absent or not constant. */
    private static double[] scales(NodeProto n, GradientContext c) {
        if (n.getInputCount() < 3 || n.getInput(2).isEmpty()) {
            return null;
        }
        float[] values = c.constantFloats(n.getInput(2));
        if (values == null || values.length == 0) {
            return null;
        }
        double[] scales = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            scales[i] = values[i];
        }
        return scales;
    }

    private static long[] whole(double[] scales) {
        if (scales == null) {
            return null;
        }
        long[] whole = new long[scales.length];
        for (int i = 0; i < scales.length; i++) {
            whole[i] = Math.round(scales[i]);
            if (whole[i] < 1 || Math.abs(scales[i] - whole[i]) > 1e-6) {
                return null;
            }
        }
        return whole;
    }

    /** [N, C, H·s, W·t] → [N, C, H, s, W, t] → summed over s and t: each input pixel's block. */
    private static String blockSums(String g, String x, long[] scales, GradientContext c) {
        String shape = c.shape(x);
        List<String> parts = new ArrayList<>();
        List<Long> axes = new ArrayList<>();
        for (int i = 0; i < scales.length; i++) {
            parts.add(c.op("Slice", "resize_dim", List.of(shape, c.longs(i), c.longs(i + 1))));
            if (scales[i] != 1) {
                parts.add(c.longs(scales[i]));
                axes.add((long) (parts.size() - 1));
            }
        }
        if (axes.isEmpty()) {
            return g;
        }
        String split = c.op("Reshape", "resize_blocks", List.of(g, c.op("Concat", "resize_blocks_shape", parts, Attr.i("axis", 0))));
        return c.op("ReduceSum", "resize_dx", List.of(split, c.longs(axes.stream().mapToLong(Long::longValue).toArray())),
                Attr.i("keepdims", 0));
    }

    /** The interpolation matrix [out, in] of one axis: row o holds the weights output o gives each input. */
    static FloatTensor matrix(String mode, String transform, String rounding, long in, long out, double scale) {
        float[] weights = new float[(int) (out * in)];
        for (int o = 0; o < out; o++) {
            double source = switch (transform) {
                case "half_pixel" -> (o + 0.5) / scale - 0.5;
                case "pytorch_half_pixel" -> out > 1 ? (o + 0.5) / scale - 0.5 : 0;
                case "align_corners" -> out == 1 ? 0 : o * (in - 1.0) / (out - 1.0);
                case "asymmetric" -> o / scale;
                case "tf_half_pixel_for_nn" -> (o + 0.5) / scale;
                default -> throw new IllegalArgumentException("no gradient rule for Resize with coordinate transformation " + transform);
            };
            int row = (int) (o * in);
            if (mode.equals("nearest")) {
                long picked = Math.max(0, Math.min(in - 1, nearest(source, rounding)));
                weights[row + (int) picked] = 1f;
            } else {
                double clamped = Math.max(0, Math.min(in - 1, source));
                long low = (long) Math.floor(clamped);
                long high = Math.min(low + 1, in - 1);
                double fraction = clamped - low;
                weights[row + (int) low] += (float) (1 - fraction);
                weights[row + (int) high] += (float) fraction;
            }
        }
        return new FloatTensor(new long[] {out, in}, weights);
    }

    private static long nearest(double x, String rounding) {
        return switch (rounding) {
            case "floor" -> (long) Math.floor(x);
            case "ceil" -> (long) Math.ceil(x);
            case "round_prefer_ceil" -> (long) Math.floor(x + 0.5);
            default -> x == Math.floor(x) + 0.5 ? (long) Math.floor(x) : Math.round(x); // round_prefer_floor
        };
    }

    private static FloatTensor transpose(FloatTensor m) {
        long rows = m.shape()[0];
        long columns = m.shape()[1];
        float[] t = new float[m.values().length];
        for (int r = 0; r < rows; r++) {
            for (int col = 0; col < columns; col++) {
                t[(int) (col * rows + r)] = m.values()[(int) (r * columns + col)];
            }
        }
        return new FloatTensor(new long[] {columns, rows}, t);
    }
}
