#!/usr/bin/python3
"""Exports PyTorch models to ONNX for `crossbar compile-weights --model FILE.onnx` (docs/onnx.md).

    /usr/bin/python3 tools/export-onnx.py export MODULE.py:CLASS STATE.pt OUT.onnx --input-shape 1,28,28
        any nn.Module: imports CLASS from MODULE.py, loads its state dict (optional: '-' keeps the initial weights),
        exports it in eval mode with a dynamic batch axis
    /usr/bin/python3 tools/export-onnx.py examples
        trains and exports netlists/examples/onnx-mlp/ (MLP with BatchNorm1d + Dropout) and netlists/examples/onnx-cnn/
        (Conv-BatchNorm-ReLU-MaxPool-Conv-ReLU-GlobalAveragePool-Linear) and netlists/examples/onnx-resnet/ (one residual
        block: Add of two activations, a BatchNorm after a ReLU kept as an affine layer) on Fashion-MNIST (~4 min on one
        core; `examples onnx-resnet` for one);
        writes model.onnx, reference-accuracy.json and reference-outputs.json (PyTorch outputs of the first 20 test
        images) in each
    /usr/bin/python3 tools/export-onnx.py transformer
        writes tests/CrossbarSpice.Import.Tests/Fixtures/onnx/transformer-block.onnx: one random-weight transformer
        encoder block (seed 002 eqs. 2-5: two-head attention with explicit MatMul, Div by sqrt(d_k), Softmax; residual
        adds; opset-17 LayerNormalization; ReLU FFN) on [N, 4, 8], and transformer-block-outputs.json (PyTorch's
        outputs of five seeded random inputs, float64 weights and inputs)
    /usr/bin/python3 tools/export-onnx.py fixtures
        writes the small ONNX files of tests/CrossbarSpice.Import.Tests/Fixtures/onnx/: a tiny LSTM, a conv with a
        BatchNormalization to fold, a hard-tanh Clip, models the importer must refuse, and (once refused, now mapped)
        a BatchNormalization with nothing to fold into (an affine layer) and a residual Add

Needs Debian's python3-torch, python3-onnx, python3-numpy and dataset-fashion-mnist. Deterministic: fixed seeds, one
thread; the committed files are the reference (other CPUs or PyTorch builds may round differently).

Export settings: opset 13, `training=TrainingMode.PRESERVE` on a model in eval mode, so the exporter writes
BatchNormalization nodes as they are (TrainingMode.EVAL would fold Conv+BatchNorm itself) and the importer's own folding
is exercised; Dropout is written and removed at import.
"""
import argparse
import importlib.util
import json
import pathlib
import sys
import time

import numpy as np
import onnx
import torch
from onnx import TensorProto, helper, numpy_helper
from torch import nn

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools" / "train"))
import fashion_mnist  # noqa: E402  (tools/train/fashion_mnist.py)

SEED = 20031
OPSET = 13
OUTPUT_IMAGES = 20
FIXTURES = ROOT / "tests" / "CrossbarSpice.Import.Tests" / "Fixtures" / "onnx"


def export(model, example, path, input_name="image", output_name="logits"):
    """Writes model (put in eval mode) as ONNX with a dynamic batch axis; BatchNormalization kept as nodes."""
    model.eval()
    torch.onnx.export(
        model, example, str(path), input_names=[input_name], output_names=[output_name],
        dynamic_axes={input_name: {0: "batch"}, output_name: {0: "batch"}}, opset_version=OPSET,
        training=torch.onnx.TrainingMode.PRESERVE, do_constant_folding=False)
    onnx.checker.check_model(onnx.load(str(path)))
    ops = [node.op_type for node in onnx.load(str(path)).graph.node]
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {path.stat().st_size} bytes, ops {ops}")


class Mlp(nn.Module):
    """784 -> 128 (BatchNorm1d, ReLU, Dropout 0.2) -> 10; flattens with x.view(x.size(0), -1), which the exporter writes
    as Shape-Gather-Unsqueeze-Concat-Reshape (folded at import)."""

    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(784, 128)
        self.bn1 = nn.BatchNorm1d(128)
        self.drop = nn.Dropout(0.2)
        self.fc2 = nn.Linear(128, 10)

    def forward(self, x):
        x = x.view(x.size(0), -1)
        return self.fc2(self.drop(torch.relu(self.bn1(self.fc1(x)))))


