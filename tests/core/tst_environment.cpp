// Real handlers in real runtimes through the whole backend: success, errors, limits, reuse.
#include "testsupport.h"

#include "runtime/environmentpool.h"
#include "runtime/sandbox.h"
#include "store/catalogs.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace lambdesk;
using namespace testsupport;

class TestEnvironment : public QObject
{
    Q_OBJECT

    QString pythonCode() const { return fixture(QStringLiteral("handlers/python")); }
    QString nodeCode() const { return fixture(QStringLiteral("handlers/node")); }

private Q_SLOTS:
    void pythonWarmReuseAndInitDuration()
    {
        TestBackend tb;
        QVERIFY(tb.create(tb.config(QStringLiteral("py"), RuntimeFamily::Python, QStringLiteral("handlers.counter")),
                          pythonCode()));
        qint64 pid = 0;
        for (int i = 1; i <= 3; ++i) {
            const auto r = tb.invoke(QStringLiteral("py"));
            QVERIFY2(r, r ? "" : qPrintable(r.error().message));
            QVERIFY2(!r->isError(), r->payload.constData());
            const QJsonObject o = object(r->payload);
            QCOMPARE(o.value(QStringLiteral("count")).toInt(), i); // module state lives on: 1, 2, 3
            if (i == 1)
                pid = o.value(QStringLiteral("pid")).toInteger();
            QCOMPARE(o.value(QStringLiteral("pid")).toInteger(), pid);
            QCOMPARE(r->initDurationMs.has_value(), i == 1); // Init Duration on the cold start only
            if (i == 1)
                QVERIFY(*r->initDurationMs > 0);
            QVERIFY(r->durationMs > 0);
            QVERIFY(r->billedMs >= 1);
            QCOMPARE(r->memorySizeMb, 128);
            QVERIFY2(r->maxMemoryUsedMb > 1 && r->maxMemoryUsedMb < 128,
                     qPrintable(QString::number(r->maxMemoryUsedMb)));
            QCOMPARE(r->status, InvocationStatus::Succeeded);
            QCOMPARE(r->executedVersion, QStringLiteral("$LATEST"));
            const QString report = r->logs.constLast().text;
            QVERIFY2(
                report.startsWith(QStringLiteral("REPORT RequestId: ") + r->requestId + QStringLiteral("\tDuration: ")),
                qPrintable(report));
            QCOMPARE(report.contains(QLatin1String("\tInit Duration: ")), i == 1);
            QVERIFY(
                hasLine(*r, QStringLiteral("START RequestId: ") + r->requestId + QStringLiteral(" Version: $LATEST")));
            QVERIFY(hasLine(*r, QStringLiteral("END RequestId: ") + r->requestId));
        }
        QCOMPARE(tb.backend->environments(QStringLiteral("py")).idle, 1);
    }

    void nodeWarmReuseAndCallback()
    {
        TestBackend tb;
        QVERIFY(tb.create(tb.config(QStringLiteral("js"), RuntimeFamily::Node, QStringLiteral("handlers.counter")),
                          nodeCode()));
        for (int i = 1; i <= 3; ++i) {
            const auto r = tb.invoke(QStringLiteral("js"));
            QVERIFY(r && !r->isError());
            QCOMPARE(object(r->payload).value(QStringLiteral("count")).toInt(), i);
            QCOMPARE(r->initDurationMs.has_value(), i == 1);
        }
        QVERIFY(
            tb.create(tb.config(QStringLiteral("cb"), RuntimeFamily::Node, QStringLiteral("handlers.callbackStyle")),
                      nodeCode()));
        const auto r = tb.invoke(QStringLiteral("cb"));
        QVERIFY(r && !r->isError());
        QCOMPARE(object(r->payload).value(QStringLiteral("viaCallback")).toBool(), true);
        QCOMPARE(object(r->payload).value(QStringLiteral("requestId")).toString(), r->requestId);
    }

    void functionErrors()
    {
        TestBackend tb;
        QVERIFY(tb.create(tb.config(QStringLiteral("pyfail"), RuntimeFamily::Python, QStringLiteral("handlers.fail")),
                          pythonCode()));
        auto r = tb.invoke(QStringLiteral("pyfail"), R"({"why":"testing"})");
        QVERIFY(r);
        QCOMPARE(r->functionError, QStringLiteral("Unhandled"));
        QJsonObject o = object(r->payload);
        QCOMPARE(o.value(QStringLiteral("errorType")).toString(), QStringLiteral("ValueError"));
        QCOMPARE(o.value(QStringLiteral("errorMessage")).toString(), QStringLiteral("bad value: testing"));
        QVERIFY(!o.value(QStringLiteral("stackTrace")).toArray().isEmpty());
        QCOMPARE(r->errorType, QStringLiteral("ValueError"));
        QVERIFY(hasLine(*r, QStringLiteral("about to fail")));
        QVERIFY(hasLine(*r, QStringLiteral("[ERROR] ValueError: bad value: testing")));
        QVERIFY(r->logs.constLast().text.endsWith(QLatin1String("\tStatus: error\tError Type: ValueError")));
        // A function error keeps the environment warm.
        r = tb.invoke(QStringLiteral("pyfail"));
        QVERIFY(!r->initDurationMs);

        QVERIFY(tb.create(tb.config(QStringLiteral("jsfail"), RuntimeFamily::Node, QStringLiteral("handlers.fail")),
                          nodeCode()));
        r = tb.invoke(QStringLiteral("jsfail"), R"({"why":"js"})");
        o = object(r->payload);
        QCOMPARE(o.value(QStringLiteral("errorType")).toString(), QStringLiteral("TypeError"));
        QCOMPARE(o.value(QStringLiteral("errorMessage")).toString(), QStringLiteral("bad value: js"));
        QVERIFY(o.value(QStringLiteral("trace"))
                    .toArray()
                    .first()
                    .toString()
                    .startsWith(QLatin1String("TypeError: bad value: js")));
    }

