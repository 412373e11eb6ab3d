// The console window as a whole: first start with the demo workspace, invoking from the
// keyboard, a window that stays live while a handler hangs, and the API's port in use.
#include "aliases/aliasespage.h"
#include "api/apidialog.h"
#include "api/apiservercontroller.h"
#include "backendhost.h"
#include "code/codepage.h"
#include "common/invocationcontroller.h"
#include "editor/codeeditor.h"
#include "functions/deletefunctiondialog.h"
#include "functions/functionlistmodel.h"
#include "logs/logmodel.h"
#include "mainwindow.h"
#include "pages/brokenfunctionpage.h"
#include "results/resultpanel.h"
#include "settings.h"
#include "test/invokeoptions.h"
#include "test/testpage.h"
#include "versions/versionspage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDialog>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFont>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUrl>
#include <QtTest>

#include "../core/fakeinterpreter.h"
#include "config/configurationpage.h"
#include "urlcatcher.h"
#include "widgettestsupport.h"
#include "windowtestsupport.h"

using namespace lambdesk;
using widgettestsupport::Waiter;

class TestMainWindow : public QObject
{
    Q_OBJECT

public:
    // Called by QTEST_MAIN before the application exists: every window here opens on a
    // projector's screen, 1024×640 (the offscreen platform's own is 800×600; a real display
    // keeps its own size).
    static void initMain() { windowtestsupport::useProjectorScreen(); }

private:
    QTemporaryDir m_dir;

    // The smallest size the window lets itself be given.
    static QSize minimumOf(QWidget &w)
    {
        w.layout()->activate();
        return w.minimumSize().expandedTo(w.minimumSizeHint());
    }

    // Resizes the window and lets every layout below it settle.
    static void resizeAndSettle(QWidget &w, QSize size)
    {
        w.resize(size);
        for (int i = 0; i < 3; ++i) // nested layouts post their requests one level at a time
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    }

    // Whether `child` is shown whole inside the window (not cut by the window's edge or a parent).
    static bool shownWhole(QWidget &window, QWidget *child)
    {
        if (!child || !child->isVisible())
            return false;
        const QRect inWindow(child->mapTo(&window, QPoint(0, 0)), child->size());
        return window.rect().contains(inWindow) && child->visibleRegion().boundingRect().size() == child->size();
    }

    template<typename Button>
    static Button *buttonWithText(QWidget *parent, const QString &text)
    {
        for (Button *b : parent->findChildren<Button *>()) {
            if (b->text().remove(u'&') == text)
                return b;
        }
        return nullptr;
    }

