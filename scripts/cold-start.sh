#!/usr/bin/env bash
# Cold start to the first shown window, under Xvfb: median of 5 fresh JVMs on an existing data folder.
# Needs: xvfb (apt-get install xvfb fonts-wqy-microhei libgtk-3-0) and a built jar (mvn -B package -DskipTests).
# Prints one tab-separated line like the bench command: cold_start_ms <median> ms
set -euo pipefail
cd "$(dirname "$0")/.."
jar=app/target/warmledger.jar
runs=${RUNS:-5}
data=$(mktemp -d)
trap 'rm -rf "$data"; [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true' EXIT
java -jar "$jar" --data-dir "$data" --unencrypted self-check > /dev/null 2>&1   # an existing, migrated folder
display=:$(( 90 + RANDOM % 9 ))
Xvfb "$display" -screen 0 1280x800x24 > /dev/null 2>&1 & xvfb=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
times=()
for i in $(seq "$runs"); do
  log="$data/run$i.log"
  DISPLAY=$display java -Dwarmledger.startupProbe=true -jar "$jar" --data-dir "$data" > "$log" 2>/dev/null & app=$!
  for _ in $(seq 600); do grep -q '^window_shown_ms' "$log" && break; sleep 0.1; done
  kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true
  ms=$(grep -m1 '^window_shown_ms' "$log" | cut -f2 || true)
  [ -n "$ms" ] || { echo "run $i: no window within 60 s" >&2; exit 1; }
  times+=("$ms")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
printf 'cold_start_ms\t%s\tms\t(runs: %s)\n' "$median" "${times[*]}"
