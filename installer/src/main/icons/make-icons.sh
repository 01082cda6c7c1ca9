#!/usr/bin/env sh
# Draws the application icon (a red rounded square with a gold 暖) and writes the PNG used on Linux
# and the multi-size ICO used on Windows. Needs ImageMagick 6 and the WenQuanYi Micro Hei font; the
# results are committed, so the build itself does not run this.
set -eu
cd "$(dirname "$0")"
font=$(fc-list :lang=zh file | grep -i wqy-microhei | head -n 1 | cut -d: -f1)
convert -size 256x256 xc:none \
  -fill '#B71C1C' -draw 'roundrectangle 8,8 247,247 44,44' \
  -fill '#D32F2F' -draw 'roundrectangle 16,16 239,239 38,38' \
  -font "$font" -pointsize 168 -fill '#FFD54F' -gravity center -annotate +0+6 '暖' \
  -strip PNG32:warmledger.png
convert warmledger.png -define icon:auto-resize=256,128,64,48,32,24,16 warmledger.ico
