# Runs one libFuzzer target for a bounded time (the CTest test fuzz/fuzz_<target>):
#   cmake -DFUZZER=... -DCORPUS=... -DREGRESSIONS=... -DWORK=... -DSECONDS=... -DINPUT_TIMEOUT=... -P runfuzzer.cmake
# The seeds are copied to WORK/corpus, which libFuzzer grows; the regression inputs are read
# where they are (libFuzzer writes only to its first corpus folder). A crash fails the test and
# leaves the input in WORK/ for tests/fuzz/regressions/<target>/.
foreach(var FUZZER CORPUS REGRESSIONS WORK SECONDS INPUT_TIMEOUT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "runfuzzer.cmake: ${var} is required")
    endif()
endforeach()

file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/corpus)
file(GLOB seeds ${CORPUS}/*)
if(NOT seeds)
    message(FATAL_ERROR "no seed inputs in ${CORPUS}")
endif()
file(COPY ${seeds} DESTINATION ${WORK}/corpus)
set(corpora ${WORK}/corpus)
if(IS_DIRECTORY ${REGRESSIONS})
    list(APPEND corpora ${REGRESSIONS})
endif()

execute_process(
    COMMAND ${FUZZER}
        -max_total_time=${SECONDS}
        -timeout=${INPUT_TIMEOUT}
        -rss_limit_mb=2048
        -print_final_stats=1
        -artifact_prefix=${WORK}/
        ${corpora}
    WORKING_DIRECTORY ${WORK}
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    file(GLOB found ${WORK}/crash-* ${WORK}/leak-* ${WORK}/timeout-* ${WORK}/oom-*)
    message(FATAL_ERROR "${FUZZER} failed (${rc}). The input: ${found}\n"
                        "Fix the cause, then keep the input in ${REGRESSIONS}/.")
endif()
