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
#include "config/functionurlform.h"
#include "debug/debugcontroller.h"
#include "store/catalogs.h"
#include "functions/deletefunctiondialog.h"
#include "functions/functionlistdelegate.h"
#include "functions/functionlistmodel.h"
#include "learn/lesson.h"
#include "logs/logmodel.h"
#include "logs/logview.h"
#include "monitor/monitorpage.h"
#include "pages/brokenfunctionpage.h"
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
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
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
#include <QVBoxLayout>

#include <algorithm>

namespace lambdesk {

namespace {
// What the backend takes from the settings before it starts.
Backend::Options withSettings(Backend::Options options, const Settings &settings)
{
    options.region = settings.region();
    options.concurrencyLimit = settings.concurrencyLimit();
    options.runSchedules = true; // the console fires the workspace's schedules (as `serve` does)
    return options;
}

} // namespace

MainWindow::MainWindow(Backend::Options options, const QString &settingsPath, QWidget *parent)
    : QMainWindow(parent),
      m_settings(new Settings(settingsPath, this)),
      m_host(new BackendHost(withSettings(std::move(options), *m_settings), this)),
      m_invocations(new InvocationController(m_host, this)),
      m_functions(new FunctionListModel(this)),
      m_functionFilter(new QSortFilterProxyModel(this)),
      m_logs(new LogModel(this)),
      m_api(new ApiServerController(m_host, m_settings, this)),
      m_debugger(new DebugController(m_host, m_settings, this))
{
    setWindowTitle(tr("Lambdesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/lambdesk.svg")));
    m_theme = new Theme(this);
    m_theme->setMode(Theme::modeFromString(m_settings->value(settings::theme)));
    buildUi();
    buildMenus();
    connectBackend();
    // The size it had, or 1280×820; either way inside the screen it opens on (a projector's 1024×640).
    fitIntoScreen(this, QSize(1280, 820), restoreGeometry(m_settings->value(settings::windowGeometry)));
    if (!restoreState(m_settings->value(settings::windowState))) {
        // First start: the editor gets the room, the log a strip at the bottom.
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("logDock")))
            resizeDocks({dock}, {std::clamp(height() / 5, 110, 220)}, Qt::Vertical);
    }
    statusBar()->showMessage(tr("Starting the backend…"));
    m_host->start();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    const ConsoleContext ctx{m_host, m_settings, m_invocations, m_api, m_debugger};

    // Left: the function list.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    auto *title = new QLabel(tr("<b>Functions</b>"), left);
    auto *create = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Create function"), left);
    create->setToolTip(tr("Create a function from a blueprint or from scratch (Ctrl+N)"));
    m_search = new QLineEdit(left);
    m_search->setPlaceholderText(tr("Filter functions"));
    m_search->setClearButtonEnabled(true);
    m_functionFilter->setSourceModel(m_functions);
    m_functionFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list = new QListView(left);
    m_list->setProperty(learn::kTargetProperty, QStringLiteral("functions.list")); // a lesson's "Show me"
    m_list->setModel(m_functionFilter);
    m_list->setItemDelegate(new FunctionListDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the delegate elides
    leftLayout->addWidget(title);
    leftLayout->addWidget(create);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list, 1);
    connect(create, &QPushButton::clicked, this, &MainWindow::createFunction);
    connect(m_search, &QLineEdit::textChanged, m_functionFilter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current, const QModelIndex &previous) {
                const QString name = current.data(FunctionListModel::NameRole).toString();
                if (name == m_selected)
                    return;
                if (!confirmLeavingFunction()) {
                    const QSignalBlocker block(m_list->selectionModel());
                    m_list->setCurrentIndex(previous);
                    return;
                }
                selectFunction(name);
            });

    // Right: the selected function's tabs.
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 6, 6, 6);
    m_header = new QLabel(right);
    m_header->setProperty(learn::kTargetProperty, QStringLiteral("function.header"));
    m_header->setObjectName(QStringLiteral("functionHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true); // a long description wraps instead of widening the window
    m_tabs = new QTabWidget(right);
    m_code = new CodePage(ctx, m_tabs);
    m_test = new TestPage(ctx, m_tabs);
    m_config = new ConfigurationPage(ctx, m_tabs);
    auto *monitor = new MonitorPage(ctx, m_tabs);
    m_aliases = new AliasesPage(ctx, m_tabs);
    m_versions = new VersionsPage(ctx, m_tabs);
    m_otherPages = {monitor, m_aliases, m_versions};
    m_tabs->addTab(m_code, tr("Code"));
    m_tabs->addTab(m_test, tr("Test"));
    m_tabs->addTab(monitor, tr("Monitor"));
    m_tabs->addTab(m_config, tr("Configuration"));
    m_tabs->addTab(m_aliases, tr("Aliases"));
    m_tabs->addTab(m_versions, tr("Versions"));
    m_brokenPage = new BrokenFunctionPage(ctx, right);
    m_pageStack = new QStackedWidget(right);
    m_pageStack->addWidget(m_tabs);
    m_pageStack->addWidget(m_brokenPage);
    rightLayout->addWidget(m_header);
    m_asyncSummary = new AsyncSummaryLabel(m_host, right);
    rightLayout->addWidget(m_asyncSummary);
    m_urlSummary = new FunctionUrlSummary(m_host, right);
    m_urlSummary->setApiServer(m_api);
    rightLayout->addWidget(m_urlSummary);
    rightLayout->addWidget(m_pageStack, 1);
    QList<FunctionPage *> all = pages();
    all.append(m_brokenPage);
    for (FunctionPage *page : std::as_const(all))
        connect(page, &FunctionPage::statusMessage, statusBar(), &QStatusBar::showMessage);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("mainSplitter"));
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setCollapsible(0, false); // a list dragged to nothing could not be found again
    left->setMinimumWidth(left->fontMetrics().averageCharWidth() * 20);
    split->setSizes({240, 960});
    split->restoreState(m_settings->value(settings::mainSplitter));
    m_split = split;
    setCentralWidget(split);

    // Bottom: the live log.
    m_logView = new LogView(m_logs, this);
    m_logView->setHost(m_host);
    auto *dock = new DockWidget(tr("Logs"), this);
    dock->setObjectName(QStringLiteral("logDock"));
    dock->setWidget(m_logView);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                      | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    // Ctrl+J: the panel toggle of VS Code; free in the editor's key map.
    dock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    dock->toggleViewAction()->setToolTip(tr("Show or hide the log viewer (Ctrl+J)"));
    connect(m_logView, &LogView::revealRequested, dock, [dock] {
        dock->show();
        dock->raise();
    });
    for (ResultPanel *results : {m_code->results(), m_test->results()})
        connect(results, &ResultPanel::showInLogRequested, m_logView, &LogView::showRequest);
    connect(monitor, &MonitorPage::showInLogRequested, m_logView, &LogView::showRequest);
    // A stack frame clicked in the Test tab opens the file at the line in the Code tab.
    connect(m_test->results(), &ResultPanel::sourceLinkActivated, this, [this](const QString &path, int line) {
        m_tabs->setCurrentWidget(m_code);
        m_code->showSourceLocation(path, line);
    });

    m_apiStatus = new QLabel(this);
    m_apiStatus->setTextFormat(Qt::RichText);
    connect(m_apiStatus, &QLabel::linkActivated, this, &MainWindow::showApiDialog);
    // Long status texts end in "…" instead of widening the window past a small screen.
    m_limitsStatus = new ElidedLabel(this);
    m_limitsStatus->setObjectName(QStringLiteral("limitsStatus"));
    m_sandboxStatus = new ElidedLabel(this);
    m_sandboxStatus->setObjectName(QStringLiteral("sandboxStatus"));
    m_envStatus = new ElidedLabel(tr("No warm environments"), this);
    // Shown while invocations run: the window stays live, and says it is working.
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(90);
    m_busy->setMaximumHeight(14);
    m_busy->setTextVisible(false);
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_envStatus);
    statusBar()->addPermanentWidget(m_limitsStatus);
    statusBar()->addPermanentWidget(m_sandboxStatus);
    statusBar()->addPermanentWidget(m_apiStatus);
    showFunction({});
}

