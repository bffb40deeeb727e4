#!/usr/bin/python3
"""Writes the PyTorch fixtures of CrossbarSpice.Reference.Tests: three small networks that together use every op of the
architecture format, as architecture JSON + weights .npz + the float64 PyTorch value of every layer output.

    /usr/bin/python3 tests/CrossbarSpice.Reference.Tests/Fixtures/make_fixtures.py

Needs Debian's python3-torch and python3-numpy. Weights are float64 random numbers from a fixed seed, so the C#
reference and PyTorch compute from identical values; expected values are torch.float64 results.
"""
import io
import json
import pathlib
import re
import zipfile

import numpy as np
import torch
from torch import nn

HERE = pathlib.Path(__file__).resolve().parent
torch.manual_seed(7)
torch.set_default_dtype(torch.float64)


def write_npz(path, arrays):
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, array in arrays.items():
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, np.ascontiguousarray(array), allow_pickle=False)
            archive.writestr(zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0)), buffer.getvalue())


def write_json(path, value):
    text = json.dumps(value, indent=2)
    text = re.sub(r"\[\s+([-0-9.eE+,\s]+?)\s+\]", lambda m: "[" + re.sub(r",\s+", ", ", m.group(1)) + "]", text)
    path.write_text(text + "\n", encoding="utf-8", newline="\n")


def flat(tensor):
    return [float(v) for v in tensor.detach().reshape(-1)]


def randomise(module):
    """Replaces every parameter by a uniform value in [-0.8, 0.8] (wider than PyTorch's init, so activations bend)."""
    with torch.no_grad():
        for parameter in module.parameters():
            parameter.uniform_(-0.8, 0.8)
    return module


def cnn():
    conv1 = randomise(nn.Conv2d(2, 3, 3, stride=2, padding=1))
    pool1 = nn.MaxPool2d(3, stride=2, padding=1)
    conv2 = randomise(nn.Conv2d(3, 4, (2, 1), stride=1, padding=(1, 0)))
    pool2 = nn.AvgPool2d(2, stride=1, padding=1)
    norm1 = randomise(nn.LayerNorm([5, 3]))
    fc1 = randomise(nn.Linear(4, 5))
    fc2 = randomise(nn.Linear(5, 3, bias=False))
    fcf = randomise(nn.Linear(60, 3))
    x = torch.rand(2, 9, 8) * 2 - 0.5
    v = {"image": x}
    v["conv1.linear"] = conv1(x[None])[0]
    v["conv1"] = torch.tanh(v["conv1.linear"])
    v["pool1"] = pool1(v["conv1"][None])[0]
    v["conv2.linear"] = conv2(v["pool1"][None])[0]
    v["conv2"] = torch.relu(v["conv2.linear"])
    v["pool2"] = pool2(v["conv2"][None])[0]
    v["norm1"] = norm1(v["pool2"])
    v["gap"] = v["norm1"].mean(dim=(1, 2))
    v["fc1.linear"] = fc1(v["gap"])
    v["fc1"] = torch.sigmoid(v["fc1.linear"])
    v["fc2.linear"] = fc2(v["fc1"])
    v["fc2"] = torch.abs(v["fc2.linear"])
    v["flat"] = torch.flatten(v["norm1"])
    v["fcf.linear"] = fcf(v["flat"])
    v["fcf"] = torch.clamp(0.7 * v["fcf.linear"], -0.8, 0.8)
    weights = {
        "conv1.weight": conv1.weight, "conv1.bias": conv1.bias, "conv2.weight": conv2.weight, "conv2.bias": conv2.bias,
        "norm1.weight": norm1.weight, "norm1.bias": norm1.bias, "fc1.weight": fc1.weight, "fc1.bias": fc1.bias,
        "fc2.weight": fc2.weight, "fcf.weight": fcf.weight, "fcf.bias": fcf.bias,
    }
    architecture = {
        "format": "crossbarspice-architecture/1",
        "name": "torch-cnn-fixture",
        "input": {"name": "image", "shape": [2, 9, 8]},
        "layers": [
            {"name": "conv1", "type": "conv2d", "inChannels": 2, "outChannels": 3, "kernel": 3, "stride": 2, "padding": 1,
             "weight": "conv1.weight", "bias": "conv1.bias", "activation": "tanh"},
            {"name": "pool1", "type": "maxPool2d", "kernel": 3, "stride": 2, "padding": 1},
            {"name": "conv2", "type": "conv2d", "inChannels": 3, "outChannels": 4, "kernel": [2, 1], "padding": [1, 0],
             "weight": "conv2.weight", "bias": "conv2.bias", "activation": "relu"},
            {"name": "pool2", "type": "avgPool2d", "kernel": 2, "stride": 1, "padding": 1},
            {"name": "norm1", "type": "layerNorm", "normalizedShape": [5, 3], "weight": "norm1.weight", "bias": "norm1.bias"},
            {"name": "gap", "type": "globalAvgPool"},
            {"name": "fc1", "type": "dense", "inFeatures": 4, "outFeatures": 5, "weight": "fc1.weight", "bias": "fc1.bias",
             "activation": "sigmoid"},
            {"name": "fc2", "type": "dense", "inFeatures": 5, "outFeatures": 3, "weight": "fc2.weight", "activation": "abs"},
            {"name": "flat", "type": "flatten", "input": "norm1"},
            {"name": "fcf", "type": "dense", "inFeatures": 60, "outFeatures": 3, "weight": "fcf.weight", "bias": "fcf.bias",
             "activation": {"function": "boundedLinearTanh", "slope": 0.7, "limit": 0.8}},
        ],
        "outputs": ["fc2", "fcf"],
    }
    return "cnn", architecture, weights, v