class Cnn(nn.Module):
    """Conv 3x3 x8 (pad 1) - BatchNorm - ReLU - MaxPool 2 - Conv 3x3 x16 - ReLU - GlobalAveragePool - Linear 16->10."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 8, 3, padding=1)
        self.bn1 = nn.BatchNorm2d(8)
        self.pool1 = nn.MaxPool2d(2)
        self.conv2 = nn.Conv2d(8, 16, 3)
        self.gap = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(16, 10)

    def forward(self, x):
        x = self.pool1(torch.relu(self.bn1(self.conv1(x))))
        x = self.gap(torch.relu(self.conv2(x)))
        return self.fc(torch.flatten(x, 1))


class ResNet(nn.Module):
    """A CNN with one residual block, small enough for the spice level: stem Conv 4x4 stride 4 x8 - ReLU - BatchNorm
    (after the ReLU, so it has no conv to fold into: a per-channel affine stage) on 7x7; block Conv 3x3 x8 (pad 1) -
    BatchNorm - ReLU - Conv 3x3 x8 (pad 1) - BatchNorm, plus the skip, Add, ReLU; GlobalAveragePool - Linear 8->10."""

    def __init__(self):
        super().__init__()
        self.stem = nn.Conv2d(1, 8, 4, stride=4)
        self.bn0 = nn.BatchNorm2d(8)
        self.conv1 = nn.Conv2d(8, 8, 3, padding=1)
        self.bn1 = nn.BatchNorm2d(8)
        self.conv2 = nn.Conv2d(8, 8, 3, padding=1)
        self.bn2 = nn.BatchNorm2d(8)
        self.gap = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(8, 10)

    def forward(self, x):
        x = self.bn0(torch.relu(self.stem(x)))
        y = self.bn2(self.conv2(torch.relu(self.bn1(self.conv1(x)))))
        x = torch.relu(x + y)
        return self.fc(torch.flatten(self.gap(x), 1))


def train(model, epochs, images, labels, batch=128, rate=3e-3):
    """Adam with cosine decay; seeded shuffle."""
    generator = torch.Generator().manual_seed(SEED)
    optimiser = torch.optim.Adam(model.parameters(), lr=rate)
    steps = epochs * ((len(images) + batch - 1) // batch)
    schedule = torch.optim.lr_scheduler.CosineAnnealingLR(optimiser, steps)
    x, y = torch.from_numpy(images), torch.from_numpy(labels)
    for epoch in range(epochs):
        model.train()
        order = torch.randperm(len(x), generator=generator)
        total = 0.0
        for start in range(0, len(x), batch):
            index = order[start:start + batch]
            optimiser.zero_grad()
            loss = nn.functional.cross_entropy(model(x[index]), y[index])
            loss.backward()
            optimiser.step()
            schedule.step()
            total += loss.item() * len(index)
        print(f"  epoch {epoch + 1}/{epochs}: loss {total / len(x):.4f}")


def predict(model, images, batch=1000):
    model.eval()
    with torch.no_grad():
        return torch.cat([model(torch.from_numpy(images[i:i + batch])) for i in range(0, len(images), batch)])


def example(name, model, epochs, description):
    folder = ROOT / "netlists" / "examples" / name
    folder.mkdir(parents=True, exist_ok=True)
    train_x, train_y = fashion_mnist.load("train")
    test_x, test_y = fashion_mnist.load("test")
    started = time.time()
    train(model, epochs, train_x, train_y)
    outputs = predict(model, test_x)
    accuracy = float((outputs.argmax(1).numpy() == test_y).mean())
    print(f"{name}: test accuracy {accuracy:.4f} after {epochs} epoch(s), {time.time() - started:.0f} s")
    export(model, torch.zeros(1, 1, 28, 28), folder / "model.onnx")
    write_json(folder / "reference-accuracy.json", {
        "network": name, "description": description, "seed": SEED, "epochs": epochs,
        "testImages": int(len(test_y)), "testAccuracy": round(accuracy, 6),
        "torch": torch.__version__, "onnx": onnx.__version__, "opset": OPSET})
    write_json(folder / "reference-outputs.json", {
        "images": "first 20 Fashion-MNIST test images, grey level / 255, float32",
        "outputs": [[float(v) for v in row] for row in outputs[:OUTPUT_IMAGES].double().numpy()],
        "labels": [int(v) for v in test_y[:OUTPUT_IMAGES]]})


def examples(names):
    torch.set_num_threads(1)
    if "onnx-mlp" in names:
        torch.manual_seed(SEED)
        example("onnx-mlp", Mlp(), 3, "784-128-10 MLP: Linear, BatchNorm1d, ReLU, Dropout(0.2), Linear")
    if "onnx-cnn" in names:
        torch.manual_seed(SEED)
        example("onnx-cnn", Cnn(), 3, "Conv3x3x8(pad 1)-BatchNorm-ReLU-MaxPool2-Conv3x3x16-ReLU-GlobalAveragePool-Linear")
    if "onnx-resnet" in names:
        torch.manual_seed(SEED)
        example("onnx-resnet", ResNet(), 3, "Conv4x4x8(stride 4)-ReLU-BatchNorm, residual block [Conv3x3x8-BatchNorm-ReLU-Conv3x3x8-BatchNorm] + skip, Add, ReLU, GlobalAveragePool-Linear")


class Lstm(nn.Module):
    """x [N, 6, 4] -> LSTM(4, 5, batch_first) -> every step's h [N, 6, 5] -> Linear 5->3 on each step (MatMul + Add)."""

    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 5, batch_first=True)
        self.fc = nn.Linear(5, 3)

    def forward(self, x):
        y, _ = self.lstm(x)
        return self.fc(y)


