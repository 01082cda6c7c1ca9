#!/usr/bin/env sh
# The app-image's class-data sharing (CDS) archive, made at package time (issue 16, docs/decisions/16-3):
#   cds-archive.sh TARGET_DIR PACKAGE_NAME
# 1. the class list: the app-image's launcher starts the window on a set-up data folder (under Xvfb when there is
#    no display) and is stopped once the sign-in page has shown and the sign-in's warm-up has run; without any
#    display the list comes from `self-check` (the JDK, H2, Flyway, jOOQ: the JavaFX classes then load from jars);
# 2. the archive: the same launcher, so the class path is exactly the one the launcher uses, with -Xshare:dump.
# The launcher's java-options (image.args) name $APPDIR/PACKAGE_NAME.jsa. JDK 17 records the jars' absolute paths:
# the archive serves this app-image where it was built; the .deb's postinst makes it again from the class list for
# /opt. A missing or mismatched archive costs only the speed-up: the JVM (-Xshare:auto) starts without it, silently
# (-Xlog:cds*=off), which check-packages.sh checks.
set -eu
target=$1
name=$2
app="$target/app-image/$name"
launcher="$app/bin/$name"
lib="$app/lib/app"
list="$lib/$name.classlist"
work=$(mktemp -d)
xvfb=
cleanup() { [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
say() { echo "cds-archive: $*"; }

env -u JAVA_TOOL_OPTIONS "$launcher" --data-dir "$work/data" --unencrypted self-check >/dev/null 2>&1 \
  || { say "self-check failed before training"; exit 1; }

display=${DISPLAY:-}
if [ -z "$display" ] && command -v Xvfb >/dev/null 2>&1; then
  display=:$(( 60 + $$ % 30 ))
  Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 & xvfb=$!
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
fi
trained=
if [ -n "$display" ]; then
  DISPLAY=$display JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list -Dwarmledger.startupProbe=true" \
    "$launcher" --data-dir "$work/data" >"$work/window.log" 2>&1 & app_pid=$!
  for _ in $(seq 1200); do grep -qs '^window_shown_ms' "$work/window.log" && break; sleep 0.1; done
  if grep -qs '^window_shown_ms' "$work/window.log"; then
    sleep 6   # the sign-in page readies the sign-in's work meanwhile (AppContext.warmUp): its classes too
    trained=window
  fi
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
fi
if [ -z "$trained" ]; then
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list" "$launcher" --data-dir "$work/data" self-check >/dev/null 2>&1
  trained=self-check
fi
[ -s "$list" ] || { say "no class list"; exit 1; }

JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$list -XX:SharedArchiveFile=$lib/$name.jsa -Xlog:cds*=off" \
  "$launcher" >"$work/dump.log" 2>&1 || { cat "$work/dump.log" >&2; say "dump failed"; exit 1; }
[ -s "$lib/$name.jsa" ] || { say "no archive written"; exit 1; }
say "$(wc -l <"$list") classes listed (from $trained), archive $(du -h "$lib/$name.jsa" | cut -f1)"
