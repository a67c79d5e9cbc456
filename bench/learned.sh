#!/bin/bash
# bench/learned.sh OLD_LAUNCHER [ROUNDS]: whole-process wall time of compare, ask and recommend,
# an earlier build's launcher against this checkout's, alternating, medians (docs/adr/0011).
# new-ask-trains and new-recommend-trains are this checkout's with no kept classifier
# (GENAI_VS_LLM_NO_MODEL_CACHE=1): what a first run, or a run after the examples changed, costs.
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
    for c in compare ask recommend ask-trains recommend-trains; do
      [ $b = old ] && [ "${c%-trains}" != "$c" ] && continue
      case $c in compare) args=(compare architecture);; ask*) args=(ask "why do llms make things up");; recommend*) args=(recommend "flag angry support emails");; esac
      off=; [ "${c%-trains}" != "$c" ] && off=1
      s=$(date +%s%N); GENAI_VS_LLM_NO_MODEL_CACHE=$off $L "${args[@]}" > /dev/null; e=$(date +%s%N)
      T[$b-$c]+="$(( (e-s)/1000000 )) "
    done
  done
done
for k in old-compare new-compare old-ask new-ask new-ask-trains old-recommend new-recommend new-recommend-trains; do
  echo "$k $(echo ${T[$k]} | tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print "median", a[int((NR+1)/2)], "ms; min", a[1], "max", a[NR]}')"
done