QList<FunctionPage *> MainWindow::pages() const
{
    QList<FunctionPage *> all{m_code, m_test, m_config};
    all += m_otherPages;
    return all;
}

void MainWindow::connectBackend()
{
    connect(m_host, &BackendHost::started, this, &MainWindow::onStarted);
    // A new workspace's demo functions are made once the runtimes are known: list them then.
    connect(m_host, &BackendHost::runtimesDetected, this, [this] {
        if (m_functions->rowCount() == 0)
            refreshFunctions();
    });
    Backend *b = m_host->backend();
    connect(b, &Backend::functionsChanged, this, &MainWindow::refreshFunctions);
    connect(b, &Backend::functionUpdated, this, [this](const FunctionConfig &config) {
        m_functions->updateFunction(config);
        if (config.name == m_selected)
            showFunction(config);
    });
    connect(b, &Backend::functionDeleted, this, [this](const QString &name) {
        m_functions->removeFunction(name);
        if (name == m_selected)
            selectFunction(m_functions->rowCount() > 0 ? m_functions->functionAt(0).name : QString());
    });
    connect(b, &Backend::environmentsChanged, this, [this](const QString &function, int idle, int busy) {
        m_functions->setWarmEnvironments(function, idle);
        m_envCounts.insert(function, {idle, busy});
        updateEnvironmentStatus();
    });
    connect(b, &Backend::environmentsRetired, this, [this](const QString &function, const QString &why) {
        statusBar()->showMessage(
            tr("%1: %2 — warm environments retired; the next invocation is a cold start").arg(function, why), 8000);
    });
    connect(b, &Backend::logLines, m_logs, &LogModel::append);
    // What runs, whoever started it, comes from the one invocation channel.
    connect(m_invocations, &InvocationController::runningChanged, this, [this](const QString &function) {
        m_functions->setRunning(function, m_invocations->running(function));
        updateBusy();
    });
    // Settings that take effect at once, whichever menu or dialog changed them.
    m_settings->onChanged(settings::idleTimeoutMinutes, this, [this](int minutes) {
        m_host->post([minutes](Backend &b) { b.setIdleTimeoutMs(minutes * 60 * 1000); });
    });
    m_settings->onChanged(settings::theme, this,
                          [this](const QString &mode) { m_theme->setMode(Theme::modeFromString(mode)); });

    connect(m_api, &ApiServerController::started, this, [this](const QString &endpoint) {
        m_apiStatus->setText(tr("API <a href='api'>%1</a>").arg(endpoint));
        m_apiStatus->setToolTip(
            tr("The Lambda API for the AWS CLI and SDKs (--endpoint-url %1). Click for credentials and recent calls.")
                .arg(endpoint));
    });
    connect(m_api, &ApiServerController::failed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 15000);
        if (m_api->isRunning())
            return; // another port was refused; the API goes on where it was
        m_apiStatus->setText(
            tr("<span style='color:#d13212'>API not running</span> — <a href='api'>choose another port</a>"));
        m_apiStatus->setToolTip(message);
    });
    connect(m_api, &ApiServerController::callHandled, this, [this](const ApiCall &c) {
        statusBar()->showMessage(tr("API: %1 %2 → %3 (%4 ms)")
                                     .arg(c.operation.isEmpty() ? c.method + u' ' + c.path : c.operation, c.function)
                                     .arg(c.status)
                                     .arg(QLocale().toString(c.durationMs, 'f', 1)),
                                 4000);
    });
}

