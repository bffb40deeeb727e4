#!/usr/bin/python3
"""Trains the reference networks of the co-simulation experiments on Fashion-MNIST and writes them as
architecture.json + weights.npz (docs/architecture-format.md) with their software test accuracy.

    /usr/bin/python3 tools/train/train.py bcu     # seed 003 basic computation unit -> netlists/examples/bcu/
    /usr/bin/python3 tools/train/train.py mlp     # 784-64-10 ReLU MLP              -> netlists/examples/mlp-784-64-10/
    /usr/bin/python3 tools/train/train.py bcu-small  # a BCU small enough for spice-level tests -> netlists/examples/bcu-small/
    /usr/bin/python3 tools/train/train.py sequencer  # seed 000 sequencer network    -> netlists/examples/sequencer/
    /usr/bin/python3 tools/train/train.py sequencer-ln  # the same with seed 000's layer norm -> netlists/examples/sequencer-ln/
    /usr/bin/python3 tools/train/train.py vit        # tiny ViT (seed 002 attention)   -> netlists/examples/vit-tiny/
                                                     #   (also writes model.onnx, opset 17; needs python3-onnx)

Needs Debian's python3-torch, python3-numpy and dataset-fashion-mnist. Deterministic: fixed seeds, one thread,
deterministic algorithms; the same machine and library versions give the same bytes. Writes, in the network's folder:

    weights.npz              float32 state dict, names as in architecture.json
    reference-accuracy.json  test accuracy over all 10,000 test images (float64 forward pass of the float32 weights)
    reference-outputs.json   float64 outputs of the first 20 test images and the predicted class of all 10,000,
                             which tests/CrossbarSpice.Reference.Tests compares the C# reference against
"""
import argparse
import io
import json
import pathlib
import re
import time
import zipfile

import numpy as np
import torch
from torch import nn

import fashion_mnist

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
SEED = 20031  # fixed; any value works, this one is recorded in reference-accuracy.json
SLOPE, LIMIT = 0.5, 1.0  # seed 003 eq. 4: m = 1/2, rails +-1 V, reached at |x| = 2
OUTPUT_IMAGES = 20
# BCU loss: cross-entropy on TEMPERATURE * x plus PENALTY * mean(max(|x| - 2, 0)^2); chosen on 3-epoch trial runs
# (T=1: 86 tied outputs; T=2: 12; T=4: 3 with the best accuracy; T=4 with penalty 10: 0 ties, 0.2 % less accurate).
TEMPERATURE = 4.0
PENALTY = 1.0


class Bcu(nn.Module):
    """Seed 003 BCU: conv 9x9 x14 (stride 1, no padding) -> abs -> avgpool 2x2 -> fc 1400->10 -> bounded-linear tanh."""

    folder = "bcu"
    pre_activation = "fc1.linear"

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 14, 9)
        self.pool1 = nn.AvgPool2d(2)
        self.fc1 = nn.Linear(1400, 10)

    def linear(self, x):
        """The fc1 pre-activation x (the amplifier's input)."""
        return self.fc1(torch.flatten(self.pool1(torch.abs(self.conv1(x))), 1))

    def forward(self, x):
        return torch.clamp(SLOPE * self.linear(x), -LIMIT, LIMIT)

    def loss(self, x, labels):
        # Cross-entropy on the scaled pre-activation (the amplifier is monotonic, so the class ranking is the same)
        # plus a penalty that keeps |x| inside the amplifier's linear region (|x| <= L/m = 2), so that the rails
        # rarely tie two classes at +1 V; hardtanh itself has zero gradient on the rails and would freeze saturated
        # outputs. The temperature lets confident predictions fit inside +-2 instead of pressing on the rails.
        z = self.linear(x)
        excess = torch.relu(torch.abs(z) - LIMIT / SLOPE)
        return nn.functional.cross_entropy(TEMPERATURE * z, labels) + PENALTY * (excess ** 2).mean()


