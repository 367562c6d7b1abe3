#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# DX Planner quick start on Debian 12 (see README.md):
#   ./quickstart.sh app    installs what is missing, builds, starts the app on the bundled plan
#   ./quickstart.sh test   installs what is missing, builds, runs every test (what CI runs)
#   ./quickstart.sh bench  installs what is missing, builds in Release, runs the benchmarks
#   ./quickstart.sh package  installs what is missing, builds, makes build/dxplanner_VERSION_ARCH.deb
set -euo pipefail
cd "$(dirname "$0")"
what=${1:-app}

packages=(build-essential cmake ninja-build pkg-config
          qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          libqt6sql6-sqlite qt6-svg-dev libgl-dev libgtest-dev libgmock-dev libxlsxwriter-dev
          libzip-dev libcsv-dev libsqlite3-dev python3-openpyxl libreoffice-calc-nogui libreoffice-writer-nogui
          fonts-noto-core poppler-utils xvfb xauth clang-format clang ccache
          dpkg-dev file desktop-file-utils appstream shared-mime-info libxml2-utils xdg-utils
          libfile-mimeinfo-perl tesseract-ocr tesseract-ocr-vie imagemagick)
# The package's own checks: lintian on the .deb, makensis on the Windows installer script.
[ "$what" = package ] && packages+=(lintian nsis)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ "$what" = test ] && [ "${CI:-}" = true ]; then
    # CI fails on any formatting difference from the committed .clang-format (Debian 12's clang-format 14).
    if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format --dry-run -Werror
    else
        find app core ui tests \( -name '*.cpp' -o -name '*.h' \) -print0 | xargs -0 clang-format --dry-run -Werror
    fi
    echo "Formatting: every C++ file matches .clang-format."
fi

build=build
type=RelWithDebInfo
[ "$what" = bench ] && { build=build-release; type=Release; }
werror=OFF; [ "${CI:-}" = true ] && werror=ON
generator=(); [ -f "$build/CMakeCache.txt" ] || generator=(-G Ninja)
cmake -S . -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=$type -DDX_WARNINGS_AS_ERRORS=$werror
cmake --build "$build" -j"$(nproc)"

case "$what" in
app)
    exec "$build/app/dxplanner" "${@:2}";;
test)
    export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}
    mkdir -p "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
    ctest --test-dir "$build" --output-on-failure -j"$(nproc)" --timeout 300
    tests/fuzz/run.sh;; # core tests under ASan+UBSan, then about a minute of fuzzing
bench)
    "$build/tests/bench/dxbench" "${@:2}";;
package)
    # From the same build folder as app and test (CPack strips the binary), so CI builds nothing twice.
    (cd "$build" && rm -f dxplanner_*.deb && cpack -G DEB)
    deb=$(ls "$build"/dxplanner_*.deb)
    # No error and no warning; the package's overrides are explained in packaging/linux/lintian-overrides.
    lintian --fail-on error,warning --info "$deb"
    packaging/windows/check-nsis.sh "$build"
    echo "Package: $deb";;
*)
    echo "usage: $0 app|test|bench|package" >&2; exit 1;;
esac
