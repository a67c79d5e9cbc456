#!/bin/sh
# bench/startup.sh: how long genai-vs-llm takes to start and answer, and how much memory it
# takes, next to a bare Java "hello world" run on the same Java. See bench/README.md.
#
#   bench/startup.sh [--runs N] [--launcher PATH] [--other PATH] [--check] [--no-hyperfine]
#
# Whole-process runs, timed with `date +%s%N` around each one, output to /dev/null. The hello
# baseline and the cases alternate run by run (hello, case 1, hello, case 2, ...), so that noise on
# a shared machine hits both alike, and each case is reported as a ratio to the hello median.
# Needs: a JDK (java and javac), a POSIX shell, GNU date (coreutils). Uses GNU time for peak
# memory when it is there, else reads VmHWM from /proc (Linux). When hyperfine is installed, it
# times the same cases again, its own way, as a cross-check.
set -u

prog=startup.sh
here=$(cd "$(dirname "$0")" && pwd -P) || exit 2
# shellcheck source=bench/lib.sh
. "$here/lib.sh"

usage() {
  cat <<EOF
Usage: bench/startup.sh [--runs N] [--launcher PATH] [--other PATH] [--check] [--no-hyperfine]

Times genai-vs-llm start-up against 'java -cp DIR Hello' on the same Java.
  --runs N         timed runs of each case, alternating with hello (default 30)
  --launcher PATH  the launcher to time (default: bin/genai-vs-llm of this repository)
  --other PATH     also time another build's launcher (an earlier commit) on
                   'compare architecture', in the same rounds, with a cache of its own
  --check          exit 1 when 'compare architecture' takes more than 2.5x hello,
                   or its peak RSS is over 48 MiB
  --no-hyperfine   skip the hyperfine cross-check even when hyperfine is installed
Environment: BENCH_RSS=proc reads peak memory from /proc even when GNU time exists.
EOF
}

runs=30
launcher=$here/../bin/genai-vs-llm
check=0
hyperfine=1
other=
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
    --launcher)
      [ $# -ge 2 ] || die "--launcher needs a path"
      launcher=$2
      shift 2
      ;;
    --launcher=*)
      launcher=${1#--launcher=}
      shift
      ;;
    --other)
      [ $# -ge 2 ] || die "--other needs a path"
      other=$2
      shift 2
      ;;
    --other=*)
      other=${1#--other=}
      shift
      ;;
    --check)
      check=1
      shift
      ;;
    --no-hyperfine)
      hyperfine=0
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

# --- What is needed, found the way the launcher finds it --------------------------------------

check_launcher
find_java
javac=$(dirname "$real_java")/javac
[ -x "$javac" ] || die "no javac next to $real_java: a JDK (not only a JRE) is needed to compile Hello.java"

check_date

# GNU time for peak memory (-f %M, in KiB); else /proc/<pid>/status polling.
gnu_time=
if [ "${BENCH_RSS:-}" != proc ] && [ -x /usr/bin/time ]; then
  probe=$(/usr/bin/time -f '%M' true 2>&1 >/dev/null)
  case $probe in
    '' | *[!0-9]*) ;;
    *) gnu_time=/usr/bin/time ;;
  esac
fi
if [ -z "$gnu_time" ] && [ ! -r /proc/self/status ]; then
  die "neither GNU time (/usr/bin/time) nor /proc is available to measure memory"
fi
# A short sleep between /proc reads, if this sleep takes fractions (coreutils' does).
poll_sleep=
sleep 0.01 2>/dev/null && poll_sleep=0.01

# --- A private world: temp folder, cache, environment --------------------------------------------

make_tmp

mkdir "$tmp/hello"
cat >"$tmp/hello/Hello.java" <<'EOF'
public class Hello {
  public static void main(String[] args) {
    System.out.println("Hello");
  }
}
EOF
"$javac" -d "$tmp/hello" "$tmp/hello/Hello.java" || die "javac could not compile Hello.java"

# --- The cases ------------------------------------------------------------------------------------

