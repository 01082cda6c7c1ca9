#!/usr/bin/env bash
# Cold start, under Xvfb, median of RUNS (5) fresh JVMs each:
#  1. to the first shown window (the sign-in page) on an existing, migrated data folder;
#  2. sign-in → main window usable: the probe presses 登录 with the password and times it to the register's page
#     being shown (key derivation, opening the encrypted database, the register screen), on an up-to-date encrypted
#     folder that is set up (a kept small bench county's `encrypted` folder): once pressed as soon as the sign-in
#     page shows (sign_in_at_once_ms), once after TYPING_MS (3000) as a clerk typing name and password (sign_in_ms);
#  3. what the key derivation alone (PBKDF2-HMAC-SHA256, 310,000 iterations) costs in a fresh JVM.
# Needs: xvfb (apt-get install xvfb fonts-wqy-microhei libgtk-3-0) and a built jar (mvn -B package -DskipTests).
# JAVA_OPTS are passed to the app's JVM (e.g. -XX:SharedArchiveFile=... to try a CDS archive).
# LAUNCHER=installer/target/app-image/warmledger/bin/warmledger times the packaged app-image (its launcher, its
# runtime and its CDS archive) instead of `java -jar`; the options then reach the JVM through JAVA_TOOL_OPTIONS.
# ONLY=cold_start prints the first-window figure only (no sign-in runs, no key derivation).
# Prints tab-separated lines like the bench command: cold_start_ms, sign_in_at_once_ms, sign_in_ms, kdf_cold_ms.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${JAR:-app/target/warmledger.jar}
runs=${RUNS:-5}
java_opts=${JAVA_OPTS:-}
launcher=${LAUNCHER:-}
only=${ONLY:-}
data=$(mktemp -d)
# java.util.prefs in the throw-away folder too: a measuring start is not the person at this PC (an older jar would
# otherwise remember its operator 基准 for the next real sign-in page; the current one remembers nothing)
java_opts="$java_opts -Djava.util.prefs.userRoot=$data/prefs"
trap 'rm -rf "$data"; [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true' EXIT
java -jar "$jar" --data-dir "$data/plain" --unencrypted self-check > /dev/null 2>&1   # an existing, migrated folder
# a set-up, encrypted, up-to-date folder (password of the bench's encrypted folder)
[ "$only" = cold_start ] || java -jar "$jar" bench --recipients 1000 --visits 2000 --runs 1 --only heap --keep "$data/county" > /dev/null 2>&1
encrypted=$data/county/encrypted
display=:$(( 90 + RANDOM % 9 ))
Xvfb "$display" -screen 0 1280x800x24 > /dev/null 2>&1 & xvfb=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done

# probe NAME FOLDER [JAVA OPTION]: starts the app RUNS times, each until it printed NAME, and prints the median
probe() {
  local name=$1 folder=$2 extra=${3:-} times=() i log app ms
  for i in $(seq "$runs"); do
    log="$data/$name$i.log"
    if [ -n "$launcher" ]; then
      DISPLAY=$display WARMLEDGER_PASSWORD=Bench-Secret-2026 JAVA_TOOL_OPTIONS="$java_opts $extra \
        -Dwarmledger.startupProbe=true -Dwarmledger.signInProbe=基准" "$launcher" --data-dir "$folder" \
        > "$log" 2>/dev/null & app=$!
    else
      # shellcheck disable=SC2086
      DISPLAY=$display WARMLEDGER_PASSWORD=Bench-Secret-2026 java $java_opts $extra -Dwarmledger.startupProbe=true \
        -Dwarmledger.signInProbe=基准 -jar "$jar" --data-dir "$folder" > "$log" 2>/dev/null & app=$!
    fi
    for _ in $(seq 600); do grep -qs "^$name" "$log" && break; sleep 0.1; done
    kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true
    ms=$(grep -m1 "^$name" "$log" | cut -f2 || true)
    [ -n "$ms" ] || { echo "$name run $i: nothing within 60 s" >&2; exit 1; }
    times+=("$ms")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '%s\t%s\tms\t(runs: %s)\n' "$name" "$median" "${times[*]}"
}

probe window_shown_ms "$data/plain" | sed 's/^window_shown_ms/cold_start_ms/'
[ "$only" = cold_start ] && exit 0
probe sign_in_ms "$encrypted" | sed 's/^sign_in_ms/sign_in_at_once_ms/'
# a clerk types the name and password first (about 3 s); the sign-in page readies the sign-in's work meanwhile
probe sign_in_ms "$encrypted" -Dwarmledger.signInProbeDelayMs=${TYPING_MS:-3000}
java scripts/Pbkdf2Cold.java
