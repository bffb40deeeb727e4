# A throw-away single-node Slurm cluster for tests: munged, slurmctld and slurmd started as root from Debian's
# packages, every file (config, munge key, sockets, state, spool, logs) in one temporary folder, private loopback
# ports, no cgroups (proctrack/linuxproc, task/none), no accounting. Source this file, then:
#
#   cluster_install        installs slurm-wlm and munge (tools/slurm/debian-packages.txt) when missing
#   cluster_start DIR      writes DIR/slurm.conf and the munge key, starts the three daemons, waits until the node is
#                          idle; exports SLURM_CONF so sbatch, scontrol and scancel use this cluster
#   cluster_stop           stops the daemons this shell started, by pid (safe to call twice; call it from a trap)
#   job_field ID FIELD     one field of `scontrol show job ID` (e.g. JobState, ExitCode, Reason); one line per task
#   jobs_wait SECONDS ID…  waits until no task of the jobs is pending or running; returns 1 on timeout
#
# Every function prints its reason on stderr and returns non-zero when it cannot do its part.

cluster_pids=()
cluster_dir=""

cluster_log() { echo "slurm cluster: $*" >&2; }

# Installs the test's Debian packages when one is missing (apt-get update first). Needs root.
cluster_install() {
  local list missing=() package
  list="$(dirname "${BASH_SOURCE[0]}")/debian-packages.txt"
  while read -r package; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$list" | awk '{print $1}')
  [ "${#missing[@]}" -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    cluster_log "cannot install ${missing[*]}: not root"
    return 1
  fi
  cluster_log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 || { cluster_log "apt-get update failed"; return 1; }
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2 || { cluster_log "apt-get install ${missing[*]} failed"; return 1; }
}

# A TCP port on which nothing listens (IPv4 or IPv6), from 20000-59999, chosen at random; excludes the ports given.
cluster_free_port() {
  local try port hex
  for try in $(seq 1 200); do
    port=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
    case " $* " in *" $port "*) continue ;; esac
    hex="$(printf '%04X' "$port")"
    if ! awk -v p=":$hex" 'FNR > 1 && $4 == "0A" && substr($2, length($2) - 4) == p { found = 1 } END { exit !found }' \
        /proc/net/tcp /proc/net/tcp6 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  cluster_log "no free port found"
  return 1
}

# Starts a daemon in the foreground of a background job and records its pid.
cluster_spawn() {
  local log="$1"
  shift
  "$@" >"$log" 2>&1 &
  cluster_pids+=("$!")
}

# True while every daemon we started is alive; otherwise names the dead one and shows its log.
cluster_alive() {
  local i names=(munged slurmctld slurmd)
  for i in "${!cluster_pids[@]}"; do
    if ! kill -0 "${cluster_pids[$i]}" 2>/dev/null; then
      cluster_log "${names[$i]} (pid ${cluster_pids[$i]}) exited; its log:"
      tail -n 20 "$cluster_dir/log/${names[$i]}.log" "$cluster_dir/log/${names[$i]}.out" 2>/dev/null | sed 's/^/  /' >&2
      return 1
    fi
  done
}

