#!/usr/bin/env bash
# The scale-out test: runs the project's Slurm job-array examples, unmodified, on a one-node Slurm cluster that it
# starts itself (tools/slurm/cluster.sh; as root, packages from tools/slurm/debian-packages.txt installed when
# missing), and checks that the dependent merge job writes exactly the bytes of the unsharded run, also after a task
# was cancelled mid-run and resubmitted, and that a merge with a missing or unfinished shard is refused.
#
#   tools/slurm/test.sh [--sweep-script PATH] [--cosim-script PATH] [--case NAME]...
#
# --sweep-script  the sweep array script to submit (default tools/sweep/slurm-array.sh)
# --cosim-script  the cosim array script to submit (default tools/cosim/slurm-array.sh)
# --case          run only this case (repeatable); the cases are the case_* functions below
# CROSSBAR_SLURM_KEEP=1 keeps the temporary folder (cluster files, job logs, run folders) after a passing run too.
#
# Prints one "PASS name" or "FAIL name: why" line per check and ends with "slurm checks: N passed, N failed"
# (tools/test.sh adds these to its summary). Exits 1 when a check failed or Slurm could not be started: the test
# never passes without having run the scheduler. Every daemon it started is stopped by pid on exit.
#
# Adding a case (e.g. a cosim array example): write `case_NAME` that submits its script with `submit`, waits with
# `jobs_wait`, and reports with `pass`/`fail`; add NAME to `all_cases`. Shared fixtures: $root, $work, $design, $logs.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=tools/slurm/cluster.sh
source "$root/tools/slurm/cluster.sh"

sweep_script="$root/tools/sweep/slurm-array.sh"
cosim_script="$root/tools/cosim/slurm-array.sh"
all_cases=(sweep_array sweep_cancel_resume cosim_array)
cases=()
while [ $# -gt 0 ]; do
  case "$1" in
    --sweep-script) sweep_script="$(realpath "$2")"; shift 2 ;;
    --cosim-script) cosim_script="$(realpath "$2")"; shift 2 ;;
    --case) cases+=("$2"); shift 2 ;;
    *) echo "usage: tools/slurm/test.sh [--sweep-script PATH] [--cosim-script PATH] [--case NAME]..." >&2; exit 2 ;;
  esac
done
[ "${#cases[@]}" -gt 0 ] || cases=("${all_cases[@]}")

# The sweep every case runs: the spec of tools/sweep/slurm-array.sh at a small size. The unsharded reference run uses
# the same flags; the array tasks take the size from SWEEP_* (their script is not changed).
sweep_samples=3000
sweep_flags=(--data fashion-mnist --split test --samples "$sweep_samples" --level mapped
  --vary fault-rate=0:0.25:0.025 --fault lrs,hrs,both --seeds 3)
# The cosim every cosim case runs: tools/cosim/slurm-array.sh's flags at a small size (no spice: seconds per shard).
cosim_samples=30
cosim_levels=ideal,mapped,wired
cosim_flags=(--data fashion-mnist --split test --samples "$cosim_samples" --levels "$cosim_levels" --save-outputs)
job_limit=300     # seconds any one wait for jobs may take
passed=0
failed=0

pass() { passed=$((passed + 1)); echo "PASS $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1: $2"; }
note() { echo "  $*" >&2; }
summary() { echo "slurm checks: $passed passed, $failed failed"; }

work="$(mktemp -d /tmp/crossbar-slurm.XXXXXX)"
logs="$work/logs"
design="$work/design"
mkdir -p "$logs"
finish() {
  cluster_stop
  [ -n "$work" ] || return 0
  if [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ] && [ -z "${CROSSBAR_SLURM_KEEP:-}" ]; then rm -rf "$work"; else echo "slurm test: files kept in $work" >&2; fi
}
trap finish EXIT
trap 'exit 130' INT TERM

# One line, a failed check, and exit 1: Slurm could not be brought up, so no case ran.
cannot_run() {
  echo "slurm test: cannot run Slurm on this machine: $1"
  rm -rf "$work"
  work=""
  failed=$((failed + 1))
  summary
  exit 1
}

