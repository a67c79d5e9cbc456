#!/bin/sh
# bench/scaling.sh: how genai-vs-llm's commands grow with the size of the content pack.
# See bench/README.md.
#
#   bench/scaling.sh [--runs N] [--slow-runs M] [--launcher PATH] [--check]
#
# Makes synthetic packs of 1,000 and 10,000 concepts and dimensions with bench/GenPack.java, then
# times whole-process runs of explain, compare, search and lint against each pack (with
# --content-only) and against the bundled pack, alternating run by run (bundled, 1k, bundled, 10k),
# and reports each as a ratio to the bundled pack's median. The target: explain and compare of one
# entry within 1.2x of the bundled pack, as looking up one entry should not grow with the pack.
# Every pack is parsed from its YAML (GENAI_VS_LLM_NO_NODE_CACHE=1): the bundled pack's build-time
# node cache is a constant-factor gain the synthetic packs cannot have, not a question of growth.
# Needs: a JDK, a POSIX shell, GNU date (coreutils).
set -u

prog=scaling.sh
here=$(cd "$(dirname "$0")" && pwd -P) || exit 2
# shellcheck source=bench/lib.sh
. "$here/lib.sh"

usage() {
  cat <<EOF
Usage: bench/scaling.sh [--runs N] [--slow-runs M] [--launcher PATH] [--check]

Times explain, compare, search and lint on synthetic packs of 1,000 and 10,000 entries
against the bundled pack.
  --runs N         timed runs of explain and compare per pack (default 20)
  --slow-runs M    timed runs of search and lint per pack (default 3; a 10,000 pack
                   takes 10 s or more each)
  --launcher PATH  the launcher to time (default: bin/genai-vs-llm of this repository)
  --check          exit 1 when explain or compare on a synthetic pack takes more than
                   1.2x the bundled pack's time
EOF
}

runs=20
slow_runs=3
launcher=$here/../bin/genai-vs-llm
check=0
sizes="1000 10000"
while [ $# -gt 0 ]; do
  case $1 in
    --runs)
      [ $# -ge 2 ] || die "--runs needs a number"
      runs=$2
      shift 2
      ;;
    --runs=*)
      runs=${1#--runs=}
      shift
      ;;
    --slow-runs)
      [ $# -ge 2 ] || die "--slow-runs needs a number"
      slow_runs=$2
      shift 2
      ;;
    --slow-runs=*)
      slow_runs=${1#--slow-runs=}
      shift
      ;;
    --launcher)
      [ $# -ge 2 ] || die "--launcher needs a path"
      launcher=$2
      shift 2
      ;;
    --launcher=*)
      launcher=${1#--launcher=}
      shift
      ;;
    --check)
      check=1
      shift
      ;;
    -h | --help)
      usage
      exit 0
      ;;
    *)
      usage >&2
      exit 2
      ;;
  esac
done
check_count --runs "$runs"
check_count --slow-runs "$slow_runs"

check_launcher
find_java
check_date
[ -f "$here/GenPack.java" ] || die "bench/GenPack.java not found next to this script"
make_tmp
GENAI_VS_LLM_NO_NODE_CACHE=1
export GENAI_VS_LLM_NO_NODE_CACHE

# --- The packs ------------------------------------------------------------------------------------

# The id in the middle of a folder's sorted listing: an entry that exists, found by its exact id.
middle_id() {
  set -- "$1"/*.yaml
  shift $(($# / 2))
  id=${1##*/}
  echo "${id%.yaml}"
}

preflight
for n in $sizes; do
  say "making a synthetic pack of $n concepts and $n dimensions..."
  "$java" "$here/GenPack.java" "$tmp/pack$n" "$n" 2>"$tmp/genpack$n" || {
    cat "$tmp/genpack$n" >&2
    die "GenPack failed for $n entries"
  }
  # shellcheck disable=SC2034 # c and d are read by the eval below
  c=$(middle_id "$tmp/pack$n/concepts")
  # shellcheck disable=SC2034
  d=$(middle_id "$tmp/pack$n/dimensions")
  eval "concept$n=\$c dimension$n=\$d"
done

# --- The cases: NAME is COMMAND_PACK, PACK one of default, 1000, 10000 ----------------------------