cases="compare json explain search ask recommend version nocds nonodes alternate"
if [ -n "$other" ]; then
  [ -x "$other" ] || die "--other: no launcher at $other"
  cases="$cases other"
fi

label() {
  case $1 in
    hello) echo "java -cp DIR Hello" ;;
    first) echo "compare architecture, 1st run" ;;
    compare) echo "compare architecture" ;;
    json) echo "compare --json" ;;
    explain) echo "explain transformer" ;;
    search) echo "search attention" ;;
    ask) echo "ask (a plain question)" ;;
    recommend) echo "recommend (a job)" ;;
    version) echo "--version" ;;
    nocds) echo "compare architecture, NO_CDS=1" ;;
    nonodes) echo "compare arch., NO_NODE_CACHE=1" ;;
    alternate) echo "compare arch., 2 installations" ;;
    other) echo "compare arch., --other build" ;;
    timer) echo "(timer: date, date)" ;;
  esac
}

run_case() {
  case $1 in
    hello) "$java" -cp "$tmp/hello" Hello ;;
    first | compare) "$launcher" compare architecture ;;
    json) "$launcher" compare --json ;;
    explain) "$launcher" explain transformer ;;
    search) "$launcher" search attention ;;
    ask) "$launcher" ask "why do llms make things up" ;;
    recommend) "$launcher" recommend "flag angry support emails" ;;
    version) "$launcher" --version ;;
    nocds) GENAI_VS_LLM_NO_CDS=1 "$launcher" compare architecture ;;
    nonodes) GENAI_VS_LLM_NO_NODE_CACHE=1 "$launcher" compare architecture ;;
    alternate)
      # this installation and a copy of it, one after the other, as two copies on one account
      if [ "$turn" = second ]; then
        turn=first
        "$launcher" compare architecture
      else
        turn=second
        "$second" compare architecture
      fi
      ;;
    other) XDG_CACHE_HOME=$tmp/other-cache "$other" compare architecture ;;
    timer) : ;;
  esac
}
turn=first

# A second installation of the same version beside this one, laid out like the unpacked archive
# (bin/, lib/ with the jar and its content-cache/, content/), for the "2 installations" case: a
# user with a checkout and an unpacked archive, or two versions, alternating between them.
make_second() {
  from=$(dirname "$(dirname "$(readlink -f "$launcher")")")
  mkdir -p "$tmp/second/bin" "$tmp/second/lib"
  cp "$launcher" "$tmp/second/bin/genai-vs-llm"
  if [ -f "$from/lib/genai-vs-llm.jar" ]; then
    cp -R "$from/lib/." "$tmp/second/lib/"
  else
    cp "$from/target/genai-vs-llm.jar" "$tmp/second/lib/"
    cp -R "$from/target/content-cache" "$tmp/second/lib/"
  fi
  cp -R "$from/content" "$tmp/second/content"
  second=$tmp/second/bin/genai-vs-llm
}

# Peak resident memory of one run, in KiB, appended to $tmp/NAME.rss.
rss_run() {
  case $1 in
    hello) set -- "$1" "$java" -cp "$tmp/hello" Hello ;;
    compare) set -- "$1" "$launcher" compare architecture ;;
  esac
  name=$1
  shift
  if [ -n "$gnu_time" ]; then
    "$gnu_time" -o "$tmp/time.out" -f '%M' "$@" >/dev/null 2>&1 </dev/null \
      || die "\"$(label "$name")\" failed while measuring memory"
    tail -n 1 "$tmp/time.out" >>"$tmp/$name.rss"
  else
    # The launcher execs java, so the pid stays the same. VmHWM only grows; the last value read
    # before the process exits is the peak, less what it took in its last few milliseconds.
    "$@" >/dev/null 2>&1 </dev/null &
    pid=$!
    hwm=0
    while [ -r "/proc/$pid/status" ]; do
      state=
      while IFS=: read -r key value; do
        case $key in
          State) state=$value ;;
          VmHWM)
            value=${value% kB}
            value=${value##* }
            case $value in
              '' | *[!0-9]*) ;;
              *) [ "$value" -gt "$hwm" ] && hwm=$value ;;
            esac
            ;;
        esac
      done 2>/dev/null <"/proc/$pid/status"
      case $state in *Z*) break ;; esac
      [ -n "$poll_sleep" ] && sleep "$poll_sleep"
    done
    wait "$pid" || die "\"$(label "$name")\" failed while measuring memory"
    echo "$hwm" >>"$tmp/$name.rss"
  fi
}

