#include "presentermode.h"

#include "backendhost.h"
#include "common/invocationcontroller.h"
#include "debug/debugcontroller.h"
#include "demoworkspace.h"
#include "presenterbanner.h"
#include "presenterfonts.h"
#include "settings.h"

#include <Qsci/qsciscintilla.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QListView>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>

#include <algorithm>

namespace lambdesk {

namespace {

// The zoom steps of Ctrl+= and Ctrl+- (percent of the normal size).
const QList<int> kZoomSteps{100, 110, 125, 150, 175, 200, 250, 300};

const char kBaseZoom[] = "lambdeskPresenterBaseZoom";     // an editor's own zoom before ours
const char kBaseMargin[] = "lambdeskPresenterBaseMargin"; // its line-number margin's width before ours

} // namespace

PresenterMode::PresenterMode(const Parts &parts, QObject *parent)
    : QObject(parent), m_parts(parts), m_banner(new PresenterBanner(parts.window))
{
    buildActions();
    buildToolBar();
    // The invocations, whoever starts them, from the one channel.
    connect(m_parts.invocations, &InvocationController::invocationStarted, this, [this](const InvocationStart &start) {
        if (!m_active)
            return;
        const bool qualified = !start.qualifier.isEmpty() && start.qualifier != QLatin1String("$LATEST");
        m_banner->showNote(
            tr("Invoking %1…").arg(qualified ? start.function + u':' + start.qualifier : start.function));
    });
    connect(m_parts.invocations, &InvocationController::invocationFinished, this,
            [this](const InvocationResult &result) {
                if (m_active)
                    m_banner->showNote(PresenterBanner::outcome(result),
                                       result.isError() || result.status != InvocationStatus::Succeeded);
            });
    connect(m_parts.invocations, &InvocationController::invocationAnswered, this,
            [this](const InvocationResult &result) {
                if (m_active)
                    m_banner->showNote(PresenterBanner::outcome(result));
            });
    connect(m_parts.invocations, &InvocationController::invocationFailed, this,
            [this](const QString &function, const QString &, const QString &message) {
                if (m_active)
                    m_banner->showNote(tr("%1: %2").arg(function, message), true);
            });
    // F11 is Step into while the debugger is stopped (its action enabled), presenter mode otherwise.
    for (QAction *step : m_parts.debugger->stepActions())
        connect(step, &QAction::enabledChanged, this, &PresenterMode::updateToggleShortcut);
    updateToggleShortcut();
    // The window saves its layout when it closes: it must save the normal one.
    m_parts.window->installEventFilter(this);
}

PresenterMode::~PresenterMode()
{
    if (m_active) {
        qApp->removeEventFilter(this);
        QApplication::setFont(m_savedFont); // the application outlives the window
        m_fonts.restore();
    }
}

void PresenterMode::buildActions()
{
    m_toggle = new QAction(tr("&Presenter mode"), this);
    m_toggle->setObjectName(QStringLiteral("presenterModeAction"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::Key_F11));
    m_toggle->setShortcutContext(Qt::WindowShortcut);
    m_toggle->setToolTip(tr("Zoom the console for a projector, simplify the window and show the keys pressed (F11)"));
    connect(m_toggle, &QAction::toggled, this, &PresenterMode::setActive);

    const auto make = [this](const QString &name, const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        a->setEnabled(false); // while presenter mode is on
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_zoomIn = make(QStringLiteral("presenterZoomIn"), tr("Zoom &in"),
                    {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus),
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Plus)},
                    [this] { zoomIn(); });
    m_zoomOut = make(QStringLiteral("presenterZoomOut"), tr("Zoom &out"), {QKeySequence(Qt::CTRL | Qt::Key_Minus)},
                     [this] { zoomOut(); });
    m_zoomReset = make(QStringLiteral("presenterZoomReset"), tr("&Reset zoom"), {QKeySequence(Qt::CTRL | Qt::Key_0)},
                       [this] { resetZoom(); });
    m_reset = new QAction(tr("Reset &demo workspace…"), this);
    m_reset->setObjectName(QStringLiteral("resetDemoWorkspace"));
    m_reset->setToolTip(tr("Bring the demo functions (hello-python, hello-node) back to their first state"));
    connect(m_reset, &QAction::triggered, this, &PresenterMode::resetDemoWorkspace);
    m_parts.window->addActions({m_toggle, m_zoomIn, m_zoomOut, m_zoomReset});
}

