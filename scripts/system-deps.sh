#!/usr/bin/env bash
# Debian/Ubuntu libraries Qt needs on a bare machine (offscreen and Xvfb).
# As root it installs what is missing; otherwise it prints the exact command.
set -euo pipefail
PKGS=(libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
      fonts-dejavu-core xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
      libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0)
command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian: see README for Windows/macOS
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "Installing system libraries for Qt: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Qt needs these system libraries; install them with:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