class LstmLast(nn.Module):
    """x [N, 6, 4] -> LSTM(4, 5, batch_first) -> last h (h_n[-1]) [N, 5] -> tanh."""

    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 5, batch_first=True)

    def forward(self, x):
        _, (h, _) = self.lstm(x)
        return torch.tanh(h[-1])


class ConvBatchNorm(nn.Module):
    """[2, 7, 7] -> Conv 3x3 x4 (stride 2, pad 1) -> BatchNorm (eps 1e-3, random statistics) -> Hardtanh(-0.5, 0.5)
    -> MaxPool 2 -> Flatten -> Linear -> Sigmoid."""

    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(2, 4, 3, stride=2, padding=1)
        self.bn = nn.BatchNorm2d(4, eps=1e-3)
        self.clamp = nn.Hardtanh(-0.5, 0.5)
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(4 * 2 * 2, 3)

    def forward(self, x):
        return torch.sigmoid(self.fc(torch.flatten(self.pool(self.clamp(self.bn(self.conv(x)))), 1)))


class TransformerBlock(nn.Module):
    """x [N, T, d] -> multi-head attention (Q, K, V, O projections; heads by Reshape + Transpose; explicit
    MatMul, Div by sqrt(d_k), Softmax) + residual, LayerNorm, FFN (Linear-ReLU-Linear) + residual, LayerNorm."""

    def __init__(self, d=8, heads=2, ffn=16):
        super().__init__()
        self.heads, self.dk = heads, d // heads
        self.q, self.k, self.v, self.o = (nn.Linear(d, d) for _ in range(4))
        self.ln1, self.ln2 = nn.LayerNorm(d), nn.LayerNorm(d)
        self.ff1, self.ff2 = nn.Linear(d, ffn), nn.Linear(ffn, d)

    def forward(self, x):
        n, t, d = x.shape

        def split(y):
            return y.reshape(n, t, self.heads, self.dk).transpose(1, 2)

        q, k, v = split(self.q(x)), split(self.k(x)), split(self.v(x))
        scores = torch.matmul(q, k.transpose(-2, -1)) / (self.dk ** 0.5)
        y = torch.matmul(torch.softmax(scores, dim=-1), v).transpose(1, 2).reshape(n, t, d)
        x = self.ln1(x + self.o(y))
        return self.ln2(x + self.ff2(torch.relu(self.ff1(x))))


