#!/usr/bin/env bash
# Screenshot gallery at a township laptop's size (issue 15): one PNG per screen and main dialog, taken of the
# whole X screen at 1366x768 under a real window manager (openbox), so window sizes, title bars and dialog
# placement show as a clerk sees them.
#   scripts/screens.sh [OUT_DIR]        (default: a new folder under /tmp; the folder is printed at the end)
# Needs a built jar (mvn -B package -DskipTests) and: apt-get install xvfb openbox xdotool imagemagick
# fonts-wqy-microhei libgtk-3-0. Builds nothing itself. A fresh data folder is made (and removed) each run; the
# window signs in with WARMLEDGER_PASSWORD (a made-up one if unset), opens 试用演示数据 and walks itself
# (ScreenTour, -Dwarmledger.screens=true). Exit 1 when a screen could not be reached (named on stderr).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$PWD/app/target/warmledger.jar
[ -f "$jar" ] || { echo "no $jar: build it first (mvn -B package -DskipTests)" >&2; exit 1; }
for tool in Xvfb openbox import xdotool; do
  command -v "$tool" > /dev/null || { echo "missing $tool: apt-get install xvfb openbox xdotool imagemagick" >&2; exit 1; }
done
out=${1:-$(mktemp -d /tmp/warmledger-screens.XXXX)}
mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d)
# A display nobody else holds: with a taken number Xvfb exits and the shots would be of someone else's screen.
display=
for n in $(seq 70 99); do
  [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || { display=:$n; break; }
done
[ -n "$display" ] || { echo "no free X display between :70 and :99" >&2; exit 1; }
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2> /dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp > "$work/xvfb.log" 2>&1 & pids+=($!)
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
kill -0 "${pids[0]}" 2> /dev/null || { echo "Xvfb did not start on $display:" >&2; cat "$work/xvfb.log" >&2; exit 1; }
export DISPLAY=$display
openbox > "$work/openbox.log" 2>&1 & pids+=($!)
sleep 1
mkfifo "$work/acks"
# the window prints "screen NAME" and waits for a line back; this loop takes the picture, then answers
exec 3<> "$work/acks"
: > "$work/tour.log"
java -Dwarmledger.screens=true -Djava.util.prefs.userRoot="$work/prefs" -jar "$jar" --data-dir "$work/data" < "$work/acks" > "$work/tour.log" 2> "$work/app.err" &
app=$!; pids+=($app)
missing=0; shots=0; done_seen=0
while IFS=$'\t' read -r kind name; do
  case $kind in
    screen)
      import -window root "$out/$name.png"
      shots=$((shots + 1))
      echo "$out/$name.png"
      echo ok >&3 ;;
    info)
      echo "$name" >&2 ;;
    missing)
      echo "not reached: $name" >&2
      missing=$((missing + 1)) ;;
    tour-done)
      done_seen=1
      break ;;
  esac
done < <(tail -n +1 -f "$work/tour.log" --pid "$app")
wait "$app" 2> /dev/null || true
if [ "$done_seen" -ne 1 ]; then
  echo "the window ended before the tour did; its last words:" >&2
  tail -n 20 "$work/app.err" >&2
  missing=$((missing + 1))
fi
echo "$shots screens in $out"
[ "$missing" -eq 0 ]
