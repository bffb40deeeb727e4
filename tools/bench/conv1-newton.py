#!/usr/bin/python3
"""Where the BCU's conv1 stage spends its time at the spice level (docs/cosim-bcu.md "Where conv1's time goes").

Writes conv1's compiled deck as the spice level sweeps it (inputs as pwl(V(idx)) behavioural sources, a DC sweep of
Vidx over the lanes: the 9x9 patches of Fashion-MNIST test image 0 at 1 V per unit, as seed 003's preset applies
them) with `.options acct`, once as compiled and once without the 14 abs circuits, runs both in `ngspice -b` and
prints ngspice's Newton iteration count, its analysis time and how many sweep points fell back to dynamic gmin
stepping. Usage: tools/bench/conv1-newton.py DESIGN [LANES (default 60)] [extra .options, e.g. itl2=100]
DESIGN: a compile with --preset seed003 (inputs in volts = grey level); other designs work, their input scaling differs.
"""
import gzip, os, re, subprocess, sys, tempfile

import numpy as np

design = sys.argv[1]
lanes_count = int(sys.argv[2]) if len(sys.argv) > 2 else 60
extra = " ".join(sys.argv[3:])
raw = gzip.open("/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz", "rb").read()
image = np.frombuffer(raw[16:16 + 784], dtype=np.uint8).reshape(28, 28) / 255.0
lanes = np.array([image[i:i + 9, j:j + 9].reshape(-1) for i in range(20) for j in range(20)])[:lanes_count]
deck = open(os.path.join(design, "conv1", "deck.cir")).read().splitlines()
work = tempfile.mkdtemp(prefix="conv1-newton-")
conv1 = os.path.abspath(os.path.join(design, "conv1"))


def write(name, keep_abs):
    out = ["* conv1 as the spice level sweeps it", "Vidx idx 0 0"]
    for line in deck[1:]:
        source = re.match(r"^Vin(\d+) (\S+) 0 DC 0", line)
        if source:
            k = int(source.group(1))
            points = ", ".join(f"{lane}, {lanes[lane][k]!r}" for lane in range(len(lanes)))
            out.append(f"Bin{k} {source.group(2)} 0 V=pwl(V(idx), {points})")
        elif line.startswith(".include"):
            out.append(re.sub(r'"(.*)"', lambda m: '"' + os.path.join(conv1, m.group(1)) + '"', line))
        elif line.startswith((".op", ".end")) or (not keep_abs and line.startswith("Xabs")):
            continue
        else:
            out.append(line)
    out += [f".dc Vidx 0 {len(lanes) - 1} 1", f".options acct {extra}", ".print dc v(y0) v(y5)", ".end"]
    path = os.path.join(work, name)
    open(path, "w").write("\n".join(out) + "\n")
    return path


for name, keep in (("as-compiled.cir", True), ("without-abs.cir", False)):
    log = subprocess.run(["ngspice", "-b", write(name, keep)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True).stdout
    iterations = re.search(r"Total iterations = (\d+)", log)
    seconds = re.search(r"Total analysis time \(seconds\) = ([0-9.]+)", log)
    print(f"{name}: {len(lanes)} lanes, {iterations.group(1) if iterations else '?'} Newton iterations, "
          f"analysis {seconds.group(1) if seconds else '?'} s, dynamic gmin stepping at {log.count('dynamic gmin')} point(s)")
print(f"decks and logs: {work}")
