#pragma once

#include <QByteArray>
#include <QFont>
#include <QMargins>
#include <QObject>
#include <QPointer>

#include "presenterfonts.h"

class QAction;
class QComboBox;
class QKeyEvent;
class QLabel;
class QListView;
class QMainWindow;
class QToolBar;
class QWidget;
class QsciScintilla;

namespace lambdesk {

class BackendHost;
class DebugController;
class InvocationController;
class PresenterBanner;
class Settings;

// View › Presenter mode (F11): the console made for a projector and a live demo (issue 17).
// - Zoom: the application font and every code editor scaled by settings::presenterZoomPercent
//   (Ctrl+= / Ctrl+- / Ctrl+0 while on); both restored exactly on leave.
// - A simpler window: the status bar, the function list (a combo box in the presenter bar, in
//   the menu bar's corner, takes its place), the docks and the toolbars hidden; the layout is
//   saved on entering (QMainWindow::saveState) and restored on leave.
// - A banner at the bottom with the shortcuts pressed and the invocations (from the one
//   invocation channel), so that the audience can follow.
// - Reset demo workspace: asks, then demo::reset on the backend thread, then says what it did.
// F11 is also the debugger's Step into: while a step action is enabled (the debugger is stopped)
// the toggle gives its shortcut up, so F11 steps; otherwise F11 toggles presenter mode.
class PresenterMode : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        QMainWindow *window = nullptr;
        BackendHost *host = nullptr;
        Settings *settings = nullptr;
        InvocationController *invocations = nullptr;
        DebugController *debugger = nullptr;
        QListView *functionList = nullptr; // its model and selection drive the toolbar's combo box
        QWidget *functionPane = nullptr;   // hidden while on (the list and what is around it)
    };
    static constexpr int kMinZoom = 100;
    static constexpr int kMaxZoom = 300;

    explicit PresenterMode(const Parts &parts, QObject *parent = nullptr);
    ~PresenterMode() override;

    QAction *toggleAction() const { return m_toggle; }
    QAction *resetAction() const { return m_reset; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *zoomResetAction() const { return m_zoomReset; }
    // For the View menu: the toggle, the three zoom actions and Reset demo workspace.
    QList<QAction *> menuActions() const;
    PresenterBanner *banner() const { return m_banner; }
    QToolBar *toolBar() const { return m_toolBar; }

    bool isActive() const { return m_active; }
    void setActive(bool on);
    int zoomPercent() const;
    // Clamped to kMinZoom..kMaxZoom; kept in the settings; applied at once while on.
    void setZoomPercent(int percent);
    void zoomIn();
    void zoomOut();
    void resetZoom(); // the setting's default (150 %)
    // Asks (saying what will be lost), then resets on the backend thread; demoWorkspaceReset follows.
    void resetDemoWorkspace();
    // "Ctrl+Enter", "F5": what the banner shows for a key press; empty for one it does not show
    // (plain typing, a modifier alone).
    static QString keysOf(const QKeyEvent *event);

Q_SIGNALS:
    void activeChanged(bool on);
    void zoomChanged(int percent);
    void demoWorkspaceReset(bool ok, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildActions();
    void buildToolBar();
    void enter();
    void leave();
    void applyZoom();
    void zoomEditor(QsciScintilla *editor);
    void restoreEditors();
    void updateToggleShortcut();
    void syncCombo();
    void selectWhenListed(const QString &function);
    void tell(const QString &message, bool error);
    bool handleKey(QWidget *receiver, QKeyEvent *event);

    Parts m_parts;
    PresenterBanner *m_banner;
    QToolBar *m_toolBar = nullptr;
    QComboBox *m_functions = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QAction *m_toggle = nullptr;
    QAction *m_reset = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_zoomReset = nullptr;
    bool m_active = false;
    bool m_resetting = false;
    // What entering changed, to put back exactly.
    QFont m_savedFont;
    QByteArray m_savedState;
    QByteArray m_savedSplitter;
    QPointer<QWidget> m_savedCorner; // the menu bar's corner widget before ours
    QPointer<QWidget> m_besideList;  // what is beside the hidden function list, and its margins
    QMargins m_besideMargins;
    bool m_statusBarVisible = true;
    bool m_paneVisible = true;
    QList<QPointer<QsciScintilla>> m_zoomedEditors;
    PresenterFonts m_fonts; // fixed-width fonts of their own, scaled and put back
    // A key press is seen once however many widgets it passes through (a shortcut override
    // goes from the focus widget up to the window): the event and where it was last.
    const QEvent *m_lastKeyEvent = nullptr;
    QPointer<QWidget> m_lastKeyReceiver;
    int m_eatKeyPress = 0; // the zoom key whose override we answered: its KeyPress is ours too
};

} // namespace lambdesk
