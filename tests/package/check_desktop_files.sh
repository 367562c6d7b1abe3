#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check_desktop_files.sh WHAT SOURCE_DIR BINARY_DIR DXPLANNER: the desktop integration files are valid.
#   desktop   desktop-file-validate on the desktop entry
#   metainfo  appstreamcli validate --no-net on the metainfo, whose release is the project's version
#   mime      the MIME file is well-formed XML that update-mime-database accepts, and a plan made by
#             `dxplanner new` is application/x-dxplan by its name and, renamed, by its header alone
# Exit 77 (skipped) when the tool is not installed.
set -euo pipefail
what=$1 src=$2 bin=$3 dxplanner=$4
id=io.github.dxplanner.DXPlanner
need() { command -v "$1" >/dev/null || { echo "$1 is not installed"; exit 77; }; }

case "$what" in
desktop)
    need desktop-file-validate
    desktop-file-validate "$src/packaging/linux/$id.desktop"
    grep -qx 'Categories=Office;ProjectManagement;' "$src/packaging/linux/$id.desktop"
    grep -qx 'MimeType=application/x-dxplan;' "$src/packaging/linux/$id.desktop"
    grep -q '^Name\[vi\]=' "$src/packaging/linux/$id.desktop"
    grep -q '^Comment\[vi\]=' "$src/packaging/linux/$id.desktop";;
metainfo)
    need appstreamcli
    metainfo="$bin/packaging/$id.metainfo.xml"
    appstreamcli validate --no-net "$metainfo"
    version=$("$dxplanner" --version | sed 's/^DX Planner //')
    grep -q "<release version=\"$version\"" "$metainfo" || { echo "no release $version in $metainfo"; exit 1; };;
mime)
    need xmllint; need update-mime-database; need mimetype
    xmllint --noout "$src/packaging/linux/$id.xml"
    tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
    mkdir -p "$tmp/data/mime/packages" "$tmp/home"
    cp /usr/share/mime/packages/freedesktop.org.xml "$tmp/data/mime/packages/"
    cp "$src/packaging/linux/$id.xml" "$tmp/data/mime/packages/"
    XDG_DATA_DIRS="$tmp/data" update-mime-database "$tmp/data/mime"
    HOME="$tmp/home" "$dxplanner" new "$tmp/plan.dxplan" >/dev/null
    cp "$tmp/plan.dxplan" "$tmp/renamed.db"
    printf 'SQLite format 3\0' > "$tmp/other.dxplan.db" # an SQLite header without the application id
    type() { XDG_DATA_HOME="$tmp/data" XDG_DATA_DIRS="$tmp/data" mimetype --brief "$1"; }
    [ "$(type "$tmp/plan.dxplan")" = application/x-dxplan ] || { echo "plan.dxplan: $(type "$tmp/plan.dxplan")"; exit 1; }
    [ "$(type "$tmp/renamed.db")" = application/x-dxplan ] || { echo "renamed.db: $(type "$tmp/renamed.db")"; exit 1; }
    [ "$(type "$tmp/other.dxplan.db")" != application/x-dxplan ] || { echo "any SQLite file matched"; exit 1; };;
*)
    echo "usage: $0 desktop|metainfo|mime SOURCE_DIR BINARY_DIR DXPLANNER" >&2; exit 2;;
esac
echo "$what: ok"
