#!/usr/bin/env sh
# Checks what `mvn -Pinstaller package` built; run by that build (exec-maven-plugin, phase package).
#   check-packages.sh TARGET_DIR PACKAGE_NAME APP_IMAGE_ONLY(true|false)
# Always: the app-image's launcher runs `self-check` on a fresh temporary data folder and exits 0; its CDS archive
# maps (-Xshare:on) and, removed or broken, costs nothing but speed.
# Unless APP_IMAGE_ONLY: the .deb's control data and file list (launcher, icon, desktop entry), a valid
# desktop entry (desktop-file-validate when installed), maintainer scripts that parse, and the launcher
# unpacked from the .deb running self-check with no JDK on PATH (the bundled runtime only).
set -eu
target=$1
name=$2
app_image_only=${3:-false}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "check-packages: FAILED: $*" >&2; exit 1; }
ok() { echo "check-packages: ok: $*"; }

self_check() { # launcher, label
  out="$work/self-check.out"
  if ! env -u JAVA_HOME PATH=/usr/bin:/bin "$1" --data-dir "$work/data-$2" --unencrypted self-check >"$out" 2>&1; then
    cat "$out" >&2
    fail "$2: self-check did not exit 0"
  fi
  grep -q '自检通过' "$out" || fail "$2: self-check did not report 自检通过"
  [ -f "$work/data-$2/warmledger.mv.db" ] || fail "$2: self-check left no database in --data-dir"
  ok "$2: self-check exits 0 on a fresh data folder"
}

launcher="$target/app-image/$name/bin/$name"
[ -x "$launcher" ] || fail "app-image launcher $launcher missing"
[ -f "$target/app-image/$name/lib/runtime/lib/modules" ] || fail "app-image has no bundled runtime"
self_check "$launcher" app-image

# The CDS archive (src/build/cds-archive.sh): used where it was made, and harmless when missing or not matching.
jsa="$target/app-image/$name/lib/app/$name.jsa"
[ -s "$jsa" ] || fail "app-image has no CDS archive $jsa"
export JAVA_TOOL_OPTIONS=-Xshare:on
self_check "$launcher" app-image-cds-required
unset JAVA_TOOL_OPTIONS
cp "$jsa" "$work/kept.jsa"
rm -f "$jsa"
self_check "$launcher" app-image-no-archive
head -c 65536 /dev/urandom >"$jsa"
self_check "$launcher" app-image-broken-archive
grep -qi 'shared\|cds' "$work/self-check.out" && fail "a broken CDS archive printed a warning"
cp "$work/kept.jsa" "$jsa"
ok "CDS archive used by the app-image (-Xshare:on); a missing or broken one starts without it, silently"
echo "check-packages: app-image $(du -sh "$target/app-image/$name" | cut -f1)"
[ "$app_image_only" = true ] && exit 0

deb=$(ls "$target"/"$name"_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "no ${name}_*.deb in $target"
dpkg-deb --info "$deb" >"$work/info"
for field in "Package: $name" "Version: " "Maintainer: " "Section: misc" "libgtk-3-0" "fonts-wqy-microhei" "cups-bsd"; do
  grep -q "$field" "$work/info" || fail ".deb control lacks \"$field\""
done
ok ".deb control: package $name, maintainer, GTK 3, the Chinese font and cups-bsd (lpr) in Depends"
dpkg-deb --contents "$deb" >"$work/contents"
desktop="opt/$name/lib/$name-$name.desktop"
for f in "opt/$name/bin/$name" "opt/$name/lib/$name.png" "$desktop" "opt/$name/lib/runtime/lib/modules"; do
  grep -q " \./$f\$" "$work/contents" || fail ".deb does not contain /$f"
done
ok ".deb contains the launcher, the icon, the desktop entry and the runtime"

mkdir "$work/root"
dpkg-deb --extract "$deb" "$work/root"
dpkg-deb --control "$deb" "$work/control"
for script in postinst prerm; do
  sh -n "$work/control/$script" || fail "$script does not parse"
done
grep -q 'install_menu_entry ||' "$work/control/postinst" || fail "postinst would fail where there is no desktop menu"
ok "maintainer scripts parse; the menu entry is best effort"

entry="$work/root/$desktop"
grep -qx 'Name=送温暖台账' "$entry" || fail "desktop entry lacks Name=送温暖台账"
grep -qx 'Categories=Office;' "$entry" || fail "desktop entry is not in Office"
grep -qx "Exec=/opt/$name/bin/$name" "$entry" || fail "desktop entry Exec is not the launcher"
grep -qx "Icon=/opt/$name/lib/$name.png" "$entry" || fail "desktop entry Icon is not the installed icon"
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$entry" || fail "desktop-file-validate refuses the desktop entry"
  ok "desktop entry valid (desktop-file-validate)"
else
  ok "desktop entry has Name, Categories, Exec, Icon (desktop-file-validate not installed)"
fi

# unpacked here, not under /opt, the .deb's CDS archive names other paths: the launcher starts without it
self_check "$work/root/opt/$name/bin/$name" deb
echo "check-packages: $(basename "$deb") $(du -h "$deb" | cut -f1), installed $(du -sh "$work/root/opt/$name" | cut -f1)"
