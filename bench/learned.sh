#!/bin/bash
# bench/learned.sh OLD_LAUNCHER [ROUNDS]: whole-process wall time of compare, ask and recommend,
# an earlier build's launcher against this checkout's, alternating, medians (docs/adr/0011).
# Make the earlier build with: git worktree add /tmp/old 7daeb05 && (cd /tmp/old && mvn -q -DskipTests package)
set -eu
OLD=${1:?usage: bench/learned.sh OLD_LAUNCHER [ROUNDS]}
R=${2:-10}
NEW=$(cd "$(dirname "$0")/.." && pwd)/bin/genai-vs-llm
XDG_CACHE_HOME=$(mktemp -d); export XDG_CACHE_HOME
for b in $OLD $NEW; do $b compare architecture >/dev/null; $b ask "why do llms make things up" >/dev/null; $b recommend "flag angry support emails" > /dev/null; done; sleep 20 # let both launchers finish their start-up archives
for b in $OLD $NEW; do $b --version >/dev/null; done
declare -A T
for i in $(seq $R); do
  for b in old new; do
    L=$OLD; [ $b = new ] && L=$NEW
    for c in compare ask recommend; do
      case $c in compare) args=(compare architecture);; ask) args=(ask "why do llms make things up");; recommend) args=(recommend "flag angry support emails");; esac
      s=$(date +%s%N); $L "${args[@]}" > /dev/null; e=$(date +%s%N)
      T[$b-$c]+="$(( (e-s)/1000000 )) "
    done
  done
done
for k in old-compare new-compare old-ask new-ask old-recommend new-recommend; do
  echo "$k $(echo ${T[$k]} | tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print "median", a[int((NR+1)/2)], "ms; min", a[1], "max", a[NR]}')"
done
