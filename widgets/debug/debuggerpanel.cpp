#include "debuggerpanel.h"

#include "callstackview.h"
#include "common/inkicon.h"
#include "debugconsole.h"
#include "variablesmodel.h"

#include <QHBoxLayout>
#include <QScopeGuard>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace lambdesk {

QString stopReasonText(const debug::Stop &stop)
{
    const QString init = stop.inInit ? DebuggerPanel::tr(" in init (module code)") : QString();
    switch (stop.reason) {
    case debug::StopReason::Breakpoint: return DebuggerPanel::tr("Paused on a breakpoint%1").arg(init);
    case debug::StopReason::Step: return DebuggerPanel::tr("Paused after a step%1").arg(init);
    case debug::StopReason::Exception: return DebuggerPanel::tr("Paused on an uncaught exception%1").arg(init);
    case debug::StopReason::Entry: return DebuggerPanel::tr("Paused at the start%1").arg(init);
    case debug::StopReason::Pause: return DebuggerPanel::tr("Paused%1").arg(init);
    case debug::StopReason::Other: break;
    }
    return DebuggerPanel::tr("Paused%1").arg(init);
}

namespace {

QWidget *titled(const QString &title, QWidget *body, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), box);
    layout->addWidget(label);
    layout->addWidget(body, 1);
    return box;
}

} // namespace

DebuggerPanel::DebuggerPanel(QWidget *parent) : QWidget(parent)
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true); // how a session ended can take two lines
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);
    auto *close = new QToolButton(this);
    close->setIcon(inkIcon(QStringLiteral(":/icons/close.svg")));
    close->setAutoRaise(true);
    close->setToolTip(tr("Hide the debugger (it comes back on the next Debug)"));
    connect(close, &QToolButton::clicked, this, &DebuggerPanel::hideRequested);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(new QLabel(tr("<b>Debugger</b>"), this));
    top->addWidget(m_toolBar);
    top->addWidget(m_status, 1);
    top->addWidget(close);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("debugBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setMargin(4);
    m_banner->hide();

    m_stack = new CallStackView(this);
    m_variables = new VariablesModel(this);
    m_variablesView = new QTreeView(this);
    m_variablesView->setModel(m_variables);
    m_variablesView->setUniformRowHeights(true);
    m_variablesView->setAlternatingRowColors(true);
    m_variablesView->header()->setStretchLastSection(false);
    m_variablesView->header()->setSectionResizeMode(VariablesModel::NameColumn, QHeaderView::Interactive);
    m_variablesView->header()->setSectionResizeMode(VariablesModel::ValueColumn, QHeaderView::Stretch);
    m_variablesView->header()->setSectionResizeMode(VariablesModel::TypeColumn, QHeaderView::Interactive);
    m_variablesView->header()->resizeSection(VariablesModel::NameColumn, 120);
    m_variablesView->header()->resizeSection(VariablesModel::TypeColumn, 60);
    m_variablesView->setTextElideMode(Qt::ElideRight);
    m_console = new DebugConsole(this);

    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->addWidget(titled(tr("Call stack"), m_stack, m_split));
    m_split->addWidget(titled(tr("Variables"), m_variablesView, m_split));
    m_split->addWidget(titled(tr("Debug console"), m_console, m_split));
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 4);
    m_split->setStretchFactor(2, 3);
    m_split->setSizes({300, 400, 300});
    // A short screen (a projector's 1024×640) leaves the editor its lines: the panes can be low.
    const int row = fontMetrics().height();
    for (QWidget *w : std::initializer_list<QWidget *>{m_stack, m_variablesView})
        w->setMinimumHeight(row * 3);
    m_console->setMinimumHeight(row * 4);
    m_split->setChildrenCollapsible(false);
    m_panes = m_split;

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_split, 1);

    connect(m_stack, &CallStackView::frameSelected, this, &DebuggerPanel::frameSelected);
    connect(m_console, &DebugConsole::evaluateRequested, this, &DebuggerPanel::evaluateRequested);
    // A new frame's scopes: Locals (with event and context) open at once, globals stay folded.
    connect(m_variables, &QAbstractItemModel::modelReset, this, &DebuggerPanel::expandCheapScopes);
    setState(State::Idle);
}

