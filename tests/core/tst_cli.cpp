// The command line as a user runs it: the real binary, its output streams and exit codes.
#include "fakeinterpreter.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    QTemporaryDir m_ws;

    Run run(QStringList args, const QByteArray &input = {})
    {
        QProcess p;
        if (!args.contains(QStringLiteral("--workspace")))
            args << QStringLiteral("--workspace") << m_ws.path();
        p.start(qEnvironmentVariable("LAMBDESK_BINARY"), args);
        if (!input.isEmpty()) {
            p.write(input);
            p.closeWriteChannel();
        }
        if (!p.waitForFinished(60000))
            qFatal("lambdesk %s did not finish", qPrintable(args.join(u' ')));
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                   p.readAllStandardError()};
    }

    // ---- runtime detection, seen from outside: fake interpreters on a PATH of their own ----

    static void writeFake(const QString &path, const QByteArray &version, const QString &gate = {})
    {
        QVERIFY(fakeinterpreter::write(path, version, gate));
    }
    static void writeShim(const QString &path, const QString &target)
    {
        QVERIFY(fakeinterpreter::writeShim(path, target));
    }
    static int runsOf(const QString &path) { return fakeinterpreter::runsOf(path); }
    // What `touch` does: a new modification time, the same content.
    static void touch(const QString &path)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const QDateTime was = f.fileTime(QFileDevice::FileModificationTime);
        QVERIFY(f.setFileTime(was.addSecs(10), QFileDevice::FileModificationTime));
    }
    // Only `bin` on PATH and a cache of the test's own.
    static QProcessEnvironment fakeEnv(const QString &bin, const QString &cache)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), bin);
        env.insert(QStringLiteral("XDG_CACHE_HOME"), cache);
        env.remove(QStringLiteral("PYENV_VERSION"));
        return env;
    }
    Run runWith(const QProcessEnvironment &env, const QString &workspace, QStringList args)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("LAMBDESK_BINARY"), args << QStringLiteral("--workspace") << workspace);
        if (!p.waitForFinished(120000))
            qFatal("lambdesk %s did not finish", qPrintable(args.join(u' ')));
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                   p.readAllStandardError()};
    }
    // Reads `p`'s standard output until it holds `text` (woken by each output, never polled).
    static bool readUntil(QProcess &p, QByteArray &seen, const QByteArray &text, int timeoutMs = 60000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!seen.contains(text)) {
            if (deadline.hasExpired() || p.state() != QProcess::Running
                || !p.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
                return seen.contains(text) || (seen += p.readAllStandardOutput()).contains(text);
            seen += p.readAllStandardOutput();
        }
        return true;
    }