cluster_start() {
  cluster_dir="$1"
  if [ "$(id -u)" -ne 0 ]; then
    cluster_log "cannot start slurmctld, slurmd and munged: not root"
    return 1
  fi
  local command
  for command in munged slurmctld slurmd sbatch scontrol scancel; do
    command -v "$command" >/dev/null || { cluster_log "$command is not installed (Debian packages slurm-wlm, munge)"; return 1; }
  done

  local d="$cluster_dir" ctld_port slurmd_port cpus memory
  mkdir -p "$d"/{munge,state,spool,log}
  chmod 700 "$d" "$d/munge"
  dd if=/dev/urandom of="$d/munge/munge.key" bs=1024 count=1 status=none
  chmod 400 "$d/munge/munge.key"
  ctld_port="$(cluster_free_port)" || return 1
  slurmd_port="$(cluster_free_port "$ctld_port")" || return 1
  cpus="$(nproc)"
  memory=$(($(awk '/^MemTotal:/ {print $2}' /proc/meminfo) / 1024 - 512))
  : >"$d/plugstack.conf"
  cat >"$d/slurm.conf" <<EOF
ClusterName=crossbartest
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$d/munge/munge.sock
StateSaveLocation=$d/state
SlurmdSpoolDir=$d/spool
SlurmctldPidFile=$d/slurmctld.pid
SlurmdPidFile=$d/slurmd.pid
SlurmctldLogFile=$d/log/slurmctld.log
SlurmdLogFile=$d/log/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
PlugStackConfig=$d/plugstack.conf
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SwitchType=switch/none
MpiDefault=none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/builtin
ReturnToService=2
MinJobAge=3600
KillWait=5
InactiveLimit=0
SlurmctldTimeout=30
SlurmdTimeout=30
MessageTimeout=10
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=test Nodes=localhost Default=YES MaxTime=INFINITE State=UP
EOF
  export SLURM_CONF="$d/slurm.conf"

  cluster_spawn "$d/log/munged.out" munged --foreground --force --socket="$d/munge/munge.sock" \
    --key-file="$d/munge/munge.key" --pid-file="$d/munge/munged.pid" --seed-file="$d/munge/munged.seed" \
    --log-file="$d/log/munged.log"
  local i
  for i in $(seq 1 100); do
    [ -S "$d/munge/munge.sock" ] && break
    cluster_alive || return 1
    sleep 0.1
  done
  [ -S "$d/munge/munge.sock" ] || { cluster_log "munged made no socket in 10 s"; return 1; }

  cluster_spawn "$d/log/slurmctld.out" slurmctld -D -i -f "$d/slurm.conf"
  cluster_spawn "$d/log/slurmd.out" slurmd -D -N localhost -f "$d/slurm.conf"
  local state=""
  for i in $(seq 1 300); do
    cluster_alive || return 1
    state="$(scontrol show node localhost 2>/dev/null | sed -n 's/.*State=\([A-Z+_]*\).*/\1/p')"
    [ "$state" = "IDLE" ] && break
    sleep 0.1
  done
  if [ "$state" != "IDLE" ]; then
    cluster_log "node not idle after 30 s (state '${state:-unknown}'); slurmctld log:"
    tail -n 20 "$d/log/slurmctld.log" | sed 's/^/  /' >&2
    return 1
  fi
  cluster_log "up: slurmctld :$ctld_port, slurmd :$slurmd_port on 127.0.0.1, $cpus CPU(s), pids ${cluster_pids[*]}, files in $d"
}

# Cancels the jobs still queued or running on this cluster (their slurmstepd would outlive slurmd) and waits up to
# 20 s for them to end; then stops slurmd, slurmctld and munged (reverse order), each by the pid we started, with
# SIGKILL after 10 s.
cluster_stop() {
  local i pid
  if [ "${#cluster_pids[@]}" -eq 3 ] && kill -0 "${cluster_pids[1]}" 2>/dev/null && [ -n "$(squeue -h 2>/dev/null)" ]; then
    cluster_log "cancelling the jobs still on the cluster: $(squeue -h -o %i 2>/dev/null | tr '\n' ' ')"
    scancel --full --user=root 2>/dev/null
    for _ in $(seq 1 100); do
      [ -z "$(squeue -h 2>/dev/null)" ] && break
      sleep 0.2
    done
  fi
  for ((i = ${#cluster_pids[@]} - 1; i >= 0; i--)); do
    pid="${cluster_pids[$i]}"
    kill -TERM "$pid" 2>/dev/null || continue
    for _ in $(seq 1 100); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null || true
  done
  cluster_pids=()
}

job_field() {
  scontrol show job "$1" 2>/dev/null | tr ' ' '\n' | sed -n "s/^$2=//p"
}

jobs_wait() {
  local limit="$1" deadline states
  shift
  deadline=$((SECONDS + limit))
  while [ "$SECONDS" -lt "$deadline" ]; do
    states="$(for job in "$@"; do job_field "$job" JobState; done)"
    if [ -n "$states" ] && ! grep -qE '^(PENDING|RUNNING|CONFIGURING|COMPLETING|REQUEUED|SUSPENDED)$' <<<"$states"; then
      return 0
    fi
    sleep 0.2
  done
  cluster_log "job(s) $* not finished after $limit s: $(echo $states)"
  return 1
}