row() {
  printf '%-34s %10s %7s %10s %10s\n' "$@"
}

# --- Run -----------------------------------------------------------------------------------------

preflight
[ "$(archives)" -eq 0 ] || die "the cache was not empty before the first run"
make_second

jdk=$("$java" -version 2>&1 | head -n 1)
cores=$(getconf _NPROCESSORS_ONLN 2>/dev/null || nproc 2>/dev/null || echo '?')

say "first run (no start-up archive yet; the launcher makes one in the background)..."
time_run first

say "waiting for the start-up archive..."
wait_for_archive
first_note=$archive_note

say "first run of the second installation, and waiting for its archive..."
"$second" compare architecture >/dev/null 2>&1 </dev/null || die "the second installation failed"
if [ -e "$XDG_CACHE_HOME/genai-vs-llm/startup.id" ]; then
  second_note="one archive for both: this launcher keeps one per account (before 2026-12-03)"
else
  wait_for_archive 2
  second_note=$archive_note
fi
archive_note=$first_note

if [ -n "$other" ]; then
  say "first run of the --other build, and time for its archive (a cache of its own)..."
  mkdir -p "$tmp/other-cache"
  run_case other >/dev/null 2>&1 </dev/null || die "the --other build failed"
  n=0
  while [ "$n" -lt 120 ] && [ -z "$(find "$tmp/other-cache" -name '*.jsa' 2>/dev/null)" ]; do
    sleep 1
    n=$((n + 1))
  done
  sleep 2
fi

say "warm-up..."
for c in hello $cases; do
  time_run "$c"
done
for c in hello $cases timer; do
  rm -f "$tmp/$c.us"
done

say "timing $runs rounds of: hello, case, hello, case, ... for $(echo "$cases" | wc -w) cases..."
i=0
while [ "$i" -lt "$runs" ]; do
  for c in $cases; do
    time_run hello
    time_run "$c"
  done
  time_run timer
  i=$((i + 1))
  [ -t 2 ] && printf '\r  round %d/%d' "$i" "$runs" >&2
done
[ -t 2 ] && printf '\n' >&2

rss_runs=7
say "peak memory, $rss_runs runs each..."
i=0
while [ "$i" -lt "$rss_runs" ]; do
  rss_run hello
  rss_run compare
  i=$((i + 1))
done

# hyperfine, when installed, times the same cases its own way: all runs of one command, then the
# next (it cannot alternate them with hello), after 3 warm-up runs each, without a shell (-N).
hf_cases="compare json explain search version"
hf_note=
if [ "$hyperfine" -eq 0 ]; then
  hf_note="skipped (--no-hyperfine)"
elif ! command -v hyperfine >/dev/null 2>&1; then
  hf_note="not installed (Debian: apt install hyperfine); skipped"
else
  say "cross-check with hyperfine, $runs runs each..."
  # hyperfine -N splits a command into words itself, shell-style: quote each path, ' included.
  q() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"; }
  hf_java=$(q "$java")
  hf_launcher=$(q "$launcher")
  set -- --command-name hello "$hf_java -cp $(q "$tmp/hello") Hello"
  for c in $hf_cases; do
    case $c in
      compare) set -- "$@" --command-name "$c" "$hf_launcher compare architecture" ;;
      json) set -- "$@" --command-name "$c" "$hf_launcher compare --json" ;;
      explain) set -- "$@" --command-name "$c" "$hf_launcher explain transformer" ;;
      search) set -- "$@" --command-name "$c" "$hf_launcher search attention" ;;
      version) set -- "$@" --command-name "$c" "$hf_launcher --version" ;;
    esac
  done
  if hyperfine -N --warmup 3 --runs "$runs" --style none --export-csv "$tmp/hyperfine.csv" \
    "$@" >"$tmp/hyperfine.log" 2>&1; then
    hf_note=$(hyperfine --version 2>/dev/null | head -n 1)
  else
    hf_note="failed (see its output below); skipped"
    sed -n '1,5p' "$tmp/hyperfine.log" >&2
    rm -f "$tmp/hyperfine.csv"
  fi
