#pragma once

// The variables between an ExecutionEnvironment started for debugging and the bootstraps
// (resources/runtimes/python/bootstrap.py, resources/runtimes/nodejs/bootstrap.mjs). Private
// names (the _LAMBDESK_ prefix): set only in a debug environment; an ordinary one has none of
// them and the bootstraps load nothing of the debugger.
//
// _LAMBDESK_DEBUG_PORT   the engine listens on 127.0.0.1:<port> (debugpy.listen with the in-process
//                        adapter; node:inspector open(port, '127.0.0.1', true)) and the bootstrap
//                        waits for Lambdesk (or the outside debugger) before init.
// _LAMBDESK_DEBUG_CLOCK  a file (as the runtime sees it) holding the invocation's clock while it is
//                        debugged, rewritten atomically by Lambdesk: "run <epoch deadline ms>" while
//                        the handler runs, "stop <remaining ms>" while the debugger holds it.
//                        context.get_remaining_time_in_millis() / getRemainingTimeInMillis() read it
//                        (falling back to the Lambda-Runtime-Deadline-Ms header when it is
//                        missing or unreadable).
// _LAMBDESK_DEBUG_PYTHON the folder holding debugpy (debug::pythonEngineDir), Python only: put on
//                        sys.path for the import of debugpy only.
namespace lambdesk::debugenv {
inline constexpr char kPort[] = "_LAMBDESK_DEBUG_PORT";
inline constexpr char kClock[] = "_LAMBDESK_DEBUG_CLOCK";
inline constexpr char kPythonEngine[] = "_LAMBDESK_DEBUG_PYTHON";
} // namespace lambdesk::debugenv
