"""PyTorch's training throughput on Dendrite's bench cases, for side-by-side comparison.

Same networks, optimizers and batch sizes as `dendrite bench`, eager mode on the CPU, random
data held in memory (as the bench does). Prints one line per case: name, batch, samples/s
(median of the windows). Run by compare-pytorch.sh, alternated with `dendrite bench`.
"""
import argparse
import statistics
import time

import torch
from torch import nn


def lenet5():
    return nn.Sequential(
        nn.Conv2d(1, 6, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(6, 16, 5), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(),
        nn.Linear(400, 120), nn.ReLU(), nn.Linear(120, 84), nn.ReLU(), nn.Linear(84, 10))


def mlp():
    return nn.Sequential(nn.Flatten(), nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 256), nn.ReLU(), nn.Linear(256, 10))


CASES = {
    "mlp-784-256-256-10 sgd": (mlp, "sgd"),
    "mlp-784-256-256-10 adam": (mlp, "adam"),
    "lenet-5 sgd": (lenet5, "sgd"),
    "lenet-5 adam": (lenet5, "adam"),
}


def rate(name, batch, windows, seconds):
    factory, optimizer = CASES[name]
    torch.manual_seed(1)
    model = factory()
    opt = torch.optim.Adam(model.parameters(), 1e-3) if optimizer == "adam" else torch.optim.SGD(model.parameters(), 0.05)
    loss_fn = nn.CrossEntropyLoss()
    x = torch.rand(batch, 1, 28, 28)
    y = torch.randint(0, 10, (batch,))

    def step():
        opt.zero_grad(set_to_none=True)
        loss_fn(model(x), y).backward()
        opt.step()

    for _ in range(20):
        step()
    rates = []
    for _ in range(windows):
        steps, start = 0, time.perf_counter()
        while time.perf_counter() - start < seconds:
            step()
            steps += 1
        rates.append(steps * batch / (time.perf_counter() - start))
    return statistics.median(rates)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default=None)
    parser.add_argument("--batch", type=int, action="append")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--windows", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=1.0)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    for name in CASES:
        if args.only and args.only != name:
            continue
        for batch in args.batch or [64, 128, 256, 512]:
            print(f"{name}\t{batch}\t{rate(name, batch, args.windows, args.seconds):.0f}", flush=True)


if __name__ == "__main__":
    main()
