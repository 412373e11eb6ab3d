#include "mainwindow.h"

#include "aliases/aliasespage.h"
#include "api/apidialog.h"
#include "api/apiservercontroller.h"
#include "backendhost.h"
#include "code/codepage.h"
#include "common/dockwidget.h"
#include "common/elidedlabel.h"
#include "common/i18n.h"
#include "common/invocationcontroller.h"
#include "common/theme.h"
#include "common/windowfit.h"
#include "config/asyncsummary.h"
#include "config/configurationpage.h"
#include "debug/debugcontroller.h"
#include "functions/deletefunctiondialog.h"
#include "functions/functionlistdelegate.h"
#include "functions/functionlistmodel.h"
#include "layers/layerspage.h"
#include "learn/highlightoverlay.h"
#include "learn/learnpanel.h"
#include "logs/logmodel.h"
#include "logs/logview.h"
#include "monitor/monitorpage.h"
#include "pages/brokenfunctionpage.h"
#include "present/presentermode.h"
#include "runtime/runtimesdk.h"
#include "sam/samexportdialog.h"
#include "sam/samimportdialog.h"
#include "queues/queuespage.h"
#include "results/resultpanel.h"
#include "schedules/schedulespage.h"
#include "settings.h"
#include "test/testpage.h"
#include "versions/versionspage.h"
#include "wizard/createfunctionwizard.h"
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

// The menu bar of the main window (File, Function, Tools, View): its actions and what they open.