class BcuSmall(Bcu):
    """A BCU small enough for transistor-level tests: conv 7x7 x4 stride 3 (-> 4x8x8) -> abs -> avgpool 2x2 ->
    fc 64->10 -> bounded-linear tanh; same loss as the BCU."""

    folder = "bcu-small"

    def __init__(self):
        nn.Module.__init__(self)
        self.conv1 = nn.Conv2d(1, 4, 7, stride=3)
        self.pool1 = nn.AvgPool2d(2)
        self.fc1 = nn.Linear(64, 10)


class Mlp(nn.Module):
    """784-64-10 ReLU MLP (flatten -> fc1 -> relu -> fc2; the output is fc2's linear output)."""

    folder = "mlp-784-64-10"
    pre_activation = None

    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(784, 64)
        self.fc2 = nn.Linear(64, 10)

    def forward(self, x):
        return self.fc2(torch.relu(self.fc1(torch.flatten(x, 1))))

    def loss(self, x, labels):
        return nn.functional.cross_entropy(self(x), labels)


class Sequencer(nn.Module):
    """Seed 000 sequencer network (docs/sequencer.md): 4x4 patch embedding (conv, stride 4) -> one sequencer block
    (BiLSTM2D with D = C/4, the normalisation clamp to +-1, channel MLP C -> 2C -> ReLU -> C) -> the same normalisation
    clamp to +-1 (seed 000's only normalisation circuit; it replaced a layer norm, which has no circuit in the seed) ->
    global average pooling over the 7x7 tokens -> linear classifier C -> 10. Tokens are channels-last
    [B, H, W, C] as in the seed's X in R^(H x W x C)."""

    folder = "sequencer"
    pre_activation = None
    batch = 256  # the 28 LSTM steps per batch cost the same at any batch size; 256 halves the training time
    CHANNELS, PATCH, MLP_RATIO = 24, 4, 2
    NORM_LIMIT = 1.0  # normalisation module (after the BiLSTM2D and after the MLP): clamp(x, -V_N, V_N) in network units
    # (the IR's boundedLinearTanh m=1, L=1)

    def __init__(self):
        super().__init__()
        c, d = self.CHANNELS, self.CHANNELS // 4
        self.patch = nn.Conv2d(1, c, self.PATCH, stride=self.PATCH)
        self.block1 = nn.Module()
        self.block1.vertical = nn.LSTM(c, d, batch_first=True, bidirectional=True)
        self.block1.horizontal = nn.LSTM(c, d, batch_first=True, bidirectional=True)
        self.block1.fc1 = nn.Linear(c, self.MLP_RATIO * c)
        self.block1.fc2 = nn.Linear(self.MLP_RATIO * c, c)
        self.head = nn.Linear(c, 10)

    @staticmethod
    def bilstm2d(vertical, horizontal, x):
        """[B, H, W, C] -> [B, H, W, 4D]: the vertical BiLSTM reads each column top to bottom (sequence over H), the
        horizontal one each row left to right (sequence over W); channels [v_fwd, v_bwd, h_fwd, h_bwd]."""
        b, h, w, c = x.shape
        v, _ = vertical(x.permute(0, 2, 1, 3).reshape(b * w, h, c))
        v = v.reshape(b, w, h, -1).permute(0, 2, 1, 3)
        r, _ = horizontal(x.reshape(b * h, w, c))
        return torch.cat([v, r.reshape(b, h, w, -1)], dim=-1)

    def forward(self, x):
        x = self.patch(x).permute(0, 2, 3, 1)
        x = self.bilstm2d(self.block1.vertical, self.block1.horizontal, x)
        x = torch.clamp(x, -self.NORM_LIMIT, self.NORM_LIMIT)
        x = self.block1.fc2(torch.relu(self.block1.fc1(x)))
        x = torch.clamp(x, -self.NORM_LIMIT, self.NORM_LIMIT).mean(dim=(1, 2))
        return self.head(x)

    def loss(self, x, labels):
        return nn.functional.cross_entropy(self(x), labels)


