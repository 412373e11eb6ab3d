#pragma once

// Safety nets of every kind of test (core, widgets, e2e): how long a test waits for something
// certain to come before it calls it a hang. Never a measure: tests wait on the event itself.

#include <QtGlobal>

#include <algorithm>

namespace safetynet {

// How long a test waits for something certain to come before it calls it a hang: a safety net,
// never a measure. The limits are generous ceilings for a machine loaded to the hilt, and are
// multiplied by LAMBDESK_TEST_TIMEOUT_FACTOR (CTest sets it from the CMake cache variable of that
// name, which the sanitizer presets raise along with the tests' CTest timeouts).
inline int safetyNetMs(int ms)
{
    static const int factor = std::max(1, qEnvironmentVariableIntValue("LAMBDESK_TEST_TIMEOUT_FACTOR"));
    return ms * factor;
}
// A backend (or a console window, or `lambdesk serve`) becoming ready: it opens the workspace,
// its database and its servers, and detects the installed runtimes by running them, which took
// over 30 s at a load of 28 on two cores.
inline int backendStartMs()
{
    return safetyNetMs(180000);
}

} // namespace safetynet
