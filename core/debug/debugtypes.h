#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// The debugger's values, shared by the engines (DAP for Python through debugpy, CDP for Node
// through its inspector), the Backend's debug calls and the console's panes. Plain values: they
// cross from the backend thread to the GUI in queued signals.
namespace lambdesk::debug {

// A breakpoint in a function's code. `file` is relative to the function's code folder, '/'
// separated ("app.py", "lib/util.mjs"); `line` counts from 1. A condition stops only when it is
// true; a log message (a logpoint) never stops: it writes the message, with {expression} parts
// evaluated, to the debug console and the function's log.
struct Breakpoint
{
    QString file;
    int line = 0;
    QString condition;  // empty: always
    QString logMessage; // not empty: a logpoint
    bool enabled = true;

    bool isLogpoint() const { return !logMessage.isEmpty(); }
    friend bool operator==(const Breakpoint &, const Breakpoint &) = default;
};

// What a debug invocation asks for.
struct Options
{
    // The function's breakpoints (Backend::breakpoints()); set before init runs, so module-level
    // code (init) stops too on a cold start.
    QList<Breakpoint> breakpoints;
    // Stop where an exception escapes the handler (or init), before the runtime reports it.
    bool breakOnUncaught = true;
    // Start a new debug environment (a cold start: init runs under the debugger) instead of
    // reusing a warm one.
    bool freshEnvironment = false;
    // Not 0: the console does not drive; an outside debugger (VS Code, PyCharm, Chrome DevTools)
    // attaches on 127.0.0.1:externalPort, and the runtime waits for it before init.
    quint16 externalPort = 0;
};

enum class StopReason { Breakpoint, Step, Exception, Entry, Pause, Other };
enum class Step { Continue, Over, Into, Out };

// A frame of a stopped thread, innermost first.
struct Frame
{
    qint64 id = 0;     // the engine's id, for scopes() and evaluate()
    QString name;      // the function's name ("handler", "<module>", "(anonymous)")
    QString path;      // the file as the runtime sees it (/var/task/app.py in the sandbox)
    QString file;      // relative to the function's code folder; empty when not in the code
    int line = 0;      // from 1
    int column = 0;    // from 1; 0 when unknown
    bool user = false; // in the function's code (its layers' and the runtime's frames are not)
};

// A group of variables of a frame: "Locals", "Globals"/"Module", "Closure", ...
struct Scope
{
    QString name;
    qint64 reference = 0; // for variables()
    bool expensive = false; // globals: shown folded
};

struct Variable
{
    QString name;
    QString value; // as the engine renders it ("{'a': 1}", "Object", "'text'")
    QString type;  // "dict", "str", "object", "number", ...; empty when unknown
    qint64 reference = 0; // not 0: it has children, fetched lazily with variables()
};

// Why and where a debug session stopped.
struct Stop
{
    QString sessionId; // the debugged invocation's request id
    QString function;
    StopReason reason = StopReason::Other;
    QString text;      // the exception's type and message on an Exception stop; else empty
    QList<Frame> frames;
    bool inInit = false; // stopped before the handler was first called (module-level code)
};

QString stopReasonName(StopReason reason); // "breakpoint", "step", "exception", ...

} // namespace lambdesk::debug

Q_DECLARE_METATYPE(lambdesk::debug::Stop)
Q_DECLARE_METATYPE(lambdesk::debug::Breakpoint)