label() {
  command=${1%_*}
  pack=${1##*_}
  if [ "$pack" = default ]; then
    case $command in
      explain) echo "explain transformer" ;;
      compare) echo "compare architecture" ;;
      search) echo "search attention" ;;
      lint) echo "lint" ;;
    esac
  else
    eval "concept=\$concept$pack dimension=\$dimension$pack"
    case $command in
      explain) echo "explain $concept" ;;
      compare) echo "compare $dimension" ;;
      search) echo "search attention" ;;
      lint) echo "lint" ;;
    esac
  fi
}

run_case() {
  command=${1%_*}
  pack=${1##*_}
  if [ "$pack" = default ]; then
    concept=transformer dimension=architecture
    set --
  else
    eval "concept=\$concept$pack dimension=\$dimension$pack"
    set -- --content-only --content "$tmp/pack$pack"
  fi
  case $command in
    explain) "$launcher" "$@" explain "$concept" ;;
    compare) "$launcher" "$@" compare "$dimension" ;;
    search) "$launcher" "$@" search attention ;;
    lint) "$launcher" "$@" lint ;;
  esac
}

# Rounds of: default, 1000, default, 10000; for every command in $1, $2 rounds.
rounds() {
  i=0
  while [ "$i" -lt "$2" ]; do
    for command in $1; do
      for n in $sizes; do
        time_run "${command}_default"
        time_run "${command}_$n"
      done
    done
    i=$((i + 1))
    [ -t 2 ] && printf '\r  round %d/%d' "$i" "$2" >&2
  done
  [ -t 2 ] && printf '\n' >&2
}

say "first run, then waiting for the start-up archive..."
time_run explain_default
wait_for_archive

# The largest packs' search and lint are left out of the warm-up: they take long, and the
# files are in the page cache already, just written.
say "warm-up..."
for name in explain_default compare_default search_default lint_default; do
  time_run "$name"
done
for n in $sizes; do
  time_run "explain_$n"
  time_run "compare_$n"
done
time_run search_1000
time_run lint_1000
rm -f "$tmp"/*.us

say "timing explain and compare, $runs rounds..."
rounds "explain compare" "$runs"
say "timing search and lint, $slow_runs rounds..."
rounds "search lint" "$slow_runs"

# --- Report --------------------------------------------------------------------------------------

cores=$(getconf _NPROCESSORS_ONLN 2>/dev/null || nproc 2>/dev/null || echo '?')
echo "genai-vs-llm pack-size scaling benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "  machine:  $(uname -sm), $cores cores"
echo "  JDK:      $("$java" -version 2>&1 | head -n 1) ($real_java)"
echo "  tool:     $(head -n 1 "$tmp/version") ($launcher)"
for n in $sizes; do
  printf '  %-9s %s\n' "$n:" "$(sed -e 's/^GenPack: //' -e 's/ in [^ ]*,/,/' "$tmp/genpack$n")"
done
echo "  runs:     $runs per pack for explain and compare, $slow_runs for search and lint;"
echo "            the bundled pack alternates with each synthetic one, so it has twice as many"
echo "  timer:    date +%s%N around each whole process, output to /dev/null"
echo "  archive:  $archive_note"
echo "  content:  every pack parsed from YAML (GENAI_VS_LLM_NO_NODE_CACHE=1), the bundled one too"
echo

row() {
  printf '%-9s %-8s %-46s %10s %6s %10s %10s\n' "$@"
}
row "command" "pack" "arguments" "median ms" "ratio" "min ms" "max ms"
failed=
for command in explain compare search lint; do
  stats "$tmp/${command}_default.us"
  base=$med
  row "$command" "bundled" "$(label "${command}_default")" "$(ms "$med")" "1.00" "$(ms "$min")" \
    "$(ms "$max")"
  for n in $sizes; do
    stats "$tmp/${command}_$n.us"
    row "" "$n" "$(label "${command}_$n")" "$(ms "$med")" "$(ratio "$med" "$base")" \
      "$(ms "$min")" "$(ms "$max")"
    case $command in
      explain | compare)
        if [ "$(hundredths "$med" "$base")" -gt 120 ]; then
          failed="$failed
  $command on $n entries: $(ratio "$med" "$base")x the bundled pack, over 1.2x"
        fi
        ;;
    esac
  done
done
echo
echo "Synthetic packs: --content-only --content PACK, ids from the middle of each folder."
if [ -z "$failed" ]; then
  echo "explain and compare: within 1.2x of the bundled pack at every size."
else
  echo "explain and compare over the 1.2x target:$failed"
fi
[ "$check" -eq 1 ] && [ -n "$failed" ] && exit 1
exit 0