def rnn():
    fc0 = randomise(nn.Linear(3, 4))
    lstm1 = randomise(nn.LSTM(4, 5, batch_first=True))
    norm = randomise(nn.LayerNorm(5))
    bi = randomise(nn.LSTM(5, 3, batch_first=True, bidirectional=True))
    bi2 = randomise(nn.LSTM(5, 2, batch_first=True, bidirectional=True, bias=False))
    fc = randomise(nn.Linear(6, 2))
    x = torch.rand(6, 3) * 2 - 1
    v = {"sequence": x}
    v["fc0.linear"] = fc0(x)
    v["fc0"] = torch.tanh(v["fc0.linear"])
    v["lstm1"] = lstm1(v["fc0"][None])[0][0]
    v["norm"] = norm(v["lstm1"])
    out = bi(v["norm"][None])[0][0]
    v["bi"] = torch.cat([out[-1, :3], out[0, 3:]])
    v["fc"] = fc(v["bi"])
    v["bi2"] = bi2(v["norm"][None])[0][0]
    weights = {"fc0.weight": fc0.weight, "fc0.bias": fc0.bias, "norm.weight": norm.weight, "norm.bias": norm.bias,
               "fc.weight": fc.weight, "fc.bias": fc.bias}
    for prefix, module in (("lstm1", lstm1), ("bi", bi), ("bi2", bi2)):
        for name, parameter in module.named_parameters():
            weights[f"{prefix}.{name}"] = parameter

    def cell(prefix, suffix, bias=True):
        c = {"weightIh": f"{prefix}.weight_ih_l0{suffix}", "weightHh": f"{prefix}.weight_hh_l0{suffix}"}
        if bias:
            c.update({"biasIh": f"{prefix}.bias_ih_l0{suffix}", "biasHh": f"{prefix}.bias_hh_l0{suffix}"})
        return c

    architecture = {
        "format": "crossbarspice-architecture/1",
        "name": "torch-rnn-fixture",
        "input": {"name": "sequence", "shape": [6, 3]},
        "layers": [
            {"name": "fc0", "type": "dense", "inFeatures": 3, "outFeatures": 4, "weight": "fc0.weight", "bias": "fc0.bias",
             "activation": "tanh"},
            {"name": "lstm1", "type": "lstm", "inputSize": 4, "hiddenSize": 5, **cell("lstm1", "")},
            {"name": "norm", "type": "layerNorm", "normalizedShape": 5, "weight": "norm.weight", "bias": "norm.bias"},
            {"name": "bi", "type": "bilstm", "inputSize": 5, "hiddenSize": 3, "returnSequences": False,
             "forward": cell("bi", ""), "backward": cell("bi", "_reverse")},
            {"name": "fc", "type": "dense", "inFeatures": 6, "outFeatures": 2, "weight": "fc.weight", "bias": "fc.bias"},
            {"name": "bi2", "type": "bilstm", "inputSize": 5, "hiddenSize": 2, "input": "norm",
             "forward": cell("bi2", "", bias=False), "backward": cell("bi2", "_reverse", bias=False)},
        ],
        "outputs": ["fc", "bi2"],
    }
    return "rnn", architecture, weights, v