class SequencerLn(Sequencer):
    """The sequencer with seed 000's "one-layer normalisation" before the GAP as a layer norm over the C channels of
    each token (docs/sequencer.md, "The sequencer with its layer norm"); the clamp after the BiLSTM2D stays (the
    seed's normalisation module there). Same sizes, training and seed as `Sequencer`."""

    folder = "sequencer-ln"

    def __init__(self):
        super().__init__()
        self.norm = nn.LayerNorm(self.CHANNELS)

    def forward(self, x):
        x = self.patch(x).permute(0, 2, 3, 1)
        x = self.bilstm2d(self.block1.vertical, self.block1.horizontal, x)
        x = torch.clamp(x, -self.NORM_LIMIT, self.NORM_LIMIT)
        x = self.block1.fc2(torch.relu(self.block1.fc1(x)))
        return self.head(self.norm(x).mean(dim=(1, 2)))


class Vit(nn.Module):
    """Tiny vision transformer (docs/transformer.md, "The bundled tiny ViT"; seed 002 eqs. 2-5 for the attention):
    patch embedding conv 7x7 stride 7, 1 -> 16 channels (4x4 = 16 tokens of d = 16, channels last) -> learned
    positional embedding added to the flattened tokens (an `affine` layer of 256 channels, scale 1) -> one pre-norm
    encoder block: layer norm -> two-head attention (Q, K, V, O 16 -> 16; explicit MatMul, Mul by 1/sqrt(8), Softmax
    over the 16 tokens) -> residual add -> layer norm -> FFN 16 -> 32 ReLU -> 16 -> residual add -> mean over the
    tokens (GlobalAveragePool of the [d, 4, 4] token grid) -> dense 16 -> 10. The forward pass is written with the ops
    the ONNX importer maps (docs/onnx.md), so model.onnx and architecture.json are the same network."""

    folder = "vit-tiny"
    pre_activation = None
    DIM, PATCH, HEADS, FFN = 16, 7, 2, 32
    TOKENS = (28 // PATCH) ** 2
    # 1/sqrt(d_k) rounded to float32 once, so that the float64 reference, weights.npz and model.onnx use one number
    SCORE_SCALE = float(np.float32(1 / np.sqrt(DIM // HEADS)))
    # Range penalty (loss below), network units at 0.1 V per unit
    VALUE_LIMIT, SCORE_LIMIT, DEVIATION_LIMIT, RANGE_PENALTY = 8.0, 3.2, 5.0, 10.0

    def __init__(self):
        super().__init__()
        d = self.DIM
        self.patch = nn.Conv2d(1, d, self.PATCH, stride=self.PATCH)
        self.pos = nn.Parameter(torch.randn(self.TOKENS * d) * 0.02)  # token-major: pos[t * d + c]
        self.ln1, self.ln2 = nn.LayerNorm(d), nn.LayerNorm(d)
        self.q, self.k, self.v, self.o = (nn.Linear(d, d) for _ in range(4))
        self.ff1, self.ff2 = nn.Linear(d, self.FFN), nn.Linear(self.FFN, d)
        self.head = nn.Linear(d, 10)

    def forward(self, x):
        return self.run(x)[0]

    def run(self, x):
        """(logits, {name: value}): the forward pass and the values the circuit stages see, for the range penalty."""
        n, t, d, h = x.shape[0], self.TOKENS, self.DIM, self.HEADS
        dk = d // h
        seen = {}
        x = self.patch(x).permute(0, 2, 3, 1).reshape(n, t * d) + self.pos  # tokens in row-major patch order
        x = seen["embedded"] = x.reshape(n, t, d)

        def split(y):
            return y.reshape(n, t, h, dk).transpose(1, 2)  # [N, heads, T, dk]

        y = seen["ln1"] = self.ln1(x)
        q, k, v = split(self.q(y)), split(self.k(y)), split(self.v(y))
        seen.update(q=q, k=k, v=v)
        products = seen["products"] = torch.matmul(q, k.transpose(-2, -1))
        scores = seen["scores"] = products * self.SCORE_SCALE
        y = seen["context"] = torch.matmul(torch.softmax(scores, dim=-1), v)
        y = seen["o"] = self.o(y.transpose(1, 2).reshape(n, t, d))
        x = seen["residual1"] = x + y
        y = seen["ln2"] = self.ln2(x)
        y = seen["ff1"] = torch.relu(self.ff1(y))
        y = seen["ff2"] = self.ff2(y)
        x = seen["residual2"] = x + y
        side = 28 // self.PATCH
        x = nn.functional.adaptive_avg_pool2d(x.transpose(1, 2).reshape(n, d, side, side), 1).reshape(n, d)
        logits = seen["head"] = self.head(x)
        return logits, seen

    def loss(self, x, labels):
        # Cross-entropy plus a penalty on the values that would leave the circuit stages' ranges at 0.1 V per unit
        # (the compiler's default): every value within +-VALUE_LIMIT units (the multipliers' and the layer norm's
        # +-1 V inputs), the softmax arguments within +-SCORE_LIMIT (the translinear softmax's characterised
        # +-1/0.2727 = 3.67 units), the layer norms' inputs within DEVIATION_LIMIT of their token's mean (the
        # difference amplifiers' gain 1.667 at 0.1 V per unit puts 6 units at 1 V). Margins below each limit.
        logits, seen = self.run(x)
        penalty = 0.0
        for name, value in seen.items():
            limit = self.SCORE_LIMIT if name == "scores" else self.VALUE_LIMIT
            penalty = penalty + (torch.relu(value.abs() - limit) ** 2).mean()
        for name in ("embedded", "residual1"):
            value = seen[name]
            deviation = (value - value.mean(dim=-1, keepdim=True)).abs()
            penalty = penalty + (torch.relu(deviation - self.DEVIATION_LIMIT) ** 2).mean()
        return nn.functional.cross_entropy(logits, labels) + self.RANGE_PENALTY * penalty

    def constants(self):
        """The fixed tensors architecture.json's `affine` layers read besides the state dict: the positional
        embedding's scale 1 (`pos.scale`) and the attention scores' 1/sqrt(d_k) per head (`scores.scale`, shift 0)."""
        return {"pos.scale": np.ones(self.TOKENS * self.DIM, np.float32),
                "scores.scale": np.full(self.HEADS, self.SCORE_SCALE, np.float32),
                "scores.shift": np.zeros(self.HEADS, np.float32)}


MODELS = {"bcu": (Bcu, 15, 1e-3), "bcu-small": (BcuSmall, 10, 3e-3), "mlp": (Mlp, 15, 1e-3),
          "sequencer": (Sequencer, 8, 3e-3), "sequencer-ln": (SequencerLn, 8, 3e-3),
          "vit": (Vit, 10, 3e-3)}  # class, epochs, initial Adam learning rate (cosine decay)
BATCH = 128


def predict(model, images, batch=1000):
    """Argmax (first index on ties) of the model output, and the outputs, in the model's dtype."""
    outputs = []
    with torch.no_grad():
        for start in range(0, len(images), batch):
            outputs.append(model(images[start:start + batch]))
    outputs = torch.cat(outputs)
    return torch.argmax(outputs, dim=1), outputs


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", choices=sorted(MODELS))
    parser.add_argument("--epochs", type=int, help="override the default number of epochs")
    args = parser.parse_args()
    model_type, epochs, learning_rate = MODELS[args.model]
    epochs = args.epochs or epochs
    batch_size = getattr(model_type, "batch", BATCH)

    torch.manual_seed(SEED)
    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)
    train_x, train_y = (torch.from_numpy(a) for a in fashion_mnist.load("train"))
    test_x, test_y = (torch.from_numpy(a) for a in fashion_mnist.load("test"))

    model = model_type()
    optimizer = torch.optim.Adam(model.parameters(), lr=learning_rate)
    schedule = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=epochs)
    generator = torch.Generator().manual_seed(SEED)
    started = time.monotonic()
    for epoch in range(epochs):
        model.train()
        order = torch.randperm(len(train_x), generator=generator)
        total = 0.0
        for start in range(0, len(order), batch_size):
            batch = order[start:start + batch_size]
            optimizer.zero_grad()
            loss = model.loss(train_x[batch], train_y[batch])
            loss.backward()
            optimizer.step()
            total += loss.item() * len(batch)
        schedule.step()
        predicted, _ = predict(model.eval(), test_x)
        accuracy = (predicted == test_y).float().mean().item()
        print(f"epoch {epoch + 1}/{epochs}: train loss {total / len(order):.4f}, test accuracy {accuracy:.4f}, "
              f"{time.monotonic() - started:.0f} s", flush=True)
    seconds = time.monotonic() - started

    folder = ROOT / "netlists" / "examples" / model.folder
    folder.mkdir(parents=True, exist_ok=True)
    state = {name: tensor.detach().numpy().astype(np.float32) for name, tensor in model.state_dict().items()}
    state.update(getattr(model, "constants", dict)())
    write_npz(folder / "weights.npz", state)
    if args.model == "vit":
        export_onnx(model.eval(), folder / "model.onnx")

    # The check the C# reference reproduces: float32 weights, float64 arithmetic.
    accuracy32 = (predict(model, test_x)[0] == test_y).sum().item()
    model64 = model.double().eval()
    test64 = torch.from_numpy(fashion_mnist.load("test", dtype=np.float64)[0])  # k / 255 in float64, as the C# reader
    predicted64, outputs64 = predict(model64, test64)
    correct = (predicted64 == test_y).sum().item()
    ties = int(((outputs64 == outputs64.max(dim=1, keepdim=True).values).sum(dim=1) > 1).sum().item())
    summary = {
        "network": folder.name,
        "dataset": "Fashion-MNIST test split (t10k-images-idx3-ubyte.gz), all images",
        "inputScaling": "grey level / 255, i.e. 0-1 V",
        "images": len(test_y),
        "correct": correct,
        "accuracy": correct / len(test_y),
        "computedWith": f"PyTorch {torch.__version__}, float64 forward pass of the float32 weights; "
                        "predicted class = argmax of the network output, first index on ties",
        "tiedTopOutputs": ties,
        "float32Correct": accuracy32,
        "training": {"script": "tools/train/train.py " + args.model, "seed": SEED, "epochs": epochs,
                     "batch": batch_size, "optimizer": "Adam", "learningRate": learning_rate,
                     "schedule": "cosine annealing to 0 over the epochs",
                     "trainImages": len(train_y), "augmentation": "none", "threads": 1},
    }
    if args.model in ("bcu", "bcu-small"):
        summary["boundedLinearTanh"] = {"slope": SLOPE, "limit": LIMIT}
        summary["training"]["loss"] = (f"cross_entropy({TEMPERATURE:g} * fc1.linear) + {PENALTY:g} * "
                                       "mean(max(|fc1.linear| - 2, 0)^2)")
        with torch.no_grad():
            pre = torch.argmax(model64.linear(test64), dim=1)
        summary["preActivationCorrect"] = (pre == test_y).sum().item()
    if args.model == "vit":
        summary["architecture"] = {"patch": Vit.PATCH, "tokens": Vit.TOKENS, "dim": Vit.DIM, "heads": Vit.HEADS,
                                   "ffnHidden": Vit.FFN, "norm": "pre-norm (layer norm before attention and FFN)"}
        summary["onnx"] = {"file": "model.onnx", "opset": VIT_OPSET, "onnx": onnx_version()}
    if args.model in ("sequencer", "sequencer-ln"):
        summary["architecture"] = {"channels": Sequencer.CHANNELS, "hiddenPerDirection": Sequencer.CHANNELS // 4,
                                   "patch": Sequencer.PATCH, "tokens": [28 // Sequencer.PATCH] * 2,
                                   "mlpHidden": Sequencer.MLP_RATIO * Sequencer.CHANNELS,
                                   "normalisationLimit": Sequencer.NORM_LIMIT, "macsPerImage": sequencer_macs()}
    write_json(folder / "reference-accuracy.json", summary)

    first = slice(0, OUTPUT_IMAGES)
    outputs = {
        "description": f"float64 PyTorch outputs of the first {OUTPUT_IMAGES} test images and the predicted class "
                       "of every test image (one digit per image, in file order)",
        "images": list(range(OUTPUT_IMAGES)),
        "labels": test_y[first].tolist(),
        "output": outputs64[first].tolist(),
        "predictions": "".join(str(p) for p in predicted64.tolist()),
    }
    if model.pre_activation:
        with torch.no_grad():
            outputs[model.pre_activation] = model64.linear(test64[first]).tolist()
    write_json(folder / "reference-outputs.json", outputs)
    print(f"{folder.name}: {correct}/{len(test_y)} correct ({correct / len(test_y):.4f}), float32 {accuracy32}, "
          f"ties {ties}, training {seconds:.0f} s; wrote {folder}")


VIT_OPSET = 17  # the first opset with LayerNormalization


def onnx_version():
    import onnx  # only the ViT needs python3-onnx
    return onnx.__version__


def export_onnx(model, path):
    """model.onnx of the float32 model: opset 17 (LayerNormalization as one node), explicit MatMul/Softmax, a dynamic
    batch axis, no constant folding (the importer folds the shape arithmetic itself)."""
    import onnx
    torch.onnx.export(model, torch.zeros(1, 1, 28, 28), str(path), input_names=["image"], output_names=["logits"],
                      dynamic_axes={"image": {0: "batch"}, "logits": {0: "batch"}}, opset_version=VIT_OPSET,
                      do_constant_folding=False)
    graph = onnx.load(str(path))
    onnx.checker.check_model(graph)
    print(f"wrote {path}: ops {sorted({node.op_type for node in graph.graph.node})}")


def sequencer_macs():
    """Multiply-accumulates of one Sequencer inference (crossbar products only: patch, 4 LSTM directions, MLP, head)."""
    c, d, p = Sequencer.CHANNELS, Sequencer.CHANNELS // 4, Sequencer.PATCH
    tokens = (28 // p) ** 2
    patch = tokens * p * p * c
    lstm = 4 * tokens * 4 * d * (c + d)  # every token is one step of each of the 4 directions
    mlp = tokens * 2 * c * Sequencer.MLP_RATIO * c
    return patch + lstm + mlp + c * 10


def write_json(path, value):
    """Indented JSON, but each list of numbers on one line; floats in Python's round-trip repr; LF."""
    text = json.dumps(value, indent=2, ensure_ascii=False)
    text = re.sub(r"\[\s+([-0-9.eE+,\s]+?)\s+\]", lambda m: "[" + re.sub(r",\s+", ", ", m.group(1)) + "]", text)
    path.write_text(text + "\n", encoding="utf-8", newline="\n")


def write_npz(path, arrays):
    """numpy.savez without timestamps: stored .npy entries in the given order, each dated 1980-01-01, so the same
    weights always give the same bytes."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, array in arrays.items():
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, np.ascontiguousarray(array), allow_pickle=False)
            archive.writestr(zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0)), buffer.getvalue())


if __name__ == "__main__":
    main()
