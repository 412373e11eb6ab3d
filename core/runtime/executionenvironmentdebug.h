// Private to core/runtime: the debug state of an ExecutionEnvironment started for debugging
// (EnvironmentSpec::debug), shared by executionenvironment.cpp and executionenvironmentdebug.cpp.
#pragma once

#include "executionenvironment.h"

#include "debug/debugengine.h"

#include <QElapsedTimer>

#include <memory>

namespace lambdesk {

struct ExecutionEnvironment::Debugging
{
    std::unique_ptr<debug::DebugEngine> engine; // null: a provided runtime (external port only)
    debug::DebugEngine::Setup setup;
    QString clockFile; // on the host; the runtime reads it at clockInside
    bool sandboxNote = false; // the first output line says the sandbox keeps the network
    bool attached = false;
    bool initTimerDue = false; // the init deadline starts once the debugger let the runtime go

    // The clock while the debugger holds the runtime.
    bool stopped = false;
    QElapsedTimer stoppedFor;
    int pausedRemainingMs = -1; // the deadline timer's remaining time at the stop; -1: it was not running
    // What the current invocation spent stopped: in all, and after its delivery (Duration's part).
    qint64 stoppedNs = 0;
    qint64 stoppedAfterDeliveryNs = 0;
    // Init time that is not the function's: waiting for the debugger, and stopped in init.
    qint64 initExcludedNs = 0;
    // The last debugged invocation: what the engine says after it ended (a logpoint on the
    // handler's last line arrives after the response, on another connection) is still its.
    QString lastSessionId;

    void startInvocation(const QString &requestId)
    {
        lastSessionId = requestId;
        stoppedNs = 0;
        stoppedAfterDeliveryNs = 0;
    }
};

} // namespace lambdesk
