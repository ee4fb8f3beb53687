"""One 3×3 convolution timed three ways, to show what bounds convolutional training steps.

Dendrite's training graphs feed each kernel as an input (it changes every step), so ONNX Runtime
runs the NCHW Conv (im2col and a GEMM per sample). With the kernel a constant initializer and the
graph optimisation level at "all", ONNX Runtime rewrites the Conv into its blocked NCHWc form
(MLAS's direct convolution kernels), which a training step cannot get. PyTorch's conv2d (oneDNN)
is timed beside both, forward alone and forward with the input and kernel gradients.

Needs onnxruntime, onnx and numpy; torch too for the PyTorch columns (left out without it).
Usage: python conv_kernels.py [--threads N] [--rounds R]; prints medians in ms and GFLOP/s.
Run it alone: other busy processes slow ONNX Runtime's spinning threads.
"""
import argparse
import statistics
import time

import numpy as np
import onnxruntime as ort
from onnx import TensorProto, helper, numpy_helper

# resnet-small's 3×3 convolutions at batch 64 (stages of 16, 32 and 64 channels) and its first stage at 512.
SHAPES = [(64, 16, 32, 32, 16), (64, 32, 16, 16, 32), (64, 64, 8, 8, 64), (512, 16, 32, 32, 16)]


def median_ms(run, repeats):
    for _ in range(5):
        run()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e3


def ort_conv(x, w, constant_kernel, threads):
    n, c, h, wd = x.shape
    inputs = [helper.make_tensor_value_info("x", TensorProto.FLOAT, list(x.shape))]
    if not constant_kernel:
        inputs.append(helper.make_tensor_value_info("w", TensorProto.FLOAT, list(w.shape)))
    graph = helper.make_graph([helper.make_node("Conv", ["x", "w"], ["y"], pads=[1, 1, 1, 1], kernel_shape=[3, 3])], "conv",
                              inputs, [helper.make_tensor_value_info("y", TensorProto.FLOAT, None)],
                              initializer=[numpy_helper.from_array(w, "w")] if constant_kernel else [])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], ir_version=8)
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    session = ort.InferenceSession(model.SerializeToString(), options, providers=["CPUExecutionProvider"])
    feeds = {"x": x} if constant_kernel else {"x": x, "w": w}
    return lambda: session.run(None, feeds)


def torch_runs(x, w, threads):
    import torch
    torch.set_num_threads(threads)
    tx = torch.from_numpy(x).requires_grad_()
    tw = torch.from_numpy(w).requires_grad_()
    g = torch.ones(x.shape[0], w.shape[0], x.shape[2], x.shape[3])

    def forward():
        with torch.no_grad():
            torch.nn.functional.conv2d(tx, tw, padding=1)

    def with_gradients():
        torch.autograd.grad(torch.nn.functional.conv2d(tx, tw, padding=1), (tx, tw), g)
    return forward, with_gradients


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeats", type=int, default=30)
    args = parser.parse_args()
    try:
        import torch  # noqa: F401
        have_torch = True
    except ImportError:
        have_torch = False
    rng = np.random.default_rng(1)
    print(f"onnxruntime {ort.__version__}, {args.threads} threads, medians of {args.rounds} rounds of {args.repeats} runs (ms)")
    print("shape                          ORT fed kernel  ORT constant (NCHWc)  PyTorch forward  PyTorch fwd+grads")
    for n, c, h, wd, k in SHAPES:
        x = rng.random((n, c, h, wd), dtype=np.float32)
        w = rng.random((k, c, 3, 3), dtype=np.float32) - 0.5
        runs = {"fed": ort_conv(x, w, False, args.threads), "constant": ort_conv(x, w, True, args.threads)}
        if have_torch:
            runs["torch"], runs["torch_grads"] = torch_runs(x, w, args.threads)
        rounds = {name: [] for name in runs}
        for _ in range(args.rounds):
            for name, run in runs.items():
                rounds[name].append(median_ms(run, args.repeats))
        ms = {name: statistics.median(values) for name, values in rounds.items()}
        gflop = 2 * n * k * c * 9 * h * wd / 1e9

        def cell(name):
            return f"{ms[name]:6.2f} ({gflop / ms[name] * 1e3:3.0f} GF/s)" if name in ms else "        -"
        grads = f"{ms['torch_grads']:6.2f}" if have_torch else "     -"
        print(f"[{n},{c},{h},{wd}]x[{k},{c},3,3]".ljust(31) + f"{cell('fed')}  {cell('constant')}  {cell('torch')}  {grads}")


if __name__ == "__main__":
    main()
