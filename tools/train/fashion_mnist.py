"""Reads the Fashion-MNIST IDX files of Debian's dataset-fashion-mnist package with numpy.

Same format rules as the C# reader (CrossbarSpice.Import.Data.IdxReader): big-endian header, magic 0x0000 0x08 rank,
unsigned-byte data, gzip optional. Pixels are scaled to [0, 1] (grey level / 255, the 0-1 V input of seed 003).
"""
import gzip
import pathlib

import numpy as np

FOLDER = pathlib.Path("/usr/share/datasets/fashion-mnist")
FILES = {
    "train": ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"),
    "test": ("t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"),
}


def read_idx(path):
    """Returns the array stored in an IDX file (unsigned bytes only), checking magic and length."""
    opener = gzip.open if path.read_bytes()[:2] == b"\x1f\x8b" else open
    with opener(path, "rb") as stream:
        data = stream.read()
    if len(data) < 4 or data[0] != 0 or data[1] != 0 or data[2] != 0x08:
        raise ValueError(f"{path}: not an unsigned-byte IDX file (magic {data[:4].hex()})")
    rank = data[3]
    dims = [int.from_bytes(data[4 + 4 * i: 8 + 4 * i], "big") for i in range(rank)]
    offset = 4 + 4 * rank
    count = int(np.prod(dims))
    if len(data) - offset != count:
        raise ValueError(f"{path}: header declares {dims} = {count} bytes, file holds {len(data) - offset}")
    return np.frombuffer(data, dtype=np.uint8, offset=offset).reshape(dims)


def load(split, dtype=np.float32, folder=FOLDER):
    """(images [N, 1, 28, 28] in [0, 1] as grey level / 255 computed in dtype, labels int64 [N]) of the 'train' or
    'test' split. Use float64 to compare with the C# reader, which scales in float64."""
    images_file, labels_file = FILES[split]
    images = read_idx(folder / images_file).astype(dtype) / dtype(255.0)
    labels = read_idx(folder / labels_file).astype(np.int64)
    if images.shape[0] != labels.shape[0]:
        raise ValueError(f"{split}: {images.shape[0]} images but {labels.shape[0]} labels")
    return images.reshape(-1, 1, 28, 28), labels
