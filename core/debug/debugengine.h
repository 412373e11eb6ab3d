#pragma once

#include "debugtypes.h"
#include "model/error.h"
#include "model/runtimeinfo.h"

#include <QObject>

#include <functional>
#include <memory>

namespace lambdesk::debug {

// The connection from Lambdesk to the debug engine inside one runtime process: debugpy (the
// Debug Adapter Protocol over TCP) for Python, Node's inspector (the Chrome DevTools Protocol
// over a WebSocket) for Node. An ExecutionEnvironment started for debugging owns one for its
// whole life (a warm debug environment keeps it for the next Debug). Lives on the backend thread.
//
// The runtime's bootstrap starts the engine only in a debug environment (_LAMBDESK_DEBUG_PORT is
// set, see runtime/debugenv.h) and waits, before init, until start() has set the breakpoints and
// let it go on; ordinary environments load nothing of it.
//
// With Setup::externalPort the console does not drive: an outside debugger attaches there
// (debugpy: a DAP proxy that forwards every byte and watches the stopped/continued events; Node:
// the IDE connects to the inspector itself and this engine keeps a second, watching session).
// Either way stopped()/continued() tell the environment when to stop and restart its clock.
class DebugEngine : public QObject
{
    Q_OBJECT
public:
    struct Setup
    {
        quint16 enginePort = 0;   // where the runtime's engine listens, on 127.0.0.1
        quint16 externalPort = 0; // not 0: an outside debugger attaches here (see above)
        QString hostCodeRoot;     // the function's code folder on this machine
        QString runtimeCodeRoot;  // the same folder as the runtime sees it (/var/task in the sandbox)
        QList<Breakpoint> breakpoints;
        bool breakOnUncaught = true;
        // How long to keep trying to connect while the runtime starts its engine.
        int connectTimeoutMs = 10000;
    };

    using QObject::QObject;

    // Connects to the engine (trying again while it is not listening yet), sets the breakpoints
    // and exception stops, and lets the runtime go on: attached(), or failed() with why.
    virtual void start(const Setup &setup) = 0;
    // Replaces every breakpoint (all files); applies at once, also while running.
    virtual void setBreakpoints(const QList<Breakpoint> &breakpoints) = 0;
    virtual void setBreakOnUncaught(bool on) = 0;
    // Calls `done` once every breakpoint and exception setting sent so far applies in the
    // runtime (at once when nothing is on its way). A warm debug environment hands its runtime
    // the next event only then: a breakpoint set just before Debug is never missed.
    virtual void whenApplied(std::function<void()> done) { done(); }
    // While stopped: continue or step; continued() follows.
    virtual void resume(Step step) = 0;
    // While stopped: the frame's scopes, a reference's children, an expression's value in the
    // frame (the console and hovers; may have side effects, as in any debugger's console).
    virtual void scopes(qint64 frameId, std::function<void(Result<QList<Scope>>)> done) = 0;
    virtual void variables(qint64 reference, std::function<void(Result<QList<Variable>>)> done) = 0;
    virtual void evaluate(qint64 frameId, const QString &expression, std::function<void(Result<Variable>)> done) = 0;
    // Ends the connection (the runtime goes on without a debugger); disconnected() follows.
    virtual void detach() = 0;
    virtual bool isStopped() const = 0;
    // The runtime writes a logpoint's message to the function's log itself (in its place among
    // the handler's lines); else the environment adds it when output() brings it.
    virtual bool logsLogpoints() const { return false; }
    // The outside debugger is connected (externalPort only).
    virtual bool isExternalAttached() const { return false; }

Q_SIGNALS:
    void attached();
    void failed(const QString &message);
    // Frames innermost first; Stop::sessionId and ::function are left for the environment to fill.
    void stopped(const lambdesk::debug::Stop &stop);
    void continued();
    // Logpoint messages ("console"), the engine's own notes ("debugger"), and for Node console
    // output seen by the inspector is NOT repeated here (the log has it).
    void output(const QString &category, const QString &text);
    // The connection ended (the process exited, or detach()).
    void disconnected();
    // An outside debugger connected to / left externalPort.
    void externalAttached();
    void externalDetached();
};

// The engine for a runtime family: DapEngine for Python, CdpEngine for Node; null for the
// others (provided runtimes cannot be debugged from the console: use --debug-port with the
// language's own debugger).
std::unique_ptr<DebugEngine> makeEngine(RuntimeFamily family, QObject *parent = nullptr);

// Where the Python engine's modules are (debugpy and its pydevd), as a folder holding only them
// (so the function cannot import the host's other packages), made once in the cache; the
// error names Debian's package when debugpy is missing:
// "Debugging Python functions needs debugpy: install Debian's python3-debugpy (apt-get install python3-debugpy)".
// `python` is the runtime's interpreter (debugpy must import under it).
Result<QString> pythonEngineDir(const RuntimeInfo &python);

} // namespace lambdesk::debug
