#!/usr/bin/env python3
"""Writes the small real weight files the import tests read. Run from this folder with Debian's numpy:
    /usr/bin/python3 make_fixtures.py
Values follow closed formulas the tests recompute (see README.md), so no number is copied by hand."""
import json
import struct

import numpy as np


def ramp(shape, scale, offset, dtype):
    """value[k] = k * scale + offset over the row-major flat index k."""
    count = int(np.prod(shape))
    return (np.arange(count, dtype=np.float64) * scale + offset).reshape(shape).astype(dtype)


mlp = {
    "fc1.weight": ramp((3, 4), 0.25, -1.0, np.float32),
    "fc1.bias": ramp((3,), 0.5, 0.0, np.float32),
    "fc2.weight": ramp((2, 3), 0.125, -0.5, np.float64),
    "fc2.bias": ramp((2,), -1.0, 0.25, np.float64),
}
np.savez("tiny_mlp.npz", **mlp)
np.savez_compressed("tiny_mlp_compressed.npz", **mlp)
np.save("fortran_2x3.npy", np.asfortranarray(ramp((2, 3), 1.0, 0.0, np.float64)))
np.save("half_4.npy", ramp((4,), 0.5, -1.0, np.float16))
np.save("bigendian_3.npy", ramp((3,), 1.5, 0.0, np.dtype(">f8")))
np.save("int64_2.npy", np.array([3, -4], dtype=np.int64))


def bf16_bytes(array):
    """bfloat16 = upper half of float32 (values chosen exactly representable)."""
    bits = array.astype(np.float32).view(np.uint32) >> 16
    return bits.astype("<u2").tobytes()


def write_safetensors(path, tensors):
    header, blobs, offset = {"__metadata__": {"made_by": "make_fixtures.py"}}, [], 0
    for name, (dtype, array, blob) in tensors.items():
        header[name] = {"dtype": dtype, "shape": list(array.shape), "data_offsets": [offset, offset + len(blob)]}
        blobs.append(blob)
        offset += len(blob)
    text = json.dumps(header, separators=(",", ":")).encode("utf-8")
    text += b" " * ((8 - len(text) % 8) % 8)
    with open(path, "wb") as out:
        out.write(struct.pack("<Q", len(text)))
        out.write(text)
        for blob in blobs:
            out.write(blob)


f32 = ramp((3, 4), 0.25, -1.0, np.float32)
f64 = ramp((2, 3), 0.125, -0.5, np.float64)
f16 = ramp((4,), 0.5, -1.0, np.float16)
bf16 = ramp((2,), 0.5, 1.0, np.float32)
write_safetensors("tiny.safetensors", {
    "fc1.weight": ("F32", f32, f32.astype("<f4").tobytes()),
    "fc2.weight": ("F64", f64, f64.astype("<f8").tobytes()),
    "half": ("F16", f16, f16.astype("<f2").tobytes()),
    "brain": ("BF16", bf16, bf16_bytes(bf16)),
})
