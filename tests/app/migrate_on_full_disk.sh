#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Used by test_cli_files.cpp (as root: it mounts a tmpfs in a private mount namespace). Makes a plan of
# schema version 1 from the frozen fixture on a tmpfs of SIZE (default 256k), fills FILL KiB of it, then
# runs `import`, which opens the plan for writing and so migrates it. Prints REPLACED when the old file
# changed although the command failed, LEFTOVER when anything but the plan (and, after a success, its
# backup) is left beside it, and the folder's content after a success. Exits with import's exit code.
set -u
fill=$1
size=${2:-256k}
mkdir full || exit 99
unshare -m sh -c '
    mount -t tmpfs -o size='"$size"' tmpfs full || exit 98
    python3 -c "import sqlite3, sys; c = sqlite3.connect(sys.argv[2]); c.executescript(open(sys.argv[1]).read()); c.commit(); c.close()" \
        "$DX_SOURCE_DIR/tests/data/plan-v1.sql" full/old.dxplan || exit 97
    sha256sum full/old.dxplan > ../old.sum
    head -c '"$fill"'k /dev/zero > full/filler 2>/dev/null
    printf "code,period,value\n" > ../returned.csv
    "$DX" import full/old.dxplan ../returned.csv; rc=$?
    rm -f full/filler
    if [ $rc -eq 0 ]; then
        [ "$(ls -A full | tr "\n" " ")" = "old.dxplan old.dxplan.schema-v1.bak " ] || { echo LEFTOVER; ls -A full; }
        "$DX" check full/old.dxplan >/dev/null || echo "migrated plan not sound"
        ls -A full
    else
        sha256sum -c ../old.sum >/dev/null 2>&1 || echo REPLACED
        [ "$(ls -A full)" = old.dxplan ] || { echo LEFTOVER; ls -A full; }
    fi
    exit $rc'
rc=$?
rm -f ../old.sum ../returned.csv
rmdir full
exit $rc