void MainWindow::onStarted(bool ok, const QString &message)
{
    if (!ok) {
        QMessageBox::critical(this, tr("Lambdesk cannot start"), message);
        Q_EMIT ready(false);
        QTimer::singleShot(0, this, &QWidget::close);
        return;
    }
    statusBar()->showMessage(tr("Workspace %1").arg(m_host->workspaceRoot()), 8000);
    m_limitsStatus->setText(i18n::limitsText(m_host->limitsDescription()));
    // Short in the bar (a projector's 1024 px has little room), the whole line in the tooltip.
    const QString sandbox = m_host->sandboxDescription();
    m_sandboxStatus->setText(sandbox.startsWith(QLatin1String("Sandbox: off")) ? tr("Sandbox: off")
                                                                               : tr("Sandbox: namespaces"));
    m_sandboxStatus->setToolTip(sandbox);
    const int idleMinutes = m_settings->value(settings::idleTimeoutMinutes);
    const int maxEnvironments = m_settings->value(settings::maxEnvironments);
    m_host->post([idleMinutes, maxEnvironments](Backend &b) {
        b.setIdleTimeoutMs(idleMinutes * 60 * 1000);
        b.setMaxEnvironments(maxEnvironments);
    });
    m_apiStatus->setText(tr("API: starting…"));
    m_api->start();
    if (m_selected.isEmpty())
        showFunction({}); // no longer starting; the list follows
    refreshFunctions();
    Q_EMIT ready(true);
}

