# cmake -DBELLBOARD=… -DHELP2MAN=… -DGZIP=… -DSTATIC_SECTIONS=… -DOUTPUT=….1.gz -P make-manpage.cmake
#
# Writes bellboard(1) from the binary itself: help2man turns `bellboard --help` and
# `--version` into the synopsis and options, and each subcommand named on --help's
# "Subcommands:" line gets its own --help under SUBCOMMANDS. So the man page cannot drift
# from the program. English whatever the builder's locale.

set(ENV{LC_ALL} C.UTF-8)
set(ENV{LANG} C.UTF-8)
set(ENV{LANGUAGE} "")
get_filename_component(dir "${OUTPUT}" DIRECTORY)
# Nor the builder's own bellboard.toml, whose [ui] language would win over the locale.
file(MAKE_DIRECTORY "${dir}/manpage-config")
set(ENV{XDG_CONFIG_HOME} "${dir}/manpage-config")
set(page "${dir}/bellboard.1")
set(include "${dir}/bellboard-sections.h2m")

execute_process(COMMAND "${BELLBOARD}" --help OUTPUT_VARIABLE help RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "bellboard --help failed (${status})")
endif()
if(NOT help MATCHES "Subcommands: ([a-z, ]+)")
  message(FATAL_ERROR "bellboard --help names no subcommands")
endif()
string(REPLACE "," ";" subcommands "${CMAKE_MATCH_1}")

set(text "[SUBCOMMANDS]\n")
foreach(word IN LISTS subcommands)
  string(STRIP "${word}" word)
  execute_process(COMMAND "${BELLBOARD}" ${word} --help OUTPUT_VARIABLE sub RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "bellboard ${word} --help failed (${status})")
  endif()
  # roff: backslashes and line-leading dots or quotes must not be read as requests.
  string(REPLACE "\\" "\\e" sub "${sub}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" sub "${sub}")
  string(REPLACE "…" "..." sub "${sub}")   # help2man turns non-ASCII text into "?"
  string(APPEND text ".SS \"bellboard ${word}\"\n.nf\n${sub}.fi\n")
endforeach()
file(READ "${STATIC_SECTIONS}" static)
file(WRITE "${include}" "${text}\n${static}")

execute_process(COMMAND "${HELP2MAN}" --no-info --no-discard-stderr
                        --name "monitoring console for the events your applications post"
                        --include "${include}" --output "${page}" "${BELLBOARD}"
                RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "help2man failed (${status})")
endif()
execute_process(COMMAND "${GZIP}" -9 -n -f "${page}" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "gzip failed (${status})")
endif()
