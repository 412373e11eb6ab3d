#pragma once

#include "model/eventinvokeconfig.h"
#include "model/functionconfig.h"

#include <QLabel>

#include <optional>

namespace lambdesk {

class BackendHost;
class CallGuard;

// One compact line under the function's header that shows where its asynchronous invocations
// lead: "Event → fn  ✓ → function audit  ✗ → queue failures  ☠ → function dlq · 0 retries · 1 h".
// (The console has no diagram of a function; this line stands for the diagram's destinations.)
// Hidden when the function has no destination, no dead-letter target and no configuration.
class AsyncSummaryLabel : public QLabel
{
    Q_OBJECT
public:
    explicit AsyncSummaryLabel(BackendHost *host, QWidget *parent = nullptr);

    void setFunction(const FunctionConfig &config);
    // The line as plain text (what the tests read).
    QString summary() const { return m_summary; }

    // The line for a configuration (none: only the dead-letter target, if any); empty when
    // there is nothing to show.
    static QString describe(const QString &function, const std::optional<EventInvokeConfig> &config,
                            const QString &deadLetter);

Q_SIGNALS:
    void updated();

private:
    void reload();

    BackendHost *m_host;
    CallGuard *m_guard;
    FunctionConfig m_function;
    QString m_summary;
};

} // namespace lambdesk