[ "$(id -u)" -eq 0 ] || cannot_run "not root (the test starts munged, slurmctld and slurmd as root)"
cluster_install 2>"$logs/install.log" || cannot_run "$(tail -n 1 "$logs/install.log")"
note "packages present after $SECONDS s"
cluster_start "$work/cluster" 2>"$logs/cluster.log" || cannot_run "$(grep 'slurm cluster:' "$logs/cluster.log" | tail -n 1)"
grep 'slurm cluster: up' "$logs/cluster.log" >&2

# Submits a batch job from the repository root with its log under $logs; prints the job id. Arguments: environment
# assignments, then `--`, then sbatch's options and the script (or --wrap "command").
submit() {
  local environment=()
  while [ "$1" != "--" ]; do environment+=("$1"); shift; done
  shift
  local out
  out="$(env "${environment[@]}" sbatch --parsable --chdir="$root" "$@" 2>&1)" || { note "sbatch $*: $out"; return 1; }
  echo "${out%%;*}"
}

# Every task of job $1 ended COMPLETED with exit code 0; otherwise prints the failed tasks and the end of their logs.
tasks_ok() {
  local job="$1" bad
  bad="$(scontrol show job "$job" 2>/dev/null | tr ' ' '\n' | awk -F= '
    $1 == "JobId" { id = $2 } $1 == "ArrayJobId" { id = $2 } $1 == "ArrayTaskId" { id = id "_" $2 }
    $1 == "JobState" { state = $2 }
    $1 == "ExitCode" && (state != "COMPLETED" || $2 != "0:0") { printf "%s%s %s exit %s", sep, id, state, $2; sep = ", " }')"
  [ -z "$bad" ] && [ -n "$(job_field "$job" JobState)" ] && return 0
  note "job $job: task(s) not completed: ${bad:-no record}"
  local log
  for log in $(job_field "$job" StdOut | sort -u); do
    [ -f "$log" ] && { note "--- $log (last lines)"; tail -n 5 "$log" | sed 's/^/    /' >&2; }
  done
  return 1
}

# Complete lines of a progress.csv minus its header (0 when absent).
finished_units() {
  local lines=0
  [ -f "$1" ] && lines="$(tr -cd '\n' <"$1" | wc -c)"
  echo $((lines > 0 ? lines - 1 : 0))
}

# The folders hold the same files with the same bytes; provenance.json (command line, machine) differs between
# runs by design and is left out of every comparison.
same_bytes() {
  local files
  files="$(ls "$1" 2>/dev/null | sort | tr '\n' ' ')"
  [ "$files" = "accuracy.png accuracy.svg points.csv progress.csv provenance.json report.html summary.csv sweep.json " ] || { note "$1 holds: ${files:-nothing}"; return 1; }
  diff -r -q -x provenance.json "$1" "$2" >&2
}

# The unsharded sweep, once, outside the scheduler: what every merged folder must equal.
reference() {
  [ -d "$work/whole" ] && return 0
  local t0=$SECONDS
  timeout 600 ./crossbar sweep --design "$design" "${sweep_flags[@]}" --out "$work/whole" >"$logs/whole.out" 2>"$logs/whole.err" ||
    { note "unsharded sweep failed: $(tail -n 3 "$logs/whole.err")"; return 1; }
  note "unsharded sweep: $(grep -c . "$work/whole/points.csv") rows of points.csv in $((SECONDS - t0)) s"
}

# Units of shard $1 of $2: those whose index is $1 mod $2 (read from the reference's progress.csv).
shard_units() {
  awk -F, -v i="$1" -v n="$2" 'NR > 1 && $1 % n == i { c++ } END { print c + 0 }' "$work/whole/progress.csv"
}