fi

# The median of one hyperfine command, in microseconds, from its CSV (seconds).
hf_median() {
  awk -F, -v name="$1" 'NR > 1 && $1 == name { printf "%d\n", $4 * 1000000 + 0.5 }' \
    "$tmp/hyperfine.csv"
}

# --- Report --------------------------------------------------------------------------------------

echo "genai-vs-llm start-up benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "  machine:  $(uname -sm), $cores cores"
echo "  JDK:      $jdk ($real_java)"
echo "  tool:     $(head -n 1 "$tmp/version") ($launcher)"
echo "  runs:     $runs per case, alternating with hello; hello has $((runs * $(echo "$cases" | wc -w))) runs"
echo "  timer:    date +%s%N around each whole process, output to /dev/null"
echo "  archive:  $archive_note"
echo "  second:   a copy of this installation (bin, lib, content) in the temp folder; its archive"
echo "            $second_note"
[ -n "${JAVA_OPTS:-}${JDK_JAVA_OPTIONS:-}${JAVA_TOOL_OPTIONS:-}" ] \
  && echo "  note:     JAVA_OPTS, JDK_JAVA_OPTIONS or JAVA_TOOL_OPTIONS is set and applies"
echo

stats "$tmp/hello.us"
hello=$med
row "case" "median ms" "ratio" "min ms" "max ms"
row "$(label hello)" "$(ms "$med")" "1.00" "$(ms "$min")" "$(ms "$max")"
compare_ratio=0
for c in $cases; do
  stats "$tmp/$c.us"
  row "$(label "$c")" "$(ms "$med")" "$(ratio "$med" "$hello")" "$(ms "$min")" "$(ms "$max")"
  [ "$c" = compare ] && compare_ratio=$(hundredths "$med" "$hello")
done
stats "$tmp/first.us"
row "$(label first)" "$(ms "$med")" "$(ratio "$med" "$hello")" "(1 run)" ""
stats "$tmp/timer.us"
row "$(label timer)" "$(ms "$med")" "" "$(ms "$min")" "$(ms "$max")"
echo

echo "hyperfine cross-check: $hf_note"
if [ -f "$tmp/hyperfine.csv" ]; then
  hf_hello=$(hf_median hello)
  row "case (hyperfine, $runs runs each)" "median ms" "ratio" "" ""
  row "$(label hello)" "$(ms "$hf_hello")" "1.00" "" ""
  for c in $hf_cases; do
    m=$(hf_median "$c")
    row "$(label "$c")" "$(ms "$m")" "$(ratio "$m" "$hf_hello")" "" ""
  done
fi
echo

if [ -n "$gnu_time" ]; then
  how="GNU time %M"
else
  how="VmHWM polled from /proc, a slight underestimate"
fi
echo "peak RSS, median of $rss_runs runs ($how):"
stats "$tmp/hello.rss"
printf '  %-32s %6s MiB\n' "$(label hello)" "$(mib "$med")"
stats "$tmp/compare.rss"
compare_rss=$med
printf '  %-32s %6s MiB\n' "$(label compare)" "$(mib "$med")"

if [ "$check" -eq 1 ]; then
  echo
  failed=0
  if [ "$compare_ratio" -gt 250 ]; then
    echo "check FAILED: compare architecture takes $(ratio "$compare_ratio" 100)x hello, over 2.5x"
    failed=1
  fi
  if [ "$compare_rss" -gt $((48 * 1024)) ]; then
    echo "check FAILED: compare architecture peaks at $(mib "$compare_rss") MiB RSS, over 48 MiB"
    failed=1
  fi
  [ "$failed" -eq 0 ] && echo "check passed: compare architecture within 2.5x hello and 48 MiB"
  exit "$failed"
fi
exit 0
