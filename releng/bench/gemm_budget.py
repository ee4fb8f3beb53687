"""How much of "twice PyTorch" the MLP's matrix products alone use up.

The bench's MLP (784-256-256-10) trains with eight GEMMs a step: three forward products with their
bias, three weight gradients (transA) and two input gradients (transB). This times those eight
alone, as ONNX Runtime's CPU kernels run them (one graph, two threads, inputs bound once), and
PyTorch's whole training step of the same MLP with SGD and with Adam (pytorch_reference.py), each in
a process of its own, alternated round by round (the two engines' spinning threads slow each other
in one process). It prints, per batch, the GEMMs' time and share of the measured peak, PyTorch's
step, and the rounds' paired ratio of the GEMMs to half of PyTorch's step: what is left below 1 is
all that the rest of a step twice as fast as PyTorch's may take (ReLUs and their masks, the loss,
the update, the gradient norms).

Needs onnxruntime, onnx, numpy and torch. Usage: python gemm_budget.py [--rounds R] [BATCH ...]
(default 5 rounds at 128, 256 and 512). Run it alone; PyTorch runs with the allocator settings of
compare-pytorch.sh (GLIBC_TUNABLES, unless PYTORCH_MALLOC=default).
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

TUNED = "glibc.malloc.hugetlb=1:glibc.malloc.mmap_threshold=268435456:glibc.malloc.trim_threshold=1073741824"
WIDTHS = [784, 256, 256, 10]


def gemm_graph(batch):
    from onnx import TensorProto, helper

    def value(name, shape):
        return helper.make_tensor_value_info(name, TensorProto.FLOAT, shape)

    nodes, inputs, outputs, flops, h = [], [value("x", [batch, WIDTHS[0]])], [], 0, "x"
    for i in range(3):
        fan_in, fan_out = WIDTHS[i], WIDTHS[i + 1]
        inputs += [value(f"w{i}", [fan_in, fan_out]), value(f"b{i}", [fan_out]), value(f"dy{i}", [batch, fan_out])]
        nodes.append(helper.make_node("Gemm", [h, f"w{i}", f"b{i}"], [f"y{i}"]))
        nodes.append(helper.make_node("Gemm", [h, f"dy{i}"], [f"dw{i}"], transA=1))
        outputs += [value(f"y{i}", [batch, fan_out]), value(f"dw{i}", [fan_in, fan_out])]
        flops += 4 * batch * fan_in * fan_out
        if i > 0:
            nodes.append(helper.make_node("Gemm", [f"dy{i}", f"w{i}"], [f"dx{i}"], transB=1))
            outputs.append(value(f"dx{i}", [batch, fan_in]))
            flops += 2 * batch * fan_in * fan_out
        h = f"y{i}"
    graph = helper.make_graph(nodes, "gemms", inputs, outputs)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)], ir_version=9), flops


def peak_graph():
    from onnx import TensorProto, helper
    square = [helper.make_tensor_value_info(n, TensorProto.FLOAT, [1024, 1024]) for n in "abc"]
    graph = helper.make_graph([helper.make_node("MatMul", ["a", "b"], ["c"])], "peak", square[:2], square[2:])
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)], ir_version=9), 2 * 1024 ** 3


def seconds_per_run(model, repetitions, windows):
    import numpy as np
    import onnxruntime as ort
    options = ort.SessionOptions()
    options.intra_op_num_threads = 2
    options.log_severity_level = 3
    session = ort.InferenceSession(model.SerializeToString(), options, providers=["CPUExecutionProvider"])
    binding = session.io_binding()
    for i in session.get_inputs():
        binding.bind_cpu_input(i.name, np.random.default_rng(1).random(i.shape, dtype=np.float32))
    for o in session.get_outputs():
        binding.bind_output(o.name)
    times = []
    for _ in range(windows + 1):
        start = time.perf_counter()
        for _ in range(repetitions):
            session.run_with_iobinding(binding)
        times.append((time.perf_counter() - start) / repetitions)
    return times[1:]


def onnx_side(batches):
    peak_model, peak_flops = peak_graph()
    peak = peak_flops / min(seconds_per_run(peak_model, 10, 5))
    for batch in batches:
        model, flops = gemm_graph(batch)
        print(batch, statistics.median(seconds_per_run(model, max(10, 10000 // batch), 7)), flops, peak)


def torch_side(batches):
    import torch
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import pytorch_reference
    torch.set_num_threads(2)
    for batch in batches:
        steps = []
        for optimizer in ("sgd", "adam"):
            step = pytorch_reference.training_step("mlp-784-256-256-10 " + optimizer, batch)
            for _ in range(20):
                step()
            times = []
            for _ in range(7):
                start = time.perf_counter()
                for _ in range(max(10, 10000 // batch)):
                    step()
                times.append((time.perf_counter() - start) / max(10, 10000 // batch))
            steps.append(statistics.median(times))
        print(batch, *steps)


def run(side, batches, env=None):
    lines = subprocess.run([sys.executable, __file__, "--side", side, *map(str, batches)], check=True, capture_output=True,
                           text=True, env=env).stdout.split("\n")
    return {int(f[0]): [float(v) for v in f[1:]] for f in (line.split() for line in lines) if f}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--side", choices=["onnx", "torch"], help=argparse.SUPPRESS)
    parser.add_argument("batches", nargs="*", type=int, default=[128, 256, 512])
    args = parser.parse_args()
    if args.side:
        (onnx_side if args.side == "onnx" else torch_side)(args.batches)
        return
    env = dict(os.environ) if os.environ.get("PYTORCH_MALLOC") == "default" else dict(os.environ, GLIBC_TUNABLES=TUNED)
    rounds = [(run("onnx", args.batches), run("torch", args.batches, env)) for _ in range(args.rounds)]
    print("batch  GEMMs ms  GFLOP/s  % of peak  PyTorch SGD ms  Adam ms  GEMMs / (PyTorch step / 2), paired: SGD (range)  Adam (range)")
    for batch in args.batches:
        gemms = [o[batch][0] for o, _ in rounds]
        flops = rounds[0][0][batch][1]
        peak = statistics.median(o[batch][2] for o, _ in rounds)
        sgd = [2 * o[batch][0] / t[batch][0] for o, t in rounds]
        adam = [2 * o[batch][0] / t[batch][1] for o, t in rounds]
        print(f"{batch:5d}  {1e3 * statistics.median(gemms):8.3f}  {flops / statistics.median(gemms) / 1e9:7.0f}  "
              f"{100 * flops / statistics.median(gemms) / peak:9.0f}  {1e3 * statistics.median(t[batch][0] for _, t in rounds):14.3f}  "
              f"{1e3 * statistics.median(t[batch][1] for _, t in rounds):7.3f}  "
              f"{statistics.median(sgd):.2f} ({min(sgd):.2f}-{max(sgd):.2f})  {statistics.median(adam):.2f} ({min(adam):.2f}-{max(adam):.2f})")


if __name__ == "__main__":
    main()
