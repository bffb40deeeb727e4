#!/usr/bin/env bash
# One shard of a robustness sweep per Slurm array task. Run from the repository root on a shared filesystem:
#
#   ./crossbar compile-weights --arch netlists/examples/bcu/architecture.json \
#       --weights netlists/examples/bcu/weights.npz --device device-cards/ti-alox-taox-pt.json --out netlists/bcu
#   ./crossbar --help > /dev/null                     # build the CLI once, before the tasks start
#   job=$(sbatch --parsable tools/sweep/slurm-array.sh)
#   sbatch --dependency=afterok:"$job" --wrap \
#       "./crossbar sweep-merge --out results/bcu-fault-rate results/bcu-fault-rate-shards/*"
#
# Task i of n runs `--shard i/n`: a deterministic slice of the sweep's (point, seed) units into its own folder. A task
# that is requeued or rerun skips the units it already finished. The merge checks that every shard is there, finished
# and of the same sweep, and writes the same bytes the unsharded run writes. Change the array size with --array; the
# shard count follows it.
#SBATCH --job-name=crossbar-sweep
#SBATCH --array=0-7
#SBATCH --cpus-per-task=2
#SBATCH --mem=2G
#SBATCH --time=00:30:00
#SBATCH --output=results/slurm-sweep-%A_%a.log
set -euo pipefail

index="${SLURM_ARRAY_TASK_ID:?run this script as a Slurm job array (sbatch --array=0-N)}"
count="${SLURM_ARRAY_TASK_COUNT:?run this script as a Slurm job array (sbatch --array=0-N)}"
out="${SWEEP_SHARDS:-results/bcu-fault-rate-shards}"

./crossbar sweep --design "${SWEEP_DESIGN:-netlists/bcu}" --data fashion-mnist --split test \
    --samples "${SWEEP_SAMPLES:-10000}" --level mapped \
    --vary fault-rate=0:0.25:0.025 --fault lrs,hrs,both --seeds 3 \
    --shard "$index/$count" --out "$out/$index"