void DebuggerPanel::setActions(const QList<QAction *> &actions)
{
    m_toolBar->clear();
    m_toolBar->addActions(actions);
}

void DebuggerPanel::expandCheapScopes()
{
    for (int row = 0; row < m_variables->rowCount(); ++row) {
        const QModelIndex scope = m_variables->index(row, 0);
        if (scope.data(VariablesModel::ExpensiveRole).toBool())
            continue;
        // Asked now, not at the view's next layout: the answer is on its way at once.
        if (m_variables->canFetchMore(scope))
            m_variables->fetchMore(scope);
        m_variablesView->expand(scope);
    }
}

void DebuggerPanel::setState(State state, const QString &status)
{
    m_state = state;
    const bool stopped = state == State::Stopped;
    // Running: the panes keep what they showed, greyed (the values are the last stop's).
    m_panes->setEnabled(true);
    m_stack->setEnabled(stopped);
    m_variablesView->setEnabled(stopped);
    QString placeholder;
    if (state == State::Running || state == State::Starting)
        placeholder = tr("The function is running: evaluate when it pauses");
    else if (!stopped)
        placeholder = tr("Evaluate while paused: Debug (Ctrl+F5) stops on the breakpoints");
    m_console->setInputEnabled(stopped, placeholder);
    const auto guard = qScopeGuard([this] { m_status->setToolTip(m_status->text()); });
    switch (state) {
    case State::Idle:
        m_status->setText(status.isEmpty() ? tr("Set breakpoints in the editor's margin, then Debug (Ctrl+F5).") : status);
        break;
    case State::Starting: m_status->setText(status.isEmpty() ? tr("Starting the function under the debugger…") : status); break;
    case State::Running:
        m_status->setText(status.isEmpty() ? tr("Running… (it stops on the next breakpoint)") : status);
        break;
    case State::Stopped:
        if (!status.isEmpty())
            m_status->setText(status);
        break;
    case State::Ended:
        m_stack->clearFrames();
        m_variables->clear();
        m_banner->hide();
        m_status->setText(status);
        break;
    }
    if (state != State::Stopped && state != State::Running)
        m_banner->hide();
}

void DebuggerPanel::showStop(const debug::Stop &stop)
{
    QString where;
    for (const debug::Frame &f : stop.frames) {
        if (f.user || &f == &stop.frames.last()) {
            where = QStringLiteral("%1:%2").arg(f.file.isEmpty() ? f.path : f.file).arg(f.line);
            break;
        }
    }
    setState(State::Stopped, where.isEmpty() ? stopReasonText(stop) : tr("%1 at %2").arg(stopReasonText(stop), where));
    const bool exception = stop.reason == debug::StopReason::Exception;
    if (exception) {
        m_banner->setText(stop.text.isEmpty() ? tr("An exception escaped the handler.") : stop.text);
        const bool dark = palette().color(QPalette::Window).lightness() < 128;
        m_banner->setStyleSheet(dark ? QStringLiteral("QLabel{background:#4a1c18;color:#ffb4a8;border-radius:3px}")
                                     : QStringLiteral("QLabel{background:#fde2df;color:#8a1c0b;border-radius:3px}"));
        m_banner->show();
    } else {
        m_banner->hide();
    }
    m_stack->setFrames(stop.frames);
}

void DebuggerPanel::showWaiting(quint16 port, const QString &launchConfiguration)
{
    setState(State::Starting, tr("Waiting for a debugger on 127.0.0.1:%1").arg(port));
    m_console->appendNote(tr("Waiting for a debugger on 127.0.0.1:%1. Attach your IDE with this launch "
                             "configuration (launch.json):")
                              .arg(port));
    m_console->appendOutput(QStringLiteral("console"), launchConfiguration);
}

QString DebuggerPanel::statusText() const
{
    return m_status->text();
}

QString DebuggerPanel::bannerText() const
{
    return m_banner->text();
}

bool DebuggerPanel::isBannerShown() const
{
    return !m_banner->isHidden();
}

} // namespace lambdesk
