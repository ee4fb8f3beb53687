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


def conv_bn(cin, cout, stride):
    return [nn.Conv2d(cin, cout, 3, stride, 1, bias=False), nn.BatchNorm2d(cout)]


class Residual(nn.Module):
    """Two 3×3 convolutions with BatchNorm; the shortcut is the identity or a strided 1×1 projection."""

    def __init__(self, cin, cout, stride):
        super().__init__()
        self.body = nn.Sequential(*conv_bn(cin, cout, stride), nn.ReLU(), *conv_bn(cout, cout, 1))
        self.shortcut = nn.Identity() if cin == cout and stride == 1 else nn.Conv2d(cin, cout, 1, stride)

    def forward(self, x):
        return torch.relu(self.body(x) + self.shortcut(x))


def resnet_small():
    """Dendrite's resnet-small template: 16-32-64 channels on 3×32×32 inputs."""
    return nn.Sequential(*conv_bn(3, 16, 1), nn.ReLU(), Residual(16, 16, 1), Residual(16, 32, 2), Residual(32, 64, 2),
                         nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(64, 10))


class LstmRows(nn.Module):
    """MNIST read row by row: 28 steps of 28 values into an LSTM of 128 units, the last state into 10 classes."""

    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(28, 128, batch_first=True)
        self.fc = nn.Linear(128, 10)

    def forward(self, x):
        out, _ = self.lstm(x.reshape(x.shape[0], 28, 28))
        return self.fc(out[:, -1])


CASES = {
    "mlp-784-256-256-10 sgd": (mlp, "sgd"),
    "mlp-784-256-256-10 adam": (mlp, "adam"),
    "lenet-5 sgd": (lenet5, "sgd"),
    "lenet-5 adam": (lenet5, "adam"),
    "resnet-small adam": (resnet_small, "adam"),
    "lstm-128 mnist-rows adam": (LstmRows, "adam"),
}

INPUTS = {"resnet-small adam": (3, 32, 32)}


def rate(name, batch, windows, seconds):
    factory, optimizer = CASES[name]
    torch.manual_seed(1)
    model = factory()
    opt = torch.optim.Adam(model.parameters(), 1e-3) if optimizer == "adam" else torch.optim.SGD(model.parameters(), 0.05)
    loss_fn = nn.CrossEntropyLoss()
    x = torch.rand(batch, *INPUTS.get(name, (1, 28, 28)))
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
