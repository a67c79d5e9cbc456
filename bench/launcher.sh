#!/bin/sh
# bench/launcher.sh: the launcher's own time on the common path (its archive found and used), with
# a "java" that exits at once, for two launchers in turn: this repository's and another one (an
# earlier version, say). See bench/README.md.
#
#   bench/launcher.sh --other PATH [--runs N]
#
# Each launcher gets an installation of its own in a temp folder (bin/, an empty lib/ jar,
# content/) and a cache holding a stamp and an archive that fit it, in the formats of both the
# launchers before 2026-12-03 (startup.id) and after (startup-<sum>.id); /bin/true stands in for
# java. So what is timed is the shell script alone: finding the installation, the trust checks,
# finding the archive. Needs a POSIX shell, GNU date and touch (coreutils).
set -u

prog=launcher.sh
here=$(cd "$(dirname "$0")" && pwd -P) || exit 2
# shellcheck source=bench/lib.sh
. "$here/lib.sh"

runs=300
other=
while [ $# -gt 0 ]; do
  case $1 in
    --runs)
      [ $# -ge 2 ] || die "--runs needs a number"
      runs=$2
      shift 2
      ;;
    --other)
      [ $# -ge 2 ] || die "--other needs a path"
      other=$2
      shift 2
      ;;
    -h | --help)
      echo "Usage: bench/launcher.sh --other LAUNCHER [--runs N]   (default 300 runs each)"
      exit 0
      ;;
    *) die "unknown argument: $1 (see --help)" ;;
  esac
done
[ -n "$other" ] && [ -f "$other" ] || die "--other LAUNCHER: the launcher to compare with"
check_count --runs "$runs"
check_date
make_tmp

flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms8m -XX:-UsePerfData -Xshare:auto "
mkdir -p "$tmp/jdk/bin"
cp /bin/true "$tmp/jdk/bin/java"
for who in this other; do
  mkdir -p "$tmp/$who/bin" "$tmp/$who/lib" "$tmp/$who/content" "$tmp/cache-$who/genai-vs-llm"
  if [ "$who" = this ]; then
    cp "$here/../bin/genai-vs-llm" "$tmp/$who/bin/genai-vs-llm"
  else
    cp "$other" "$tmp/$who/bin/genai-vs-llm"
  fi
  chmod +x "$tmp/$who/bin/genai-vs-llm"
  jar=$tmp/$who/lib/genai-vs-llm.jar
  : >"$jar"
  key="$tmp/jdk/bin/java $jar $flags"
  c=$tmp/cache-$who/genai-vs-llm
  head -c 1000 /dev/zero >"$c/startup.jsa"
  printf '%s\n' "$key" >"$c/startup.id"
  head -c 1000 /dev/zero >"$c/startup-00000001.jsa"
  printf '%s\n1000\n%s\n%s\n' "$key" "$tmp/jdk/bin/java" "$jar" >"$c/startup-00000001.id"
  chmod 700 "$c"
  chmod 600 "$c"/*
  touch -d '2 hours ago' "$tmp/jdk/bin/java" "$jar"
  touch -d '1 hour ago' "$c"/*.jsa
  # both must take the common path: the archive used, nothing made
  JAVA_HOME=$tmp/jdk XDG_CACHE_HOME=$tmp/cache-$who sh -x "$tmp/$who/bin/genai-vs-llm" --version \
    2>&1 | grep -q 'SharedArchiveFile=' || die "the $who launcher did not use its archive"
done

run_case() {
  case $1 in
    timer) : ;;
    *) JAVA_HOME=$tmp/jdk XDG_CACHE_HOME=$tmp/cache-$1 "$tmp/$1/bin/genai-vs-llm" --version ;;
  esac
}

label() {
  case $1 in
    this) echo "this launcher" ;;
    other) echo "the other launcher" ;;
    timer) echo "(timer: date, date)" ;;
  esac
}

say "timing $runs rounds of: this, other..."
i=0
while [ "$i" -lt "$runs" ]; do
  time_run this
  time_run other
  time_run timer
  i=$((i + 1))
done

echo "genai-vs-llm launcher overhead, $(date -u '+%Y-%m-%d %H:%M UTC'), $runs runs each, in turn"
echo "  this:   $(cd "$here/.." && pwd -P)/bin/genai-vs-llm"
echo "  other:  $other"
printf '%-24s %10s %10s %10s\n' "launcher" "median ms" "min ms" "max ms"
for who in this other timer; do
  stats "$tmp/$who.us"
  printf '%-24s %10s %10s %10s\n' "$(label "$who")" "$(ms "$med")" "$(ms "$min")" "$(ms "$max")"
done
