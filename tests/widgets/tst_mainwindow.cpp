// The console window as a whole: first start with the demo workspace, invoking from the
// keyboard, a window that stays live while a handler hangs, and the API's port in use.
#include "api/apidialog.h"
#include "api/apiservercontroller.h"
#include "backendhost.h"
#include "code/codepage.h"
#include "common/invocationcontroller.h"
#include "functions/deletefunctiondialog.h"
#include "functions/functionlistmodel.h"
#include "logs/logmodel.h"
#include "mainwindow.h"
#include "pages/brokenfunctionpage.h"
#include "results/resultpanel.h"
#include "settings.h"
#include "test/testpage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUrl>
#include <QtTest>

#include "../core/fakeinterpreter.h"
#include "config/configurationpage.h"
#include "widgettestsupport.h"

using namespace lambdesk;
using widgettestsupport::Waiter;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Ready: the workspace is shown; with waitForRuntimes also the runtimes detected (in the
    // background, after the window is ready).
    std::unique_ptr<MainWindow> open(const QString &workspace, quint16 apiPort, bool waitForRuntimes = true)
    {
        const QString settingsPath = m_dir.path() + QStringLiteral("/settings-%1.ini").arg(apiPort);
        {
            Settings s(settingsPath);
            s.setValue(settings::apiPort, int(apiPort));
            s.sync();
        }
        Backend::Options options;
        options.workspace = workspace;
        options.seedDemo = true;
        auto w = std::make_unique<MainWindow>(options, settingsPath);
        QSignalSpy ready(w.get(), &MainWindow::ready);
        w->show();
        if (!ready.wait(widgettestsupport::backendStartMs()) || !ready.first().first().toBool())
            qFatal("the window did not become ready");
        if (waitForRuntimes && !w->host()->runtimesKnown()) {
            QSignalSpy detected(w->host(), &BackendHost::runtimesDetected);
            if (!w->host()->runtimesKnown() && !detected.wait(widgettestsupport::backendStartMs()))
                qFatal("the runtimes were not detected");
        }
        return w;
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    QAction *action(MainWindow &w, const QString &text)
    {
        for (QAction *a : w.findChildren<QAction *>()) {
            if (a->text().remove(u'&') == text)
                return a;
        }
        return nullptr;
    }

private Q_SLOTS:
    // The window lists the workspace's functions while the runtimes are still being detected
    // (the only interpreter on PATH waits at a gate the test holds shut), and the Configuration
    // tab offers the runtime once the test lets the interpreter answer.
    void functionsShowBeforeRuntimesAreDetected()
    {
        QTemporaryDir dir;
        const QString bin = dir.filePath(QStringLiteral("bin")), ws = dir.filePath(QStringLiteral("ws"));
        QVERIFY(QDir().mkpath(bin));
        const fakeinterpreter::Gate gate(dir.filePath(QStringLiteral("gate")));
        QVERIFY(gate.isValid());
        const QString python = bin + QStringLiteral("/python3");
        QVERIFY(fakeinterpreter::write(python, "3.99.1", gate.path()));
        struct Environment // PATH and the cache are the test's until it ends
        {
            QByteArray path = qgetenv("PATH"), cache = qgetenv("XDG_CACHE_HOME");
            ~Environment()
            {
                qputenv("PATH", path);
                qputenv("XDG_CACHE_HOME", cache);
            }
        } restore;
        qputenv("PATH", QFile::encodeName(bin));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(dir.filePath(QStringLiteral("cache"))));
        {
            // A workspace with one function of a custom runtime, made beforehand.
            Backend::Options o;
            o.workspace = ws;
            o.persistLogs = false;
            Backend b(o);
            QVERIFY(b.start().ok());
            FunctionConfig c;
            c.name = QStringLiteral("listed");
            c.runtime = QStringLiteral("provided.al2023");
            c.handler = QStringLiteral("function.handler");
            QVERIFY(b.createFunction(c, CodeSource::blank()).ok());
            b.stop();
        }

        auto w = open(ws, freePort(), false);
        QVERIFY(Waiter()
                    .on(w->functionModel(), &QAbstractItemModel::modelReset)
                    .on(w->functionModel(), &QAbstractItemModel::rowsInserted)
                    .until([&] { return w->functionModel()->rowCount() == 1; }, widgettestsupport::backendStartMs()));
        QCOMPARE(w->functionModel()->functionAt(0).name, QStringLiteral("listed"));
        auto *combo = w->configurationPage()->findChild<QComboBox *>(QStringLiteral("runtimeCombo"));
        QVERIFY(combo);
        QVERIFY(Waiter().on(combo->model(), &QAbstractItemModel::rowsInserted).until([&] {
            return combo->findData(QStringLiteral("provided.al2023")) >= 0; // the function is shown
        }));
        QCOMPARE(combo->findData(QStringLiteral("python3.99")), -1); // the interpreter has not answered

        QVERIFY(gate.open());
        QVERIFY(Waiter()
                    .on(combo->model(), &QAbstractItemModel::rowsInserted)
                    .until([&] { return combo->findData(QStringLiteral("python3.99")) >= 0; },
                           widgettestsupport::backendStartMs()));
        QCOMPARE(fakeinterpreter::runsOf(python), 1);
        QCOMPARE(w->functionModel()->rowCount(), 1);
    }

    void firstStartShowsTheDemoAndInvokes()
    {
        auto w = open(m_dir.path() + QStringLiteral("/demo"), freePort());
        QVERIFY(Waiter()
                    .on(w->functionModel(), &QAbstractItemModel::modelReset)
                    .on(w->functionModel(), &QAbstractItemModel::rowsInserted)
                    // the demo is made once the runtimes are detected (in the background)
                    .until([&] { return w->functionModel()->rowCount() >= 2; }, widgettestsupport::backendStartMs()));
        QCOMPARE(w->functionModel()->rowCount(), 2);
        QCOMPARE(w->functionModel()->functionAt(0).name, QStringLiteral("hello-node"));
        QCOMPARE(w->functionModel()->functionAt(1).name, QStringLiteral("hello-python"));
        QVERIFY(!w->selectedFunction().isEmpty());
        w->selectFunction(QStringLiteral("hello-python"));
        QVERIFY(Waiter().on(w->codePage(), &CodePage::fileOpened).until([&] {
            return w->codePage()->currentFile() == QStringLiteral("lambda_function.py");
        }));

        QAction *invoke = action(*w, QStringLiteral("Invoke"));
        QVERIFY(invoke);
        QCOMPARE(invoke->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Return));
        QSignalSpy finished(w->findChild<InvocationController *>(), &InvocationController::invocationFinished);
        invoke->trigger();
        QVERIFY(finished.wait(30000));
        const auto result = finished.first().at(0).value<InvocationResult>();
        QVERIFY2(!result.isError(), result.payload.constData());
        QVERIFY(result.payload.contains("Hello, "));
        // The Code tab's panel shows the result it heard on the same channel.
        QVERIFY(
            Waiter().on(w->findChild<InvocationController *>(), &InvocationController::invocationFinished).until([&] {
                return w->codePage()->results()->summaryText().contains(QLatin1String("Init"));
            }));
        // The function list says it is warm now (the backend's environmentsChanged, queued).
        const auto state = [&] {
            return w->functionModel()->data(w->functionModel()->index(1), FunctionListModel::StateRole).toString();
        };
        QVERIFY(Waiter().on(w->functionModel(), &QAbstractItemModel::dataChanged).until([&] {
            return state() == QStringLiteral("1 warm");
        }));
        QCOMPARE(state(), QStringLiteral("1 warm"));
        // The API of the console is up and said where (it started, or failed and said why).
        Waiter().on(w->api(), &ApiServerController::started).on(w->api(), &ApiServerController::failed).until([&] {
            return w->api()->isRunning() || !w->api()->lastError().isEmpty();
        });
        QVERIFY2(w->api()->isRunning(), qPrintable(w->api()->lastError()));
        QVERIFY(w->apiStatus()->text().contains(w->api()->endpoint()));
    }

    // One HTTP/1.1 request to the console's Lambda API; its status, waited for on readyRead.
    static int apiPost(quint16 port, const QByteArray &path, const QByteArray &body,
                       const QByteArray &extraHeaders = {})
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (!socket.waitForConnected(10000))
            return -1;
        socket.write("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n" + extraHeaders
                     + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QByteArray got;
        QSignalSpy ready(&socket, &QTcpSocket::readyRead);
        while (!got.contains("\r\n")) {
            if (!ready.wait(60000))
                return 0;
            got += socket.readAll();
        }
        return got.split(' ').value(1).toInt();
    }

    // Invocations started outside the console (the Lambda API, the Event queue) show in it
    // live: the function list and the busy indicator while they run, the results history, the
    // log, and the results panel once it follows all sources.
    void apiAndQueueInvocationsShowInTheConsole()
    {
        auto w = open(m_dir.path() + QStringLiteral("/outside"), 0);
        Waiter().on(w->api(), &ApiServerController::started).until([&] { return w->api()->isRunning(); });
        QVERIFY(w->api()->isRunning());
        const quint16 port = QUrl(w->api()->endpoint()).port();
        w->selectFunction(QStringLiteral("hello-python"));
        w->tabs()->setCurrentWidget(w->testPage());
        auto *controller = w->findChild<InvocationController *>();
        ResultPanel *panel = w->testPage()->results();
        const int row = w->functionModel()->rowOf(QStringLiteral("hello-python"));

        // What the console shows while the API's invocation runs.
        int listedRunning = 0;
        bool busyShown = false;
        connect(controller, &InvocationController::runningChanged, this, [&](const QString &fn) {
            if (fn != QStringLiteral("hello-python"))
                return;
            listedRunning = std::max(listedRunning,
                                     w->functionModel()->index(row).data(FunctionListModel::RunningRole).toInt());
            busyShown = busyShown || w->busyIndicator()->isVisibleTo(w.get());
        });
        QSignalSpy finished(controller, &InvocationController::invocationFinished);
        QCOMPARE(apiPost(port, "/2015-03-31/functions/hello-python/invocations", R"({"name":"API"})"), 200);
        QVERIFY(finished.size() == 1 || finished.wait(30000));
        const auto fromApi = finished.first().first().value<InvocationResult>();
        QCOMPARE(fromApi.source, InvocationSource::Api);
        QCOMPARE(listedRunning, 1);
        QVERIFY(busyShown);
        QCOMPARE(controller->running(QStringLiteral("hello-python")), 0);
        QVERIFY(!w->busyIndicator()->isVisibleTo(w.get()));
        QCOMPARE(controller->lastResult(QStringLiteral("hello-python"))->requestId, fromApi.requestId);
        // The log has its lines.
        QVERIFY(Waiter().on(w->logModel(), &QAbstractItemModel::rowsInserted).until([&] {
            return w->logModel()->hasRequest(fromApi.requestId);
        }));
        // The Test tab's panel shows the console's own by default; it counts the other one.
        QVERIFY(panel->statusText().contains(QLatin1String("none yet")));
        QVERIFY(panel->statusText().contains(QLatin1String("1 invocation from other sources")));
        QVERIFY(panel->followButton()->text().contains(QLatin1String("1 new")));
        panel->followButton()->click();
        QCOMPARE(panel->requestId(), fromApi.requestId);
        QVERIFY2(panel->summaryText().contains(QLatin1String("Started by: Lambda API")),
                 qPrintable(panel->summaryText()));
        // The setting is shared: the Code tab's panel follows all sources too.
        QVERIFY(w->codePage()->results()->followsAllSources());
        QCOMPARE(w->codePage()->results()->requestId(), fromApi.requestId);

        // An Event invocation: accepted (202), then run by the Event queue, which the panel follows now.
        finished.clear();
        QCOMPARE(apiPost(port, "/2015-03-31/functions/hello-python/invocations", R"({"name":"Queue"})",
                         "X-Amz-Invocation-Type: Event\r\n"),
                 202);
        QVERIFY(finished.size() == 1 || finished.wait(30000));
        const auto fromQueue = finished.first().first().value<InvocationResult>();
        QCOMPARE(fromQueue.source, InvocationSource::EventQueue);
        QVERIFY(fromQueue.payload.contains("Queue"));
        QCOMPARE(panel->requestId(), fromQueue.requestId);
        QVERIFY(panel->summaryText().contains(QLatin1String("Started by: Event queue")));
        const auto history = controller->recentResults(QStringLiteral("hello-python"));
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).requestId, fromQueue.requestId);
        QCOMPARE(history.at(1).requestId, fromApi.requestId);
        panel->followButton()->click(); // back to the console's own, for the next tests' settings

        // Coming back to the function later, the panel says what it is not showing.
        w->selectFunction(QStringLiteral("hello-node"));
        w->selectFunction(QStringLiteral("hello-python"));
        QVERIFY(panel->requestId().isEmpty());
        QVERIFY2(panel->statusText().contains(QLatin1String("2 invocations from other sources")),
                 qPrintable(panel->statusText()));
        QVERIFY(panel->followButton()->text().contains(QLatin1String("2 new")));
    }

    void staysLiveWhileAHandlerHangs()
    {
        auto w = open(m_dir.path() + QStringLiteral("/hang"), freePort());
        // A handler that sleeps past a 2 s timeout, created through the backend thread.
        QTemporaryDir code;
        QFile f(code.path() + QStringLiteral("/app.py"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("import time\ndef handler(event, context):\n    time.sleep(30)\n");
        f.close();
        FunctionConfig c;
        c.name = QStringLiteral("sleepy");
        c.runtime = w->host()->runtimes().preferred(RuntimeFamily::Python)->id;
        c.handler = QStringLiteral("app.handler");
        c.timeout = 2;
        const auto created = widgettestsupport::callAndWait(*w->host(), [c, dir = code.path()](Backend &b) {
            return bool(b.createFunction(c, CodeSource::directory(dir)));
        });
        QVERIFY(created.value_or(false));
        // The list reloads on functionsChanged (queued), after the answer or before it.
        QVERIFY(Waiter()
                    .on(w->functionModel(), &QAbstractItemModel::modelReset)
                    .on(w->functionModel(), &QAbstractItemModel::rowsInserted)
                    .until([&] { return w->functionModel()->rowOf(QStringLiteral("sleepy")) >= 0; }));
        w->selectFunction(QStringLiteral("sleepy"));

        auto *controller = w->findChild<InvocationController *>();
        QSignalSpy finished(controller, &InvocationController::invocationFinished);
        QElapsedTimer clock; // started before the invocation: the timeout cannot end sooner than this
        clock.start();
        controller->invokeCurrent(QStringLiteral("sleepy"));
        QVERIFY(Waiter().on(controller, &InvocationController::runningChanged).until([&] {
            return w->busyIndicator()->isVisible();
        }));
        // While it hangs, the GUI thread keeps turning: a 10 ms timer keeps firing (a blocked
        // thread would fire it once, after the timeout).
        int ticks = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&] { ++ticks; });
        tick.start(10);
        QVERIFY(finished.wait(15000));
        tick.stop();
        QVERIFY2(ticks >= 20, qPrintable(QStringLiteral("only %1 timer ticks while the handler hung").arg(ticks)));
        QVERIFY(clock.elapsed() >= 1500); // it really waited for the timeout
        const auto result = finished.first().at(0).value<InvocationResult>();
        QCOMPARE(result.errorType, QStringLiteral("Sandbox.Timedout"));
        QVERIFY(Waiter().on(controller, &InvocationController::runningChanged).until([&] {
            return !w->busyIndicator()->isVisible();
        }));
        QVERIFY(Waiter().on(controller, &InvocationController::invocationFinished).until([&] {
            return w->codePage()->results()->statusText().contains(QLatin1String("Timed out"));
        }));
    }

    void apiPortInUseCanBeChanged()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        auto w = open(m_dir.path() + QStringLiteral("/port"), squatter.serverPort());
        Waiter().on(w->api(), &ApiServerController::failed).on(w->api(), &ApiServerController::started).until([&] {
            return !w->api()->lastError().isEmpty() || w->api()->isRunning();
        });
        QVERIFY(!w->api()->lastError().isEmpty());
        QVERIFY(!w->api()->isRunning());
        QVERIFY2(w->api()->lastError().contains(QString::number(squatter.serverPort())),
                 qPrintable(w->api()->lastError()));
        QVERIFY(w->apiStatus()->text().contains(QLatin1String("choose another port")));
        QSignalSpy started(w->api(), &ApiServerController::started);
        const quint16 other = freePort();
        w->api()->setPort(other);
        QVERIFY(started.wait(widgettestsupport::backendStartMs())); // the API server restarts on the backend thread
        QCOMPARE(w->api()->endpoint(), QStringLiteral("http://127.0.0.1:%1").arg(other));
        QVERIFY(w->apiStatus()->text().contains(w->api()->endpoint()));
    }

    // The region comes from the settings at start and can be changed in Tools › Lambda API;
    // a wrong one is refused with the rule and changes nothing.
    void regionFromSettingsAndDialog()
    {
        const quint16 port = freePort();
        {
            Settings s(m_dir.path() + QStringLiteral("/settings-%1.ini").arg(port));
            s.setValue(settings::region, QStringLiteral("eu-central-1"));
            s.sync();
        }
        auto w = open(m_dir.path() + QStringLiteral("/region"), port);
        auto backendRegion = [&] {
            return widgettestsupport::callAndWait(*w->host(), [](Backend &b) { return b.region(); }).value_or(QString());
        };
        QCOMPARE(backendRegion(), QStringLiteral("eu-central-1"));
        QAction *apiAction = action(*w, QStringLiteral("Lambda API (AWS CLI and SDKs)…"));
        QVERIFY(apiAction);
        apiAction->trigger();
        QVERIFY(w->findChild<ApiDialog *>()); // made and opened (window-modal) by the action itself
        auto *dialog = w->findChild<ApiDialog *>();
        auto *edit = dialog->findChild<QLineEdit *>();
        QVERIFY(edit);
        QCOMPARE(edit->text(), QStringLiteral("eu-central-1"));
        QPushButton *use = nullptr;
        for (QPushButton *b : dialog->findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("Use this region"))
                use = b;
        QVERIFY(use);
        auto *profile = dialog->findChild<QPlainTextEdit *>();
        QVERIFY(profile->toPlainText().contains(QLatin1String("region = eu-central-1")));

        edit->setText(QStringLiteral("mars-1"));
        use->click();
        QLabel *error = nullptr;
        for (QLabel *l : dialog->findChildren<QLabel *>())
            if (l->text().startsWith(QLatin1String("Region must look like an AWS region")))
                error = l;
        QVERIFY(error);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("got 'mars-1'")), qPrintable(error->text()));
        QCOMPARE(Settings(m_dir.path() + QStringLiteral("/settings-%1.ini").arg(port)).value(settings::region),
                 QStringLiteral("eu-central-1"));
        QCOMPARE(backendRegion(), QStringLiteral("eu-central-1"));

        edit->setText(QStringLiteral("ap-southeast-2"));
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(dialog->isVisible()); // Enter applies the region; it does not close the dialog
        QVERIFY(!error->isVisible());
        QVERIFY(profile->toPlainText().contains(QLatin1String("region = ap-southeast-2")));
        QCOMPARE(backendRegion(), QStringLiteral("ap-southeast-2"));
        QCOMPARE(widgettestsupport::callAndWait(
                     *w->host(), [](Backend &b) { return b.functionArn(QStringLiteral("hello-python")); })
                     .value_or(QString()),
                 QStringLiteral("arn:aws:lambda:ap-southeast-2:000000000000:function:hello-python"));
        dialog->close();
    }

    // A function whose function.json was broken by hand: listed with its reason, shown on its
    // own page (no tab that needs a valid configuration), and deleted from there.
    void brokenFunctionShowsItsReasonAndCanBeDeleted()
    {
        const QString workspace = m_dir.path() + QStringLiteral("/broken");
        const QString folder = workspace + QStringLiteral("/functions/bad");
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/code")));
        QFile json(folder + QStringLiteral("/function.json"));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(R"({"Runtime": "python3.11", "Handler": "app.handler", "Timeout": -1})");
        json.close();
        auto w = open(workspace, freePort());
        QVERIFY(Waiter()
                    .on(w->functionModel(), &QAbstractItemModel::modelReset)
                    .on(w->functionModel(), &QAbstractItemModel::rowsInserted)
                    .until([&] { return w->functionModel()->rowOf(QStringLiteral("bad")) >= 0; }));
        const QString reason = QStringLiteral(
            "function.json: Timeout must be a whole number of seconds from 1 to 900; got -1");
        const QModelIndex row = w->functionModel()->index(w->functionModel()->rowOf(QStringLiteral("bad")));
        QVERIFY2(row.data(Qt::ToolTipRole).toString().contains(reason),
                 qPrintable(row.data(Qt::ToolTipRole).toString()));

        w->selectFunction(QStringLiteral("bad"));
        QCOMPARE(w->selectedFunction(), QStringLiteral("bad"));
        BrokenFunctionPage *page = w->brokenPage();
        QVERIFY(page->isVisible());
        QVERIFY(!w->tabs()->isVisible());
        QCOMPARE(page->reasonLabel()->text(), reason);
        QCOMPARE(page->pathLabel()->text(), folder + QStringLiteral("/function.json"));

        page->deleteButton()->click();
        auto *ask = page->findChild<DeleteFunctionDialog *>(QStringLiteral("confirmDelete"));
        QVERIFY(ask);
        QVERIFY(!ask->deleteButton()->isEnabled()); // until the name is typed
        QTest::keyClicks(ask->nameEdit(), QStringLiteral("bad"));
        ask->deleteButton()->click();
        QVERIFY(Waiter()
                    .on(w->functionModel(), &QAbstractItemModel::rowsRemoved)
                    .on(w->functionModel(), &QAbstractItemModel::modelReset)
                    .until([&] { return w->functionModel()->rowOf(QStringLiteral("bad")) < 0; }));
        QVERIFY(!QFileInfo::exists(folder));
        QCOMPARE(w->selectedFunction(), QString());
    }

    void tabsHaveShortcuts()
    {
        auto w = open(m_dir.path() + QStringLiteral("/tabs"), freePort());
        const QStringList tabs{QStringLiteral("Code"),          QStringLiteral("Test"),    QStringLiteral("Monitor"),
                               QStringLiteral("Configuration"), QStringLiteral("Aliases"), QStringLiteral("Versions")};
        for (int i = 0; i < tabs.size(); ++i) {
            QCOMPARE(w->tabs()->tabText(i), tabs.at(i));
            QAction *a = action(*w, tabs.at(i));
            QVERIFY2(a, qPrintable(tabs.at(i)));
            QCOMPARE(a->shortcut(), QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
            a->trigger();
            QCOMPARE(w->tabs()->currentIndex(), i);
        }
    }
    // The demo workspace's window, its functions listed.
    std::unique_ptr<MainWindow> openDemo(const QString &name)
    {
        auto w = open(m_dir.path() + u'/' + name, freePort());
        if (!Waiter()
                 .on(w->functionModel(), &QAbstractItemModel::modelReset)
                 .on(w->functionModel(), &QAbstractItemModel::rowsInserted)
                 .until([&] { return w->functionModel()->rowCount() >= 2; }, widgettestsupport::backendStartMs()))
            qFatal("the demo functions did not show");
        return w;
    }

    // Invokes the function as Ctrl+Enter does and returns its result (empty on timeout).
    static InvocationResult invokeAndWait(MainWindow &w, const QString &function)
    {
        auto *controller = w.findChild<InvocationController *>();
        QSignalSpy finished(controller, &InvocationController::invocationFinished);
        controller->invokeCurrent(function);
        if (!Waiter().on(controller, &InvocationController::invocationFinished).until([&] {
                return !finished.isEmpty();
            }))
            return {};
        return finished.first().first().value<InvocationResult>();
    }

    // Issue 10, item 4: after Ctrl+Enter the Code tab's panel showed the new result while its
    // history list still said "Latest: <older time>". The list's newest entry is the result shown.
    void codeTabHistoryFollowsEachResult()
    {
        auto w = openDemo(QStringLiteral("history"));
        w->selectFunction(QStringLiteral("hello-python"));
        w->tabs()->setCurrentWidget(w->codePage());
        QVERIFY(Waiter().on(w->codePage(), &CodePage::fileOpened).until([&] {
            return w->codePage()->currentFile() == QStringLiteral("lambda_function.py");
        }));
        QAction *invoke = action(*w, QStringLiteral("Invoke"));
        QVERIFY(invoke);
        ResultPanel *panel = w->codePage()->results();
        auto *combo = panel->findChild<QComboBox *>();
        QVERIFY(combo);
        auto *controller = w->findChild<InvocationController *>();
        for (int i = 0; i < 3; ++i) {
            QSignalSpy finished(controller, &InvocationController::invocationFinished);
            invoke->trigger(); // Ctrl+Enter
            QVERIFY(Waiter().on(controller, &InvocationController::invocationFinished).until([&] {
                return !finished.isEmpty();
            }));
            const auto result = finished.first().first().value<InvocationResult>();
            QVERIFY(Waiter()
                        .on(controller, &InvocationController::invocationFinished)
                        .on(controller, &InvocationController::historyLoaded)
                        .until([&] { return panel->requestId() == result.requestId; }));
            const QString when =
                QDateTime::fromMSecsSinceEpoch(result.startedAtMs).toString(QStringLiteral("HH:mm:ss"));
            QCOMPARE(combo->count(), i + 1);
            QCOMPARE(combo->currentIndex(), 0);
            QVERIFY2(combo->currentText().startsWith(QStringLiteral("Latest: ") + when),
                     qPrintable(combo->currentText() + QStringLiteral(" / ") + when));
            QCOMPARE(combo->isVisibleTo(panel), i >= 1); // the picker shows with two or more
        }
    }

    // Issue 10, item 8: the log panel was empty ("0 lines") after a restart although the results
    // came back. The recent stored lines show at start, each once.
    void logShowsStoredLinesAfterARestart()
    {
        QString requestId;
        QStringList linesOfIt; // as the first session showed them
        {
            auto w = openDemo(QStringLiteral("restart-log"));
            const InvocationResult result = invokeAndWait(*w, QStringLiteral("hello-python"));
            QVERIFY(!result.requestId.isEmpty());
            requestId = result.requestId;
            QVERIFY(Waiter().on(w->logModel(), &QAbstractItemModel::rowsInserted).until([&] {
                for (int row = 0; row < w->logModel()->rowCount(); ++row) {
                    if (w->logModel()->record(row).line.requestId == requestId
                        && w->logModel()->record(row).line.text.startsWith(QLatin1String("REPORT")))
                        return true;
                }
                return false;
            }));
            for (int row = 0; row < w->logModel()->rowCount(); ++row) {
                if (w->logModel()->record(row).line.requestId == requestId)
                    linesOfIt << w->logModel()->record(row).line.text;
            }
            QVERIFY(linesOfIt.size() >= 4); // START, the handler's print, END, REPORT
        }
        auto w = open(m_dir.path() + QStringLiteral("/restart-log"), freePort());
        const auto linesNow = [&] {
            QStringList out;
            for (int row = 0; row < w->logModel()->rowCount(); ++row) {
                if (w->logModel()->record(row).line.requestId == requestId)
                    out << w->logModel()->record(row).line.text;
            }
            return out;
        };
        QVERIFY(Waiter()
                    .on(w->logModel(), &QAbstractItemModel::rowsInserted)
                    .on(w->logModel(), &QAbstractItemModel::modelReset)
                    .until([&] { return linesNow().size() >= linesOfIt.size(); }));
        // Each line once, in the order the first session showed them.
        QCOMPARE(linesNow(), linesOfIt);
    }

    // Issue 10, item 14: the panel said "Press Invoke (Ctrl+Enter)" while the Code tab's button
    // is "Test". As in the Lambda console, both tabs' buttons say "Test", and so does the panel.
    void theRunButtonIsCalledTestEverywhere()
    {
        auto w = openDemo(QStringLiteral("naming"));
        w->selectFunction(QStringLiteral("hello-python"));
        QStringList codeButtons;
        for (QPushButton *b : w->codePage()->findChildren<QPushButton *>()) {
            if (b->toolTip().contains(QLatin1String("Ctrl+Enter")))
                codeButtons << b->text().remove(u'&');
        }
        QCOMPARE(codeButtons, QStringList{QStringLiteral("Test")});
        QCOMPARE(w->testPage()->invokeButton()->text().remove(u'&'), QStringLiteral("Test"));
        for (ResultPanel *panel : {w->codePage()->results(), w->testPage()->results()}) {
            QVERIFY2(panel->statusText().contains(QLatin1String("Press Test (Ctrl+Enter)")),
                     qPrintable(panel->statusText()));
        }
        // The demo functions' descriptions (the header above the tabs) say it too.
        for (int row = 0; row < w->functionModel()->rowCount(); ++row) {
            const QString description = w->functionModel()->functionAt(row).description;
            QVERIFY2(description.contains(QLatin1String("Press Test (Ctrl+Enter)")), qPrintable(description));
        }
    }

    // Issue 10, item 14: deleting a function was a bare Yes/No. As in the Lambda console, its
    // Delete button is enabled once the function's name is typed.
    void deletingAFunctionAsksForItsName()
    {
        auto w = openDemo(QStringLiteral("delete"));
        const QString folder = m_dir.path() + QStringLiteral("/delete/functions/hello-node");
        QVERIFY(QFileInfo::exists(folder));
        w->selectFunction(QStringLiteral("hello-node"));
        QAction *remove = action(*w, QStringLiteral("Delete function…"));
        QVERIFY(remove);
        struct Seen
        {
            bool asked = false, field = false, disabledAtFirst = false, disabledWhenWrong = false,
                 enabledWhenRight = false;
        } seen;
        QEventLoop loop;
        // Looks at the question when it shows (a modal one runs its own loop inside trigger()).
        QTimer::singleShot(0, w.get(), [&] {
            seen.asked = true;
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            auto *field = dialog ? dialog->findChild<QLineEdit *>() : nullptr;
            QPushButton *confirm = nullptr;
            for (QPushButton *b : dialog ? dialog->findChildren<QPushButton *>() : QList<QPushButton *>()) {
                if (b->text().remove(u'&') == QStringLiteral("Delete"))
                    confirm = b;
            }
            if (!field || !confirm) {
                if (dialog)
                    dialog->reject();
                loop.quit();
                return;
            }
            seen.field = true;
            seen.disabledAtFirst = !confirm->isEnabled();
            QTest::keyClicks(field, QStringLiteral("hello-nod"));
            seen.disabledWhenWrong = !confirm->isEnabled();
            QTest::keyClicks(field, QStringLiteral("e"));
            seen.enabledWhenRight = confirm->isEnabled();
            confirm->click();
            loop.quit();
        });
        remove->trigger();
        if (!seen.asked) {
            QTimer::singleShot(widgettestsupport::safetyNetMs(30000), &loop, &QEventLoop::quit);
            loop.exec();
        }
        QVERIFY(seen.asked);
        QVERIFY2(seen.field, "the question has no field for the function's name");
        QVERIFY(seen.disabledAtFirst);
        QVERIFY(seen.disabledWhenWrong);
        QVERIFY(seen.enabledWhenRight);
        QVERIFY(Waiter()
                    .on(w->functionModel(), &QAbstractItemModel::rowsRemoved)
                    .on(w->functionModel(), &QAbstractItemModel::modelReset)
                    .until([&] { return w->functionModel()->rowOf(QStringLiteral("hello-node")) < 0; }));
        QVERIFY(!QFileInfo::exists(folder));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
