#!/usr/bin/python3
"""The bundled sequencer (netlists/examples/sequencer) in NumPy with every crossbar input coded as a bit-serial read
codes it (docs/sequencer.md, "Bit-serial reads"): q(x) = sign(x)·F·m/2^k, m = min(round(|x|·2^k/F), 2^k − 1), the bias
input too; trained weights unquantised. Prints the accuracy on the first N Fashion-MNIST test images without coding
and with each (k, F), and the largest |input| of each crossbar, so that the coding's own loss is known apart from the
card's levels.

    /usr/bin/python3 tools/sequencer_input_coding.py 1000 6:4 8:4 6:2
"""
import sys

import numpy as np

sys.path.insert(0, "tools/train")
import fashion_mnist  # noqa: E402

WEIGHTS = {k: v.astype(np.float64) for k, v in np.load("netlists/examples/sequencer/weights.npz").items()}
LARGEST = {}


def code(x, name, bits, full_scale):
    LARGEST[name] = max(LARGEST.get(name, 0.0), float(np.abs(x).max()))
    if bits is None:
        return x
    m = np.minimum(np.round(np.abs(x) * 2**bits / full_scale), 2**bits - 1)
    return np.sign(x) * full_scale * m / 2**bits


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def lstm(seq, prefix, suffix, bits, full_scale):
    w_ih, w_hh = WEIGHTS[f"{prefix}.weight_ih_l0{suffix}"], WEIGHTS[f"{prefix}.weight_hh_l0{suffix}"]
    bias = WEIGHTS[f"{prefix}.bias_ih_l0{suffix}"] + WEIGHTS[f"{prefix}.bias_hh_l0{suffix}"]
    batch, steps, _ = seq.shape
    hidden = w_hh.shape[1]
    h, c, out = np.zeros((batch, hidden)), np.zeros((batch, hidden)), np.zeros((batch, steps, hidden))
    one = code(np.ones(1), "bias", bits, full_scale)
    for t in (range(steps - 1, -1, -1) if suffix else range(steps)):
        z = code(seq[:, t], "lstm x", bits, full_scale) @ w_ih.T + code(h, "lstm h", bits, full_scale) @ w_hh.T + bias * one
        i, f, g, o = np.split(z, 4, axis=1)
        c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)
        h = sigmoid(o) * np.tanh(c)
        out[:, t] = h
    return out


def accuracy(images, labels, bits, full_scale):
    n = images.shape[0]
    one = code(np.ones(1), "bias", bits, full_scale)
    patches = images.reshape(n, 7, 4, 7, 4).transpose(0, 1, 3, 2, 4).reshape(n, 7, 7, 16)
    x = code(patches, "patch", bits, full_scale) @ WEIGHTS["patch.weight"].reshape(24, 16).T + WEIGHTS["patch.bias"] * one
    columns = x.transpose(0, 2, 1, 3).reshape(n * 7, 7, 24)
    vertical = np.concatenate([lstm(columns, "block1.vertical", s, bits, full_scale) for s in ("", "_reverse")], -1)
    vertical = vertical.reshape(n, 7, 7, 12).transpose(0, 2, 1, 3)
    rows = x.reshape(n * 7, 7, 24)
    horizontal = np.concatenate([lstm(rows, "block1.horizontal", s, bits, full_scale) for s in ("", "_reverse")], -1).reshape(n, 7, 7, 12)
    y = np.clip(np.concatenate([vertical, horizontal], -1), -1, 1)
    y = np.maximum(code(y, "fc1", bits, full_scale) @ WEIGHTS["block1.fc1.weight"].T + WEIGHTS["block1.fc1.bias"] * one, 0)
    y = code(y, "fc2", bits, full_scale) @ WEIGHTS["block1.fc2.weight"].T + WEIGHTS["block1.fc2.bias"] * one
    y = np.clip(y, -1, 1).mean(axis=(1, 2))
    y = code(y, "head", bits, full_scale) @ WEIGHTS["head.weight"].T + WEIGHTS["head.bias"] * one
    return float((y.argmax(1) == labels).mean())


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    images, labels = fashion_mnist.load("test")[:2]
    images, labels = images[:count].astype(np.float64).reshape(count, 28, 28), labels[:count]
    print(f"no coding: {accuracy(images, labels, None, 1):.4f}; largest |input| per crossbar:",
          {k: round(v, 3) for k, v in LARGEST.items()})
    for spec in sys.argv[2:] or ["6:4"]:
        bits, full_scale = spec.split(":")
        print(f"k = {bits}, F = {full_scale}: {accuracy(images, labels, int(bits), float(full_scale)):.4f}")


if __name__ == "__main__":
    main()