namespace lambdesk {

namespace {
// One window of a kind (a second click raises it), no larger than the main window.
template<typename Page, typename Make>
void showToolWindow(QWidget *parent, Make make, QSize size)
{
    auto *page = parent->findChild<Page *>();
    if (!page) {
        page = make();
        page->setWindowFlag(Qt::Window);
        page->setAttribute(Qt::WA_DeleteOnClose);
        page->resize(std::min(size.width(), parent->width()), std::min(size.height(), parent->height()));
    }
    page->show();
    page->raise();
    page->activateWindow();
}
} // namespace

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New function…"), QKeySequence::New, this,
                    &MainWindow::createFunction);
    // A SAM project's functions come in running from the project's folders (samimport::importProject).
    file->addAction(tr("Open &SAM project…"), this, [this] {
        auto *dialog = new SamImportDialog(m_host, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &SamImportDialog::imported, this, [this](const SamImportReport &report) {
            statusBar()->showMessage(tr("SAM project imported: %n function(s)", nullptr, int(report.functions.size())),
                                     8000);
        });
        dialog->show();
    });
    // The functions as a SAM project and deployment packages, with the commands to deploy them.
    file->addAction(tr("&Export to AWS…"), this, [this] {
        auto *dialog = new SamExportDialog(m_host, m_selected, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *function = menuBar()->addMenu(tr("F&unction"));
    function->addAction(QIcon(QStringLiteral(":/icons/invoke.svg")), tr("&Invoke"),
                        QKeySequence(Qt::CTRL | Qt::Key_Return), this, [this] {
                            if (m_selected.isEmpty())
                                return;
                            if (const FunctionConfig f = m_functions->functionAt(m_functions->rowOf(m_selected));
                                f.isBroken()) {
                                statusBar()->showMessage(tr("%1 cannot run: %2").arg(f.name, f.brokenReason), 8000);
                                return;
                            }
                            if (m_tabs->currentWidget() == m_test)
                                m_test->invoke();
                            else
                                m_invocations->invokeCurrent(m_selected);
                        });
    // Ctrl+S saves what the current tab edits: code, the test event, or the configuration.
    function->addAction(QIcon(QStringLiteral(":/icons/save.svg")), tr("&Save"), QKeySequence::Save, this, [this] {
        if (m_tabs->currentWidget() == m_test)
            m_test->save();
        else if (m_tabs->currentWidget() == m_config && m_config->isEditing())
            m_config->save();
        else
            m_code->save();
    });
    function->addSeparator();
    function->addAction(QIcon(QStringLiteral(":/icons/delete.svg")), tr("&Delete function…"), this,
                        &MainWindow::deleteFunction);

    buildDebugMenu();

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Lambda API (AWS CLI and SDKs)…"), this, &MainWindow::showApiDialog);
    // Queues and schedules (triggers) are the workspace's, not a function's: windows of their own.
    tools->addAction(tr("&Queues…"), this, [this] {
        showToolWindow<QueuesPage>(this, [this] { return new QueuesPage(m_host, this); }, QSize(1000, 640));
    });
    tools->addAction(tr("&Schedules…"), this, [this] {
        showToolWindow<SchedulesPage>(
            this, [this] { return new SchedulesPage(ConsoleContext{m_host, m_settings, m_invocations}, this); },
            QSize(1000, 420));
    });
    // Layers are the workspace's too (functions share them): a window of its own, as in AWS's
    // console, where Layers sits beside Functions.
    tools->addAction(tr("La&yers…"), this, [this] {
        showToolWindow<LayersPage>(
            this, [this] { return new LayersPage(ConsoleContext{m_host, m_settings, m_invocations}, this); },
            QSize(1100, 640));
    });
    // The AWS SDK for JavaScript v3 that AWS's Node runtimes provide: npm runs in the background
    // (the same install as `lambdesk runtimes --install-sdk`); new environments get it.
    tools->addAction(tr("Install AWS SDK for &JavaScript…"), this, [this] {
        if (findChild<runtimesdk::NodeSdkInstall *>()) {
            statusBar()->showMessage(tr("The AWS SDK for JavaScript is being installed…"), 6000);
            return;
        }
        auto *install = new runtimesdk::NodeSdkInstall(this);
        connect(install, &runtimesdk::NodeSdkInstall::progress, this,
                [this](const QString &line) { statusBar()->showMessage(line, 15000); });
        connect(install, &runtimesdk::NodeSdkInstall::finished, this, [this, install](bool ok, const QString &message) {
            install->deleteLater();
            statusBar()->showMessage(message, 15000);
            if (!ok) {
                QMessageBox::warning(this, tr("AWS SDK for JavaScript"), message);
                return;
            }
            m_host->call(
                this, [](Backend &b) { return b.refreshNodeSdk(); },
                [this, message](const QString &) {
                    QMessageBox::information(this, tr("AWS SDK for JavaScript"),
                                             message + u'\n' +
                                                 tr("Node.js environments started from now on can import it."));
                });
        });
        install->start(false);
    });
    // How long an idle environment stays warm before it is stopped (AWS keeps them minutes).
    QMenu *warm = tools->addMenu(tr("Keep idle environments &warm for"));
    auto *warmGroup = new QActionGroup(warm);
    for (int minutes : {1, 5, 10, 30, 60}) {
        QAction *a = warm->addAction(tr("%n minute(s)", nullptr, minutes));
        a->setCheckable(true);
        a->setChecked(m_settings->value(settings::idleTimeoutMinutes) == minutes);
        warmGroup->addAction(a);
        connect(a, &QAction::triggered, this,
                [this, minutes] { m_settings->setValue(settings::idleTimeoutMinutes, minutes); });
    }

    // The account concurrency limit (AWS: 1000): what every function's invocations share.
    QMenu *limitMenu = tools->addMenu(tr("Account &concurrency limit"));
    auto *limitGroup = new QActionGroup(limitMenu);
    for (int limit : {1, 2, 5, 10, 20, 50, 100, 1000}) {
        QAction *a = limitMenu->addAction(tr("%1 at once").arg(limit));
        a->setCheckable(true);
        a->setChecked(m_settings->concurrencyLimit() == limit);
        limitGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, limit] {
            m_host->call(
                this, [limit](Backend &b) { return b.setConcurrencyLimit(limit); },
                [this, limit](Status s) {
                    if (!s) { // the reservations need more: the setting stays
                        statusBar()->showMessage(s.error().message, 15000);
                        return;
                    }
                    m_settings->setValue(settings::concurrencyLimit, limit);
                    statusBar()->showMessage(tr("Account concurrency limit: %1 at once").arg(limit), 6000);
                });
        });
    }
    // A refused limit leaves the menu showing the one in force.
    connect(limitMenu, &QMenu::aboutToShow, this, [this, limitGroup] {
        const int current = m_settings->concurrencyLimit();
        for (QAction *a : limitGroup->actions())
            a->setChecked(a->text() == tr("%1 at once").arg(current));
    });

    // The Learn panel (issue 17): a dock on the right, hidden until Help › Lessons (F1) opens it,
    // listed under View like every dock; its "Show me" draws on an overlay of this window.
    auto *learn = new LearnPanel(ConsoleContext{m_host, m_settings, m_invocations, m_api, m_debugger}, this);
    learn->setFunctionTabs(m_tabs);
    learn->setOverlay(new HighlightOverlay(this));
    auto *learnDock = new DockWidget(tr("Lessons"), this);
    learnDock->setObjectName(QStringLiteral("learnDock"));
    learnDock->setWidget(learn);
    addDockWidget(Qt::RightDockWidgetArea, learnDock);
    learnDock->hide();
    QAction *lessons = learnDock->toggleViewAction();
    lessons->setObjectName(QStringLiteral("lessonsAction"));
    lessons->setShortcut(QKeySequence(Qt::Key_F1));
    lessons->setToolTip(tr("Short lessons done in the console, each step checked as it happens (F1)"));
    connect(lessons, &QAction::triggered, this, [this, learnDock](bool shown) {
        if (shown && !learnDock->isFloating() && learnDock->width() < 280) { // room for its texts, once laid out
            QTimer::singleShot(0, this, [this, learnDock] {
                resizeDocks({learnDock}, {std::clamp(width() / 3, 280, 440)}, Qt::Horizontal);
            });
        }
    });
    connect(learn, &LearnPanel::functionReady, this, [this](const FunctionConfig &config) {
        m_functions->updateFunction(config); // the refresh functionsChanged starts may come later
        selectFunction(config.name);
    });
    connect(learn, &LearnPanel::statusMessage, statusBar(), &QStatusBar::showMessage);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_tabs->count(); ++i) {
        view->addAction(m_tabs->tabText(i), QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this,
                        [this, i] { m_tabs->setCurrentIndex(i); });
    }
    view->addSeparator();
    // Every dock can be closed with its ✕; here it is found again (checked while shown).
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    QMenu *themeMenu = view->addMenu(tr("&Theme"));
    auto *group = new QActionGroup(themeMenu);
    const QList<std::pair<Theme::Mode, QString>> modes{{Theme::Mode::System, tr("Follow the &system")},
                                                       {Theme::Mode::Light, tr("&Light")},
                                                       {Theme::Mode::Dark, tr("&Dark")}};
    for (const auto &[mode, label] : modes) {
        QAction *a = themeMenu->addAction(label);
        a->setCheckable(true);
        a->setChecked(m_theme->mode() == mode);
        group->addAction(a);
        connect(a, &QAction::triggered, this,
                [this, mode] { m_settings->setValue(settings::theme, Theme::modeToString(mode)); });
    }
    // View › Language: saved in the settings, in effect from the next start (or "Restart now").
    view->addMenu(i18n::languageMenu(m_settings, this));
    // Presenter mode (F11; widgets/present): zoom, a simpler window, the keys shown, the demo reset.
    view->addSeparator();
    auto *presenter = new PresenterMode(
        {this, m_host, m_settings, m_invocations, m_debugger, m_list, m_split->widget(0)}, this);
    view->addActions(presenter->menuActions());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(lessons); // the Learn panel's dock, made above
    // AWS's own guide, for what the lessons and the hover cards only introduce.
    QAction *guide = help->addAction(tr("AWS Lambda &Developer Guide"), this, [] {
        QDesktopServices::openUrl(QUrl(QStringLiteral("https://docs.aws.amazon.com/lambda/latest/dg/welcome.html")));
    });
    guide->setObjectName(QStringLiteral("awsGuideAction"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Lambdesk"), this, [this] {
        QMessageBox::about(this, tr("About Lambdesk"),
                           tr("<h3>Lambdesk %1</h3>"
                              "<p>A desktop console for serverless functions: it runs them for real on this "
                              "machine, with AWS Lambda's limits, logs and API.</p>"
                              "<p>Help › Lessons (F1) teaches serverless step by step in this console.</p>"
                              "<p>Built with Qt %2, running on Qt %3.</p>")
                               .arg(QStringLiteral(LAMBDESK_VERSION), QStringLiteral(QT_VERSION_STR),
                                    QString::fromLatin1(qVersion())));
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

// Debug: the current test event under the debugger (Ctrl+F5), the steps (while paused), the options.
void MainWindow::buildDebugMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Debug"));
    QAction *debug = menu->addAction(QIcon(QStringLiteral(":/icons/debug.svg")), tr("Debug &test event"),
                                     QKeySequence(Qt::CTRL | Qt::Key_F5), this, &MainWindow::debugSelected);
    debug->setObjectName(QStringLiteral("debugAction"));
    menu->addSeparator();
    menu->addActions(m_debugger->stepActions());
    addActions(m_debugger->stepActions()); // their keys work with the menu bar hidden too
    menu->addSeparator();
    menu->addActions(m_debugger->optionActions());
    // A stop shows where: the function, its Code tab, the line.
    connect(m_debugger, &DebugController::stopped, this, [this](const debug::Stop &stop) {
        if (stop.function != m_selected && !stop.function.isEmpty())
            selectFunction(stop.function);
        m_tabs->setCurrentWidget(m_code);
    });
    connect(m_debugger, &DebugController::failed, this,
            [this](const QString &, const QString &message) { statusBar()->showMessage(message, 10000); });
}

void MainWindow::debugSelected()
{
    if (m_selected.isEmpty())
        return;
    const FunctionConfig f = m_functions->functionAt(m_functions->rowOf(m_selected));
    if (f.isBroken()) {
        statusBar()->showMessage(tr("%1 cannot run: %2").arg(f.name, f.brokenReason), 8000);
        return;
    }
    if (m_tabs->currentWidget() == m_test)
        m_test->debug();
    else
        m_debugger->debug(m_selected, f.runtime, m_invocations->currentPayload(m_selected));
}

} // namespace lambdesk
