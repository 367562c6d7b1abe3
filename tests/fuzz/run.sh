#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds dxcore, its tests and the fuzz targets with clang, AddressSanitizer and UndefinedBehaviorSanitizer
# in build-fuzz/, runs the core tests under the sanitizers, then each fuzz target for a bounded time
# (DX_FUZZ_SECONDS each, default 15: about a minute for the four). Any sanitizer report or fuzzer crash
# fails.
# Run by "./quickstart.sh test"; needs the clang package (in quickstart.sh's list).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${DX_FUZZ_BUILD:-build-fuzz}
seconds=${DX_FUZZ_SECONDS:-15}
generator=(); [ -f "$build/CMakeCache.txt" ] || generator=(-G Ninja)
launcher=(); command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build" "${generator[@]}" "${launcher[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_COMPILER=clang++ -DDX_FUZZ=ON -DDX_BUILD_BENCH=OFF -DDX_WARNINGS_AS_ERRORS=OFF >/dev/null
cmake --build "$build" -j"${DX_FUZZ_JOBS:-$(nproc)}" --target dxcore_tests fuzz_template fuzz_plan_file fuzz_period \
    fuzz_workbook

export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}
mkdir -p "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
# Qt keeps a few objects for the process's lifetime on purpose (the QCoreApplication of the tests, driver
# plugins): those are suppressed, every other leak fails.
export LSAN_OPTIONS="suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0"
export ASAN_OPTIONS="abort_on_error=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
echo "== core tests with ASan+UBSan"
env QT_QPA_PLATFORM=offscreen TZ=Asia/Ho_Chi_Minh LANG=C.UTF-8 LC_ALL=C.UTF-8 DX_SOURCE_DIR="$PWD" \
    "$build/tests/dxcore_tests" --gtest_brief=1

corpus="$build/fuzz-corpus"
rm -rf "$corpus"; mkdir -p "$corpus/template" "$corpus/plan_file" "$corpus/period" "$corpus/workbook"
cp resources/templates/*.json "$corpus/template/"
printf '{"format":"dxplanner-plan","formatVersion":1,"plan":{"code":"1","title":"t"},"tasks":[]}' \
    > "$corpus/template/minimal.json"
DX_FUZZ_WRITE_SEED="$corpus/plan_file/resolution-06.dxplan" "$build/tests/fuzz/fuzz_plan_file"
for p in 2024 2024-H1 2024-H2 2024-Q1 2024-Q4 1999-Q3; do printf %s "$p" > "$corpus/period/$p"; done
# Returned files: collection workbooks of the bundled plan, each of their parts, the plan's values as CSV
# (made by the target itself), one workbook filled and saved again by openpyxl as a unit would, when
# python3-openpyxl is there, and a few hand-written CSVs.
DX_FUZZ_WRITE_SEED="$corpus/workbook" "$build/tests/fuzz/fuzz_workbook"
python=/usr/bin/python3; [ -x "$python" ] || python=python3 # Debian's, which has python3-openpyxl
if "$python" -c 'import openpyxl' 2>/dev/null; then
    "$python" tests/data/collect/fill_workbook.py "$corpus/workbook/agency-0.xlsx" "$corpus/workbook/filled.xlsx" \
        '{"Chỉ tiêu!H2": 55, "Chỉ tiêu!I2": "Ước tính", "Chỉ tiêu!J2": "Sở", "Chỉ tiêu!H3": "18,6",
          "Chỉ tiêu!H4": 150, "Nhiệm vụ!H2": 40, "Nhiệm vụ!I2": "2024-06-30", "Nhiệm vụ!J2": "Báo cáo"}'
fi
printf '\xef\xbb\xbfM\xc3\xa3 ch\xe1\xbb\x89 ti\xc3\xaau;K\xe1\xbb\xb3;Gi\xc3\xa1 tr\xe1\xbb\x8b\nCT01;2024;18,6\n' \
    > "$corpus/workbook/semicolon.csv"
printf 'a,"b ""quoted""",c\n"line\nbreak",2,3\n' > "$corpus/workbook/quoted.csv"
printf 'x\ty\n1\t2\n' > "$corpus/workbook/tab.csv"
for target in template plan_file period workbook; do
    echo "== fuzz_$target for ${seconds}s"
    mkdir -p "$build/fuzz-crashes/$target"
    "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$build/fuzz-crashes/$target/" -print_final_stats=1 "$corpus/$target" 2>&1 |
        grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|==[0-9]+==|SUMMARY|.*ERROR)" || true
    if [ -n "$(ls -A "$build/fuzz-crashes/$target")" ]; then
        echo "fuzz_$target found a crash: $build/fuzz-crashes/$target" >&2
        exit 1
    fi
done