void PresenterMode::buildToolBar()
{
    // A bar of its own (in the menu bar's corner while on): not one of the window's toolbars,
    // so that the window's saved layout never names it.
    m_toolBar = new QToolBar(tr("Presenter"), m_parts.window);
    m_toolBar->setObjectName(QStringLiteral("presenterToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // The function list, collapsed to the current function.
    m_functions = new QComboBox(m_toolBar);
    m_functions->setObjectName(QStringLiteral("presenterFunction"));
    m_functions->setToolTip(tr("The function shown (the function list is hidden in presenter mode)"));
    m_functions->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    if (QListView *list = m_parts.functionList) {
        m_functions->setModel(list->model());
        connect(list->selectionModel(), &QItemSelectionModel::currentChanged, this, &PresenterMode::syncCombo);
        connect(list->model(), &QAbstractItemModel::modelReset, this, &PresenterMode::syncCombo);
        connect(m_functions, &QComboBox::activated, this, [this, list](int row) {
            list->setCurrentIndex(list->model()->index(row, 0)); // the window's own way, with its checks
            syncCombo(); // refused (unsaved configuration): the combo shows what is shown
        });
    }
    m_toolBar->addWidget(m_functions);
    // Short labels: the bar shares the menu bar's row with the menus (the View menu has the
    // long names).
    m_toolBar->addSeparator();
    QAction *smaller = m_toolBar->addAction(QStringLiteral("−"), this, [this] { zoomOut(); });
    smaller->setToolTip(tr("Zoom out (Ctrl+-)"));
    m_zoomLabel = new QLabel(m_toolBar);
    m_zoomLabel->setObjectName(QStringLiteral("presenterZoomLabel"));
    m_zoomLabel->setToolTip(tr("Zoom: Ctrl+= larger, Ctrl+- smaller, Ctrl+0 back to the default"));
    m_toolBar->addWidget(m_zoomLabel);
    QAction *larger = m_toolBar->addAction(QStringLiteral("+"), this, [this] { zoomIn(); });
    larger->setToolTip(tr("Zoom in (Ctrl+=)"));
    m_toolBar->addSeparator();
    QAction *reset = m_toolBar->addAction(tr("Reset demo"), this, &PresenterMode::resetDemoWorkspace);
    reset->setObjectName(QStringLiteral("presenterResetDemo"));
    reset->setToolTip(m_reset->toolTip());
    connect(m_reset, &QAction::enabledChanged, reset, &QAction::setEnabled);
    QAction *leave = m_toolBar->addAction(tr("Leave"), this, [this] { setActive(false); });
    leave->setObjectName(QStringLiteral("presenterLeave"));
    leave->setToolTip(tr("Leave presenter mode (F11)"));
    m_toolBar->hide();
}

QList<QAction *> PresenterMode::menuActions() const
{
    return {m_toggle, m_zoomIn, m_zoomOut, m_zoomReset, m_reset};
}

int PresenterMode::zoomPercent() const
{
    return std::clamp(m_parts.settings->value(settings::presenterZoomPercent), kMinZoom, kMaxZoom);
}

void PresenterMode::setZoomPercent(int percent)
{
    percent = std::clamp(percent, kMinZoom, kMaxZoom);
    if (percent != m_parts.settings->value(settings::presenterZoomPercent))
        m_parts.settings->setValue(settings::presenterZoomPercent, percent);
    if (m_active)
        applyZoom();
    Q_EMIT zoomChanged(percent);
}

void PresenterMode::zoomIn()
{
    const int now = zoomPercent();
    const auto next = std::find_if(kZoomSteps.cbegin(), kZoomSteps.cend(), [now](int s) { return s > now; });
    setZoomPercent(next == kZoomSteps.cend() ? kMaxZoom : *next);
}

void PresenterMode::zoomOut()
{
    const int now = zoomPercent();
    int prev = kMinZoom;
    for (int s : kZoomSteps)
        if (s < now)
            prev = s;
    setZoomPercent(prev);
}

void PresenterMode::resetZoom()
{
    setZoomPercent(settings::presenterZoomPercent.defaultValue);
}

void PresenterMode::setActive(bool on)
{
    if (on == m_active)
        return;
    if (on)
        enter();
    else
        leave();
    {
        const QSignalBlocker block(m_toggle);
        m_toggle->setChecked(m_active);
    }
    Q_EMIT activeChanged(m_active);
}

void PresenterMode::enter()
{
    QMainWindow *w = m_parts.window;
    m_active = true;
    // What is changed, to put back exactly on leave.
    m_savedFont = QApplication::font();
    m_savedState = w->saveState();
    m_statusBarVisible = w->statusBar()->isVisible();
    QWidget *pane = m_parts.functionPane;
    m_paneVisible = pane && pane->isVisible();
    if (auto *split = pane ? qobject_cast<QSplitter *>(pane->parentWidget()) : nullptr)
        m_savedSplitter = split->saveState();

    // What a live demo does not need, for the room a projector's 1024×640 lacks at 150 %: the
    // status bar (the banner says what happens), the function list (the presenter bar's combo
    // box switches), the docks (the log too: the Code and Test tabs' result panels show each
    // invocation's log; Ctrl+J brings it back) and the toolbars. The presenter bar sits in the
    // menu bar's corner, taking no row of its own.
    w->statusBar()->hide();
    if (pane) {
        pane->hide();
        // What was beside the list touches the window's edge now: it gets the margin the
        // list had.
        auto *split = qobject_cast<QSplitter *>(pane->parentWidget());
        QWidget *beside = split && split->count() > 1 ? split->widget(split->indexOf(pane) == 0 ? 1 : 0) : nullptr;
        if (beside && beside->layout()) {
            m_besideList = beside;
            m_besideMargins = beside->layout()->contentsMargins();
            QMargins m = m_besideMargins;
            m.setLeft(std::max(m.left(), m.right()));
            beside->layout()->setContentsMargins(m);
        }
    }
    for (QDockWidget *dock : w->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
        dock->hide();
    for (QToolBar *bar : w->findChildren<QToolBar *>(Qt::FindDirectChildrenOnly))
        bar->hide();
    m_savedCorner = w->menuBar()->cornerWidget(Qt::TopRightCorner);
    if (m_savedCorner)
        m_savedCorner->hide();
    w->menuBar()->setCornerWidget(m_toolBar, Qt::TopRightCorner);
    m_toolBar->show();
    syncCombo();
    for (QAction *a : {m_zoomIn, m_zoomOut, m_zoomReset})
        a->setEnabled(true);
    qApp->installEventFilter(this);
    m_fonts.collect(QApplication::topLevelWidgets(), m_banner); // before the application font changes
    applyZoom();
    m_banner->clear();
}

void PresenterMode::leave()
{
    QMainWindow *w = m_parts.window;
    m_active = false;
    qApp->removeEventFilter(this);
    for (QAction *a : {m_zoomIn, m_zoomOut, m_zoomReset})
        a->setEnabled(false);
    m_banner->clear();
    restoreEditors();
    QApplication::setFont(m_savedFont);
    m_fonts.restore();
    m_toolBar->hide();
    w->menuBar()->setCornerWidget(m_savedCorner, Qt::TopRightCorner);
    if (m_savedCorner)
        m_savedCorner->show();
    w->restoreState(m_savedState);
    w->statusBar()->setVisible(m_statusBarVisible);
    if (m_besideList && m_besideList->layout())
        m_besideList->layout()->setContentsMargins(m_besideMargins);
    m_besideList = nullptr;
    if (QWidget *pane = m_parts.functionPane) {
        pane->setVisible(m_paneVisible);
        if (auto *split = qobject_cast<QSplitter *>(pane->parentWidget()))
            split->restoreState(m_savedSplitter);
    }
}

void PresenterMode::applyZoom()
{
    const double factor = zoomPercent() / 100.0;
    QApplication::setFont(PresenterFonts::scaled(m_savedFont, factor));
    m_fonts.apply(factor); // after: the application font's change resets text views' fonts
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows)
        for (QsciScintilla *editor : window->findChildren<QsciScintilla *>())
            zoomEditor(editor);
    m_zoomLabel->setText(tr("%1 %").arg(zoomPercent()));
}

void PresenterMode::zoomEditor(QsciScintilla *editor)
{
    // Scintilla's zoom adds points to every style's size: the points that scale the editor's
    // font (the fixed-width system font) by the zoom, on top of the editor's own zoom.
    if (!editor->property(kBaseZoom).isValid()) {
        editor->setProperty(kBaseZoom, int(editor->SendScintilla(QsciScintilla::SCI_GETZOOM)));
        editor->setProperty(kBaseMargin, editor->marginWidth(0));
        m_zoomedEditors.append(editor);
    }
    const double points = QFontDatabase::systemFont(QFontDatabase::FixedFont).pointSizeF();
    const int added = qRound(points * (zoomPercent() / 100.0 - 1.0));
    editor->zoomTo(editor->property(kBaseZoom).toInt() + added);
    // The line numbers' margin was measured at the old size: measured again at the new one.
    if (editor->marginLineNumbers(0) && editor->property(kBaseMargin).toInt() > 0)
        editor->setMarginWidth(0, QStringLiteral("00000"));
}

void PresenterMode::restoreEditors()
{
    for (const QPointer<QsciScintilla> &editor : std::as_const(m_zoomedEditors)) {
        if (!editor)
            continue;
        editor->zoomTo(editor->property(kBaseZoom).toInt());
        editor->setMarginWidth(0, editor->property(kBaseMargin).toInt());
        editor->setProperty(kBaseZoom, QVariant());
        editor->setProperty(kBaseMargin, QVariant());
    }
    m_zoomedEditors.clear();
}

void PresenterMode::updateToggleShortcut()
{
    // Two enabled actions with one shortcut are ambiguous in Qt, and neither fires: while any
    // step action is enabled (the debugger is stopped), F11 is Step into's alone.
    const QList<QAction *> steps = m_parts.debugger->stepActions();
    const bool stepping = std::any_of(steps.cbegin(), steps.cend(), [](const QAction *a) {
        return a->isEnabled() && a->shortcuts().contains(QKeySequence(Qt::Key_F11));
    });
    m_toggle->setShortcut(stepping ? QKeySequence() : QKeySequence(Qt::Key_F11));
}

void PresenterMode::syncCombo()
{
    if (!m_parts.functionList)
        return;
    const QSignalBlocker block(m_functions);
    m_functions->setCurrentIndex(m_parts.functionList->currentIndex().row());
}

void PresenterMode::selectWhenListed(const QString &function)
{
    // The console lists the functions again after the reset (its refresh answers later).
    QListView *list = m_parts.functionList;
    if (!list || function.isEmpty())
        return;
    const auto find = [list, function] {
        const QModelIndexList hits = list->model()->match(list->model()->index(0, 0), Qt::DisplayRole, function, 1,
                                                          Qt::MatchExactly);
        return hits.isEmpty() ? QModelIndex() : hits.first();
    };
    if (const QModelIndex found = find(); found.isValid()) {
        list->setCurrentIndex(found);
        return;
    }
    // Tried as rows come; given up at the console's next full listing (a demo that could not
    // be made again is not waited for).
    auto *once = new QObject(this);
    const auto retry = [this, list, find, once](bool last) {
        if (const QModelIndex found = find(); found.isValid()) {
            list->setCurrentIndex(found);
            syncCombo();
            last = true;
        }
        if (last)
            once->deleteLater();
    };
    connect(list->model(), &QAbstractItemModel::modelReset, once, [retry] { retry(true); });
    connect(list->model(), &QAbstractItemModel::rowsInserted, once, [retry] { retry(false); });
}

void PresenterMode::tell(const QString &message, bool error)
{
    if (m_active)
        m_banner->showNote(message, error);
    else
        m_parts.window->statusBar()->showMessage(message, 12000);
}

void PresenterMode::resetDemoWorkspace()
{
    if (m_resetting)
        return;
    if (!m_parts.host->isReady()) {
        tell(tr("The backend is still starting; try again in a moment."), true);
        return;
    }
    QStringList names;
    for (const demo::Function &d : demo::functions())
        names << d.name;
    DebugController *debugger = m_parts.debugger;
    const bool stopDebug = debugger->state() != DebugController::State::Idle && names.contains(debugger->function());
    QString details = tr("Their code (with edits not saved yet), configuration, environment variables and test events "
                         "become their blueprint's again. Their versions, aliases, function URLs, asynchronous "
                         "invocation settings, concurrency settings and breakpoints are deleted, and Event "
                         "invocations of them still queued are dropped. An invocation running now ends as it "
                         "would. Other functions, logs and metrics are not touched.");
    if (stopDebug)
        details += u' ' + tr("The debug session of %1 is stopped first.").arg(debugger->function());
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Reset demo workspace"),
        tr("Bring the demo functions (%1) back to their first state?").arg(names.join(QStringLiteral(", "))),
        QMessageBox::NoButton, m_parts.window);
    box->setObjectName(QStringLiteral("resetDemoQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(details);
    QPushButton *reset = box->addButton(tr("Reset"), QMessageBox::DestructiveRole);
    reset->setObjectName(QStringLiteral("resetDemoConfirm"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, reset, stopDebug] {
        m_parts.window->activateWindow(); // the window's keys (F11, the zoom) work at once again
        if (box->clickedButton() != reset)
            return;
        if (stopDebug)
            m_parts.debugger->stop(); // queued to the backend thread before the reset
        m_resetting = true;
        m_reset->setEnabled(false);
        const QString shown = m_parts.functionList
            ? m_parts.functionList->currentIndex().data(Qt::DisplayRole).toString()
            : QString();
        m_parts.host->call(
            this, [](Backend &b) { return demo::reset(b); },
            [this, shown](Result<QString> said) {
                m_resetting = false;
                m_reset->setEnabled(true);
                const QString message = said ? said.value() : said.error().message;
                tell(message, !said);
                selectWhenListed(shown);
                Q_EMIT demoWorkspaceReset(said.ok(), message);
            });
    });
    box->open();
}

QString PresenterMode::keysOf(const QKeyEvent *event)
{
    int key = event->key();
    switch (key) {
    case 0:
    case Qt::Key_unknown:
    case Qt::Key_Control:
    case Qt::Key_Shift:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_Meta:
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
    case Qt::Key_CapsLock: return {};
    default: break;
    }
    const Qt::KeyboardModifiers mods = event->modifiers()
        & (Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier | Qt::MetaModifier);
    const bool functionKey = key >= Qt::Key_F1 && key <= Qt::Key_F35;
    // Plain typing (letters, Shift+letters, Enter in the editor) is not shown: chords and F-keys are.
    if (!functionKey && !(mods & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
        return {};
    if (key == Qt::Key_Return)
        key = Qt::Key_Enter; // "Ctrl+Enter", as the console's tooltips say
    return QKeySequence(QKeyCombination(mods, Qt::Key(key))).toString(QKeySequence::NativeText);
}

bool PresenterMode::handleKey(QWidget *receiver, QKeyEvent *event)
{
    const int combo = event->keyCombination().toCombined();
    if (event->type() == QEvent::KeyPress) {
        // The key press of a zoom key whose override we answered: ours, not the editor's (the
        // editor has zoom keys of its own).
        if (m_eatKeyPress != 0 && combo == m_eatKeyPress) {
            m_eatKeyPress = 0;
            event->accept();
            return true;
        }
        return false;
    }
    // A shortcut override goes to the focus widget first, then to each parent while nobody
    // takes it: a press is handled at its first widget only.
    const bool samePress = event == m_lastKeyEvent && m_lastKeyReceiver && receiver != m_lastKeyReceiver
        && receiver->isAncestorOf(m_lastKeyReceiver);
    m_lastKeyEvent = event;
    m_lastKeyReceiver = receiver;
    if (samePress)
        return false;
    m_eatKeyPress = 0;
    if (!event->isAutoRepeat()) {
        if (const QString keys = keysOf(event); !keys.isEmpty())
            m_banner->showKeys(keys);
    }
    // The zoom keys are answered here, before any widget: an editor would take Ctrl+- as its own.
    const QKeySequence pressed(event->keyCombination());
    for (QAction *zoom : {m_zoomIn, m_zoomOut, m_zoomReset}) {
        if (zoom->shortcuts().contains(pressed)) {
            zoom->trigger();
            m_eatKeyPress = combo;
            event->accept();
            return true;
        }
    }
    return false;
}

bool PresenterMode::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_parts.window && event->type() == QEvent::Close && m_active) {
        // The window saves its layout as it closes: the normal one, and the normal font.
        setActive(false);
        return false;
    }
    if (!m_active)
        return false;
    switch (event->type()) {
    case QEvent::Show:
        if (auto *editor = qobject_cast<QsciScintilla *>(watched); editor && !editor->property(kBaseZoom).isValid())
            zoomEditor(editor); // opened while presenting
        break;
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress:
        if (watched->isWidgetType())
            return handleKey(static_cast<QWidget *>(watched), static_cast<QKeyEvent *>(event));
        break;
    default: break;
    }
    return false;
}

} // namespace lambdesk
