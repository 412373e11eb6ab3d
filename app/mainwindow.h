#pragma once

#include "backend.h"

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QSplitter;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;

namespace lambdesk {

class ApiServerController;
class AsyncSummaryLabel;
class FunctionUrlSummary;
class BackendHost;
class AliasesPage;
class BrokenFunctionPage;
class VersionsPage;
class CodePage;
class DebugController;
class ConfigurationPage;
class FunctionListModel;
class FunctionPage;
class InvocationController;
class LogModel;
class LogView;
class Settings;
class TestPage;
class Theme;

// Creates the pages and connects them; the work happens in the pages and the backend.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // settingsPath empty: the user's settings file.
    explicit MainWindow(Backend::Options options, const QString &settingsPath = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    BackendHost *host() const { return m_host; }
    QString selectedFunction() const { return m_selected; }
    void selectFunction(const QString &name);
    QTabWidget *tabs() const { return m_tabs; }
    CodePage *codePage() const { return m_code; }
    TestPage *testPage() const { return m_test; }
    ConfigurationPage *configurationPage() const { return m_config; }
    AliasesPage *aliasesPage() const { return m_aliases; }
    VersionsPage *versionsPage() const { return m_versions; }
    BrokenFunctionPage *brokenPage() const { return m_brokenPage; }
    FunctionListModel *functionModel() const { return m_functions; }
    LogModel *logModel() const { return m_logs; }
    ApiServerController *api() const { return m_api; }
    DebugController *debugger() const { return m_debugger; }
    QProgressBar *busyIndicator() const { return m_busy; }
    QLabel *apiStatus() const { return m_apiStatus; }

Q_SIGNALS:
    void ready(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void buildMenus();
    void buildDebugMenu();
    void debugSelected();
    void onStarted(bool ok, const QString &message);
    void connectBackend();
    void refreshFunctions();
    void showFunction(const FunctionConfig &config);
    void updateEnvironmentStatus();
    void createFunction();
    void deleteFunction();
    bool confirmLeavingFunction();
    void showApiDialog();
    void updateBusy();
    QList<FunctionPage *> pages() const;

    Settings *m_settings;
    Theme *m_theme = nullptr;
    BackendHost *m_host;
    InvocationController *m_invocations;
    FunctionListModel *m_functions;
    QSortFilterProxyModel *m_functionFilter;
    LogModel *m_logs;
    ApiServerController *m_api;
    DebugController *m_debugger;
    QListView *m_list = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_header = nullptr;
    AsyncSummaryLabel *m_asyncSummary = nullptr; // the function's destinations, under the header
    FunctionUrlSummary *m_urlSummary = nullptr;  // its function URL, under the header (AWS's Function overview)

    QTabWidget *m_tabs = nullptr;
    CodePage *m_code = nullptr;
    TestPage *m_test = nullptr;
    ConfigurationPage *m_config = nullptr;
    AliasesPage *m_aliases = nullptr;
    VersionsPage *m_versions = nullptr;
    QList<FunctionPage *> m_otherPages;
    BrokenFunctionPage *m_brokenPage = nullptr; // instead of the tabs for a function that cannot run
    QStackedWidget *m_pageStack = nullptr;
    LogView *m_logView = nullptr;
    QLabel *m_apiStatus = nullptr;
    QLabel *m_limitsStatus = nullptr;
    QLabel *m_sandboxStatus = nullptr; // beside the limits: the sandbox's mode
    QLabel *m_envStatus = nullptr;
    QProgressBar *m_busy = nullptr;
    QSplitter *m_split = nullptr;
    QString m_selected;
    QHash<QString, QPair<int, int>> m_envCounts;
};

} // namespace lambdesk
