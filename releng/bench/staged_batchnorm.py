"""A train step cut at every batch reduction and run slice by slice, stage by stage: what exact
BatchNorm costs when a large batch is computed in cache-sized slices.

BatchNorm needs the whole batch's mean and variance before any slice can go on, and its gradient
needs Σg and Σg·c over the whole batch, so a sliced step that computes exactly what the whole step
computes must stop at each of those reductions (forward and backward), add the slices' partial
sums and go on. This prototype does that to a generated train step (graphs/train-step.onnx of a
run directory): a node whose input carries the batch dimension and whose output does not
(ReduceSum over samples, Size, a kernel-gradient Gemm, the loss's ReduceMean) makes a partial
value, summed over the slices (means weighted by the slices' shares) and then read by every slice
of the next stage; everything per sample runs per slice in one session per stage; everything
without the batch runs once. It checks the result against the whole step and times, samples/s:
the whole step (2 intra-op threads), and the staged step with two replicas of one thread each
taking alternate slices (a barrier per stage, as a replicated step would run it).

Needs onnxruntime, onnx and numpy. Run it alone. Usage:
  dendrite new resnet-small -o rs.dnet
  dendrite train rs.dnet --data npy:X.npy,Y.npy --epochs 1 --batch 64 --run-dir RUN   (X: [n, 3, 32, 32] float32, Y: [n] int64)
  python staged_batchnorm.py RUN/graphs/train-step.onnx [--rounds R] [--seconds S]
"""
import argparse
import collections
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import onnx
import onnxruntime as ort
from onnx import helper

BATCH_INPUTS = ('image', 'loss/target')


def options(threads):
    o = ort.SessionOptions()
    o.intra_op_num_threads = threads
    o.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    return o


class Step:
    """The generated train step, its inputs and, per tensor, whether it carries the batch dimension."""

    def __init__(self, path):
        self.model = onnx.load(path)
        self.graph = self.model.graph
        self.inputs = {i.name: i for i in self.graph.input}
        self.outputs = [o.name for o in self.graph.output]
        self.rng = np.random.default_rng(0)
        self._probe()
        # CastLike reads only the type of its second input: as a Cast, slices do not flow through it.
        for n in self.graph.node:
            if n.op_type == 'CastLike':
                to = helper.np_dtype_to_tensor_dtype(self.dtypes[n.input[1]])
                n.op_type = 'Cast'
                del n.input[1]
                n.attribute.append(helper.make_attribute('to', to))

    def feeds(self, batch):
        f = {}
        for name, vi in self.inputs.items():
            t = vi.type.tensor_type
            dims = [batch if d.dim_param else d.dim_value for d in t.shape.dim]
            dtype = helper.tensor_dtype_to_np_dtype(t.elem_type)
            if name == 'loss/target':
                f[name] = self.rng.integers(0, 10, dims).astype(dtype)
            elif name in ('step', 'lr'):
                f[name] = np.array(3 if name == 'step' else 0.01, dtype=dtype)
            elif name.endswith('/var') or 'g2_sum' in name:
                f[name] = np.full(dims, 1e-3 if 'g2_sum' in name else 1.0, dtype=dtype)
            else:
                f[name] = (self.rng.standard_normal(dims) * 0.1).astype(dtype)
        return f

    def _probe(self):
        """Every tensor's shape at two batch sizes: those that change carry the batch."""
        probe = onnx.ModelProto()
        probe.CopyFrom(self.model)
        seen = set(self.outputs)
        for n in probe.graph.node:
            for o in n.output:
                if o and o not in seen:
                    probe.graph.output.append(helper.make_value_info(o, onnx.TypeProto()))
                    seen.add(o)
        session = ort.InferenceSession(probe.SerializeToString(), options(2), providers=['CPUExecutionProvider'])
        names = [o.name for o in session.get_outputs()]
        shapes = collections.defaultdict(list)
        self.dtypes = {}
        for batch in (4, 6):
            for name, value in zip(names, session.run(names, self.feeds(batch))):
                shapes[name].append(value.shape)
                self.dtypes[name] = value.dtype
        for name, vi in self.inputs.items():
            self.dtypes[name] = helper.tensor_dtype_to_np_dtype(vi.type.tensor_type.elem_type)
        self.batched = {name: s[0] != s[1] for name, s in shapes.items()}
        self.batched.update({name: name in BATCH_INPUTS for name in self.inputs})


class Stages:
    """The step's nodes in stages: per stage the nodes without the batch (run once), then those per slice."""

    def __init__(self, step):
        g = step.graph
        initializers = {i.name for i in g.initializer}
        kind = {name: ('slice' if name in BATCH_INPUTS else 'global') for name in list(step.inputs) + list(initializers)}
        stage = dict.fromkeys(kind, 0)
        self.combine = {}
        node_kind, node_stage = [], []
        for n in g.node:
            ins = [i for i in n.input if i]
            s = max((stage[i] for i in ins), default=0)
            sliced = [i for i in ins if kind[i] == 'slice']
            if not sliced:
                k = 'global'
            elif n.op_type != 'Shape' and any(step.batched[i] for i in sliced) and not any(step.batched[o] for o in n.output if o):
                k = 'partial'
            else:
                k = 'slice'
            node_kind.append(k)
            node_stage.append(s)
            for o in (o for o in n.output if o):
                kind[o] = 'global' if k == 'partial' else k
                stage[o] = s + 1 if k == 'partial' else s
                if k == 'partial':
                    self.combine[o] = 'mean' if n.op_type == 'ReduceMean' else 'sum'
        self.partial_nodes = node_kind.count('partial')
        consumers = collections.defaultdict(set)
        for index, n in enumerate(g.node):
            for i in n.input:
                consumers[i].add(index)
        self.parts = []
        for s in sorted(set(node_stage)):
            for k in ('global', 'slice'):
                chosen = [i for i, (nk, ns) in enumerate(zip(node_kind, node_stage))
                          if ns == s and (nk == k or (k == 'slice' and nk == 'partial'))]
                if chosen:
                    self.parts.append((k,) + self._subgraph(step, chosen, consumers, initializers, f'{k}{s}'))

    @staticmethod
    def _subgraph(step, chosen, consumers, initializers, label):
        g = step.graph
        nodes = [g.node[i] for i in chosen]
        produced = {o for n in nodes for o in n.output if o}
        used = list(dict.fromkeys(i for n in nodes for i in n.input if i))
        inputs = [i for i in used if i not in produced and i not in initializers]
        inits = [t for t in g.initializer if t.name in used]
        chosen = set(chosen)
        outputs = [o for o in produced if (consumers[o] - chosen) or o in step.outputs]
        info = lambda t: helper.make_tensor_value_info(t, helper.np_dtype_to_tensor_dtype(np.dtype(step.dtypes[t])), None)
        graph = helper.make_graph(nodes, label, [info(i) for i in inputs], [info(o) for o in outputs], initializer=inits)
        return helper.make_model(graph, opset_imports=step.model.opset_import, ir_version=step.model.ir_version), inputs, outputs


