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


class PreNormBlock(nn.Module):
    """x + causal attention(LayerNorm(x)), then h + FFN(LayerNorm(h)) with GELU, as Dendrite's transformer templates build it."""

    def __init__(self, width, heads):
        super().__init__()
        self.norm1 = nn.LayerNorm(width)
        self.attention = nn.MultiheadAttention(width, heads, batch_first=True)
        self.norm2 = nn.LayerNorm(width)
        self.ffn1 = nn.Linear(width, 4 * width)
        self.ffn2 = nn.Linear(4 * width, width)

    def forward(self, x):
        h = self.norm1(x)
        steps = x.shape[1]
        mask = torch.triu(torch.ones(steps, steps, dtype=torch.bool), 1)
        a, _ = self.attention(h, h, h, attn_mask=mask, need_weights=False)
        x = x + a
        return x + self.ffn2(nn.functional.gelu(self.ffn1(self.norm2(x))))


class TransformerGenerator(nn.Module):
    """The transformer-generator template: a value per step to width 32, fixed sinusoidal positions,
    two causal pre-norm blocks of 4 heads, a final LayerNorm, the next value per step."""

    def __init__(self, width=32, heads=4, max_length=64):
        super().__init__()
        self.embed = nn.Linear(1, width)
        position = torch.arange(max_length).unsqueeze(1)
        pair = torch.arange(0, width, 2)
        angle = position / torch.pow(10000.0, pair / width)
        table = torch.zeros(max_length, width)
        table[:, 0::2] = torch.sin(angle)
        table[:, 1::2] = torch.cos(angle)
        self.register_buffer("positions", table)
        self.blocks = nn.ModuleList([PreNormBlock(width, heads) for _ in range(2)])
        self.norm = nn.LayerNorm(width)
        self.next = nn.Linear(width, 1)

    def forward(self, x):
        x = self.embed(x) + self.positions[: x.shape[1]]
        for block in self.blocks:
            x = block(x)
        return self.next(self.norm(x))


class Gcn(nn.Module):
    """Kipf and Welling's layer, D^-1/2 (A + I) D^-1/2 X W + b, in plain PyTorch: weights per node
    before the gather and after the scatter (index_add_), and the propagation on the narrower side
    of W (the input before the product when the layer widens), as Dendrite's lowering computes it."""

    def __init__(self, cin, cout):
        super().__init__()
        self.linear = nn.Linear(cin, cout)

    def propagate(self, h, src, dst, scale):
        h = h * scale
        return (torch.zeros_like(h).index_add_(0, dst, h[src]) + h) * scale

    def forward(self, x, src, dst, scale):
        w = self.linear.weight
        if w.shape[1] < w.shape[0]:
            return self.propagate(x, src, dst, scale) @ w.T + self.linear.bias
        return self.propagate(x @ w.T, src, dst, scale) + self.linear.bias


class GcnNodeClassifier(nn.Module):
    """Dendrite's gcn-node-classifier template: two GCN layers, 8 → 16 (ReLU) → 4 classes per node."""

    def __init__(self):
        super().__init__()
        self.gcn1, self.gcn2 = Gcn(8, 16), Gcn(16, 4)

    def forward(self, graph):
        x, src, dst = graph
        # The degrees depend on the edges only: once per batch, shared by both layers.
        scale = (1 + torch.bincount(dst, minlength=x.shape[0]).to(x.dtype)).rsqrt().unsqueeze(1)
        return self.gcn2(torch.relu(self.gcn1(x, src, dst, scale)), src, dst, scale)


def communities(graphs, generator):
    """A batch of the bench's community graphs: 4 communities of 10 nodes, edges inside a community
    with probability 0.4 and across with 0.02, both directions; 8 features, labels the community."""
    n = 40
    community = torch.arange(n) // 10
    same = community[:, None] == community[None, :]
    upper = torch.triu(torch.ones(n, n, dtype=torch.bool), 1)
    sources, targets = [], []
    for g in range(graphs):
        a, b = (torch.rand(n, n, generator=generator) < torch.where(same, 0.4, 0.02)).logical_and(upper).nonzero(as_tuple=True)
        sources += [a + g * n, b + g * n]
        targets += [b + g * n, a + g * n]
    labels = community.repeat(graphs)
    x = nn.functional.one_hot(labels, 8).float() + 0.8 * torch.randn(graphs * n, 8, generator=generator)
    return (x, torch.cat(sources), torch.cat(targets)), labels


CASES = {
    "mlp-784-256-256-10 sgd": (mlp, "sgd"),
    "mlp-784-256-256-10 adam": (mlp, "adam"),
    "lenet-5 sgd": (lenet5, "sgd"),
    "lenet-5 adam": (lenet5, "adam"),
    "resnet-small adam": (resnet_small, "adam"),
    "lstm-128 mnist-rows adam": (LstmRows, "adam"),
    "gcn-node-classifier adam": (GcnNodeClassifier, "adam"),
    "transformer-generator seq-48 adam": (TransformerGenerator, "adam"),
}

# Batches of graphs the bench sweeps for its GCN case (the others: 64 to 512 samples).
GRAPH_BATCHES = [8, 32, 64, 128, 256, 512]

INPUTS = {"resnet-small adam": (3, 32, 32)}


def training_step(name, batch):
    """One training step of case `name` at `batch` samples, on random data held in memory, as a function."""
    factory, optimizer = CASES[name]
    torch.manual_seed(1)
    model = factory()
    opt = torch.optim.Adam(model.parameters(), 1e-3) if optimizer == "adam" else torch.optim.SGD(model.parameters(), 0.05)
    loss_fn = nn.CrossEntropyLoss()
    if name.startswith("transformer"):
        # Sequences of 48 values, the next value at every step (MSE), as the bench feeds the template.
        x = torch.rand(batch, 48, 1)
        y = torch.rand(batch, 48, 1)
        loss_fn = nn.MSELoss()
    elif name.startswith("gcn"):
        # A batch of graphs: samples are graphs, as in Dendrite's bench; the loss is over their nodes.
        x, y = communities(batch, torch.Generator().manual_seed(1))
    else:
        x = torch.rand(batch, *INPUTS.get(name, (1, 28, 28)))
        y = torch.randint(0, 10, (batch,))

    def step():
        opt.zero_grad(set_to_none=True)
        loss_fn(model(x), y).backward()
        opt.step()

    return step


def rate(name, batch, windows, seconds):
    step = training_step(name, batch)
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
    parser.add_argument("--keep-denormals", action="store_true",
                        help="compute with denormal floats (by default flushed to zero, as Dendrite's trainer does)")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    # At its best, as Dendrite: on Intel cores a denormal costs a microcode assist (docs/benchmarks/history.md, "Denormals").
    torch.set_flush_denormal(not args.keep_denormals)
    for name in CASES:
        if args.only and args.only != name:
            continue
        for batch in args.batch or (GRAPH_BATCHES if name.startswith("gcn") else [64, 128, 256, 512]):
            print(f"{name}\t{batch}\t{rate(name, batch, args.windows, args.seconds):.0f}", flush=True)


if __name__ == "__main__":
    main()