private Q_SLOTS:
    // invoke --repeat N --concurrency C: a load run, its summary table on stdout, no log lines
    // and no progress line (stderr is no terminal here); 1 when an invocation failed.
    void loadRun()
    {
        Run r = run({QStringLiteral("create"), QStringLiteral("loadhi"), QStringLiteral("--runtime"),
                     QStringLiteral("python3.11"), QStringLiteral("--blueprint"),
                     QStringLiteral("hello-world-python")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({QStringLiteral("invoke"), QStringLiteral("loadhi"), QStringLiteral("--repeat"), QStringLiteral("6"),
                 QStringLiteral("--concurrency"), QStringLiteral("3"), QStringLiteral("--payload"),
                 QStringLiteral("{\"name\":\"Ada\"}")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("Function        loadhi:$LATEST\n"), r.out.constData());
        QVERIFY2(r.out.contains("Plan            6 invocations at concurrency 3\n"), r.out.constData());
        QVERIFY2(r.out.contains("Invocations     6\n"), r.out.constData());
        QVERIFY2(r.out.contains("Succeeded       6\n"), r.out.constData());
        QVERIFY2(r.out.contains("Throttles       0\n"), r.out.constData());
        QVERIFY2(r.out.contains("Max in flight   3\n"), r.out.constData());
        for (const char *row : {"Cold starts", "Duration p50", "Duration p99", "Wall time", "Invocations/s"})
            QVERIFY2(r.out.contains(row), row);
        QVERIFY2(!r.out.contains("Hello, Ada!"), r.out.constData());     // no responses
        QVERIFY2(!r.err.contains("START RequestId"), r.err.constData()); // no log lines
        QVERIFY2(!r.err.contains('\r'), r.err.constData());              // no progress line off a terminal

        // They ran like any other invocation: recorded.
        r = run({QStringLiteral("metrics"), QStringLiteral("loadhi"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out)
                     .object()
                     .value(QStringLiteral("total"))
                     .toObject()
                     .value(QStringLiteral("invocations"))
                     .toInt(),
                 6);

        r = run({QStringLiteral("invoke"), QStringLiteral("loadhi"), QStringLiteral("--repeat"), QStringLiteral("6"),
                 QStringLiteral("--ramp"), QStringLiteral("1:2")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("Plan            6 invocations at concurrency 1 → 2\n"), r.out.constData());
        QVERIFY2(r.out.contains("Invocations     6\n"), r.out.constData());

        // A handler that fails: the run goes to its end, counts the errors, and exits 1.
        QTemporaryDir code;
        QFile f(code.filePath(QStringLiteral("lambda_function.py")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("def handler(event, context):\n    raise ValueError('boom')\n");
        f.close();
        r = run({QStringLiteral("create"), QStringLiteral("loadfail"), QStringLiteral("--runtime"),
                 QStringLiteral("python3.11"), QStringLiteral("--handler"), QStringLiteral("lambda_function.handler"),
                 QStringLiteral("--code"), code.path()});
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({QStringLiteral("invoke"), QStringLiteral("loadfail"), QStringLiteral("--repeat"), QStringLiteral("4"),
                 QStringLiteral("--concurrency"), QStringLiteral("2")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("Errors          4\n"), r.out.constData());
        QVERIFY2(r.out.contains("Succeeded       0\n"), r.out.constData());
        QVERIFY2(r.out.contains("First error     ValueError: boom\n"), r.out.constData());
    }

    // The versions published here have read-only snapshots: make the workspace deletable.
    void cleanupTestCase() { lambdesk::versionstore::makeWritable(m_ws.path()); }

    // `list`, and a function of a custom runtime created and invoked, need no interpreter: none runs.
    void commandsThatNeedNoRuntimeRunNone()
    {
        QTemporaryDir dir;
        const QString bin = dir.filePath(QStringLiteral("bin")), ws = dir.filePath(QStringLiteral("ws"));
        QVERIFY(QDir().mkpath(bin));
        const QString python = bin + QStringLiteral("/python3");
        writeFake(python, "3.99.1");
        const QProcessEnvironment env = fakeEnv(bin, dir.filePath(QStringLiteral("cache")));
        QTemporaryDir code;
        QVERIFY(QFile::copy(testsupport::testChild(), code.filePath(QStringLiteral("bootstrap"))));

        Run r = runWith(env, ws,
                        {QStringLiteral("create"), QStringLiteral("custom"), QStringLiteral("--runtime"),
                         QStringLiteral("provided.al2023"), QStringLiteral("--handler"), QStringLiteral("x.handler"),
                         QStringLiteral("--code"), code.path()});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(runsOf(python), 0);
        r = runWith(env, ws,
                    {QStringLiteral("invoke"), QStringLiteral("custom"), QStringLiteral("--payload"),
                     QStringLiteral("{\"a\":1}")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(runsOf(python), 0);
        r = runWith(env, ws, {QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("custom"));
        QCOMPARE(runsOf(python), 0);

        // A Python function: its creation asks the interpreter once; `list` then, even with no
        // cache at all, asks nothing.
        r = runWith(env, ws,
                    {QStringLiteral("create"), QStringLiteral("py"), QStringLiteral("--runtime"),
                     QStringLiteral("python3.99"), QStringLiteral("--blueprint"),
                     QStringLiteral("hello-world-python")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(runsOf(python), 1);
        QVERIFY(QDir(dir.filePath(QStringLiteral("cache"))).removeRecursively());
        r = runWith(env, ws, {QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("python3.99"));
        QCOMPARE(runsOf(python), 1);
    }

    // The second start reads the cache (nothing runs); a touched interpreter, a new one on
    // PATH and --refresh are asked again, and only they.
    void runtimesAreCachedUntilTheInterpreterChanges()
    {
        QTemporaryDir dir;
        const QString bin = dir.filePath(QStringLiteral("bin")), ws = dir.filePath(QStringLiteral("ws"));
        const QString cache = dir.filePath(QStringLiteral("cache"));
        QVERIFY(QDir().mkpath(bin));
        const QString python = bin + QStringLiteral("/python3");
        writeFake(python, "3.99.1");
        const QProcessEnvironment env = fakeEnv(bin, cache);

        Run r = runWith(env, ws, {QStringLiteral("runtimes")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("python3.99") && r.out.contains(python.toUtf8()), r.out.constData());
        QCOMPARE(runsOf(python), 1);
        QVERIFY(QFile::exists(cache + QStringLiteral("/lambdesk/runtimes.json")));
        r = runWith(env, ws, {QStringLiteral("runtimes")});
        QVERIFY(r.out.contains("python3.99"));
        QCOMPARE(runsOf(python), 1); // from the cache

        touch(python);
        r = runWith(env, ws, {QStringLiteral("runtimes")});
        QVERIFY(r.out.contains("python3.99"));
        QCOMPARE(runsOf(python), 2);

        const QString newer = bin + QStringLiteral("/python3.12");
        writeFake(newer, "3.12.4");
        r = runWith(env, ws, {QStringLiteral("runtimes")});
        QVERIFY2(r.out.contains("python3.12") && r.out.contains("python3.99"), r.out.constData());
        QCOMPARE(runsOf(python), 2); // unchanged: not asked again
        QCOMPARE(runsOf(newer), 1);

        r = runWith(env, ws, {QStringLiteral("runtimes"), QStringLiteral("--refresh")});
        QCOMPARE(r.code, 0);
        QCOMPARE(runsOf(python), 3);
        QCOMPARE(runsOf(newer), 2);

        // A cache that cannot be read is no error: everything is asked again.
        QFile broken(cache + QStringLiteral("/lambdesk/runtimes.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{not json");
        broken.close();
        r = runWith(env, ws, {QStringLiteral("runtimes")});
        QVERIFY(r.out.contains("python3.99"));
        QCOMPARE(runsOf(python), 4);
    }

    // A shim (a script that execs the real interpreter, as pyenv's) is run once: environments
    // run the interpreter it resolved to, and it is asked again when what selects its version
    // (PYENV_VERSION, the version files) changes.
    void shimIsResolvedOnce()
    {
        QTemporaryDir dir;
        const QString bin = dir.filePath(QStringLiteral("bin")), real = dir.filePath(QStringLiteral("versions"));
        const QString ws = dir.filePath(QStringLiteral("ws"));
        QVERIFY(QDir().mkpath(bin));
        QVERIFY(QDir().mkpath(real));
        const QString interpreter = real + QStringLiteral("/python3.99"), shim = bin + QStringLiteral("/python3");
        writeFake(interpreter, "3.99.1");
        writeShim(shim, interpreter);
        QProcessEnvironment env = fakeEnv(bin, dir.filePath(QStringLiteral("cache")));

        Run r = runWith(env, ws, {QStringLiteral("runtimes")});
        QVERIFY2(r.out.contains(interpreter.toUtf8()), r.out.constData()); // the real one, not the shim
        QVERIFY(!r.out.contains(QByteArray(shim.toUtf8() + '\n')));
        QCOMPARE(runsOf(shim), 1);
        r = runWith(env, ws, {QStringLiteral("runtimes")});
        QVERIFY(r.out.contains(interpreter.toUtf8()));
        QCOMPARE(runsOf(shim), 1);
        QCOMPARE(runsOf(interpreter), 1);

        env.insert(QStringLiteral("PYENV_VERSION"), QStringLiteral("3.99.1"));
        r = runWith(env, ws, {QStringLiteral("runtimes")});
        QVERIFY(r.out.contains(interpreter.toUtf8()));
        QCOMPARE(runsOf(shim), 2);
        r = runWith(env, ws, {QStringLiteral("runtimes")});
        QCOMPARE(runsOf(shim), 2);
    }

    // pyenv's shim of a command no selected version has (python3.12 while only 3.99.1 is selected)
    // is known not to run without being run; with "system" selected pyenv might find it on PATH,
    // so it is asked.
    void pyenvShimOfAnUnselectedVersionIsNotRun()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("pyenv")), shims = root + QStringLiteral("/shims");
        const QString versionBin = root + QStringLiteral("/versions/3.99.1/bin");
        QVERIFY(QDir().mkpath(shims));
        QVERIFY(QDir().mkpath(versionBin));
        writeFake(versionBin + QStringLiteral("/python3"), "3.99.1");
        writeShim(shims + QStringLiteral("/python3"), versionBin + QStringLiteral("/python3"));
        const QString unselected = shims + QStringLiteral("/python3.12");
        writeShim(unselected, versionBin + QStringLiteral("/python3.12")); // fails, as pyenv's would
        QFile version(root + QStringLiteral("/version"));
        QVERIFY(version.open(QIODevice::WriteOnly));
        version.write("3.99.1\n");
        version.close();
        QProcessEnvironment env = fakeEnv(shims, dir.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("PYENV_ROOT"), root);
        env.insert(QStringLiteral("PYENV_DIR"), dir.path()); // no .python-version above it

        Run r = runWith(env, dir.filePath(QStringLiteral("ws")), {QStringLiteral("runtimes")});
        QVERIFY2(r.out.contains("python3.99") && !r.out.contains("python3.12"), r.out.constData());
        QCOMPARE(runsOf(shims + QStringLiteral("/python3")), 1);
        QCOMPARE(runsOf(unselected), 0);

        env.insert(QStringLiteral("PYENV_VERSION"), QStringLiteral("3.99.1:system"));
        r = runWith(env, dir.filePath(QStringLiteral("ws")), {QStringLiteral("runtimes")});
        QVERIFY2(r.out.contains("python3.99"), r.out.constData());
        QCOMPARE(runsOf(unselected), 1);
    }

    // `serve` prints its address without waiting for the interpreters (blocked here until the
    // test lets them answer), says the runtimes are being detected and prints them when known;
    // with the cache warm it prints them at once and runs nothing.
    void serveDoesNotWaitForDetection()
    {
        QTemporaryDir dir;
        const QString bin = dir.filePath(QStringLiteral("bin")), ws = dir.filePath(QStringLiteral("ws"));
        QVERIFY(QDir().mkpath(bin));
        const fakeinterpreter::Gate gate(dir.filePath(QStringLiteral("gate")));
        QVERIFY(gate.isValid());
        const QString python = bin + QStringLiteral("/python3");
        writeFake(python, "3.99.1", gate.path());
        const QProcessEnvironment env = fakeEnv(bin, dir.filePath(QStringLiteral("cache")));

        struct Serve
        {
            QProcess p;
            ~Serve() // no test leaves a process running, whatever failed
            {
                p.terminate();
                if (!p.waitForFinished(60000))
                    p.kill();
                p.waitForFinished(5000);
            }
        };
        auto serve = [&](QProcess &p) {
            p.setProcessEnvironment(env);
            p.start(qEnvironmentVariable("LAMBDESK_BINARY"),
                    {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--quiet"),
                     QStringLiteral("--workspace"), ws});
            QVERIFY(p.waitForStarted(60000));
        };
        {
            Serve s;
            serve(s.p);
            QByteArray seen;
            // The interpreter cannot answer yet: the address must come all the same.
            QVERIFY2(readUntil(s.p, seen, "Stop with Ctrl+C."),
                     QByteArray(seen + s.p.readAllStandardError()).constData());
            QVERIFY2(seen.contains("Lambda API on http://127.0.0.1:"), seen.constData());
            QVERIFY2(seen.contains("runtimes    detecting"), seen.constData());
            QVERIFY(gate.open()); // the interpreter answers now
            QVERIFY2(readUntil(s.p, seen, "runtimes    python3.99"), seen.constData());
            QCOMPARE(runsOf(python), 1);
        }
        {
            Serve s;
            serve(s.p);
            QByteArray seen;
            QVERIFY2(readUntil(s.p, seen, "Stop with Ctrl+C."), seen.constData());
            QVERIFY2(seen.contains("runtimes    python3.99"), seen.constData());
        }
        QCOMPARE(runsOf(python), 1); // the warm cache: nothing ran
    }

    void helpAndVersion()
    {
        Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("lambdesk create NAME --runtime RT"));
        QVERIFY(r.out.contains("lambdesk invoke NAME[:QUALIFIER]"));
        r = run({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("lambdesk " LAMBDESK_VERSION));
        r = run({QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("'frobnicate' is not a command"));
    }

    void createInvokeList()
    {
        Run r = run({QStringLiteral("create"), QStringLiteral("hi"), QStringLiteral("--runtime"),
                     QStringLiteral("python3.11"), QStringLiteral("--blueprint"),
                     QStringLiteral("hello-world-python")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("Created hi"));
        r = run({QStringLiteral("invoke"), QStringLiteral("hi"), QStringLiteral("--payload"),
                 QStringLiteral("{\"name\":\"Ada\"}"), QStringLiteral("--repeat"), QStringLiteral("3")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3); // one response per line
        for (const QByteArray &line : lines)
            QVERIFY2(line.contains("Hello, Ada!"), line.constData());
        QCOMPARE(r.err.count("START RequestId: "), 3); // log lines go to stderr
        QCOMPARE(r.err.count("REPORT RequestId: "), 3);
        QCOMPARE(r.err.count("Init Duration"), 1); // one environment for all three
        r = run({QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("hi"));
        QVERIFY(r.out.contains("python3.11"));
    }

    // metrics after invocations: the totals in text and JSON, by version and by alias.
    void metricsAfterInvocations()
    {
        Run r = run({QStringLiteral("create"), QStringLiteral("mx"), QStringLiteral("--runtime"),
                     QStringLiteral("python3.11"), QStringLiteral("--blueprint"),
                     QStringLiteral("hello-world-python")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({QStringLiteral("invoke"), QStringLiteral("mx"), QStringLiteral("--repeat"), QStringLiteral("3")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({QStringLiteral("metrics"), QStringLiteral("mx")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("Invocations 3  Errors 0  Success rate 100.0%  Throttles 0"), r.out.constData());
        QVERIFY2(r.out.contains("Cold starts 1"), r.out.constData());
        QVERIFY2(r.out.contains("mx, last 1h (per 1 min, percentiles within 2.2%)"), r.out.constData());

        r = run({QStringLiteral("metrics"), QStringLiteral("mx:$LATEST"), QStringLiteral("--since"),
                 QStringLiteral("10m"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc.value(QStringLiteral("function")).toString(), QStringLiteral("mx"));
        QCOMPARE(doc.value(QStringLiteral("exactPercentiles")).toBool(), true);
        const QJsonObject total = doc.value(QStringLiteral("total")).toObject();
        QCOMPARE(total.value(QStringLiteral("invocations")).toInt(), 3);
        QCOMPARE(total.value(QStringLiteral("coldStarts")).toInt(), 1);
        QVERIFY(total.value(QStringLiteral("durationP99Ms")).toDouble() > 0);
        const qsizetype periods = doc.value(QStringLiteral("periods")).toArray().size();
        QVERIFY2(periods == 9 || periods == 10, qPrintable(QString::number(periods))); // minutes, the current one last

        r = run({QStringLiteral("metrics"), QStringLiteral("mx:live"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out)
                     .object()
                     .value(QStringLiteral("total"))
                     .toObject()
                     .value(QStringLiteral("invocations"))
                     .toInt(),
                 0); // none through an alias "live"
    }

    // `lambdesk logs`: the lines as `aws logs tail` prints them, a filter pattern, a version.
    void logsAfterInvocations()
    {
        Run r = run({QStringLiteral("create"), QStringLiteral("lg"), QStringLiteral("--runtime"),
                     QStringLiteral("python3.11"), QStringLiteral("--blueprint"),
                     QStringLiteral("hello-world-python")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({QStringLiteral("invoke"), QStringLiteral("lg"), QStringLiteral("--payload"),
                 QStringLiteral(R"({"name": "Ada"})")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({QStringLiteral("invoke"), QStringLiteral("lg"), QStringLiteral("--payload"),
                 QStringLiteral(R"({"name": "Grace"})")});
        QVERIFY2(r.code == 0, r.err.constData());

        r = run({QStringLiteral("logs"), QStringLiteral("lg")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        // START, the print, END, REPORT per invocation (and nothing of the other functions here).
        QVERIFY2(lines.size() >= 8, r.out.constData());
        static const QRegularExpression form(QStringLiteral(
            R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00 \d{4}/\d\d/\d\d/\[\$LATEST\][0-9a-f]{32} .+$)"));
        for (const QString &line : lines)
            QVERIFY2(form.match(line).hasMatch(), qPrintable(line));
        QVERIFY(r.out.indexOf("Saying hello to Ada") < r.out.indexOf("Saying hello to Grace"));

        r = run({QStringLiteral("logs"), QStringLiteral("lg"), QStringLiteral("--filter"), QStringLiteral("REPORT")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.out.count("REPORT RequestId: "), 2);
        QCOMPARE(r.out.count('\n'), 2);
        r = run({QStringLiteral("logs"), QStringLiteral("lg"), QStringLiteral("--filter"),
                 QStringLiteral("\"Saying hello\" -Ada")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.out.count('\n'), 1);
        QVERIFY(r.out.contains("Saying hello to Grace"));
        r = run({QStringLiteral("logs"), QStringLiteral("lg:1"), QStringLiteral("--since"), QStringLiteral("1h")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray()); // no version 1 ran
        r = run({QStringLiteral("logs"), QStringLiteral("lg:$LATEST"), QStringLiteral("--filter"),
                 QStringLiteral("?Ada ?Grace")});
        QCOMPARE(r.out.count('\n'), 2);

        // A function whose LoggingConfig.LogGroup names another group keeps its lines here: logs is
        // per function, whatever its group.
        QFile config(lambdesk::Workspace::configFileOf(m_ws.path(), QStringLiteral("lg")));
        QVERIFY(config.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(config.readAll()).object();
        config.close();
        o.insert(QStringLiteral("LoggingConfig"),
                 QJsonObject{{QStringLiteral("LogFormat"), QStringLiteral("Text")},
                             {QStringLiteral("LogGroup"), QStringLiteral("/app/cli")}});
        QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        config.write(QJsonDocument(o).toJson());
        config.close();
        r = run(
            {QStringLiteral("logs"), QStringLiteral("lg"), QStringLiteral("--filter"), QStringLiteral("?Ada ?Grace")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.out.count('\n'), 2);
    }

    // --follow prints lines stored after it started, by another process (an invoke), while
    // that process holds the workspace.
    void logsFollow()
    {
        Run r = run({QStringLiteral("create"), QStringLiteral("lf"), QStringLiteral("--runtime"),
                     QStringLiteral("python3.11"), QStringLiteral("--blueprint"),
                     QStringLiteral("hello-world-python")});
        QVERIFY2(r.code == 0, r.err.constData());
        QProcess follow;
        follow.start(qEnvironmentVariable("LAMBDESK_BINARY"),
                     {QStringLiteral("logs"), QStringLiteral("lf"), QStringLiteral("--follow"),
                      QStringLiteral("--filter"), QStringLiteral("Saying"), QStringLiteral("--workspace"),
                      m_ws.path()});
        QVERIFY(follow.waitForStarted());
        r = run({QStringLiteral("invoke"), QStringLiteral("lf"), QStringLiteral("--payload"),
                 QStringLiteral(R"({"name": "Follower"})")});
        QVERIFY2(r.code == 0, r.err.constData());
        QByteArray seen;
        const bool arrived = readUntil(follow, seen, "Saying hello to Follower");
        follow.kill();
        follow.waitForFinished();
        QVERIFY2(arrived, seen.constData());
        QVERIFY2(!seen.contains("START RequestId"), seen.constData()); // the filter holds while following
    }

    // publish, versions, alias, aliases, and invoke with a qualifier.
    void versionsAndAliases()
    {
        Run r = run({QStringLiteral("create"), QStringLiteral("pv"), QStringLiteral("--runtime"),
                     QStringLiteral("python3.11"), QStringLiteral("--blueprint"),
                     QStringLiteral("hello-world-python")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({QStringLiteral("publish"), QStringLiteral("pv"), QStringLiteral("--description"),
                 QStringLiteral("first")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("1\n"));
        r = run({QStringLiteral("publish"), QStringLiteral("pv")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("1\n"));
        QVERIFY2(r.err.contains("Nothing changed since version 1"), r.err.constData());
        r = run({QStringLiteral("versions"), QStringLiteral("pv")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("first"), r.out.constData());
        r = run({QStringLiteral("alias"), QStringLiteral("pv"), QStringLiteral("live"), QStringLiteral("--version"),
                 QStringLiteral("1")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("live -> 1\n"));
        r = run({QStringLiteral("aliases"), QStringLiteral("pv")});
        QCOMPARE(r.out, QByteArray("live -> 1\n"));
        r = run({QStringLiteral("invoke"), QStringLiteral("pv:live"), QStringLiteral("--payload"),
                 QStringLiteral("{\"name\":\"Ada\"}")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("Hello, Ada!"), r.out.constData());
        QVERIFY2(r.err.contains("Version: 1"), r.err.constData());
        r = run({QStringLiteral("invoke"), QStringLiteral("pv:7")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("Function not found"), r.err.constData());
        r = run({QStringLiteral("alias"), QStringLiteral("pv"), QStringLiteral("live"), QStringLiteral("--version"),
                 QStringLiteral("1"), QStringLiteral("--weight"), QStringLiteral("1=0.5")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("RoutingConfig"), r.err.constData());
    }

    void createFromDirWithSettings()
    {
        Run r = run({QStringLiteral("create"), QStringLiteral("echo"), QStringLiteral("--runtime"),
                     QStringLiteral("python3.11"), QStringLiteral("--handler"), QStringLiteral("handlers.context_info"),
                     QStringLiteral("--code"), testsupport::fixture(QStringLiteral("handlers/python")),
                     QStringLiteral("--memory"), QStringLiteral("256"), QStringLiteral("--timeout"),
                     QStringLiteral("5"), QStringLiteral("--env"), QStringLiteral("GREETING=hello world")});
        QVERIFY2(r.code == 0, r.err.constData());
        QFile payload(m_ws.path() + QStringLiteral("/payload.json"));
        QVERIFY(payload.open(QIODevice::WriteOnly));
        payload.write("{}");
        payload.close();
        r = run(
            {QStringLiteral("invoke"), QStringLiteral("echo"), QStringLiteral("--payload-file"), payload.fileName()});
        QCOMPARE(r.code, 0);
        const QJsonObject o = testsupport::object(r.out);
        QCOMPARE(o.value(QStringLiteral("memory")).toString(), QStringLiteral("256"));
        QCOMPARE(o.value(QStringLiteral("env")).toObject().value(QStringLiteral("GREETING")).toString(),
                 QStringLiteral("hello world"));
        r = run(
            {QStringLiteral("invoke"), QStringLiteral("echo"), QStringLiteral("--payload-file"), QStringLiteral("-")},
            "{\"a\":1}");
        QCOMPARE(r.code, 0);
    }

    void functionErrorExitsOne()
    {
        Run r = run({QStringLiteral("create"), QStringLiteral("failing"), QStringLiteral("--runtime"),
                     QStringLiteral("python3.11"), QStringLiteral("--handler"), QStringLiteral("handlers.fail"),
                     QStringLiteral("--code"), testsupport::fixture(QStringLiteral("handlers/python"))});
        QCOMPARE(r.code, 0);
        r = run({QStringLiteral("invoke"), QStringLiteral("failing")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains("\"errorType\": \"ValueError\"") || r.out.contains("\"errorType\":\"ValueError\""));
    }

    void badInputExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("bad name") << QStringList{QStringLiteral("create"), QStringLiteral("bad name!"),
                                                 QStringLiteral("--runtime"), QStringLiteral("python3.11")}
                                  << QByteArray("FunctionName may only contain");
        QTest::newRow("memory") << QStringList{QStringLiteral("create"),    QStringLiteral("m"),
                                               QStringLiteral("--runtime"), QStringLiteral("python3.11"),
                                               QStringLiteral("--memory"),  QStringLiteral("64")}
                                << QByteArray("MemorySize must be a whole number of MB from 128 to 10240; got 64");
        QTest::newRow("memory text") << QStringList{QStringLiteral("create"),    QStringLiteral("m"),
                                                    QStringLiteral("--runtime"), QStringLiteral("python3.11"),
                                                    QStringLiteral("--memory"),  QStringLiteral("lots")}
                                     << QByteArray("MemorySize must be a whole number");
        QTest::newRow("timeout") << QStringList{QStringLiteral("create"),    QStringLiteral("t"),
                                                QStringLiteral("--runtime"), QStringLiteral("python3.11"),
                                                QStringLiteral("--timeout"), QStringLiteral("901")}
                                 << QByteArray("Timeout must be a whole number of seconds from 1 to 900; got 901");
        QTest::newRow("reserved env") << QStringList{QStringLiteral("create"),    QStringLiteral("e"),
                                                     QStringLiteral("--runtime"), QStringLiteral("python3.11"),
                                                     QStringLiteral("--env"),     QStringLiteral("AWS_REGION=x")}
                                      << QByteArray("'AWS_REGION' is reserved");
        QTest::newRow("env form") << QStringList{QStringLiteral("create"),    QStringLiteral("e"),
                                                 QStringLiteral("--runtime"), QStringLiteral("python3.11"),
                                                 QStringLiteral("--env"),     QStringLiteral("NOEQUALS")}
                                  << QByteArray("--env must be KEY=VALUE");
        QTest::newRow("logs since") << QStringList{QStringLiteral("logs"), QStringLiteral("lg"),
                                                   QStringLiteral("--since"), QStringLiteral("yesterday")}
                                    << QByteArray("--since must be a whole number with s, m, h or d");
        QTest::newRow("logs filter") << QStringList{QStringLiteral("logs"), QStringLiteral("lg"),
                                                    QStringLiteral("--filter"), QStringLiteral("{ $.level = ")}
                                     << QByteArray("--filter: Invalid filter pattern");
        QTest::newRow("logs function") << QStringList{QStringLiteral("logs"), QStringLiteral("nosuchfn")}
                                       << QByteArray("lambdesk logs: Function not found: nosuchfn");
        QTest::newRow("no runtime") << QStringList{QStringLiteral("create"), QStringLiteral("r")}
                                    << QByteArray("--runtime is required");
        QTest::newRow("unknown runtime") << QStringList{QStringLiteral("create"), QStringLiteral("r"),
                                                        QStringLiteral("--runtime"), QStringLiteral("java21")}
                                         << QByteArray("Runtime 'java21' is not a Lambda runtime id");
        QTest::newRow("unknown blueprint")
            << QStringList{QStringLiteral("create"),     QStringLiteral("b"),           QStringLiteral("--runtime"),
                           QStringLiteral("python3.11"), QStringLiteral("--blueprint"), QStringLiteral("nope")}
            << QByteArray("Blueprint nope does not exist");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("invoke"), QStringLiteral("x"),
                                                       QStringLiteral("--bogus")}
                                        << QByteArray("unknown option --bogus");
        QTest::newRow("bad json") << QStringList{QStringLiteral("invoke"), QStringLiteral("hi"),
                                                 QStringLiteral("--payload"), QStringLiteral("{oops")}
                                  << QByteArray("line 1, column 2");
        QTest::newRow("no such function")
            << QStringList{QStringLiteral("invoke"), QStringLiteral("ghost")} << QByteArray("Function not found");
        QTest::newRow("metrics since") << QStringList{QStringLiteral("metrics"), QStringLiteral("hi"),
                                                      QStringLiteral("--since"), QStringLiteral("an hour")}
                                       << QByteArray("--since must be a whole number with s, m, h or d");
        QTest::newRow("metrics of nothing")
            << QStringList{QStringLiteral("metrics"), QStringLiteral("ghost")} << QByteArray("Function not found");
        QTest::newRow("repeat") << QStringList{QStringLiteral("invoke"), QStringLiteral("hi"),
                                               QStringLiteral("--repeat"), QStringLiteral("0")}
                                << QByteArray("--repeat must be a whole number of at least 1");
        const auto load = [](QStringList more) {
            return QStringList{QStringLiteral("invoke"), QStringLiteral("hi")} + more;
        };
        QTest::newRow("load without repeat") << load({QStringLiteral("--concurrency"), QStringLiteral("2")})
                                             << QByteArray("a load run needs --repeat N");
        QTest::newRow("load concurrency 0")
            << load({QStringLiteral("--repeat"), QStringLiteral("5"), QStringLiteral("--concurrency"),
                     QStringLiteral("0")})
            << QByteArray("The concurrency (--concurrency) must be from 1 to 1000; got 0");
        QTest::newRow("load concurrency word")
            << load({QStringLiteral("--repeat"), QStringLiteral("5"), QStringLiteral("--concurrency"),
                     QStringLiteral("many")})
            << QByteArray("--concurrency must be a whole number from 1 to 1000; got 'many'");
        QTest::newRow("load repeat 0") << load(
            {QStringLiteral("--repeat"), QStringLiteral("0"), QStringLiteral("--concurrency"), QStringLiteral("2")})
                                       << QByteArray("The number of invocations (--repeat) must be from 1 to 1000000");
        QTest::newRow("load ramp form") << load(
            {QStringLiteral("--repeat"), QStringLiteral("5"), QStringLiteral("--ramp"), QStringLiteral("3")})
                                        << QByteArray("--ramp must be C1:C2");
        QTest::newRow("load ramp and concurrency")
            << load({QStringLiteral("--repeat"), QStringLiteral("5"), QStringLiteral("--ramp"), QStringLiteral("1:3"),
                     QStringLiteral("--concurrency"), QStringLiteral("2")})
            << QByteArray("give --concurrency C or --ramp C1:C2, not both");
        QTest::newRow("load of nothing") << QStringList{QStringLiteral("invoke"),        QStringLiteral("ghost"),
                                                        QStringLiteral("--repeat"),      QStringLiteral("3"),
                                                        QStringLiteral("--concurrency"), QStringLiteral("2")}
                                         << QByteArray("Function not found");
    }
    void badInputExitsTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
