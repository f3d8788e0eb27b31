#!/usr/bin/env bash
# Checks that every C++ file (the tracked *.cpp and *.h) is formatted as .clang-format says,
# and lists the files that are not; exits 1 if there is any.
#   scripts/check-format.sh          check only (scripts/test.sh runs this)
#   scripts/check-format.sh --fix    reformat those files in place
# The formatter is pinned to clang-format 14 (Debian 12's clang-format-14): other versions
# lay the same code out differently, so a tree that passes with one can fail with another.
# CLANG_FORMAT names another binary, which must also be version 14.
set -euo pipefail
cd "$(dirname "$0")/.."

fix=false
case "${1:-}" in
  "") ;;
  --fix) fix=true ;;
  *) echo "usage: $0 [--fix]" >&2; exit 2 ;;
esac

clang_format="${CLANG_FORMAT:-clang-format-14}"
if ! command -v "$clang_format" >/dev/null; then
  echo "check-format: $clang_format not found (scripts/install-deps.sh installs clang-format-14)" >&2
  exit 2
fi
version="$("$clang_format" --version)"
if ! [[ "$version" =~ version\ 14\. ]]; then
  echo "check-format: $clang_format is not clang-format 14 ($version)" >&2
  exit 2
fi

files=()
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  while IFS= read -r -d '' f; do files+=("$f"); done < <(git ls-files -z -- '*.cpp' '*.h')
else
  while IFS= read -r -d '' f; do files+=("$f"); done < <(find src tests \( -name '*.cpp' -o -name '*.h' \) -print0)
fi

if $fix; then
  "$clang_format" -i --style=file -- "${files[@]}"
  echo "check-format: formatted ${#files[@]} files"
  exit 0
fi

# One run over every file; its errors name the files that differ.
status=0
report="$("$clang_format" --dry-run --Werror --style=file -- "${files[@]}" 2>&1)" || status=$?
[ "$status" -eq 0 ] && { echo "check-format: ${#files[@]} files formatted as .clang-format says"; exit 0; }
differing="$(grep -oE '^[^:]+:[0-9]+:[0-9]+: error: code should be clang-formatted' <<<"$report" \
  | cut -d: -f1 | sort -u || true)"
if [ -z "$differing" ]; then
  echo "$report" >&2
  echo "check-format: $clang_format failed" >&2
  exit 2
fi
echo "check-format: these files are not formatted as .clang-format says:" >&2
sed 's/^/  /' <<<"$differing" >&2
echo "check-format: scripts/check-format.sh --fix formats them" >&2
exit 1
