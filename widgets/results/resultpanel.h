#pragma once

#include "invoke/invocationresult.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace lambdesk {

class CodeEditor;

// The outcome of one invocation as the Lambda console shows it: status, the response (or the
// error document), the REPORT figures and the invocation's log lines.
class ResultPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ResultPanel(QWidget *parent = nullptr);

    void showRunning(const QString &what);
    void showResult(const InvocationResult &result);
    void showFailure(const QString &message);
    void clear();

    // For tests and the stack-trace links.
    QString statusText() const;
    QString responseText() const;
    QString logText() const;
    QString summaryText() const;

private:
    QLabel *m_status;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    CodeEditor *m_response;
    QPlainTextEdit *m_log;
};

// "15.74 ms", "1.20 s" — durations as the console prints them.
QString formatDuration(double ms);

} // namespace lambdesk