void MainWindow::refreshFunctions()
{
    m_host->call(
        this, [](Backend &b) { return b.listFunctions(); },
        [this](QList<FunctionConfig> functions) {
            m_functions->setFunctions(functions);
            QString want = m_selected;
            if (want.isEmpty() || m_functions->rowOf(want) < 0)
                want = m_settings->value(settings::lastFunction);
            if (m_functions->rowOf(want) < 0)
                want = functions.isEmpty() ? QString() : functions.first().name;
            m_selected.clear();
            selectFunction(want);
            if (want.isEmpty())
                showFunction({}); // what the empty header says changes as the backend gets ready
        });
}

void MainWindow::selectFunction(const QString &name)
{
    if (name == m_selected)
        return;
    m_selected = name;
    const int row = m_functions->rowOf(name);
    const QModelIndex index = m_functionFilter->mapFromSource(m_functions->index(row));
    if (row >= 0 && m_list->currentIndex() != index)
        m_list->setCurrentIndex(index);
    if (!name.isEmpty())
        m_settings->setValue(settings::lastFunction, name);
    m_logView->setSelectedFunction(name);
    showFunction(row >= 0 ? m_functions->functionAt(row) : FunctionConfig{});
}

void MainWindow::showFunction(const FunctionConfig &config)
{
    const bool broken = config.isBroken();
    if (config.name.isEmpty() && !m_host->isReady()) {
        // Not an empty workspace: not read yet.
        m_header->setText(tr("<h3>Starting…</h3>Reading the workspace; its functions appear here in a moment."));
    } else if (config.name.isEmpty() && m_functions->rowCount() == 0 && !m_host->runtimesKnown()) {
        m_header->setText(tr("<h3>Getting ready…</h3>Detecting this machine's runtimes (Python, Node.js); a new "
                             "workspace gets its demo functions then."));
    } else if (config.name.isEmpty()) {
        m_header->setText(tr("<h3>No function selected</h3>Create one with <b>Create function</b> (Ctrl+N)."));
    } else if (broken) {
        m_header->setText(tr("<h3 style='margin:0'>%1</h3><span style='color:#d13212'>Cannot run: its function.json "
                             "is broken</span>")
                              .arg(config.name.toHtmlEscaped()));
    } else {
        m_header->setText(tr("<h3 style='margin:0'>%1</h3><span>%2 · %3 MB · %4 s timeout%5</span>")
                              .arg(config.name.toHtmlEscaped(), config.runtime)
                              .arg(config.memorySize)
                              .arg(config.timeout)
                              .arg(config.description.isEmpty()
                                       ? QString()
                                       : QStringLiteral(" · ") + config.description.toHtmlEscaped()));
    }
    // A broken function has no tab that needs a valid configuration: its own page instead.
    m_pageStack->setCurrentWidget(broken ? static_cast<QWidget *>(m_brokenPage) : m_tabs);
    m_tabs->setEnabled(!config.name.isEmpty() && !broken);
    for (FunctionPage *page : pages())
        page->setFunction(broken ? FunctionConfig{} : config);
    m_brokenPage->setFunction(broken ? config : FunctionConfig{});
    m_asyncSummary->setFunction(config);
    m_urlSummary->setFunction(broken ? QString() : config.name);
}

void MainWindow::updateEnvironmentStatus()
{
    int idle = 0, busy = 0;
    for (const auto &c : std::as_const(m_envCounts)) {
        idle += c.first;
        busy += c.second;
    }
    const int running = m_invocations->runningTotal();
    QString text = idle + busy == 0 ? tr("No warm environments")
                                    : tr("Environments: %1 warm, %2 busy").arg(idle).arg(busy);
    if (running > 0)
        text = tr("%n running", nullptr, running) + QStringLiteral(" · ") + text;
    m_envStatus->setText(text);
}