def transformer():
    """The transformer-block fixture and PyTorch's outputs on five random inputs (float64, so they are the
    reference to 1e-6; the ONNX file holds the same weights as float32)."""
    FIXTURES.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(SEED)
    torch.set_num_threads(1)
    model = TransformerBlock().eval()
    path = FIXTURES / "transformer-block.onnx"
    model.eval()
    torch.onnx.export(
        model, torch.zeros(1, 4, 8), str(path), input_names=["tokens"], output_names=["encoded"],
        dynamic_axes={"tokens": {0: "batch"}, "encoded": {0: "batch"}}, opset_version=17, do_constant_folding=False)
    onnx.checker.check_model(onnx.load(str(path)))
    print(f"wrote {path.relative_to(ROOT)}: ops {[node.op_type for node in onnx.load(str(path)).graph.node]}")
    generator = torch.Generator().manual_seed(SEED)
    inputs = [torch.randn(1, 4, 8, generator=generator, dtype=torch.float64) for _ in range(5)]
    # Weights as the ONNX file holds them (float32), computed in float64 like the project's reference.
    double = model.double()
    with torch.no_grad():
        outputs = [double(x).reshape(-1).tolist() for x in inputs]
    write_json(FIXTURES / "transformer-block-outputs.json", {
        "shape": [4, 8], "inputs": [x.reshape(-1).tolist() for x in inputs], "outputs": outputs})
    # The same inputs as a data set for `cosim --data` (labels unused: the block is not a classifier).
    tokens = FIXTURES / "transformer-block-tokens.npz"
    np.savez(tokens, x=np.stack([x.reshape(4, 8).numpy() for x in inputs]), y=np.zeros(len(inputs), dtype=np.int64))
    print(f"wrote {tokens.relative_to(ROOT)}")


def fixtures():
    FIXTURES.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(SEED)
    torch.set_num_threads(1)
    export(Lstm(), torch.zeros(1, 6, 4), FIXTURES / "lstm.onnx", "sequence", "output")
    export(LstmLast(), torch.zeros(1, 6, 4), FIXTURES / "lstm-last.onnx", "sequence", "output")
    model = ConvBatchNorm()
    with torch.no_grad():
        model.bn.running_mean.uniform_(-0.5, 0.5)
        model.bn.running_var.uniform_(0.5, 2.0)
        model.bn.weight.uniform_(0.5, 1.5)
        model.bn.bias.uniform_(-0.3, 0.3)
    export(model, torch.zeros(1, 2, 7, 7), FIXTURES / "conv-batchnorm.onnx")
    refused()


