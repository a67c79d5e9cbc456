# Shared by bench/startup.sh and bench/scaling.sh; sourced, not run. POSIX sh.
#
# A script that sources this sets $prog, and defines run_case NAME (runs one case, output
# unredirected) and label NAME (names it in messages and tables). Functions hand results back in
# variables ($java, $med, ...). Times are kept as integers (microseconds, KiB), so that nothing
# beyond the shell and coreutils is needed.
# shellcheck shell=sh disable=SC2034,SC2154

die() {
  printf '%s: %s\n' "$prog" "$*" >&2
  exit 2
}

say() {
  printf '%s\n' "$*" >&2
}

# Sets $java to the Java the launcher will use: JAVA_HOME's, else the one on PATH.
find_java() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    java=$JAVA_HOME/bin/java
  elif command -v java >/dev/null 2>&1; then
    java=$(command -v java)
  else
    die "no Java found: install a JDK 17 or newer, or set JAVA_HOME"
  fi
  real_java=$(readlink -f "$java" 2>/dev/null) || real_java=$java
}

# Sets $launcher to an absolute path, or stops when it is not there.
check_launcher() {
  if [ ! -f "$launcher" ] || [ ! -x "$launcher" ]; then
    die "launcher not found or not executable: $launcher"
  fi
  launcher=$(cd "$(dirname "$launcher")" && pwd -P)/$(basename "$launcher")
}

# The timer: GNU date's nanoseconds (BSD and BusyBox date print a literal N or nothing).
check_date() {
  now=$(date +%s%N)
  case $now in
    '' | *[!0-9]*) die "date +%s%N does not give nanoseconds here: GNU date (coreutils) is needed" ;;
  esac
}

# A temp folder removed on exit, holding a private cache so that the user's start-up archive is
# neither used nor touched.
make_tmp() {
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/genai-vs-llm-bench.XXXXXX") || die "cannot make a temp folder"
  trap 'rm -rf "$tmp"' EXIT
  trap 'rm -rf "$tmp"; exit 130' INT TERM
  XDG_CACHE_HOME=$tmp/cache
  export XDG_CACHE_HOME
  mkdir -p "$XDG_CACHE_HOME"
  unset GENAI_VS_LLM_NO_CDS GENAI_VS_LLM_NO_NODE_CACHE GENAI_VS_LLM_CONTENT
}

# How many start-up archives the launcher has made in the private cache: stamps named
# startup-<sum>.id, one per installation and Java (startup.id before 2026-12-03's launcher).
archives() {
  set -- "$XDG_CACHE_HOME"/genai-vs-llm/startup*.id
  [ -e "$1" ] || set --
  echo $#
}

# One run with no archive, which builds the jar if a checkout lacks it and checks that the
# launcher works; the cache stays empty. Its output is kept in $tmp/version.
preflight() {
  GENAI_VS_LLM_NO_CDS=1 "$launcher" --version >"$tmp/version" 2>"$tmp/stderr" </dev/null || {
    printf '%s: "%s --version" failed:\n' "$prog" "$launcher" >&2
    head -n 5 "$tmp/stderr" >&2
    exit 2
  }
}

# Waits up to 120 s for the launcher's start-up archive (for a count of them: $1, default 1);
# sets $waited and $archive_note.
wait_for_archive() {
  waited=0
  while [ "$(archives)" -lt "${1:-1}" ] && [ "$waited" -lt 120 ]; do
    sleep 1
    waited=$((waited + 1))
  done
  if [ "$(archives)" -ge "${1:-1}" ]; then
    archive_note="made in about ${waited} s after the first run; used from then on"
  else
    archive_note="NOT made within 120 s: the runs are without it"
    say "warning: no start-up archive after 120 s; measuring without it"
  fi
}

# One timed run of a case, its time in microseconds appended to $tmp/NAME.us. A run that fails
# stops the bench: timing an error path would say nothing. `date` is forked twice around the
# run, which adds about a millisecond (startup.sh reports it as the "timer" row).
time_run() {
  t0=$(date +%s%N)
  run_case "$1" >/dev/null 2>"$tmp/stderr" </dev/null
  rc=$?
  t1=$(date +%s%N)
  if [ "$rc" -ne 0 ]; then
    printf '%s: "%s" failed (exit code %s):\n' "$prog" "$(label "$1")" "$rc" >&2
    head -n 5 "$tmp/stderr" >&2
    exit 2
  fi
  echo $(((t1 - t0) / 1000)) >>"$tmp/$1.us"
}

# Sets med, min and max from a file of integers, one a line.
stats() {
  sort -n "$1" >"$tmp/sorted"
  count=$(wc -l <"$tmp/sorted")
  min=$(head -n 1 "$tmp/sorted")
  max=$(tail -n 1 "$tmp/sorted")
  half=$((count / 2))
  if [ $((count % 2)) -eq 1 ]; then
    med=$(sed -n "$((half + 1))p" "$tmp/sorted")
  else
    a=$(sed -n "${half}p" "$tmp/sorted")
    b=$(sed -n "$((half + 1))p" "$tmp/sorted")
    med=$(((a + b) / 2))
  fi
}

# Microseconds as milliseconds with one decimal.
ms() {
  t=$((($1 + 50) / 100))
  printf '%d.%d' $((t / 10)) $((t % 10))
}

# a / b with two decimals.
ratio() {
  r=$((($1 * 100 + $2 / 2) / $2))
  printf '%d.%02d' $((r / 100)) $((r % 100))
}

# a / b in hundredths, rounded: for comparing with a limit.
hundredths() {
  echo $((($1 * 100 + $2 / 2) / $2))
}

# KiB as MiB with one decimal.
mib() {
  t=$((($1 * 10 + 512) / 1024))
  printf '%d.%d' $((t / 10)) $((t % 10))
}

# Checks a --runs style value.
check_count() {
  case $2 in
    '' | *[!0-9]* | 0) die "$1 takes a whole number of at least 1, not '$2'" ;;
  esac
}
