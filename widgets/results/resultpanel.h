#pragma once

#include "invoke/invocationresult.h"
#include "model/stacktrace.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QSplitter;
class QTabWidget;
class QTextBrowser;
class QCheckBox;
class QToolButton;

namespace lambdesk {

class CodeEditor;

// "Execution results" as the Lambda console shows them: a status line (Succeeded, Failed with
// the error type, Timed out, Could not invoke and why, Accepted for an asynchronous call), and
// under it, expandable, the response (pretty JSON, or the error with its stack frames as
// links), the REPORT summary and the invocation's log lines. Used by the Code and Test tabs.
class ResultPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxLogLines = 1000;

    explicit ResultPanel(QWidget *parent = nullptr);

    void showRunning(const QString &what);
    void showResult(const InvocationResult &result);
    void showFailure(const QString &message);
    void clear();
    // Earlier results of the function, newest first, to pick from; the picker shows with two or more.
    void setHistory(const QList<InvocationResult> &results);
    // Stack frames inside this folder are the user's code and become links; empty: every frame.
    void setCodeRoot(const QString &dir);
    void setExpanded(bool expanded);
    bool isExpanded() const { return m_expanded; }
    // The "All sources" switch: whether the panel also follows invocations started outside the
    // console (Lambda API, CLI, Event queue). `unseen` counts results it did not show meanwhile.
    void setFollowAllSources(bool follow);
    bool followsAllSources() const;
    void setUnseenFromOtherSources(int unseen);
    QCheckBox *followButton() const { return m_follow; }

    // What is shown, as plain text (tests, copy).
    QString statusText() const;
    QString responseText() const;
    QString logText() const;
    QString summaryText() const;
    QString errorText() const;
    QString requestId() const { return m_result.requestId; }
    // The frames shown as links (error view first, then the log output), in link order.
    QList<stacktrace::Frame> linkedFrames() const { return m_links; }
    // As if the user clicked the index-th link.
    void activateLink(int index);
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    // A stack frame was clicked: an absolute file path and a 1-based line.
    void sourceLinkActivated(const QString &path, int line);
    // "Show in log": the log viewer should show this request's lines.
    void showInLogRequested(const QString &requestId);
    // The user switched "All sources".
    void followAllSourcesToggled(bool follow);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum class Tone { Neutral, Running, Success, Error, Info };
    void setStatus(Tone tone, const QString &html, const QString &figures = {});
    void showDetails(const InvocationResult &r);
    void fillSummary(const InvocationResult &r);
    void clearDetails();
    void showEmpty();
    void updateBody();
    int headerHeight() const;
    void fitHeader();
    void onAnchor(const QUrl &url);

    InvocationResult m_result;
    bool m_hasResult = false;
    bool m_expanded = true;
    QStringList m_codeRoots; // as given, and with symbolic links resolved (Node's ESM URLs are)
    QList<stacktrace::Frame> m_links;
    QList<InvocationResult> m_history;

    QWidget *m_header;
    QLabel *m_bar;
    QLabel *m_icon;
    QLabel *m_status;
    QLabel *m_figures;
    QToolButton *m_toggle;
    QComboBox *m_historyCombo;
    QToolButton *m_showInLog;
    QToolButton *m_copy;
    QCheckBox *m_follow;
    int m_unseen = 0;
    QTabWidget *m_tabs;
    QSplitter *m_responseSplit;
    QTextBrowser *m_error;
    CodeEditor *m_response;
    QWidget *m_summaryPage;
    QGridLayout *m_summary;
    QLabel *m_logNote;
    QTextBrowser *m_log;
};

// "15.74 ms", "1.20 s" — durations as the console prints them.
QString formatDuration(double ms);

} // namespace lambdesk
