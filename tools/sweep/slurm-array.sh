#!/usr/bin/env bash
# One shard of a robustness sweep per Slurm array task. Run from the repository root on a shared filesystem:
#
#   ./crossbar compile-weights --arch netlists/examples/bcu/architecture.json \
#       --weights netlists/examples/bcu/weights.npz --device device-cards/ti-alox-taox-pt.json --out netlists/bcu
#   job=$(sbatch --parsable --array=0-7 tools/sweep/slurm-array.sh)
#   sbatch --dependency=afterok:"$job" --wrap \
#       "./crossbar sweep-merge --out results/bcu-fault-rate results/bcu-fault-rate-shards/*"
#
# The first command also builds the CLI, once, before the tasks start. Sizes come from the environment, which sbatch
# hands to the tasks (default in brackets):
#   SWEEP_DESIGN       the compiled design folder [netlists/bcu]
#   SWEEP_SAMPLES      test images per point [10000]
#   SWEEP_SHARD_COUNT  number of shards n [the array's task count, SLURM_ARRAY_TASK_COUNT]
#   SWEEP_SHARD_DIR    where shard i writes its folder i [results/bcu-fault-rate-shards]
#
# Task i of n runs `--shard i/n`: a deterministic slice of the sweep's (point, seed) units into its own folder. The merge
# checks that every shard is there, finished and of the same sweep, and writes the same bytes the unsharded run
# writes. A task that is cancelled, requeued or rerun skips the units it already finished (its progress.csv). To rerun
# one task alone, give its index and the shard count, e.g. task 5 of 8, then merge after it:
#   job5=$(SWEEP_SHARD_COUNT=8 sbatch --parsable --array=5 tools/sweep/slurm-array.sh)
#   sbatch --dependency=afterok:"$job5" --wrap "./crossbar sweep-merge --out … results/bcu-fault-rate-shards/*"
# tools/slurm/test.sh runs this script unmodified on a one-node Slurm at a small size (bcu-small, 3000 samples).
#SBATCH --job-name=crossbar-sweep
#SBATCH --array=0-7
#SBATCH --cpus-per-task=2
#SBATCH --mem=2G
#SBATCH --time=00:30:00
#SBATCH --output=results/slurm-sweep-%A_%a.log
set -euo pipefail

index="${SLURM_ARRAY_TASK_ID:?run this script as a Slurm job array (sbatch --array=0-N)}"
count="${SWEEP_SHARD_COUNT:-${SLURM_ARRAY_TASK_COUNT:?run this script as a Slurm job array (sbatch --array=0-N)}}"
out="${SWEEP_SHARD_DIR:-results/bcu-fault-rate-shards}"

./crossbar sweep --design "${SWEEP_DESIGN:-netlists/bcu}" --data fashion-mnist --split test \
    --samples "${SWEEP_SAMPLES:-10000}" --level mapped \
    --vary fault-rate=0:0.25:0.025 --fault lrs,hrs,both --seeds 3 \
    --shard "$index/$count" --out "$out/$index"