def seq():
    """A small sequencer (seed 000) on a non-square token grid, so that rows and columns cannot be confused: patch
    embedding by a [3, 2] conv with stride [3, 2] on [2, 9, 8] -> [8, 3, 4] -> tokens [3, 4, 8] -> BiLSTM2D with D = 3
    (not C/4, to check that D is free) -> [3, 4, 12] -> clamp -> channel MLP -> layer norm -> GAP -> dense."""
    patch = randomise(nn.Conv2d(2, 8, (3, 2), stride=(3, 2)))
    vertical = randomise(nn.LSTM(8, 3, batch_first=True, bidirectional=True))
    horizontal = randomise(nn.LSTM(8, 3, batch_first=True, bidirectional=True))
    fc1 = randomise(nn.Linear(12, 5))
    fc2 = randomise(nn.Linear(5, 8))
    norm = randomise(nn.LayerNorm(8))
    head = randomise(nn.Linear(8, 3))
    x = torch.rand(2, 9, 8) * 2 - 0.5
    v = {"image": x}
    v["patch"] = patch(x[None])[0]
    v["tokens"] = v["patch"].permute(1, 2, 0)
    t = v["tokens"]
    h, w, c = t.shape
    columns = vertical(t.permute(1, 0, 2).reshape(w, h, c))[0].reshape(w, h, 6).permute(1, 0, 2)
    rows = horizontal(t)[0]
    v["mix"] = torch.cat([columns, rows], dim=-1)
    v["clip"] = torch.clamp(1.5 * v["mix"], -0.6, 0.6)
    v["fc1.linear"] = fc1(v["clip"])
    v["fc1"] = torch.relu(v["fc1.linear"])
    v["fc2"] = fc2(v["fc1"])
    v["norm"] = norm(v["fc2"])
    v["channels"] = v["norm"].permute(2, 0, 1)
    v["gap"] = v["channels"].mean(dim=(1, 2))
    v["head"] = head(v["gap"])
    weights = {"patch.weight": patch.weight, "patch.bias": patch.bias, "fc1.weight": fc1.weight, "fc1.bias": fc1.bias,
               "fc2.weight": fc2.weight, "fc2.bias": fc2.bias, "norm.weight": norm.weight, "norm.bias": norm.bias,
               "head.weight": head.weight, "head.bias": head.bias}
    for prefix, module in (("vertical", vertical), ("horizontal", horizontal)):
        for name, parameter in module.named_parameters():
            weights[f"{prefix}.{name}"] = parameter

    def pair(prefix):
        return {direction: {"weightIh": f"{prefix}.weight_ih_l0{suffix}", "weightHh": f"{prefix}.weight_hh_l0{suffix}",
                            "biasIh": f"{prefix}.bias_ih_l0{suffix}", "biasHh": f"{prefix}.bias_hh_l0{suffix}"}
                for direction, suffix in (("forward", ""), ("backward", "_reverse"))}

    architecture = {
        "format": "crossbarspice-architecture/1",
        "name": "torch-seq-fixture",
        "input": {"name": "image", "shape": [2, 9, 8]},
        "layers": [
            {"name": "patch", "type": "conv2d", "inChannels": 2, "outChannels": 8, "kernel": [3, 2], "stride": [3, 2],
             "weight": "patch.weight", "bias": "patch.bias"},
            {"name": "tokens", "type": "permute", "perm": [1, 2, 0]},
            {"name": "mix", "type": "bilstm2d", "inputSize": 8, "hiddenSize": 3,
             "vertical": pair("vertical"), "horizontal": pair("horizontal")},
            {"name": "clip", "type": "activation", "activation": {"function": "boundedLinearTanh", "slope": 1.5, "limit": 0.6}},
            {"name": "fc1", "type": "dense", "inFeatures": 12, "outFeatures": 5, "weight": "fc1.weight", "bias": "fc1.bias",
             "activation": "relu"},
            {"name": "fc2", "type": "dense", "inFeatures": 5, "outFeatures": 8, "weight": "fc2.weight", "bias": "fc2.bias"},
            {"name": "norm", "type": "layerNorm", "normalizedShape": 8, "weight": "norm.weight", "bias": "norm.bias"},
            {"name": "channels", "type": "permute", "perm": [2, 0, 1]},
            {"name": "gap", "type": "globalAvgPool"},
            {"name": "head", "type": "dense", "inFeatures": 8, "outFeatures": 3, "weight": "head.weight", "bias": "head.bias"},
        ],
    }
    return "seq", architecture, weights, v


for make in (cnn, rnn, seq):
    name, architecture, weights, values = make()
    write_json(HERE / f"torch_{name}.architecture.json", architecture)
    write_npz(HERE / f"torch_{name}.npz", {k: t.detach().numpy() for k, t in weights.items()})
    expected = {"source": f"PyTorch {torch.__version__} float64 (make_fixtures.py)",
                "values": {k: {"shape": list(t.shape), "values": flat(t)} for k, t in values.items()}}
    write_json(HERE / f"torch_{name}.expected.json", expected)
    print(f"wrote torch_{name}.*")
