#!/usr/bin/env bash
# Runs one libFuzzer target for CTest (tests/fuzz/CMakeLists.txt):
#   run-fuzzer.sh replay FUZZER CORPUS REGRESSIONS SCRATCH          every kept input, once
#   run-fuzzer.sh fuzz   FUZZER CORPUS REGRESSIONS SCRATCH SECONDS  a bounded run from them
# New inputs the run finds go to SCRATCH (in the build folder), never into the repository;
# a crash leaves its input in SCRATCH/crash-* and the test fails with libFuzzer's report.
set -euo pipefail
mode=$1 fuzzer=$2 corpus=$3 regressions=$4 scratch=$5 seconds=${6:-15}
mkdir -p "$scratch/corpus"
inputs=("$corpus")
[ -d "$regressions" ] && inputs+=("$regressions")
# A fixed seed (BELLBOARD_FUZZ_SEED; 0 asks libFuzzer for a random one) makes the suite's run
# repeatable: a failure in CI replays on any machine; long runs by hand pick their own.
common=(-artifact_prefix="$scratch/" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
        -seed="${BELLBOARD_FUZZ_SEED:-1}")
case "$mode" in
  replay)
    files=()
    for dir in "${inputs[@]}"; do
      while IFS= read -r -d '' f; do files+=("$f"); done < <(find "$dir" -type f ! -name 'README*' -print0)
    done
    [ ${#files[@]} -gt 0 ] || { echo "no inputs in ${inputs[*]}"; exit 1; }
    echo "replaying ${#files[@]} inputs"
    exec "$fuzzer" "${common[@]}" "${files[@]}"
    ;;
  fuzz)
    exec "$fuzzer" "${common[@]}" -max_total_time="$seconds" -max_len=65536 "$scratch/corpus" "${inputs[@]}"
    ;;
  *) echo "unknown mode $mode" >&2; exit 2 ;;
esac
