#!/usr/bin/env bash
# Installs what is missing, builds everything and runs the whole test suite through CTest,
# twice: the normal build (preset "default", build/), then the same suite under AddressSanitizer
# and UndefinedBehaviorSanitizer with the libFuzzer targets' bounded runs (preset "asan",
# build-asan/). Arguments go to both ctest runs (e.g. -R tst_httplimits). Before building,
# scripts/check-format.sh checks that the C++ sources are formatted as .clang-format says.
#   BELLBOARD_PRESETS="default" scripts/test.sh     only the normal build
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/check-format.sh
for preset in ${BELLBOARD_PRESETS:-default asan}; do
  echo "== preset $preset"
  cmake --preset "$preset"
  cmake --build --preset "$preset"
  ctest --preset "$preset" "$@"
done