    void contextAndEnvironment()
    {
        TestBackend tb;
        FunctionConfig c = tb.config(QStringLiteral("ctx"), RuntimeFamily::Python,
                                     QStringLiteral("handlers.context_info"), 256, 7);
        c.environment.insert(QStringLiteral("GREETING"), QStringLiteral("hej"));
        QVERIFY(tb.create(c, pythonCode()));
        const auto r = tb.invoke(QStringLiteral("ctx"), "{}", 60000, R"({"custom":{"tenant":"t1"}})");
        QVERIFY2(r && !r->isError(), r ? r->payload.constData() : "");
        const QJsonObject o = object(r->payload);
        QCOMPARE(o.value(QStringLiteral("requestId")).toString(), r->requestId);
        QCOMPARE(o.value(QStringLiteral("functionName")).toString(), QStringLiteral("ctx"));
        QCOMPARE(o.value(QStringLiteral("functionVersion")).toString(), QStringLiteral("$LATEST"));
        QCOMPARE(o.value(QStringLiteral("arn")).toString(),
                 QStringLiteral("arn:aws:lambda:us-east-1:000000000000:function:ctx"));
        QCOMPARE(o.value(QStringLiteral("memory")).toString(), QStringLiteral("256"));
        const int remaining = o.value(QStringLiteral("remaining")).toInt();
        QVERIFY2(remaining > 5000 && remaining <= 7000, qPrintable(QString::number(remaining)));
        QCOMPARE(o.value(QStringLiteral("logGroup")).toString(), QStringLiteral("/aws/lambda/ctx"));
        QCOMPARE(o.value(QStringLiteral("logStream")).toString(), r->logStream);
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}/\\d{2}/\\d{2}/\\[\\$LATEST\\][0-9a-f]{32}$"))
                    .match(r->logStream)
                    .hasMatch());
        QCOMPARE(o.value(QStringLiteral("clientContext")).toObject().value(QStringLiteral("tenant")).toString(),
                 QStringLiteral("t1"));
        const QJsonObject env = o.value(QStringLiteral("env")).toObject();
        QCOMPARE(env.value(QStringLiteral("AWS_LAMBDA_FUNCTION_NAME")).toString(), QStringLiteral("ctx"));
        QCOMPARE(env.value(QStringLiteral("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")).toString(), QStringLiteral("256"));
        QCOMPARE(env.value(QStringLiteral("AWS_LAMBDA_FUNCTION_VERSION")).toString(), QStringLiteral("$LATEST"));
        QCOMPARE(env.value(QStringLiteral("AWS_LAMBDA_LOG_GROUP_NAME")).toString(), QStringLiteral("/aws/lambda/ctx"));
        QCOMPARE(env.value(QStringLiteral("AWS_LAMBDA_LOG_STREAM_NAME")).toString(), r->logStream);
        QCOMPARE(env.value(QStringLiteral("AWS_REGION")).toString(), QStringLiteral("us-east-1"));
        QCOMPARE(env.value(QStringLiteral("AWS_EXECUTION_ENV")).toString(), QStringLiteral("AWS_Lambda_") + c.runtime);
        QCOMPARE(env.value(QStringLiteral("_HANDLER")).toString(), QStringLiteral("handlers.context_info"));
        QCOMPARE(env.value(QStringLiteral("TZ")).toString(), QStringLiteral(":UTC"));
        QCOMPARE(env.value(QStringLiteral("GREETING")).toString(), QStringLiteral("hej"));
        if (sandbox::mode() == sandbox::Mode::Namespaces) { // AWS's paths
            QCOMPARE(env.value(QStringLiteral("LAMBDA_TASK_ROOT")).toString(), QStringLiteral("/var/task"));
            QCOMPARE(env.value(QStringLiteral("TMPDIR")).toString(), QStringLiteral("/tmp"));
        } else {
            QCOMPARE(env.value(QStringLiteral("LAMBDA_TASK_ROOT")).toString(),
                     tb.root() + QStringLiteral("/functions/ctx/code"));
            QVERIFY(env.value(QStringLiteral("TMPDIR")).toString().startsWith(tb.root()));
        }
    }

    void customRuntimeSeesTheRuntimeApi()
    {
        TestBackend tb;
        QVERIFY(tb.createChild(QStringLiteral("child"), QStringLiteral("env"), 128, 3,
                               {{QStringLiteral("MY_SETTING"), QStringLiteral("on")}}));
        const auto r = tb.invoke(QStringLiteral("child"));
        QVERIFY2(r && !r->isError(), r ? r->payload.constData() : "");
        const QJsonObject o = object(r->payload);
        QVERIFY(QRegularExpression(QStringLiteral("^127\\.0\\.0\\.1:\\d+$"))
                    .match(o.value(QStringLiteral("AWS_LAMBDA_RUNTIME_API")).toString())
                    .hasMatch());
        QCOMPARE(o.value(QStringLiteral("MY_SETTING")).toString(), QStringLiteral("on"));
        QCOMPARE(o.value(QStringLiteral("_HANDLER")).toString(), QStringLiteral("child.handler"));
        const qint64 deadline = o.value(QStringLiteral("deadline")).toString().toLongLong();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY2(deadline > now && deadline <= now + 3000, qPrintable(QString::number(deadline - now)));
        QVERIFY(o.value(QStringLiteral("trace")).toString().startsWith(QLatin1String("Root=1-")));
        QVERIFY(hasLine(*r, QStringLiteral("testchild: env ready"))); // init output belongs to the cold invocation
        // Custom runtimes are billed for init as well.
        QVERIFY(r->billedMs >= qint64(r->durationMs + *r->initDurationMs));
    }

    void timeoutKillsAndResets()
    {
        TestBackend tb;
        QVERIFY(tb.create(
            tb.config(QStringLiteral("slow"), RuntimeFamily::Python, QStringLiteral("handlers.sleep"), 128, 1),
            pythonCode()));
        const auto r = tb.invoke(QStringLiteral("slow"), R"({"seconds": 10})");
        QVERIFY(r);
        QCOMPARE(r->status, InvocationStatus::TimedOut);
        QCOMPARE(r->functionError, QStringLiteral("Unhandled"));
        const QJsonObject o = object(r->payload);
        QCOMPARE(o.value(QStringLiteral("errorType")).toString(), QStringLiteral("Sandbox.Timedout"));
        const QRegularExpression line(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z ")
                                      + r->requestId + QStringLiteral(" Task timed out after 1\\.00 seconds$"));
        QVERIFY2(line.match(o.value(QStringLiteral("errorMessage")).toString()).hasMatch(), r->payload.constData());
        bool logged = false;
        for (const LogLine &l : r->logs)
            logged = logged || line.match(l.text).hasMatch();
        QVERIFY(logged);
        QVERIFY(hasLine(*r, QStringLiteral("sleeping 10")));
        QCOMPARE(r->durationMs, 1000.0);
        QVERIFY(r->logs.constLast().text.endsWith(QLatin1String("\tStatus: timeout")));
        // The environment was reset: the next invocation is a cold start.
        const auto again = tb.invoke(QStringLiteral("slow"), R"({"seconds": 0})");
        QVERIFY(again && !again->isError());
        QVERIFY(again->initDurationMs.has_value());
    }

    // Max Memory Used of an invocation that timed out is the environment's real peak, read
    // before the kill: at least the 40 MB the handler held while it slept past its deadline,
    // and at least the runtime's own peak (VmHWM) as it printed it. (A cgroup v1 joined after
    // the start does not count what the interpreter took before; the runtime's VmHWM does,
    // and is gone once the process is.)
    void timedOutInvocationKeepsItsPeak_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("detected") << QString();
        QTest::newRow("watchdog") << QStringLiteral("watchdog");
    }
    void timedOutInvocationKeepsItsPeak()
    {
        const SandboxOff hostMode; // host pids and folders, the /tmp watchdog: tst_sandboxenv has the sandbox's
        QFETCH(QString, mode);
        qputenv("LAMBDESK_LIMITS", mode.toLatin1());
        TestBackend tb;
        qunsetenv("LAMBDESK_LIMITS");
        // 1024 MB: a large CPU share, so that the allocation is done well before the deadline.
        QVERIFY(tb.create(
            tb.config(QStringLiteral("hold"), RuntimeFamily::Python, QStringLiteral("handlers.hold"), 1024, 3),
            pythonCode()));
        const auto r = tb.invoke(QStringLiteral("hold"), R"({"megabytes": 40, "seconds": 60})");
        QVERIFY(r);
        QCOMPARE(r->status, InvocationStatus::TimedOut);
        // It got there before the deadline.
        static const QRegularExpression holding(QStringLiteral("^holding 40 MB, VmHWM (\\d+) kB$"));
        qint64 hwmKb = -1;
        for (const LogLine &l : r->logs) {
            if (const auto m = holding.match(l.text); m.hasMatch())
                hwmKb = m.captured(1).toLongLong();
        }
        QVERIFY(hwmKb > 0);
        QVERIFY2(r->maxMemoryUsedMb >= 40, qPrintable(QString::number(r->maxMemoryUsedMb)));
        QVERIFY2(r->maxMemoryUsedMb >= (hwmKb + 1023) / 1024,
                 qPrintable(QStringLiteral("%1 MB < VmHWM %2 kB").arg(r->maxMemoryUsedMb).arg(hwmKb)));
        const QString report = r->logs.constLast().text;
        QVERIFY2(report.contains(QStringLiteral("\tMax Memory Used: %1 MB").arg(r->maxMemoryUsedMb)),
                 qPrintable(report));
    }

    // Max Memory Used is the environment's peak so far, as on AWS: within one warm environment
    // it never goes down, whatever ends the invocation. (It did: an invocation that timed out
    // was measured after the kill, when the runtime's own peak was gone, and a cgroup v1
    // joined after the start had counted only part of it: 17 MB, then 7 MB.)
    void maxMemoryUsedNeverGoesDownInOneEnvironment_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QByteArray>("last");     // the event that ends the environment
        QTest::addColumn<QString>("lastOutcome"); // its error type
        for (const QString &mode : {QString(), QStringLiteral("watchdog")}) {
            const QByteArray name = mode.isEmpty() ? "detected" : "watchdog";
            QTest::newRow(QByteArray(name + ", then a timeout").constData())
                << mode << QByteArray(R"({"megabytes": 1, "seconds": 60})") << QStringLiteral("Sandbox.Timedout");
            QTest::newRow(QByteArray(name + ", then a crash").constData())
                << mode << QByteArray(R"({"megabytes": 1, "exit": 3})") << QStringLiteral("Runtime.ExitError");
        }
    }
    void maxMemoryUsedNeverGoesDownInOneEnvironment()
    {
        QFETCH(QString, mode);
        QFETCH(QByteArray, last);
        QFETCH(QString, lastOutcome);
        qputenv("LAMBDESK_LIMITS", mode.toLatin1());
        TestBackend tb;
        qunsetenv("LAMBDESK_LIMITS");
        // 1024 MB: a large CPU share, so that each step is done well before the 3 s deadline.
        QVERIFY(tb.create(
            tb.config(QStringLiteral("hold"), RuntimeFamily::Python, QStringLiteral("handlers.hold"), 1024, 3),
            pythonCode()));
        QList<int> used;
        const QList<QByteArray> events{R"({"megabytes": 40, "seconds": 0})", R"({"megabytes": 1, "seconds": 0})",
                                       R"({"megabytes": 1, "seconds": 0})", last};
        for (const QByteArray &event : events) {
            const auto r = tb.invoke(QStringLiteral("hold"), event);
            QVERIFY(r);
            QCOMPARE(r->initDurationMs.has_value(), used.isEmpty()); // one environment: cold once
            QCOMPARE(r->errorType, event == last ? lastOutcome : QString());
            used.append(r->maxMemoryUsedMb);
            QVERIFY2(r->logs.constLast().text.contains(QStringLiteral("\tMax Memory Used: %1 MB").arg(used.last())),
                     qPrintable(r->logs.constLast().text));
        }
        QStringList figures;
        for (int mb : used)
            figures.append(QString::number(mb));
        QVERIFY2(used.first() >= 40, qPrintable(figures.join(u' ')));
        for (qsizetype i = 1; i < used.size(); ++i)
            QVERIFY2(used.at(i) >= used.at(i - 1),
                     qPrintable(QStringLiteral("Max Memory Used, invocation by invocation: ") + figures.join(u' ')));
    }

    // A CPU-bound handler at 128 MB (128/1769 of a vCPU) runs into its quota: the result says
    // for how long the cgroup held it back during its Duration, and so does a line of its log
    // (what the CLI prints and the API's LogResult carries). A handler that stays within its
    // quota is measured too, and its log says nothing. Without a cgroup CPU quota (the
    // watchdog) nothing is claimed.
    void cpuThrottlingIsReported()
    {
        TestBackend tb;
        QVERIFY(tb.create(
            tb.config(QStringLiteral("burn"), RuntimeFamily::Python, QStringLiteral("handlers.burn"), 128, 120),
            pythonCode()));
        QVERIFY(tb.create(
            tb.config(QStringLiteral("idle"), RuntimeFamily::Python, QStringLiteral("handlers.counter"), 3538, 60),
            pythonCode()));
        const auto burnt = tb.invoke(QStringLiteral("burn"), R"({"milliseconds": 60})", 180000);
        QVERIFY2(burnt && !burnt->isError(), burnt ? burnt->payload.constData() : "");
        const auto idle = tb.invoke(QStringLiteral("idle"));
        QVERIFY2(idle && !idle->isError(), idle ? idle->payload.constData() : "");
        const QString note = QStringLiteral("Lambdesk: CPU throttled ");
        if (!tb.backend->limitsDescription().contains(QLatin1String("CPU quota"))) {
            QVERIFY(!burnt->cpuThrottledMs);
            QVERIFY(!idle->cpuThrottledMs);
            QVERIFY(!hasLine(*burnt, note));
            return;
        }
        QVERIFY(burnt->cpuThrottledMs);
        QVERIFY2(*burnt->cpuThrottledMs > 0, qPrintable(QString::number(*burnt->cpuThrottledMs)));
        QVERIFY(*burnt->cpuThrottledMs <= burnt->durationMs);
        QVERIFY(burnt->cpuThrottledPeriods > 0);
        QVERIFY(hasLine(*burnt, note));
        // Before END and REPORT, which stay the last lines as on AWS.
        QVERIFY(burnt->logs.constLast().text.startsWith(QLatin1String("REPORT RequestId: ")));
        // One thread under a quota of two vCPUs is never held back.
        QVERIFY(idle->cpuThrottledMs);
        QCOMPARE(*idle->cpuThrottledMs, 0.0);
        QCOMPARE(idle->cpuThrottledPeriods, 0);
        QVERIFY(!hasLine(*idle, note));
    }

    void memoryLimitKills_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("detected") << QString();
        QTest::newRow("watchdog") << QStringLiteral("watchdog");
    }
    void memoryLimitKills()
    {
        QFETCH(QString, mode);
        qputenv("LAMBDESK_LIMITS", mode.toLatin1());
        TestBackend tb;
        qunsetenv("LAMBDESK_LIMITS");
        if (!mode.isEmpty())
            QVERIFY(tb.backend->limitsDescription().contains(QLatin1String("watchdog")));
        QVERIFY(tb.createChild(QStringLiteral("leak"), QStringLiteral("leak"), 128, 30));
        const auto r = tb.invoke(QStringLiteral("leak"));
        QVERIFY(r);
        QCOMPARE(r->functionError, QStringLiteral("Unhandled"));
        const QJsonObject o = object(r->payload);
        QCOMPARE(o.value(QStringLiteral("errorType")).toString(), QStringLiteral("Runtime.OutOfMemory"));
        QCOMPARE(o.value(QStringLiteral("errorMessage")).toString(),
                 QStringLiteral("RequestId: %1 Error: Runtime exited with error: signal: killed").arg(r->requestId));
        QCOMPARE(r->maxMemoryUsedMb, 128);
        QVERIFY(hasLine(*r, QStringLiteral("testchild: holding 64 MB"))); // it really got that far
        QVERIFY(!hasLine(*r, QStringLiteral("testchild: holding 200 MB")));
        // Python too, with the memory it really allocates
        QVERIFY(tb.create(
            tb.config(QStringLiteral("pyalloc"), RuntimeFamily::Python, QStringLiteral("handlers.alloc"), 128, 30),
            pythonCode()));
        auto fits = tb.invoke(QStringLiteral("pyalloc"), R"({"megabytes": 40})");
        QVERIFY2(fits && !fits->isError(), fits->payload.constData());
        QVERIFY2(fits->maxMemoryUsedMb >= 40, qPrintable(QString::number(fits->maxMemoryUsedMb)));
        auto tooMuch = tb.invoke(QStringLiteral("pyalloc"), R"({"megabytes": 400})");
        QCOMPARE(tooMuch->errorType, QStringLiteral("Runtime.OutOfMemory"));
    }

    // An environment whose file pages are charged to it (its runtime's code, when it was the
    // first to read it; here a file the handler maps) thrashes at its limit: the kernel keeps
    // evicting those pages and the process keeps reading them back, and its OOM killer never
    // acts (over 30 s here). Lambdesk calls that out of memory and kills it, with a line that
    // says why. (The watchdog counts the mapped pages as resident and kills past the limit.)
    // Before: Sandbox.Timedout at the deadline, or a kill only after many seconds.
    void thrashingAtTheLimitIsAMemoryKill_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("detected") << QString();
        QTest::newRow("watchdog") << QStringLiteral("watchdog");
    }
    void thrashingAtTheLimitIsAMemoryKill()
    {
        // The file it maps lives in TMPDIR: in the sandbox that is the /tmp tmpfs, not counted as memory.
        const SandboxOff hostMode;
        QFETCH(QString, mode);
        qputenv("LAMBDESK_LIMITS", mode.toLatin1());
        TestBackend tb;
        qunsetenv("LAMBDESK_LIMITS");
        QVERIFY(tb.createChild(QStringLiteral("thrash"), QStringLiteral("thrash"), 128, 60));
        const auto r = tb.invoke(QStringLiteral("thrash"), "{}", 240000);
        QVERIFY(r);
        QVERIFY(hasLine(*r, QStringLiteral("testchild: thrashing"))); // it got there
        QCOMPARE(r->errorType, QStringLiteral("Runtime.OutOfMemory"));
        QCOMPARE(object(r->payload).value(QStringLiteral("errorMessage")).toString(),
                 QStringLiteral("RequestId: %1 Error: Runtime exited with error: signal: killed").arg(r->requestId));
        QCOMPARE(r->maxMemoryUsedMb, 128);
        if (tb.backend->limitsDescription().contains(QLatin1String("cgroup")))
            QVERIFY(hasLine(*r, QStringLiteral("Lambdesk: the environment stayed at its 128 MB memory size for ")));
        else
            QVERIFY(hasLine(*r, QStringLiteral("Lambdesk: memory use passed the function's 128 MB")));
        // The next invocation starts a fresh environment.
        QVERIFY(tb.createChild(QStringLiteral("echo"), QStringLiteral("echo"), 128, 10));
        const auto next = tb.invoke(QStringLiteral("echo"));
        QVERIFY(next && !next->isError());
    }

    // The memory-limit blueprint end to end, as the console runs it (its handler, its events,
    // its memory size and timeout): "too-much" ends in the memory kill its text promises, well
    // before the timeout, and its log says what its figures measure.
    void memoryDemoBlueprint_data()
    {
        QTest::addColumn<RuntimeFamily>("family");
        QTest::newRow("nodejs") << RuntimeFamily::Node;
        QTest::newRow("python") << RuntimeFamily::Python;
    }
    void memoryDemoBlueprint()
    {
        QFETCH(RuntimeFamily, family);
        TestBackend tb;
        const Blueprint *blueprint = catalogs::blueprint(QStringLiteral("memory-demo"));
        QVERIFY(blueprint);
        FunctionConfig c;
        c.name = QStringLiteral("memory");
        c.runtime = tb.runtime(family);
        c.memorySize = blueprint->memorySize;
        c.timeout = blueprint->timeout;
        const auto created = tb.backend->createFunction(c, CodeSource::blueprint(blueprint->id));
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        const auto event = [&](const QString &name) { return tb.backend->readEvent(c.name, name).value(); };

        const auto fits = tb.invoke(c.name, event(QStringLiteral("fits")), 120000);
        QVERIFY2(fits && !fits->isError(), fits ? fits->payload.constData() : "");
        const QJsonObject answer = object(fits->payload);
        QCOMPARE(answer.value(QStringLiteral("allocatedMB")).toInt(), 40);
        QVERIFY2(fits->maxMemoryUsedMb > 40, qPrintable(QString::number(fits->maxMemoryUsedMb)));
        // The process's peak it reports is within what REPORT says (the same peak, read later).
        QVERIFY2(answer.value(QStringLiteral("processPeakMB")).toInt() <= fits->maxMemoryUsedMb,
                 qPrintable(QStringLiteral("%1 MB > %2 MB")
                                .arg(answer.value(QStringLiteral("processPeakMB")).toInt())
                                .arg(fits->maxMemoryUsedMb)));
        // Its first line says what "own" and "shared" are; the progress lines give them.
        const auto logged = [&](QLatin1String text) {
            return std::any_of(fits->logs.cbegin(), fits->logs.cend(),
                               [&](const LogLine &l) { return l.text.contains(text); });
        };
        QVERIFY(logged(QLatin1String("Allocating 40 MB with a memory size of 128 MB; now resident ")));
        QVERIFY(logged(QLatin1String("(resident: this process's memory in RAM; own: the part only it uses; shared: "
                                     "files other processes map too, the runtime's code)")));
        static const QRegularExpression progress(
            QStringLiteral("  (\\d+) MB allocated; resident (\\d+) MB \\(own (\\d+) MB \\+ shared (\\d+) MB\\)$"));
        const auto progressLines = [&](const InvocationResult &r) {
            QList<int> allocated;
            for (const LogLine &l : r.logs) {
                if (const auto m = progress.match(l.text); m.hasMatch())
                    allocated.append(m.captured(1).toInt());
            }
            return allocated;
        };
        QCOMPARE(progressLines(*fits), (QList<int>{16, 32}));

        const auto tooMuch = tb.invoke(c.name, event(QStringLiteral("too-much")), 120000);
        QVERIFY(tooMuch);
        // Not Sandbox.Timedout: the allocation is done well within the blueprint's timeout, even
        // where first-touched memory is slow and 128 MB gets 7 % of a CPU. Else: how far it got.
        QVERIFY2(tooMuch->errorType == QLatin1String("Runtime.OutOfMemory"),
                 qPrintable(QStringLiteral("%1 after %2 ms (CPU throttled %3 ms); its log:\n%4")
                                .arg(tooMuch->errorType)
                                .arg(tooMuch->durationMs)
                                .arg(tooMuch->cpuThrottledMs.value_or(-1))
                                .arg(logText(*tooMuch))));
        QCOMPARE(
            object(tooMuch->payload).value(QStringLiteral("errorMessage")).toString(),
            QStringLiteral("RequestId: %1 Error: Runtime exited with error: signal: killed").arg(tooMuch->requestId));
        QCOMPARE(tooMuch->maxMemoryUsedMb, 128);
        // Killed mid-allocation: some progress, never all 300 MB.
        const QList<int> reached = progressLines(*tooMuch);
        QVERIFY(!reached.isEmpty());
        QVERIFY2(reached.last() < 300, qPrintable(QString::number(reached.last())));
        // What the blueprint's text promises is what happened.
        QVERIFY(blueprint->description.contains(tooMuch->errorType));
        QVERIFY(blueprint->description.contains(QLatin1String("Runtime exited with error: signal: killed")));
        QVERIFY(blueprint->description.contains(QLatin1String("128 MB of 128 MB")));
        // And the next invocation starts a fresh environment.
        const auto after = tb.invoke(c.name, event(QStringLiteral("fits")), 120000);
        QVERIFY2(after && !after->isError(), after ? after->payload.constData() : "");
        QVERIFY(after->initDurationMs.has_value());
    }

    void crashesAreExitErrors_data()
    {
        QTest::addColumn<QString>("signal");
        QTest::addColumn<QString>("description");
        QTest::newRow("exit 3") << QString() << "exit status 3";
        QTest::newRow("segv") << "11"
                              << "signal: segmentation fault";
        QTest::newRow("abort") << "6"
                               << "signal: aborted";
    }
    void crashesAreExitErrors()
    {
        QFETCH(QString, signal);
        QFETCH(QString, description);
        TestBackend tb;
        QMap<QString, QString> env;
        if (!signal.isEmpty())
            env.insert(QStringLiteral("TESTCHILD_SIGNAL"), signal);
        QVERIFY(tb.createChild(QStringLiteral("crash"), QStringLiteral("crash"), 128, 3, env));
        const auto r = tb.invoke(QStringLiteral("crash"));
        QVERIFY(r);
        const QJsonObject o = object(r->payload);
        QCOMPARE(o.value(QStringLiteral("errorType")).toString(), QStringLiteral("Runtime.ExitError"));
        QCOMPARE(o.value(QStringLiteral("errorMessage")).toString(),
                 QStringLiteral("RequestId: %1 Error: Runtime exited with error: %2").arg(r->requestId, description));
        QVERIFY(hasLine(*r, QStringLiteral("testchild: crashing")));
        QVERIFY(hasLine(*r, QStringLiteral("Runtime.ExitError")));
        QSignalSpy changed(tb.backend.get(), &Backend::environmentsChanged);
        QVERIFY(waitForSignals(
            changed, [&] { return tb.backend->environments(QStringLiteral("crash")).idle == 0; }, 5000));
    }

    void pythonExitIsExitError()
    {
        TestBackend tb;
        QVERIFY(tb.create(tb.config(QStringLiteral("quit"), RuntimeFamily::Python, QStringLiteral("handlers.exit_now")),
                          pythonCode()));
        const auto r = tb.invoke(QStringLiteral("quit"), R"({"code": 7})");
        QCOMPARE(r->errorType, QStringLiteral("Runtime.ExitError"));
        QVERIFY(r->payload.contains("Runtime exited with error: exit status 7"));
    }

    void initErrors()
    {
        TestBackend tb;
        QVERIFY(tb.create(tb.config(QStringLiteral("broken"), RuntimeFamily::Python,
                                    QStringLiteral("lambda_function.lambda_handler")),
                          fixture(QStringLiteral("handlers/python-broken"))));
        auto r = tb.invoke(QStringLiteral("broken"));
        QCOMPARE(r->functionError, QStringLiteral("Unhandled"));
        QJsonObject o = object(r->payload);
        QCOMPARE(o.value(QStringLiteral("errorType")).toString(), QStringLiteral("Runtime.ImportModuleError"));
        QVERIFY2(o.value(QStringLiteral("errorMessage"))
                     .toString()
                     .startsWith(QLatin1String(
                         "Unable to import module 'lambda_function': No module named 'module_that_does_not_exist'")),
                 r->payload.constData());
        bool initReport = false;
        for (const LogLine &l : r->logs)
            initReport = initReport
                || (l.text.startsWith(QLatin1String("INIT_REPORT Init Duration: "))
                    && l.text.endsWith(QLatin1String("Status: error\tError Type: Runtime.ImportModuleError")));
        QVERIFY(initReport);

        QVERIFY(
            tb.create(tb.config(QStringLiteral("nohandler"), RuntimeFamily::Python, QStringLiteral("handlers.nope")),
                      pythonCode()));
        r = tb.invoke(QStringLiteral("nohandler"));
        QCOMPARE(object(r->payload).value(QStringLiteral("errorType")).toString(),
                 QStringLiteral("Runtime.HandlerNotFound"));

        QVERIFY(tb.create(tb.config(QStringLiteral("nojs"), RuntimeFamily::Node, QStringLiteral("missing.handler")),
                          nodeCode()));
        r = tb.invoke(QStringLiteral("nojs"));
        QCOMPARE(object(r->payload).value(QStringLiteral("errorType")).toString(),
                 QStringLiteral("Runtime.ImportModuleError"));

        QVERIFY(tb.createChild(QStringLiteral("childinit"), QStringLiteral("initerror")));
        r = tb.invoke(QStringLiteral("childinit"));
        QCOMPARE(object(r->payload).value(QStringLiteral("errorType")).toString(), QStringLiteral("TestInitError"));
        QCOMPARE(object(r->payload).value(QStringLiteral("errorMessage")).toString(),
                 QStringLiteral("init went wrong"));
    }

    void missingBootstrapIsInvalidEntrypoint()
    {
        TestBackend tb;
        QTemporaryDir empty;
        QVERIFY(tb.create(tb.config(QStringLiteral("noboot"), RuntimeFamily::Provided, QStringLiteral("x.y")),
                          empty.path()));
        const auto r = tb.invoke(QStringLiteral("noboot"));
        QCOMPARE(r->errorType, QStringLiteral("Runtime.InvalidEntrypoint"));
        QVERIFY(r->payload.contains("bootstrap: no such file or directory"));
    }

    void tmpIsPerEnvironment()
    {
        const SandboxOff hostMode; // host pids and folders, the /tmp watchdog: tst_sandboxenv has the sandbox's
        TestBackend tb;
        QVERIFY(tb.create(tb.config(QStringLiteral("tmp"), RuntimeFamily::Python, QStringLiteral("handlers.tmp_write")),
                          pythonCode()));
        // Two invocations at once need two environments.
        std::optional<Result<InvocationResult>> a, b;
        QEventLoop both;
        tb.backend->invoke(
            {QStringLiteral("tmp"), {}, R"({"sleep": 0.5, "file": "a.txt"})", InvocationType::RequestResponse, {}},
            [&](Result<InvocationResult> r) {
                a = std::move(r);
                if (b)
                    both.quit();
            });
        tb.backend->invoke(
            {QStringLiteral("tmp"), {}, R"({"sleep": 0.5, "file": "b.txt"})", InvocationType::RequestResponse, {}},
            [&](Result<InvocationResult> r) {
                b = std::move(r);
                if (a)
                    both.quit();
            });
        QTimer::singleShot(30000, &both, &QEventLoop::quit); // a safety net only
        if (!a || !b)
            both.exec();
        QVERIFY(a && b);
        const QString tmpA = object((*a)->payload).value(QStringLiteral("tmp")).toString();
        const QString tmpB = object((*b)->payload).value(QStringLiteral("tmp")).toString();
        QVERIFY(!tmpA.isEmpty() && !tmpB.isEmpty());
        QVERIFY(tmpA != tmpB);
        QVERIFY(object((*a)->payload).value(QStringLiteral("existed")).toArray().isEmpty());
        QVERIFY(object((*b)->payload).value(QStringLiteral("existed")).toArray().isEmpty());
        QVERIFY((*a)->logStream != (*b)->logStream);
        QCOMPARE(tb.backend->environments(QStringLiteral("tmp")).idle, 2);
        // A warm environment sees what it wrote before; a new one starts empty.
        const auto again = tb.invoke(QStringLiteral("tmp"), R"({"file": "c.txt"})");
        QCOMPARE(object(again->payload).value(QStringLiteral("existed")).toArray().size(), 1);
        tb.backend->stop();
        QVERIFY(!QFileInfo::exists(tmpA) && !QFileInfo::exists(tmpB)); // scratch space goes with the environment
    }

    void ephemeralStorageBoundsFiles()
    {
        const SandboxOff hostMode; // host pids and folders, the /tmp watchdog: tst_sandboxenv has the sandbox's
        TestBackend tb;
        FunctionConfig c;
        QVERIFY(tb.createChild(QStringLiteral("disk"), QStringLiteral("tmp"), 128, 30,
                               {{QStringLiteral("TESTCHILD_TMP_MB"), QStringLiteral("600")}}));
        const auto r = tb.invoke(QStringLiteral("disk"));
        QVERIFY2(r && !r->isError(), r->payload.constData());
        const QJsonObject o = object(r->payload);
        QCOMPARE(o.value(QStringLiteral("writtenMb")).toInt(), 512); // the write past 512 MB fails
        QCOMPARE(o.value(QStringLiteral("errno")).toInt(), EFBIG);
    }

    // Many files, each under the limit, that add up past it: the watchdog on the folder stops
    // the environment.
    void ephemeralStorageBoundsTheFolder()
    {
        const SandboxOff hostMode; // host pids and folders, the /tmp watchdog: tst_sandboxenv has the sandbox's
        TestBackend tb;
        QVERIFY(tb.createChild(QStringLiteral("disk"), QStringLiteral("tmp"), 1024, 30,
                               {{QStringLiteral("TESTCHILD_TMP_MB"), QStringLiteral("200")},
                                {QStringLiteral("TESTCHILD_TMP_FILES"), QStringLiteral("3")},
                                {QStringLiteral("TESTCHILD_TMP_HOLD_MS"), QStringLiteral("5000")}}));
        const auto r = tb.invoke(QStringLiteral("disk"));
        QVERIFY(r);
        QVERIFY2(r->isError(), r->payload.constData());
        // Reported as what it is, not as a crash.
        QCOMPARE(r->errorType, QStringLiteral("Runtime.EphemeralStorageExceeded"));
        QCOMPARE(r->status, InvocationStatus::Failed);
        QCOMPARE(r->functionError, QStringLiteral("Unhandled"));
        const QJsonObject o = object(r->payload);
        QCOMPARE(o.value(QStringLiteral("errorType")).toString(), QStringLiteral("Runtime.EphemeralStorageExceeded"));
        static const QRegularExpression message(
            QStringLiteral("^RequestId: %1 Error: Runtime exited: /tmp held (\\d+) MB, more than the function's "
                           "512 MB of ephemeral storage$")
                .arg(QRegularExpression::escape(r->requestId)));
        const auto held = message.match(o.value(QStringLiteral("errorMessage")).toString());
        QVERIFY2(held.hasMatch(), r->payload.constData());
        QVERIFY(held.captured(1).toInt() > 512);
        QVERIFY(held.captured(1).toInt() <= 600);
        QString all;
        for (const LogLine &l : r->logs)
            all += l.text + u'\n';
        static const QRegularExpression said(
            QStringLiteral("the environment's /tmp \\(TMPDIR\\) holds (\\d+) MB, more than its "
                           "ephemeral storage of 512 MB; the environment was stopped"));
        const auto m = said.match(all);
        QVERIFY2(m.hasMatch(), qPrintable(all));
        QCOMPARE(m.captured(1), held.captured(1)); // the note and the error tell the same size
        QVERIFY(hasLine(*r, o.value(QStringLiteral("errorMessage")).toString()));
        QVERIFY(r->logs.constLast().text.endsWith(QLatin1String("\tStatus: error\tError Type: "
                                                                "Runtime.EphemeralStorageExceeded")));
        QCOMPARE(tb.backend->environments(QStringLiteral("disk")).idle, 0); // stopped, its folder removed
    }

    void childrenDieWithTheEnvironment()
    {
        const SandboxOff hostMode; // host pids and folders, the /tmp watchdog: tst_sandboxenv has the sandbox's
        TestBackend tb;
        QVERIFY(
            tb.create(tb.config(QStringLiteral("spawn"), RuntimeFamily::Python, QStringLiteral("handlers.spawn_child")),
                      pythonCode()));
        const auto r = tb.invoke(QStringLiteral("spawn"));
        QVERIFY2(r && !r->isError(), r->payload.constData());
        const qint64 child = object(r->payload).value(QStringLiteral("child")).toInteger();
        QVERIFY(processAlive(child));
        tb.backend->stop();
        QVERIFY(waitForExit(child, 5000));

        TestBackend tb2;
        QVERIFY(tb2.createChild(QStringLiteral("fork"), QStringLiteral("fork")));
        const auto f = tb2.invoke(QStringLiteral("fork"));
        const qint64 forked = object(f->payload).value(QStringLiteral("child")).toInteger();
        QVERIFY(processAlive(forked));
        QSignalSpy retired(tb2.backend.get(), &Backend::environmentsRetired);
        FunctionConfig changed = tb2.backend->getFunction(QStringLiteral("fork")).value();
        changed.memorySize = 256;
        QVERIFY(tb2.backend->updateConfiguration(changed));
        QCOMPARE(retired.count(), 1);
        QVERIFY(waitForExit(forked, 5000));
    }

    void floodIsCapturedLineByLine()
    {
        TestBackend tb;
        QVERIFY(tb.createChild(QStringLiteral("flood"), QStringLiteral("flood"), 128, 30,
                               {{QStringLiteral("TESTCHILD_LINES"), QStringLiteral("20000")}}));
        const auto r = tb.invoke(QStringLiteral("flood"));
        QVERIFY(r && !r->isError());
        int flood = 0;
        for (const LogLine &l : r->logs) {
            if (l.text.startsWith(QLatin1String("flood line "))) {
                ++flood;
                QCOMPARE(l.requestId, r->requestId);
            }
        }
        QCOMPARE(flood, 20000);
        QVERIFY(hasLine(*r, QStringLiteral("flood line 20000 of 20000")));
        QVERIFY(r->logs.constLast().text.startsWith(QLatin1String("REPORT"))); // nothing after REPORT
    }

    void changesRetireWarmEnvironments()
    {
        TestBackend tb;
        QVERIFY(tb.create(tb.config(QStringLiteral("gen"), RuntimeFamily::Python, QStringLiteral("handlers.counter")),
                          pythonCode()));
        QCOMPARE(object(tb.invoke(QStringLiteral("gen"))->payload).value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(object(tb.invoke(QStringLiteral("gen"))->payload).value(QStringLiteral("count")).toInt(), 2);
        QSignalSpy retired(tb.backend.get(), &Backend::environmentsRetired);
        // Only the description: no new environment needed.
        FunctionConfig c = tb.backend->getFunction(QStringLiteral("gen")).value();
        c.description = QStringLiteral("just words");
        QVERIFY(tb.backend->updateConfiguration(c));
        QCOMPARE(object(tb.invoke(QStringLiteral("gen"))->payload).value(QStringLiteral("count")).toInt(), 3);
        QCOMPARE(retired.count(), 0);
        // Code: retire.
        QFile f(fixture(QStringLiteral("handlers/python/handlers.py")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(tb.backend->saveCodeFile(QStringLiteral("gen"), QStringLiteral("handlers.py"),
                                         f.readAll() + "\n# edited\n"));
        QCOMPARE(retired.count(), 1);
        auto r = tb.invoke(QStringLiteral("gen"));
        QCOMPARE(object(r->payload).value(QStringLiteral("count")).toInt(), 1);
        QVERIFY(r->initDurationMs);
        // Configuration: retire.
        c = tb.backend->getFunction(QStringLiteral("gen")).value();
        c.environment.insert(QStringLiteral("X"), QStringLiteral("1"));
        QVERIFY(tb.backend->updateConfiguration(c));
        QCOMPARE(retired.count(), 2);
        QCOMPARE(object(tb.invoke(QStringLiteral("gen"))->payload).value(QStringLiteral("count")).toInt(), 1);
    }

    void idleEnvironmentsAreReaped()
    {
        const SandboxOff hostMode; // host pids and folders, the /tmp watchdog: tst_sandboxenv has the sandbox's
        TestBackend tb;
        tb.backend->setIdleTimeoutMs(300);
        QVERIFY(tb.create(tb.config(QStringLiteral("reap"), RuntimeFamily::Python, QStringLiteral("handlers.counter")),
                          pythonCode()));
        const qint64 pid = object(tb.invoke(QStringLiteral("reap"))->payload).value(QStringLiteral("pid")).toInteger();
        QCOMPARE(tb.backend->environments(QStringLiteral("reap")).idle, 1);
        QSignalSpy changed(tb.backend.get(), &Backend::environmentsChanged);
        QVERIFY(waitForSignals(
            changed, [&] { return tb.backend->environments(QStringLiteral("reap")).idle == 0; }, safetyNetMs(60000)));
        QVERIFY(waitForExit(pid, safetyNetMs(60000)));
        const auto again = tb.invoke(QStringLiteral("reap"));
        // Cold again: a new process, counting from one, with an Init Duration. On failure, say
        // what the invocation answered (a missing Init Duration alone does not tell why).
        const QJsonObject payload = object(again->payload);
        QVERIFY2(!again->isError(), again->payload.constData());
        QCOMPARE(payload.value(QStringLiteral("count")).toInt(), 1);
        QVERIFY(payload.value(QStringLiteral("pid")).toInteger() != pid);
        QVERIFY(again->initDurationMs);
    }

    void requestsAreValidated()
    {
        TestBackend tb;
        QVERIFY(tb.create(tb.config(QStringLiteral("v"), RuntimeFamily::Python, QStringLiteral("handlers.echo")),
                          pythonCode()));
        auto r = tb.invoke(QStringLiteral("v"), "{\"a\": }");
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::InvalidRequest);
        QVERIFY2(r.error().message.contains(QLatin1String("line 1, column 7")), qPrintable(r.error().message));
        r = tb.invoke(QStringLiteral("nope"));
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
        QCOMPARE(r.error().message,
                 QStringLiteral("Function not found: arn:aws:lambda:us-east-1:000000000000:function:nope"));
        r = tb.invoke(QStringLiteral("v"), QByteArray(6 * 1024 * 1024 + 10, ' '));
        QCOMPARE(r.error().kind, Error::Kind::TooLarge);
        r = tb.invoke(QStringLiteral("v"), "");
        QVERIFY(r && !r->isError());
        QCOMPARE(r->payload, QByteArrayLiteral("{}")); // an empty payload arrives as {}
        r = tb.invoke(QStringLiteral("v"), "\"just a string\"");
        QCOMPARE(r->payload, QByteArrayLiteral("\"just a string\""));
    }

    // The client context reaches the runtime as a header: whoever invokes (API, CLI, console)
    // gets it checked as AWS does (a JSON object, at most 3583 bytes in Base64), and the header
    // the runtime reads is one line whatever the text held.
    void clientContextIsValidated_data()
    {
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("header injected") << QByteArrayLiteral(
            "{\"custom\":{}}\r\nLambda-Runtime-Aws-Request-Id: forged")
                                         << false;
        QTest::newRow("not an object") << QByteArrayLiteral("[1, 2]") << false;
        QTest::newRow("not JSON") << QByteArrayLiteral("{custom}") << false;
        QTest::newRow("NUL") << QByteArray("{\"a\":\"\0\"}", 9) << false;
        QTest::newRow("too large") << (QByteArrayLiteral("{\"custom\":{\"pad\":\"") + QByteArray(2700, 'x')
                                       + QByteArrayLiteral("\"}}"))
                                   << false;
        QTest::newRow("line breaks between tokens")
            << QByteArrayLiteral("{\r\n  \"custom\": {\"tenant\": \"t1\"}\r\n}") << true;
    }
    void clientContextIsValidated()
    {
        QFETCH(QByteArray, context);
        QFETCH(bool, accepted);
        TestBackend tb;
        QVERIFY(tb.createChild(QStringLiteral("cc"), QStringLiteral("env")));
        const auto r = tb.invoke(QStringLiteral("cc"), "{}", 60000, context);
        if (!accepted) {
            QVERIFY2(!r, r ? r->payload.constData() : "");
            QCOMPARE(r.error().kind, Error::Kind::InvalidRequest);
            QVERIFY2(r.error().message.startsWith(QLatin1String("ClientContext")), qPrintable(r.error().message));
            return;
        }
        QVERIFY2(r && !r->isError(), r ? r->payload.constData() : qPrintable(r.error().message));
        const QByteArray header = object(r->payload).value(QStringLiteral("clientContext")).toString().toUtf8();
        QVERIFY2(!header.contains('\r') && !header.contains('\n'), header.constData());
        QCOMPARE(object(header).value(QStringLiteral("custom")).toObject().value(QStringLiteral("tenant")).toString(),
                 QStringLiteral("t1"));
    }

    void oversizedResponse()
    {
        TestBackend tb;
        QVERIFY(tb.create(
            tb.config(QStringLiteral("big"), RuntimeFamily::Python, QStringLiteral("handlers.big_response"), 512, 10),
            pythonCode()));
        const auto r = tb.invoke(QStringLiteral("big"));
        QCOMPARE(r->errorType, QStringLiteral("Function.ResponseSizeTooLarge"));
        QVERIFY(r->payload.contains("Response payload size exceeded maximum allowed payload size (6291556 bytes)."));
    }

    void creationIsValidated()
    {
        TestBackend tb;
        FunctionConfig c = tb.config(QStringLiteral("bad name"), RuntimeFamily::Python,
                                     QStringLiteral("handlers.echo"));
        auto r = tb.create(c, pythonCode());
        QCOMPARE(r.error().field, QStringLiteral("FunctionName"));
        c.name = QStringLiteral("ok");
        c.memorySize = 100;
        r = tb.create(c, pythonCode());
        QCOMPARE(r.error().field, QStringLiteral("MemorySize"));
        c.memorySize = 128;
        c.runtime = QStringLiteral("python3.2");
        r = tb.create(c, pythonCode());
        QCOMPARE(r.error().field, QStringLiteral("Runtime"));
        QVERIFY2(r.error().message.contains(QLatin1String("not installed")), qPrintable(r.error().message));
        QVERIFY(tb.backend->listFunctions().isEmpty()); // nothing half-made on disk
        QVERIFY(QDir(tb.root() + QStringLiteral("/functions")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
        c.runtime = tb.runtime(RuntimeFamily::Python);
        QVERIFY(tb.create(c, pythonCode()));
        r = tb.create(c, pythonCode());
        QCOMPARE(r.error().kind, Error::Kind::Conflict);
    }
};

QTEST_GUILESS_MAIN(TestEnvironment)
#include "tst_environment.moc"