# Case: the array of 4 tasks and its afterok merge write the unsharded run's bytes.
case_sweep_array() {
  local name="sweep array of 4 tasks + afterok merge equals the unsharded sweep byte for byte" t0=$SECONDS shards="$work/array-shards" job merge
  reference || { fail "$name" "no reference run"; return; }
  job="$(submit SWEEP_DESIGN="$design" SWEEP_SAMPLES="$sweep_samples" SWEEP_SHARD_DIR="$shards" -- \
    --array=0-3 --output="$logs/sweep-%A_%a.log" "$sweep_script")" || { fail "$name" "sbatch refused the array"; return; }
  merge="$(submit -- --dependency=afterok:"$job" --output="$logs/merge-%j.log" \
    --wrap "./crossbar sweep-merge --out $work/array-merged $shards/*")" || { fail "$name" "sbatch refused the merge"; return; }
  jobs_wait "$job_limit" "$job" || { fail "$name" "array job $job timed out"; return; }
  tasks_ok "$job" || { fail "$name" "array job $job: a task failed (merge $merge: $(job_field "$merge" Reason))"; return; }
  [ "$(job_field "$job" JobState | grep -c COMPLETED)" -eq 4 ] || { fail "$name" "array job $job did not run 4 tasks"; return; }
  jobs_wait "$job_limit" "$merge" || { fail "$name" "merge job $merge timed out"; return; }
  tasks_ok "$merge" || { fail "$name" "merge job $merge failed"; return; }
  same_bytes "$work/whole" "$work/array-merged" || { fail "$name" "merged folder differs from the unsharded run"; return; }
  note "array $job (4 tasks) + merge $merge: $((SECONDS - t0)) s"
  pass "$name"
}

# Case: task 1 of 2 is cancelled mid-run; a merge then (afterok, or run anyway) is refused; the resubmitted task
# computes only its missing units; the merge after it equals the unsharded run.
case_sweep_cancel_resume() {
  local t0=$SECONDS shards="$work/cancel-shards" job merge units progress done_at_cancel i state
  reference || { fail "sweep cancel and resume" "no reference run"; return; }
  units="$(shard_units 1 2)"
  progress="$shards/1/progress.csv"
  job="$(submit SWEEP_DESIGN="$design" SWEEP_SAMPLES="$sweep_samples" SWEEP_SHARD_DIR="$shards" -- \
    --array=0-1 --output="$logs/sweep-%A_%a.log" "$sweep_script")" || { fail "sweep cancel and resume" "sbatch refused the array"; return; }
  merge="$(submit -- --dependency=afterok:"$job" --output="$logs/merge-%j.log" \
    --wrap "./crossbar sweep-merge --out $work/cancel-merged-early $shards/*")" || { fail "sweep cancel and resume" "sbatch refused the merge"; return; }

  # Cancel task 1 once it has finished two units (polled every 50 ms, at most job_limit seconds).
  local cancelled=0
  for ((i = 0; i < job_limit * 20; i++)); do
    if [ "$(finished_units "$progress")" -ge 2 ]; then
      scancel "${job}_1" && cancelled=1
      break
    fi
    if [ $((i % 20)) -eq 0 ]; then
      state="$(job_field "${job}_1" JobState)"
      case "$state" in COMPLETED | FAILED | CANCELLED | TIMEOUT | NODE_FAIL | OUT_OF_MEMORY)
        note "task ${job}_1 ended ($state) before two units were in $progress"; tasks_ok "$job"; break ;; esac
    fi
    sleep 0.05
  done
  local name="cancelled array task keeps its finished units and the afterok merge does not run"
  if [ "$cancelled" -ne 1 ]; then fail "$name" "task ${job}_1 was not cancelled mid-run"; return; fi
  jobs_wait "$job_limit" "$job" || { fail "$name" "array job $job did not end after scancel"; return; }
  done_at_cancel="$(finished_units "$progress")"
  head -n "$((done_at_cancel + 1))" "$progress" >"$work/progress-at-cancel.csv"
  state="$(job_field "${job}_1" JobState)"
  local reason
  reason="$(job_field "$merge" Reason)"
  if [ "$state" = CANCELLED ] && tasks_ok "${job}_0" && [ "$done_at_cancel" -ge 2 ] && [ "$done_at_cancel" -lt "$units" ] &&
     [ "$(job_field "$merge" JobState)" = PENDING ] && [ "$reason" = DependencyNeverSatisfied ] && [ ! -e "$work/cancel-merged-early" ]; then
    note "task ${job}_1 cancelled with $done_at_cancel of $units unit(s) in progress.csv; merge $merge pending ($reason)"
    pass "$name"
  else
    fail "$name" "task 1: $state with $done_at_cancel of $units unit(s); merge $merge: $(job_field "$merge" JobState) ($reason)"
    return
  fi
  scancel "$merge"

  # A merge run anyway (afterany) is refused: the unfinished shard, then a missing one; nothing is written.
  local unfinished missing
  unfinished="$(submit -- --output="$logs/merge-unfinished-%j.log" --wrap "./crossbar sweep-merge --out $work/merged-unfinished $shards/0 $shards/1")" &&
    missing="$(submit -- --output="$logs/merge-missing-%j.log" --wrap "./crossbar sweep-merge --out $work/merged-missing $shards/0")" ||
    { fail "refused merges" "sbatch refused a merge"; return; }
  jobs_wait "$job_limit" "$unfinished" "$missing" || { fail "refused merges" "timed out"; return; }
  name="merge with an unfinished shard exits 1 naming shard 1/2 and writes nothing"
  if [ "$(job_field "$unfinished" ExitCode)" = "1:0" ] && grep -q "shard 1/2 is not finished: $((units - done_at_cancel)) of its $units unit(s) missing" "$logs/merge-unfinished-$unfinished.log" &&
     [ ! -e "$work/merged-unfinished" ]; then
    pass "$name"
  else
    fail "$name" "exit $(job_field "$unfinished" ExitCode): $(tail -n 2 "$logs/merge-unfinished-$unfinished.log" | tr '\n' ' ')"
  fi
  name="merge with a missing shard exits 1 naming shard 1/2 and writes nothing"
  if [ "$(job_field "$missing" ExitCode)" = "1:0" ] && grep -q "missing shard(s) 1/2 of 2" "$logs/merge-missing-$missing.log" &&
     [ ! -e "$work/merged-missing" ]; then
    pass "$name"
  else
    fail "$name" "exit $(job_field "$missing" ExitCode): $(tail -n 2 "$logs/merge-missing-$missing.log" | tr '\n' ' ')"
  fi

  # Resubmit task 1 alone (the shard count from the environment), merge after it and after task 0.
  name="resubmitted task computes only its $((units - done_at_cancel)) missing unit(s); the merge equals the unsharded sweep byte for byte"
  local again final
  again="$(submit SWEEP_DESIGN="$design" SWEEP_SAMPLES="$sweep_samples" SWEEP_SHARD_DIR="$shards" SWEEP_SHARD_COUNT=2 -- \
    --array=1 --output="$logs/sweep-%A_%a.log" "$sweep_script")" || { fail "$name" "sbatch refused the resubmission"; return; }
  final="$(submit -- --dependency=afterok:"${job}_0":"$again" --output="$logs/merge-%j.log" \
    --wrap "./crossbar sweep-merge --out $work/cancel-merged $shards/*")" || { fail "$name" "sbatch refused the merge"; return; }
  jobs_wait "$job_limit" "$again" "$final" || { fail "$name" "resubmitted task $again or merge $final timed out"; return; }
  tasks_ok "$again" && tasks_ok "$final" || { fail "$name" "resubmitted task $again or merge $final failed"; return; }
  local log="$logs/sweep-${again}_1.log" kept
  kept="$(comm -23 <(sort "$work/progress-at-cancel.csv") <(sort "$progress") | grep -c .)"
  if grep -q "shard 1/2: .* $units unit(s), $done_at_cancel already done" "$log" &&
     grep -q "Shard 1/2 of the sweep .*: $units/$units unit(s) finished ($((units - done_at_cancel)) of $units unit(s) computed now)" "$log" &&
     [ "$kept" -eq 0 ] && same_bytes "$work/whole" "$work/cancel-merged"; then
    note "resubmitted $again: $done_at_cancel already done, $((units - done_at_cancel)) computed; merge $final; case $((SECONDS - t0)) s"
    pass "$name"
  else
    fail "$name" "$(grep -E 'already done|computed now' "$log" | tr '\n' ' ')(rows of the cancelled run not kept: $kept)"
  fi
}

# Case: a cosim array of 3 tasks and its afterok cosim-merge write the unsharded cosim's bytes (every file, the
# saved outputs and plots included).
case_cosim_array() {
  local name="cosim array of 3 tasks + afterok cosim-merge equals the unsharded cosim byte for byte" t0=$SECONDS shards="$work/cosim-shards" job merge files
  timeout 600 ./crossbar cosim --design "$design" "${cosim_flags[@]}" --out "$work/cosim-whole" >"$logs/cosim-whole.out" 2>"$logs/cosim-whole.err" ||
    { fail "$name" "unsharded cosim failed: $(tail -n 3 "$logs/cosim-whole.err" | tr '\n' ' ')"; return; }
  job="$(submit COSIM_DESIGN="$design" COSIM_SAMPLES="$cosim_samples" COSIM_LEVELS="$cosim_levels" COSIM_SHARD_DIR="$shards" -- \
    --array=0-2 --output="$logs/cosim-%A_%a.log" "$cosim_script")" || { fail "$name" "sbatch refused the array"; return; }
  merge="$(submit -- --dependency=afterok:"$job" --output="$logs/cosim-merge-%j.log" \
    --wrap "./crossbar cosim-merge --out $work/cosim-merged $shards/*")" || { fail "$name" "sbatch refused the merge"; return; }
  jobs_wait "$job_limit" "$job" || { fail "$name" "array job $job timed out"; return; }
  tasks_ok "$job" || { fail "$name" "array job $job: a task failed (merge $merge: $(job_field "$merge" Reason))"; return; }
  [ "$(job_field "$job" JobState | grep -c COMPLETED)" -eq 3 ] || { fail "$name" "array job $job did not run 3 tasks"; return; }
  jobs_wait "$job_limit" "$merge" || { fail "$name" "merge job $merge timed out"; return; }
  tasks_ok "$merge" || { fail "$name" "merge job $merge failed"; return; }
  files="$(cd "$work/cosim-whole" && find . -type f | sort | tr '\n' ' ')"
  case "$files" in *./outputs/wired.npy*./samples.csv*) ;; *) fail "$name" "the unsharded cosim holds: ${files:-nothing}"; return ;; esac
  diff -r -q -x provenance.json "$work/cosim-whole" "$work/cosim-merged" >&2 || { fail "$name" "merged folder differs from the unsharded cosim"; return; }
  note "cosim array $job (3 tasks) + merge $merge: $((SECONDS - t0)) s"
  pass "$name"
}

# The CLI, built once before any task starts (the README's "compile once"). After `dotnet test` (tools/test.sh) the
# solution build's src/CrossbarSpice.Cli/bin/Release/net10.0 holds the same CLI that the launcher's
# `dotnet build -o .build/cli` would make (same bytes; -o only adds unused per-library deps.json files), but that
# build recompiles every project, because the other output folder changes the compile's reference paths (about 80 s
# on 2 cores). So when the launcher's build is stale and the solution's is newer than every source (the launcher's
# own test), the solution's is copied in with the launcher's stamp; otherwise ./crossbar builds as usual.
seed_cli() {
  local bin="$root/src/CrossbarSpice.Cli/bin/Release/net10.0" cli="$root/.build/cli"
  stale_against() {
    [ ! -f "$1" ] || [ -n "$(find "$root/src" "$root/Directory.Build.props" "$root/Directory.Packages.props" \
      \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' \) -newer "$1" -print -quit)" ]
  }
  if stale_against "$cli/.built" && ! stale_against "$bin/crossbar.dll"; then
    mkdir -p "$cli" && cp -a "$bin/." "$cli/" && touch "$cli/.built" && note "CLI taken from the solution build in $bin"
  fi
}

cd "$root" || exit 1
t0=$SECONDS
seed_cli
if ! timeout 900 ./crossbar --help >/dev/null 2>"$logs/build.log"; then
  fail "crossbar builds" "$(tail -n 3 "$logs/build.log")"
  summary
  exit 1
fi
note "CLI built or up to date in $((SECONDS - t0)) s"
if ! timeout 300 ./crossbar compile-weights --arch netlists/examples/bcu-small/architecture.json --weights netlists/examples/bcu-small/weights.npz \
    --device device-cards/ti-alox-taox-pt.json --out "$design" >"$logs/compile.log" 2>&1; then
  fail "design compiles" "$(tail -n 3 "$logs/compile.log")"
  summary
  exit 1
fi

for name in "${cases[@]}"; do
  if ! declare -F "case_$name" >/dev/null; then fail "$name" "no such case (cases: ${all_cases[*]})"; continue; fi
  before=$((passed + failed))
  "case_$name"
  [ $((passed + failed)) -gt "$before" ] || fail "$name" "the case reported nothing"
done
note "slurm test: $SECONDS s in all, $((SECONDS - t0)) s of them after the cluster was up"
summary
[ "$failed" -eq 0 ]
