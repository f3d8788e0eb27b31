# Sanitizer and fuzzing flags for the whole tree (set before any target is defined).
if(BELLBOARD_SANITIZE)
  # UBSan findings stop the test that hit them instead of scrolling past in its log.
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()

if(BELLBOARD_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "BELLBOARD_FUZZ needs clang (libFuzzer); use the asan preset")
  endif()
  # Coverage instrumentation in every library, so the fuzzers see the code they reach;
  # only the fuzz targets link libFuzzer's main() (-fsanitize=fuzzer, tests/fuzz).
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