void MainWindow::createFunction()
{
    if (!m_host->isReady())
        return;
    if (!m_host->runtimesKnown()) {
        // The wizard offers the installed runtimes: it opens once they are detected.
        statusBar()->showMessage(tr("Detecting this machine's runtimes…"));
        connect(m_host, &BackendHost::runtimesDetected, this, &MainWindow::createFunction,
                Qt::ConnectionType(Qt::SingleShotConnection | Qt::UniqueConnection));
        return;
    }
    QStringList taken;
    for (int row = 0; row < m_functions->rowCount(); ++row)
        taken << m_functions->functionAt(row).name;
    auto *wizard = new CreateFunctionWizard(m_host, taken, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &CreateFunctionWizard::functionCreated, this, [this, wizard](const FunctionConfig &config) {
        m_functions->updateFunction(config); // the refresh functionsChanged starts may come later
        selectFunction(config.name);
        m_tabs->setCurrentWidget(m_code);
        const Blueprint *blueprint = catalogs::blueprint(wizard->selectedBlueprint());
        if (blueprint && !blueprint->functionUrlAuthType.isEmpty()) {
            statusBar()->showMessage(
                tr("Created %1 with a function URL (shown under its name; Configuration › Function URL to change "
                   "it); its code is open in the Code tab")
                    .arg(config.name),
                12000);
            return;
        }
        statusBar()->showMessage(tr("Created %1; its code is open in the Code tab").arg(config.name), 8000);
    });
    wizard->open();
}

bool MainWindow::confirmLeavingFunction()
{
    // Code and test-event drafts are kept per function; configuration edits are not.
    if (!m_config->hasUnsavedChanges())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved configuration"),
        tr("The configuration of %1 has edits that are not saved. Discard them?").arg(m_selected),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return false;
    m_config->cancel();
    return true;
}

void MainWindow::updateBusy()
{
    const int running = m_invocations->runningTotal();
    m_busy->setVisible(running > 0);
    QStringList from;
    for (InvocationSource s :
         {InvocationSource::Console, InvocationSource::Api, InvocationSource::Cli, InvocationSource::EventQueue,
          InvocationSource::Queue, InvocationSource::Schedule, InvocationSource::Load, InvocationSource::FunctionUrl}) {
        if (const int n = m_invocations->runningFrom(s))
            from << QStringLiteral("%1 %2").arg(n).arg(sourceLabel(s));
    }
    m_busy->setToolTip(tr("%n invocation(s) running", nullptr, running)
                       + (from.isEmpty() ? QString() : QStringLiteral(": ") + from.join(QStringLiteral(", "))));
    updateEnvironmentStatus();
}

void MainWindow::showApiDialog()
{
    auto *dialog = new ApiDialog(m_api, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::deleteFunction()
{
    if (m_selected.isEmpty())
        return;
    // As the Lambda console does: Delete is enabled once the function's name is typed.
    auto *ask = new DeleteFunctionDialog(m_selected, {}, this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QDialog::accepted, this, [this, name = m_selected] {
        m_host->call(
            this, [name](Backend &b) { return b.deleteFunction(name); },
            [this, name](Status s) {
                statusBar()->showMessage(s ? tr("Deleted %1").arg(name) : s.error().message, 6000);
            });
    });
    ask->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (FunctionPage *page : pages()) {
        if (page->hasUnsavedChanges()) {
            const auto answer = QMessageBox::question(
                this, tr("Unsaved changes"), tr("%1 has unsaved changes. Quit anyway and lose them?").arg(m_selected),
                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Discard) {
                event->ignore();
                return;
            }
            break;
        }
    }
    m_settings->setValue(settings::windowGeometry, saveGeometry());
    m_settings->setValue(settings::windowState, saveState());
    m_settings->setValue(settings::mainSplitter, m_split->saveState());
    m_settings->sync();
    event->accept();
    // The API stops listening and the environments end while the window goes away.
    m_host->shutdown();
}

} // namespace lambdesk
