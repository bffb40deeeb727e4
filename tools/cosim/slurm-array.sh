#!/usr/bin/env bash
# One shard of a co-simulation per Slurm array task. Run from the repository root on a shared filesystem:
#
#   ./crossbar compile-weights --arch netlists/examples/bcu/architecture.json \
#       --weights netlists/examples/bcu/weights.npz --device device-cards/ti-alox-taox-pt.json --out netlists/bcu
#   job=$(sbatch --parsable --array=0-7 tools/cosim/slurm-array.sh)
#   sbatch --dependency=afterok:"$job" --wrap \
#       "./crossbar cosim-merge --out results/bcu-cosim results/bcu-cosim-shards/*"
#
# The first command also builds the CLI, once, before the tasks start. Sizes come from the environment, which sbatch
# hands to the tasks (default in brackets):
#   COSIM_DESIGN       the compiled design folder [netlists/bcu]
#   COSIM_SAMPLES      test images, samples 0 … N − 1 [10000]
#   COSIM_LEVELS       comma-separated fidelity levels [ideal,mapped,wired]
#   COSIM_SHARD_COUNT  number of shards n [the array's task count, SLURM_ARRAY_TASK_COUNT]
#   COSIM_SHARD_DIR    where shard i writes its folder i [results/bcu-cosim-shards]
#
# Task i of n runs `--shard i/n`: the samples whose index is i mod n, into its own folder (with --save-outputs, so the
# merged folder has outputs/<level>.npy). The merge checks that every shard is there, finished and of the same run
# (design SHA-256, levels, sample count) and writes the bytes the unsharded `cosim` writes. A task that is cancelled,
# requeued or rerun resumes from its progress (<folder>.partial/samples.csv until the shard finishes). To rerun one
# task alone, give its index and the shard count, e.g. task 5 of 8, then merge after it:
#   job5=$(COSIM_SHARD_COUNT=8 sbatch --parsable --array=5 tools/cosim/slurm-array.sh)
#   sbatch --dependency=afterok:"$job5" --wrap "./crossbar cosim-merge --out … results/bcu-cosim-shards/*"
# tools/slurm/test.sh runs this script unmodified on a one-node Slurm at a small size (bcu-small, case cosim_array).
#SBATCH --job-name=crossbar-cosim
#SBATCH --array=0-7
#SBATCH --cpus-per-task=2
#SBATCH --mem=2G
#SBATCH --time=01:00:00
#SBATCH --output=results/slurm-cosim-%A_%a.log
set -euo pipefail

index="${SLURM_ARRAY_TASK_ID:?run this script as a Slurm job array (sbatch --array=0-N)}"
count="${COSIM_SHARD_COUNT:-${SLURM_ARRAY_TASK_COUNT:?run this script as a Slurm job array (sbatch --array=0-N)}}"
out="${COSIM_SHARD_DIR:-results/bcu-cosim-shards}"

./crossbar cosim --design "${COSIM_DESIGN:-netlists/bcu}" --data fashion-mnist --split test \
    --samples "${COSIM_SAMPLES:-10000}" --levels "${COSIM_LEVELS:-ideal,mapped,wired}" --save-outputs \
    --shard "$index/$count" --out "$out/$index"