def refused():
    """Small hand-built graphs the importer must refuse, each for one reason."""
    rng = np.random.default_rng(SEED)

    def weight(name, *shape):
        return numpy_helper.from_array(rng.uniform(-1, 1, shape).astype(np.float32), name)

    def value(name, *shape):
        return helper.make_tensor_value_info(name, TensorProto.FLOAT, list(shape))

    def save(file, nodes, inputs, outputs, initialisers):
        graph = helper.make_graph(nodes, file.removesuffix(".onnx"), inputs, outputs, initialisers)
        model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="export-onnx.py")
        onnx.checker.check_model(model)
        onnx.save(model, str(FIXTURES / file))
        print(f"wrote {file}")

    save("two-inputs.onnx",
         [helper.make_node("Gemm", ["a", "w", "b"], ["y"], name="fc", transB=1)],
         [value("a", "batch", 4), value("extra", "batch", 4)], [value("y", "batch", 3)],
         [weight("w", 3, 4), weight("b", 3)])
    save("unsupported-op.onnx",
         [helper.make_node("Gemm", ["x", "w", "b"], ["h"], name="fc1", transB=1),
          helper.make_node("LeakyRelu", ["h"], ["y"], name="leaky", alpha=0.1)],
         [value("x", "batch", 4)], [value("y", "batch", 3)], [weight("w", 3, 4), weight("b", 3)])
    save("batchnorm-first.onnx",
         [helper.make_node("BatchNormalization", ["x", "s", "b", "m", "v"], ["h"], name="bn0"),
          helper.make_node("Gemm", ["h", "w", "c"], ["y"], name="fc1", transB=1)],
         [value("x", "batch", 4)], [value("y", "batch", 3)],
         [weight("s", 4), weight("b", 4), weight("m", 4),
          numpy_helper.from_array(np.ones(4, np.float32), "v"), weight("w", 3, 4), weight("c", 3)])
    save("residual-add.onnx",
         [helper.make_node("Gemm", ["x", "w1", "b1"], ["h1"], name="fc1", transB=1),
          helper.make_node("Relu", ["h1"], ["a"], name="relu1"),
          helper.make_node("Gemm", ["a", "w2", "b2"], ["h2"], name="fc2", transB=1),
          helper.make_node("Relu", ["h2"], ["c"], name="relu2"),
          helper.make_node("Add", ["a", "c"], ["y"], name="skip")],
         [value("x", "batch", 4)], [value("y", "batch", 4)],
         [weight("w1", 4, 4), weight("b1", 4), weight("w2", 4, 4), weight("b2", 4)])
    save("dynamic-features.onnx",
         [helper.make_node("Relu", ["x"], ["y"], name="relu")],
         [value("x", "batch", "features")], [value("y", "batch", "features")], [])
    save("clip-asymmetric.onnx",
         [helper.make_node("Gemm", ["x", "w", "b"], ["h"], name="fc1", transB=1),
          helper.make_node("Clip", ["h", "lo", "hi"], ["y"], name="relu6")],
         [value("x", "batch", 4)], [value("y", "batch", 3)],
         [weight("w", 3, 4), weight("b", 3),
          numpy_helper.from_array(np.array(0, np.float32), "lo"), numpy_helper.from_array(np.array(6, np.float32), "hi")])
    save("avgpool-exclude-pad.onnx",
         [helper.make_node("AveragePool", ["x"], ["y"], name="pool", kernel_shape=[2, 2], pads=[1, 1, 1, 1], strides=[2, 2])],
         [value("x", "batch", 1, 4, 4)], [value("y", "batch", 1, 3, 3)], [])


def export_module(spec, state, out, input_shape):
    file, _, name = spec.partition(":")
    loader = importlib.util.spec_from_file_location(pathlib.Path(file).stem, file)
    module = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(module)
    model = getattr(module, name)()
    if state != "-":
        model.load_state_dict(torch.load(state, map_location="cpu"))
    shape = [int(d) for d in input_shape.split(",")]
    export(model, torch.zeros(1, *shape), pathlib.Path(out).resolve())


def write_json(path, value):
    path.write_text(json.dumps(value, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    one = commands.add_parser("export", help="export one nn.Module")
    one.add_argument("module", help="FILE.py:CLASS, constructed without arguments")
    one.add_argument("state", help="state dict saved by torch.save(model.state_dict(), ...), or '-'")
    one.add_argument("out", help="the .onnx file to write")
    one.add_argument("--input-shape", required=True, help="per-sample input shape, e.g. 1,28,28")
    some = commands.add_parser("examples", help="train and export netlists/examples/onnx-mlp, onnx-cnn and onnx-resnet")
    some.add_argument("names", nargs="*", default=["onnx-mlp", "onnx-cnn", "onnx-resnet"], help="onnx-mlp, onnx-cnn, onnx-resnet (default all)")
    commands.add_parser("fixtures", help="write the test fixtures")
    commands.add_parser("transformer", help="write the transformer-block fixture and its PyTorch outputs")
    args = parser.parse_args()
    if args.command == "export":
        export_module(args.module, args.state, args.out, args.input_shape)
    elif args.command == "examples":
        examples(args.names)
    elif args.command == "transformer":
        transformer()
    else:
        fixtures()


if __name__ == "__main__":
    main()