class StagedStep:
    """The stages run by R replicas (sessions of one thread each), alternate slices each, a barrier per stage."""

    def __init__(self, step, stages, replicas):
        self.step, self.combine = step, stages.combine
        self.sessions = [[ort.InferenceSession(model.SerializeToString(), options(1), providers=['CPUExecutionProvider'])
                          for _, model, _, _ in stages.parts] for _ in range(replicas)]
        self.parts = [(k, ins, outs) for k, _, ins, outs in stages.parts]
        self.pool = ThreadPoolExecutor(replicas)

    def run(self, feeds, slice_size):
        total = len(feeds['loss/target'])
        bounds = [(a, min(a + slice_size, total)) for a in range(0, total, slice_size)]
        replicas = len(self.sessions)
        shared = {k: ort.OrtValue.ortvalue_from_numpy(v) for k, v in feeds.items() if k not in BATCH_INPUTS}
        sliced = [{k: ort.OrtValue.ortvalue_from_numpy(np.ascontiguousarray(feeds[k][a:b])) for k in BATCH_INPUTS} for a, b in bounds]
        for p, (k, ins, outs) in enumerate(self.parts):
            if k == 'global':
                shared.update(zip(outs, self.sessions[0][p].run_with_ort_values(outs, {i: shared[i] for i in ins})))
                continue

            def replica(r):
                return [(j, self.sessions[r][p].run_with_ort_values(outs, {i: sliced[j][i] if i in sliced[j] else shared[i] for i in ins}))
                        for j in range(r, len(bounds), replicas)]
            partials = collections.defaultdict(list)
            for done in self.pool.map(replica, range(replicas)):
                for j, values in done:
                    share = (bounds[j][1] - bounds[j][0]) / total
                    for o, v in zip(outs, values):
                        if o in self.combine:
                            partials[o].append(v.numpy() * share if self.combine[o] == 'mean' else v.numpy())
                        else:
                            sliced[j][o] = v
            for o, values in partials.items():
                shared[o] = ort.OrtValue.ortvalue_from_numpy(np.asarray(sum(values[1:], values[0].copy()), dtype=values[0].dtype))
        return [shared[o].numpy() for o in self.step.outputs]


def rate(run, batch, seconds):
    run()
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        run()
        count += 1
    return batch * count / (time.perf_counter() - start)


def main():
    parser = argparse.ArgumentParser(description=' '.join(__doc__.split('\n\n')[0].split()))
    parser.add_argument('model')
    parser.add_argument('--rounds', type=int, default=4)
    parser.add_argument('--seconds', type=float, default=3)
    args = parser.parse_args()
    step = Step(args.model)
    stages = Stages(step)
    whole = ort.InferenceSession(step.model.SerializeToString(), options(2), providers=['CPUExecutionProvider'])
    staged = StagedStep(step, stages, 2)
    print(f'{len(stages.parts)} sessions per replica, {stages.partial_nodes} nodes reducing over the batch', file=sys.stderr)
    feeds = step.feeds(512)
    worst = 0.0
    for name, a, b in zip(step.outputs, whole.run(step.outputs, feeds), staged.run(feeds, 64)):
        worst = max(worst, float(np.max(np.abs(a.astype(np.float64) - b))) / (float(np.max(np.abs(a))) + 1e-30))
    print(f'largest difference from the whole step at 512 in slices of 64, relative to each output\'s largest value: {worst:.2e}')
    cases = [('whole, 2 threads', b, None) for b in (64, 128, 256, 512)]
    cases += [('staged, 2 replicas, slices of 64', b, 64) for b in (128, 256, 512)]
    rates = collections.defaultdict(list)
    for r in range(args.rounds):
        for label, batch, size in cases:
            f = step.feeds(batch)
            run = (lambda: whole.run(step.outputs, f)) if size is None else (lambda: staged.run(f, size))
            rates[(label, batch)].append(rate(run, batch, args.seconds))
        print(f'round {r + 1}/{args.rounds} done', file=sys.stderr)
    base = rates[('whole, 2 threads', 64)]
    for (label, batch), values in rates.items():
        ratios = [v / b for v, b in zip(values, base)]
        print(f'{label:34s} {batch:4d}  {statistics.median(values):7.0f} samples/s  over whole 64 in-round: '
              f'median {statistics.median(ratios):.3f} ({min(ratios):.3f}-{max(ratios):.3f})')


if __name__ == '__main__':
    main()
