#!/usr/bin/python3
"""Writes token_net.architecture.json + token_net.npz: the sequencer's layers without the BiLSTM2D, small enough for the
spice level (tests/CrossbarSpice.Simulation.Tests/Cosim/TokenStagesTests.cs):

    image [1, 8, 8] -> patch conv 1->4, kernel 4, stride 4 [4, 2, 2] -> permute [1, 2, 0] (tokens [2, 2, 4])
    -> clamp +-1 (normalisation) -> dense 4->8 ReLU -> dense 8->4 -> clamp +-1 (normalisation)
    -> permute [2, 0, 1] [4, 2, 2] -> global average pooling [4] -> dense 4->3

    /usr/bin/python3 tests/CrossbarSpice.Simulation.Tests/Fixtures/make_token_net.py

Weights are float32 random numbers from a fixed seed (numpy only), scaled so that the pre-clamp values reach beyond
+-1 on the test inputs and both clamps bite.
"""
import io
import json
import pathlib
import zipfile

import numpy as np

HERE = pathlib.Path(__file__).resolve().parent
rng = np.random.default_rng(20240)


def uniform(shape, bound):
    return rng.uniform(-bound, bound, size=shape).astype(np.float32)


weights = {
    "patch.weight": uniform((4, 1, 4, 4), 0.6),
    "patch.bias": uniform((4,), 0.3),
    "fc1.weight": uniform((8, 4), 1.0),
    "fc1.bias": uniform((8,), 0.3),
    "fc2.weight": uniform((4, 8), 0.9),
    "fc2.bias": uniform((4,), 0.3),
    "head.weight": uniform((3, 4), 1.0),
    "head.bias": uniform((3,), 0.2),
}
clamp = {"function": "boundedLinearTanh", "slope": 1, "limit": 1}
architecture = {
    "format": "crossbarspice-architecture/1",
    "name": "token-net",
    "input": {"name": "image", "shape": [1, 8, 8]},
    "layers": [
        {"name": "patch", "type": "conv2d", "inChannels": 1, "outChannels": 4, "kernel": 4, "stride": 4,
         "weight": "patch.weight", "bias": "patch.bias"},
        {"name": "tokens", "type": "permute", "perm": [1, 2, 0]},
        {"name": "norm1", "type": "activation", "activation": clamp},
        {"name": "fc1", "type": "dense", "inFeatures": 4, "outFeatures": 8, "weight": "fc1.weight", "bias": "fc1.bias",
         "activation": "relu"},
        {"name": "fc2", "type": "dense", "inFeatures": 8, "outFeatures": 4, "weight": "fc2.weight", "bias": "fc2.bias"},
        {"name": "norm2", "type": "activation", "activation": clamp},
        {"name": "channels", "type": "permute", "perm": [2, 0, 1]},
        {"name": "gap", "type": "globalAvgPool"},
        {"name": "head", "type": "dense", "inFeatures": 4, "outFeatures": 3, "weight": "head.weight", "bias": "head.bias"},
    ],
}

with zipfile.ZipFile(HERE / "token_net.npz", "w", compression=zipfile.ZIP_STORED) as archive:
    for name, array in weights.items():
        buffer = io.BytesIO()
        np.lib.format.write_array(buffer, np.ascontiguousarray(array), allow_pickle=False)
        archive.writestr(zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0)), buffer.getvalue())
(HERE / "token_net.architecture.json").write_text(json.dumps(architecture, indent=2) + "\n", encoding="utf-8", newline="\n")
