#!/usr/bin/python3
"""Writes netlists/examples/tiny-mlp/weights.npz: a 12-6-3 MLP with seeded random weights.

Not a trained network: its purpose is a small, fixed, reproducible example for compile-weights and the
golden netlist tests. Run with Debian's python3 (python3-numpy): /usr/bin/python3 tools/make-tiny-mlp.py
"""
import pathlib

import numpy as np

rng = np.random.default_rng(20261122)
root = pathlib.Path(__file__).resolve().parent.parent / "netlists" / "examples" / "tiny-mlp"
tensors = {
    "fc1.weight": rng.uniform(-1, 1, (6, 12)).astype(np.float32),
    "fc1.bias": rng.uniform(-0.2, 0.2, 6).astype(np.float32),
    "fc2.weight": rng.uniform(-1, 1, (3, 6)).astype(np.float32),
    "fc2.bias": rng.uniform(-0.2, 0.2, 3).astype(np.float32),
}
np.savez(root / "weights.npz", **tensors)
print(f"wrote {root / 'weights.npz'}")
