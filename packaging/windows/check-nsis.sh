#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check-nsis.sh BUILD_DIR: has CPack write the Windows installer script (packaging/windows/Package.cmake)
# on Linux and compiles it with Debian's makensis, so a mistake in it shows here and not first on the
# Windows runner. The files in it are the Linux build's (only the script is under test).
set -euo pipefail
build=$(realpath "$1")
command -v makensis > /dev/null || { echo "check-nsis: makensis (package nsis) is not installed; skipped"; exit 0; }
src=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
# A configure of its own with WIN32 set only for CPack's configuration: nothing is built.
cmake -S "$src/packaging/windows/nsis-check" -B "$out/cfg" -DDX_SOURCE_DIR="$src" > /dev/null
(cd "$out/cfg" && cpack -G NSIS -B "$out/pkg" > "$out/cpack.log" 2>&1) || { cat "$out/cpack.log"; exit 1; }
ls "$out/pkg"/*.exe > /dev/null
# Compiled again to read makensis's warnings: none may come from our commands. CPack's own template leaves
# unused names (warnings 6010 select_NT_profile, 6001 AR_SecFlags and AR_RegFlags), which are not ours.
nsi=$(echo "$out/pkg/_CPack_Packages/"*/NSIS/project.nsi)
grep -qx 'Unicode true' "$nsi"
(cd "$(dirname "$nsi")" && makensis -V2 project.nsi) > "$out/makensis.log" 2>&1 || { cat "$out/makensis.log"; exit 1; }
grep -q 'writing output (x86-unicode)' "$out/makensis.log"
if grep -i '^warning' "$out/makensis.log" | grep -v -e 'select_NT_profile' -e 'AR_SecFlags' -e 'AR_RegFlags'; then
    echo "check-nsis: makensis warned (above)"; exit 1
fi
echo "check-nsis: makensis compiled the installer script ($(basename "$out"/pkg/*.exe))"
