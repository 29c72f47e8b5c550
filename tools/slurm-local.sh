#!/usr/bin/env bash
# A one-node Slurm on this machine, for the sweep's Slurm integration test (docs/cluster.md):
# Debian's slurm-wlm and munge, a minimal /etc/slurm/slurm.conf naming this host with its CPUs and
# memory, then munged, slurmctld and slurmd started as daemons (no systemd needed). Run as root.
# Idempotent: a second run rewrites the same config, leaves running daemons alone and resumes a
# node that an earlier run left down. Ends by showing `sinfo`; the node should be idle.
#   tools/slurm-local.sh          set up and start
#   tools/slurm-local.sh stop     stop the three daemons this script started
set -euo pipefail

conf_dir=/etc/slurm
state=/var/spool/slurmctld
spool=/var/spool/slurmd
logs=/var/log/slurm
run=/run/slurm

if [[ $(id -u) -ne 0 ]]; then
  echo "slurm-local.sh: run as root (it installs packages and starts daemons)" >&2
  exit 2
fi

stop_daemon() { # name pidfile
  if [[ -s $2 ]] && kill -0 "$(cat "$2")" 2>/dev/null; then
    kill "$(cat "$2")"
    echo "stopped $1"
  fi
}

if [[ ${1:-} == stop ]]; then
  stop_daemon slurmd "$run/slurmd.pid"
  stop_daemon slurmctld "$run/slurmctld.pid"
  stop_daemon munged /run/munge/munged.pid
  exit 0
fi

if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y slurm-wlm munge
fi

# munge: the shared key authenticates slurmctld and slurmd to each other (one host: one key)
install -d -o munge -g munge -m 0700 /etc/munge /var/lib/munge /var/log/munge
install -d -o munge -g munge -m 0755 /run/munge
if [[ ! -s /etc/munge/munge.key ]]; then
  mungekey --create --keyfile=/etc/munge/munge.key 2>/dev/null \
    || dd if=/dev/urandom of=/etc/munge/munge.key bs=128 count=1 status=none
  chown munge:munge /etc/munge/munge.key
  chmod 0400 /etc/munge/munge.key
fi
if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
  runuser -u munge -- /usr/sbin/munged
fi
munge -n | unmunge >/dev/null

host=$(hostname -s)
cpus=$(nproc)
# slurmd refuses a node that claims more memory than it has: leave 5% for the system
memory=$(free -m | awk '/^Mem:/ { printf "%d", $2 * 0.95 }')

install -d -m 0755 "$conf_dir" "$state" "$spool" "$logs" "$run"
# One node, one partition; no accounting, no cgroups (proctrack/linuxproc and task/none work in a
# container without a delegated cgroup tree). cons_tres hands out single CPUs, so two 1-CPU
# array tasks run at once on a 2-CPU node.
cat > "$conf_dir/slurm.conf.new" <<EOF
# written by tools/slurm-local.sh: a one-node Slurm for local tests
ClusterName=clausius-local
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
StateSaveLocation=$state
SlurmdSpoolDir=$spool
SlurmctldPidFile=$run/slurmctld.pid
SlurmdPidFile=$run/slurmd.pid
SlurmctldLogFile=$logs/slurmctld.log
SlurmdLogFile=$logs/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MaxArraySize=10001
JobCompType=jobcomp/none
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
MpiDefault=none
NodeName=$host CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=local Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF
changed=0
if ! cmp -s "$conf_dir/slurm.conf.new" "$conf_dir/slurm.conf"; then
  mv "$conf_dir/slurm.conf.new" "$conf_dir/slurm.conf"
  changed=1
else
  rm "$conf_dir/slurm.conf.new"
fi

running() { [[ -s $1 ]] && kill -0 "$(cat "$1")" 2>/dev/null; }
if [[ $changed -eq 1 ]]; then
  # a new config is read at start: restart what runs
  stop_daemon slurmd "$run/slurmd.pid"
  stop_daemon slurmctld "$run/slurmctld.pid"
  sleep 1
fi
running "$run/slurmctld.pid" || /usr/sbin/slurmctld
running "$run/slurmd.pid" || /usr/sbin/slurmd

# wait (at most 30 s) for the node to register, then resume it if an earlier run left it down
for _ in $(seq 30); do
  node_state=$(sinfo -h -n "$host" -o %T 2>/dev/null || true)
  [[ $node_state == idle* || $node_state == mixed* || $node_state == allocated* ]] && break
  if [[ $node_state == down* || $node_state == drain* ]]; then
    scontrol update NodeName="$host" State=RESUME || true
  fi
  sleep 1
done
sinfo
