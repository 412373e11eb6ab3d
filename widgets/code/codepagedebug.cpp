// CodePage's debugger part: the pane under the editor, the breakpoints of the open files'
// margins (kept by the debug controller, saved to the backend), the execution point and the
// hovers. The controller holds the session; this only shows it in the Code tab.
#include "codepage.h"

#include "backendhost.h"
#include "debug/debugcontroller.h"
#include "debug/debuggerpanel.h"
#include "editor/breakpointmargin.h"
#include "editor/codeeditor.h"
#include "editor/valuehover.h"
#include "editordocument.h"
#include "editortabs.h"
#include "documentloader.h"
#include "noticebar.h"
#include "results/resultpanel.h"

#include <QSplitter>
#include <QToolTip>

#include <algorithm>

namespace lambdesk {

void CodePage::buildDebugger(QSplitter *vertical)
{
    DebugController *debugger = m_ctx.debugger;
    if (!debugger)
        return;
    m_debugPanel = new DebuggerPanel(this);
    m_debugPanel->hide(); // until the first Debug
    vertical->insertWidget(1, m_debugPanel);
    vertical->setStretchFactor(1, 1);
    debugger->attach(m_debugPanel);
    connect(m_debugPanel, &DebuggerPanel::hideRequested, m_debugPanel, &QWidget::hide);

    connect(debugger, &DebugController::stateChanged, this, [this](DebuggerPanel::State state) {
        if (state == DebuggerPanel::State::Starting)
            layoutForDebugging(true);
        else if (state == DebuggerPanel::State::Ended)
            layoutForDebugging(false);
        const bool stopped = state == DebuggerPanel::State::Stopped;
        for (EditorDocument *doc : m_tabs->documents()) {
            if (auto *hover = doc->editor()->findChild<ValueHover *>())
                hover->setActive(stopped);
            doc->breakpoints()->setExecutionStale(state == DebuggerPanel::State::Running);
        }
        if (state == DebuggerPanel::State::Ended || state == DebuggerPanel::State::Starting)
            clearExecutionPoint();
    });
    connect(debugger, &DebugController::frameShown, this, [this](const QString &function, const debug::Frame &frame) {
        if (frame.file.isEmpty()) {
            m_notice->showMessage(NoticeBar::Level::Info,
                                  tr("This frame is in %1, not in the function's code: it does not open here.")
                                      .arg(frame.path.toHtmlEscaped()));
            return;
        }
        showFrame(function, frame.file, frame.line);
    });
    connect(debugger, &DebugController::failed, this, [this](const QString &function, const QString &message) {
        if (function == m_shown)
            m_notice->showMessage(NoticeBar::Level::Error, tr("<b>Could not debug:</b> %1").arg(message.toHtmlEscaped()));
    });
    connect(debugger, &DebugController::breakpointsLoaded, this, [this](const QString &function) {
        if (function == m_shown)
            applyBreakpoints();
    });
    connect(debugger, &DebugController::breakpointsSaved, this,
            [this](const QString &function, bool ok, const QString &message) {
                if (!ok && function == m_shown)
                    m_notice->showMessage(NoticeBar::Level::Error,
                                          tr("<b>Breakpoints not saved:</b> %1").arg(message.toHtmlEscaped()));
            });
}

void CodePage::layoutForDebugging(bool debugging)
{
    m_debugPanel->show();
    const QList<int> sizes = m_vertical->sizes();
    int total = 0;
    for (int s : sizes)
        total += s;
    if (total <= 0)
        return;
    const int resultsMin = m_results->minimumSizeHint().height();
    const int paneMin = m_debugPanel->minimumSizeHint().height();
    if (debugging) {
        // The editor and the pane share the room; the result keeps its smallest strip.
        const int pane = std::max(paneMin, total * 36 / 100);
        m_vertical->setSizes({std::max(0, total - pane - resultsMin), pane, resultsMin});
    } else {
        // Over: the pane only says how it ended; the result takes the room.
        const int editor = std::max(sizes.value(0), total / 2);
        m_vertical->setSizes({editor, paneMin, std::max(resultsMin, total - editor - paneMin)});
    }
}

void CodePage::applyBreakpoints()
{
    DebugController *debugger = m_ctx.debugger;
    if (!debugger || m_shown.isEmpty())
        return;
    if (!debugger->breakpointsKnown(m_shown)) {
        debugger->loadBreakpoints(m_shown); // breakpointsLoaded comes back here
        return;
    }
    const QList<debug::Breakpoint> all = debugger->breakpoints(m_shown);
    for (EditorDocument *doc : m_tabs->documents()) {
        // Unchanged ones stay as they are (a margin the user is editing is not disturbed).
        QList<debug::Breakpoint> mine;
        for (const debug::Breakpoint &bp : all) {
            if (bp.file == doc->path())
                mine.append(bp);
        }
        if (doc->breakpoints()->breakpoints() != mine)
            doc->breakpoints()->setBreakpoints(mine);
    }
}

void CodePage::wireDocument(const QString &path)
{
    EditorDocument *doc = m_tabs->document(path);
    DebugController *debugger = m_ctx.debugger;
    if (!doc || !debugger)
        return;
    if (!doc->property("debugWired").toBool()) {
        doc->setProperty("debugWired", true);
        BreakpointMargin *margin = doc->breakpoints();
        connect(margin, &BreakpointMargin::changed, this, [this, doc] {
            if (!m_shown.isEmpty())
                m_ctx.debugger->setFileBreakpoints(m_shown, doc->path(), doc->breakpoints()->breakpoints());
        });
        auto *hover = new ValueHover(doc->editor());
        hover->setActive(debugger->isStopped());
        connect(hover, &ValueHover::hovered, this, [this, hover](const QString &expression, const QPoint &at) {
            m_ctx.debugger->evaluate(expression, [hover, expression, at](Result<debug::Variable> r) {
                if (!r || !hover->isActive())
                    return; // not a value here (a name out of scope): no tooltip
                QString value = r->value;
                if (value.size() > 2000)
                    value = value.left(2000) + QStringLiteral("…");
                QToolTip::showText(at, QStringLiteral("%1 = %2%3").arg(expression, value,
                                                                       r->type.isEmpty() ? QString()
                                                                                        : QStringLiteral("  (%1)").arg(r->type)));
            });
        });
    }
    applyBreakpoints();
    if (path == m_executionFile && m_executionLine > 0) {
        doc->breakpoints()->setExecutionLine(m_executionLine);
        doc->breakpoints()->setExecutionStale(false);
    }
}

void CodePage::showFrame(const QString &function, const QString &file, int line)
{
    if (function != m_shown)
        return;
    clearExecutionPoint();
    m_executionFile = file;
    m_executionLine = line;
    if (EditorDocument *doc = m_tabs->document(file)) {
        m_tabs->setCurrent(file);
        doc->breakpoints()->setExecutionLine(line);
        doc->breakpoints()->setExecutionStale(false);
        return;
    }
    m_loader->open(file); // wireDocument marks it once it is read
}

void CodePage::clearExecutionPoint()
{
    m_executionFile.clear();
    m_executionLine = 0;
    for (EditorDocument *doc : m_tabs->documents())
        doc->breakpoints()->setExecutionLine(0);
}

} // namespace lambdesk