    // The mean HSL lightness of an image's pixels (with opaqueOnly, of those mostly opaque).
    static int meanLightness(const QImage &image, bool opaqueOnly = false)
    {
        qint64 sum = 0, n = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (opaqueOnly && c.alpha() < 160)
                    continue;
                sum += c.lightness();
                ++n;
            }
        }
        return n ? int(sum / n) : -1;
    }

    // How many pixels of an image are close to a colour.
    static int countNear(const QImage &image, const QColor &color)
    {
        int n = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (std::abs(c.red() - color.red()) + std::abs(c.green() - color.green())
                        + std::abs(c.blue() - color.blue())
                    < 40)
                    ++n;
            }
        }
        return n;
    }

    static QListView *functionList(MainWindow &w)
    {
        for (QListView *v : w.findChildren<QListView *>()) {
            auto *proxy = qobject_cast<QSortFilterProxyModel *>(v->model());
            if (proxy && proxy->sourceModel() == w.functionModel())
                return v;
        }
        return nullptr;
    }

    // What a user at a 1024×640 projector needs to reach, checked at that size.
    void checkUsableAtProjectorSize(MainWindow &w, const char *when)
    {
        const QSize min = minimumOf(w);
        QVERIFY2(min.width() <= 1024 && min.height() <= 640,
                 qPrintable(QStringLiteral("%1: the window's minimum size is %2×%3")
                                .arg(QLatin1StringView(when))
                                .arg(min.width())
                                .arg(min.height())));
        resizeAndSettle(w, QSize(1024, 640));
        QCOMPARE(w.size(), QSize(1024, 640));
        w.tabs()->setCurrentWidget(w.codePage());
        QVERIFY2(shownWhole(w, buttonWithText<QPushButton>(w.codePage(), QStringLiteral("Test"))), when);
        QVERIFY2(shownWhole(w, buttonWithText<QToolButton>(&w, QStringLiteral("Clear"))), when); // the log's
        w.tabs()->setCurrentWidget(w.testPage());
        QVERIFY2(shownWhole(w, w.testPage()->invokeButton()), when);
        // Versions and Aliases: Publish, Delete, and the shift's buttons.
        w.tabs()->setCurrentWidget(w.versionsPage());
        QVERIFY2(shownWhole(w, w.versionsPage()->publishButton()), when);
        QVERIFY2(shownWhole(w, w.versionsPage()->deleteButton()), when);
        w.tabs()->setCurrentWidget(w.aliasesPage());
        for (QPushButton *b :
             {w.aliasesPage()->startButton(), w.aliasesPage()->stopButton(), w.aliasesPage()->rollBackButton()})
            QVERIFY2(shownWhole(w, b), when);
        // The function list keeps a readable width, without a horizontal scroll bar.
        QListView *list = functionList(w);
        QVERIFY(list);
        QVERIFY2(
            list->width() >= 200,
            qPrintable(
                QStringLiteral("%1: the function list is %2 px wide").arg(QLatin1StringView(when)).arg(list->width())));
        QVERIFY2(!list->horizontalScrollBar()->isVisible(), when);
        // A page the stack does not show (the broken-function page) adds nothing to the minimum
        // height: at a 4/3-scaled desktop's 640 px every pixel counts.
        auto *stack = qobject_cast<QStackedWidget *>(w.brokenPage()->parentWidget());
        QVERIFY(stack);
        QVERIFY2(w.brokenPage()->minimumSizeHint().height() <= w.tabs()->minimumSizeHint().height(),
                 qPrintable(QStringLiteral("%1: the broken-function page needs %2 px, the tabs %3")
                                .arg(QLatin1StringView(when))
                                .arg(w.brokenPage()->minimumSizeHint().height())
                                .arg(w.tabs()->minimumSizeHint().height())));
    }

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
        return windowtestsupport::openReady(workspace, settingsPath, waitForRuntimes);
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
        // the demo is made once the runtimes are detected (in the background)
        QVERIFY(windowtestsupport::demoFunctionsShown(*w));
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

    // A projector's 1024×640: the window opens inside the screen, its minimum size fits, and
    // stays fitting after an Event invocation's long status texts; what a user needs is reachable.
    void fitsAProjector()
    {
        // At the 11 pt of a desktop's default font (the offscreen platform's is smaller), as the
        // window was tried: 1104 px wide at least, 1295 after an Event invocation.
        struct Font
        {
            QFont before = QApplication::font();
            ~Font() { QApplication::setFont(before); }
        } restore;
        QFont large = restore.before;
        large.setPointSizeF(11);
        QApplication::setFont(large);
        auto w = open(m_dir.path() + QStringLiteral("/projector"), freePort());
        const QRect screen = w->screen()->availableGeometry();
        QVERIFY2(screen.contains(w->frameGeometry()),
                 qPrintable(QStringLiteral("the window opened at %1,%2 %3×%4 on a %5×%6 screen")
                                .arg(w->frameGeometry().x())
                                .arg(w->frameGeometry().y())
                                .arg(w->frameGeometry().width())
                                .arg(w->frameGeometry().height())
                                .arg(screen.width())
                                .arg(screen.height())));
        QVERIFY(windowtestsupport::demoFunctionsShown(*w));
        w->selectFunction(QStringLiteral("hello-python"));
        QVERIFY(Waiter().on(w->codePage(), &CodePage::fileOpened).until([&] {
            return w->codePage()->currentFile() == QStringLiteral("lambda_function.py");
        }));
        // The Code tab with a file open leaves a 1024 px window room for the function list: its
        // status line (caret, language, what $LATEST is) ends in "…" rather than widening it.
        QVERIFY2(w->codePage()->minimumSizeHint().width() <= 560,
                 qPrintable(QString::number(w->codePage()->minimumSizeHint().width())));
        checkUsableAtProjectorSize(*w, "at start");
        if (QTest::currentTestFailed())
            return;
        // The Code tab without a result: the result strip is its header, the editor takes the rest.
        w->tabs()->setCurrentWidget(w->codePage());
        resizeAndSettle(*w, QSize(1024, 640));
        {
            auto *split = qobject_cast<QSplitter *>(w->codePage()->results()->parentWidget());
            QVERIFY(split);
            QVERIFY2(split->sizes().at(1) <= w->codePage()->results()->maximumHeight(),
                     qPrintable(QStringLiteral("a %1 px slot for a %2 px strip")
                                    .arg(split->sizes().at(1))
                                    .arg(w->codePage()->results()->maximumHeight())));
        }

        // An Event invocation from the Test tab, then one through the Lambda API: their long
        // status texts (queued, request id, "1 invocation from other sources ...") wrap.
        auto *controller = w->findChild<InvocationController *>();
        QSignalSpy finished(controller, &InvocationController::invocationFinished);
        w->tabs()->setCurrentWidget(w->testPage());
        QVERIFY(
            Waiter().on(w->testPage(), &TestPage::eventsReloaded).on(w->testPage(), &TestPage::eventOpened).until([&] {
                return w->testPage()->invokeButton()->isEnabled();
            }));
        w->testPage()->invokeOptions()->setType(InvocationType::Event);
        w->testPage()->invoke();
        QVERIFY(Waiter().on(controller, &InvocationController::invocationFinished).until([&] {
            return finished.size() >= 1; // the queue's run (the 202 is answered apart)
        }));
        w->testPage()->invokeOptions()->setType(InvocationType::RequestResponse);
        Waiter().on(w->api(), &ApiServerController::started).until([&] { return w->api()->isRunning(); });
        QVERIFY(w->api()->isRunning());
        QCOMPARE(apiPost(QUrl(w->api()->endpoint()).port(), "/2015-03-31/functions/hello-python/invocations",
                         R"({"name":"Queue"})", "X-Amz-Invocation-Type: Event\r\n"),
                 202);
        QVERIFY(Waiter().on(controller, &InvocationController::invocationFinished).until([&] {
            return finished.size() >= 2;
        }));
        checkUsableAtProjectorSize(*w, "after Event invocations");
        if (QTest::currentTestFailed())
            return;
        // The Code tab: the editor keeps half the height at least beside a result's details, and
        // the response shows a few lines, not one.
        w->tabs()->setCurrentWidget(w->codePage());
        resizeAndSettle(*w, QSize(1024, 640));
        QSplitter *codeSplit = qobject_cast<QSplitter *>(w->codePage()->results()->parentWidget());
        QVERIFY(codeSplit);
        const QList<int> shares = codeSplit->sizes();
        QVERIFY2(shares.at(0) >= shares.at(1),
                 qPrintable(QStringLiteral("editor %1 px, results %2 px").arg(shares.at(0)).arg(shares.at(1))));
        auto *response = w->codePage()->results()->findChild<CodeEditor *>();
        QVERIFY(response);
        QVERIFY2(
            response->viewport()->height() >= 3 * response->fontMetrics().lineSpacing(),
            qPrintable(
                QStringLiteral("the response shows %1 px, a line is %2 px (editor %3, results %4)")
                    .arg(response->viewport()->height())
                    .arg(response->fontMetrics().lineSpacing())
                    .arg(shares.at(0))
                    .arg(shares.at(1))
                + QStringLiteral(" tabs %1 resp %2 err %3")
                      .arg(w->codePage()->results()->tabs()->height())
                      .arg(response->height())
                      .arg(w->codePage()->results()->findChild<QWidget *>(QStringLiteral("errorView"))->isVisible())));
    }

    // A window last closed on a bigger screen (1600×1000 at 300,200) opens inside this one.
    void geometryFromABiggerScreenIsBroughtIn()
    {
        const quint16 port = freePort();
        {
            QWidget big;
            big.setGeometry(300, 200, 1600, 1000);
            Settings s(m_dir.path() + QStringLiteral("/settings-%1.ini").arg(port));
            s.setValue(settings::windowGeometry, big.saveGeometry());
            s.sync();
        }
        auto w = open(m_dir.path() + QStringLiteral("/bigger"), port);
        const QRect screen = w->screen()->availableGeometry();
        QVERIFY2(screen.contains(w->frameGeometry()),
                 qPrintable(QStringLiteral("%1,%2 %3×%4")
                                .arg(w->frameGeometry().x())
                                .arg(w->frameGeometry().y())
                                .arg(w->frameGeometry().width())
                                .arg(w->frameGeometry().height())));
    }

    // View › Logs brings a closed log viewer back (and has a shortcut); so does every dock.
    void closedDocksCanBeFoundAgain()
    {
        auto w = open(m_dir.path() + QStringLiteral("/docks"), freePort());
        const QList<QDockWidget *> docks = w->findChildren<QDockWidget *>();
        QVERIFY(!docks.isEmpty());
        QMenu *view = nullptr;
        for (QAction *a : w->menuBar()->actions()) {
            if (a->text().remove(u'&') == QStringLiteral("View"))
                view = a->menu();
        }
        QVERIFY(view);
        for (QDockWidget *dock : docks) {
            QAction *entry = nullptr;
            for (QAction *a : view->actions()) {
                if (a->text().remove(u'&') == dock->windowTitle())
                    entry = a;
            }
            QVERIFY2(entry, qPrintable(dock->windowTitle()));
            QVERIFY(!entry->shortcut().isEmpty());
            if (dock->objectName() == QLatin1String("learnDock")) // Lessons starts hidden (Help › Lessons, F1)
                entry->trigger();
            QVERIFY(dock->isVisible());
            dock->close(); // its ✕
            QVERIFY(!dock->isVisible());
            QVERIFY(!entry->isChecked());
            entry->trigger();
            QVERIFY(dock->isVisible());
            QVERIFY(entry->isChecked());
        }
        QAction *logs = action(*w, QStringLiteral("Logs"));
        QVERIFY(logs);
        QCOMPARE(logs->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_J));
    }

    // Help › About Lambdesk names the version and the Qt it runs on; About Qt is there too.
    void helpMenuHasAbout()
    {
        auto w = open(m_dir.path() + QStringLiteral("/about"), freePort());
        auto *help = w->findChild<QMenu *>(QStringLiteral("helpMenu"));
        QVERIFY(help);
        auto *about = w->findChild<QAction *>(QStringLiteral("aboutAction"));
        QVERIFY(about && help->actions().contains(about));
        QVERIFY(std::any_of(help->actions().cbegin(), help->actions().cend(),
                            [](QAction *a) { return a->menuRole() == QAction::AboutQtRole; }));
        QString title, text;
        // The box is modal: read and close it from its own event loop.
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            title = box->windowTitle();
            text = box->text();
            box->accept();
        });
        about->trigger();
        QCOMPARE(title, QStringLiteral("About Lambdesk"));
        QVERIFY2(text.contains(QStringLiteral("Lambdesk " LAMBDESK_VERSION)), qPrintable(text));
        QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));

        // AWS's guide opens in the browser.
        auto *guide = w->findChild<QAction *>(QStringLiteral("awsGuideAction"));
        QVERIFY(guide && help->actions().contains(guide));
        UrlCatcher browser;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
        guide->trigger();
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QCOMPARE(browser.urls, QList<QUrl>{QUrl(QStringLiteral("https://docs.aws.amazon.com/lambda/latest/dg/welcome.html"))});
    }

    // Before the workspace is read the window says it is starting, not that it is empty; the
    // functions show as soon as it is read (h9), and a new workspace says it is getting ready
    // while the runtimes its demo functions need are detected.
    void saysItIsStartingInsteadOfEmpty()
    {
        QTemporaryDir dir;
        const QString bin = dir.filePath(QStringLiteral("bin")), ws = dir.filePath(QStringLiteral("ws"));
        QVERIFY(QDir().mkpath(bin));
        const fakeinterpreter::Gate gate(dir.filePath(QStringLiteral("gate")));
        QVERIFY(gate.isValid());
        QVERIFY(fakeinterpreter::write(bin + QStringLiteral("/python3"), "3.99.1", gate.path()));
        struct Environment
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

        const QString settingsPath = widgettestsupport::settingsFile(dir.filePath(QStringLiteral("settings.ini")));
        Backend::Options options;
        options.workspace = ws;
        options.seedDemo = true;
        MainWindow w(options, settingsPath);
        QSignalSpy ready(&w, &MainWindow::ready);
        w.show();
        auto *header = w.findChild<QLabel *>(QStringLiteral("functionHeader"));
        QVERIFY(header);
        // The backend starts on its own thread: nothing has been read yet.
        QVERIFY2(!header->text().contains(QLatin1String("No function selected")), qPrintable(header->text()));
        QVERIFY2(header->text().contains(QLatin1String("Starting")), qPrintable(header->text()));
        QVERIFY(ready.wait(widgettestsupport::backendStartMs()));
        QVERIFY(ready.first().first().toBool());
        // Read, empty, and the interpreter has not answered: the demo functions are coming.
        QCOMPARE(w.functionModel()->rowCount(), 0);
        QVERIFY(!w.host()->runtimesKnown());
        QVERIFY2(header->text().contains(QLatin1String("Getting ready")), qPrintable(header->text()));
        QVERIFY2(!header->text().contains(QLatin1String("No function selected")), qPrintable(header->text()));

        QVERIFY(gate.open());
        QVERIFY(Waiter()
                    .on(w.functionModel(), &QAbstractItemModel::modelReset)
                    .on(w.functionModel(), &QAbstractItemModel::rowsInserted)
                    .until([&] { return w.functionModel()->rowOf(QStringLiteral("hello-python")) >= 0; },
                           widgettestsupport::backendStartMs()));
        QCOMPARE(w.selectedFunction(), QStringLiteral("hello-python"));
        QVERIFY2(header->text().contains(QLatin1String("hello-python")), qPrintable(header->text()));
    }

    // The window at a projector's 1024×640 in the light and the dark theme, saved under the build
    // folder (build/screenshots/, kept by CI): each in its theme, with the status bar's API link in
    // the theme's link colour and the Find icon standing out from its background.
    void screenshotsAtProjectorSizeInBothThemes()
    {
        auto w = open(m_dir.path() + QStringLiteral("/shots"), freePort());
        QVERIFY(windowtestsupport::demoFunctionsShown(*w));
        w->selectFunction(QStringLiteral("hello-python"));
        w->tabs()->setCurrentWidget(w->codePage());
        QVERIFY(Waiter().on(w->codePage(), &CodePage::fileOpened).until([&] {
            return w->codePage()->currentFile() == QStringLiteral("lambda_function.py");
        }));
        Waiter().on(w->api(), &ApiServerController::started).until([&] { return w->api()->isRunning(); });
        QVERIFY(w->api()->isRunning());
        const QString folder = QStringLiteral(LAMBDESK_BUILD_DIR "/screenshots");
        QVERIFY(QDir().mkpath(folder));
        // Light first: the dark theme is then chosen while the window is open, as a user does.
        for (const QString &theme : {QStringLiteral("Light"), QStringLiteral("Dark"), QStringLiteral("Light")}) {
            QAction *choose = action(*w, theme);
            QVERIFY(choose);
            choose->trigger();
            const bool dark = theme == QStringLiteral("Dark");
            // The widgets hear of the new palette through posted events.
            QVERIFY(widgettestsupport::untilPaletteChanged(w->apiStatus(), [&] {
                return (w->apiStatus()->palette().color(QPalette::Window).lightness() < 128) == dark;
            }));
            QCOMPARE(w->palette().color(QPalette::Window).lightness() < 128, dark);
            resizeAndSettle(*w, QSize(1024, 640));
            const QImage shot = w->grab().toImage();
            QCOMPARE(shot.size(), QSize(1024, 640) * w->devicePixelRatio());
            QVERIFY(shot.save(folder + QStringLiteral("/mainwindow-1024x640-%1.png").arg(theme.toLower())));
            const int lightness = meanLightness(shot);
            QVERIFY2(dark ? lightness < 100 : lightness > 160, qPrintable(QString::number(lightness)));

            // The API link is drawn in the palette's link colour (not in the previous theme's).
            const QColor link = w->apiStatus()->palette().color(QPalette::Link);
            const QImage api = w->apiStatus()->grab().toImage();
            QVERIFY2(countNear(api, link) > 0, qPrintable(theme + QStringLiteral(": no pixel in ") + link.name()));
            if (dark)
                QCOMPARE(countNear(api, QColor(Qt::blue)), 0);

            // The Find icon's ink stands out from the toolbar's background.
            auto *find = buttonWithText<QToolButton>(w->codePage(), QStringLiteral("Find"));
            QVERIFY(find);
            const QImage icon = find->icon().pixmap(32, 32).toImage();
            const int ink = meanLightness(icon, true);
            const int background = find->palette().color(QPalette::Window).lightness();
            QVERIFY2(std::abs(ink - background) >= 90,
                     qPrintable(QStringLiteral("%1: Find icon %2 on %3").arg(theme).arg(ink).arg(background)));
        }
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
        if (!windowtestsupport::demoFunctionsShown(*w))
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
