// A handler that floods its output as fast as it can: the backend's memory stays bounded, it
// keeps answering other invocations meanwhile, what it drops is said in the log with a
// marker, and the database keeps within its retention of 200,000 lines.
#include "testsupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace lambdesk;
using namespace testsupport;

#if defined(__SANITIZE_ADDRESS__)
// AddressSanitizer keeps freed memory in a quarantine (256 MB by default) and pads every block:
// the peak would measure the sanitizer, not the retention. A small quarantine, and the bound
// below doubled, keep the check meaningful there (unbounded, the flood peaked over 1 GB even
// without the sanitizer).
extern "C" const char *__asan_default_options()
{
    return "quarantine_size_mb=16";
}
constexpr qint64 kPeakBoundMb = 600;
#else
constexpr qint64 kPeakBoundMb = 300;
#endif

namespace {

// kB of a /proc/self/status field (VmRSS, VmHWM).
qint64 statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// 1 MB of 100-byte lines at a time, until told to stop and at least `minMb` MB are out.
const QByteArray kFlood = R"PY(import os, sys

def handler(event, context):
    chunk = ("flood " + "x" * 93 + "\n") * 10000
    written = 0
    while written < event["minMb"] * 1024 * 1024 or not os.path.exists(event["stop"]):
        sys.stdout.write(chunk)
        written += len(chunk)
    print("flood wrote", written, "bytes")
    return written
)PY";

} // namespace

class TestOutputFlood : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void floodIsBounded();
};

void TestOutputFlood::floodIsBounded()
{
    TestBackend tb(true);
    QTemporaryDir code;
    {
        QFile f(code.filePath(QStringLiteral("flood.py")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kFlood);
    }
    QVERIFY(
        tb.create(tb.config(QStringLiteral("flood"), RuntimeFamily::Python, QStringLiteral("flood.handler"), 256, 300),
                  code.path()));
    QVERIFY(tb.createChild(QStringLiteral("echo"), QStringLiteral("echo")));
    QVERIFY(tb.invoke(QStringLiteral("echo")).value().status == InvocationStatus::Succeeded); // warm, measured after

    const qint64 startKb = statusKb("VmRSS");
    QVERIFY(startKb > 0);
    QTemporaryDir scratch;
    const QString stop = scratch.filePath(QStringLiteral("stop"));

    QSignalSpy logs(tb.backend.get(), &Backend::logLines);
    QSignalSpy finished(tb.backend.get(), &Backend::invocationFinished);
    std::optional<Result<InvocationResult>> flood;
    tb.backend->invoke(InvokeRequest{QStringLiteral("flood"),
                                     {},
                                     QStringLiteral(R"({"minMb": 200, "stop": "%1"})").arg(stop).toUtf8(),
                                     InvocationType::RequestResponse},
                       [&](Result<InvocationResult> r) { flood = std::move(r); });
    bool flooding = false;
    QVERIFY(waitForSignals(
        logs,
        [&] {
            for (const QList<QVariant> &args : std::as_const(logs))
                for (const LogRecord &r : args.at(0).value<QList<LogRecord>>())
                    flooding = flooding || (r.function == u"flood" && r.line.text.startsWith(u"flood xxx"));
            logs.clear();
            return flooding;
        },
        120000));

    // Another invocation is answered while the flood runs (the flood only ends once `stop` exists).
    const auto echo = tb.invoke(QStringLiteral("echo"), R"({"during": "flood"})", 120000);
    QVERIFY(echo);
    QCOMPARE(echo.value().status, InvocationStatus::Succeeded);
    QCOMPARE(echo.value().payload, QByteArray(R"({"during": "flood"})"));
    QVERIFY2(!flood, "the flood ended before the other invocation was answered");

    QFile(stop).open(QIODevice::WriteOnly);
    QVERIFY(waitForSignals(
        finished, [&] { return flood.has_value(); }, 280000));
    QVERIFY(*flood);
    const InvocationResult &r = flood->value();
    QCOMPARE(r.status, InvocationStatus::Succeeded);
    QVERIFY(r.payload.toLongLong() >= 200LL * 1024 * 1024);

    // Memory: bounded whatever the handler writes (it wrote 200 MB and more).
    const qint64 peakKb = statusKb("VmHWM");
    QVERIFY2(peakKb - startKb < kPeakBoundMb * 1024,
             qPrintable(QStringLiteral("peak %1 MB, %2 MB at start").arg(peakKb / 1024).arg(startKb / 1024)));

    // What was dropped is said, with how much; the result keeps a bounded tail.
    bool marker = false;
    qint64 kept = 0;
    for (const LogLine &l : r.logs) {
        marker = marker || (l.text.contains(u"output dropped") && l.text.contains(u"lines"));
        kept += l.text.size();
    }
    QVERIFY2(marker, "no marker line says output was dropped");
    QVERIFY(hasLine(r, QStringLiteral("REPORT RequestId: ")));
    QVERIFY(kept < 16 * 1024 * 1024);

    // The database keeps within the retention while it is written, not only at the next start.
    const QString path = tb.root() + QStringLiteral("/lambdesk.db");
    tb.backend->stop(); // writes what is queued
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(LENGTH(text)), 0) FROM logs")));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toLongLong() <= 200000, qPrintable(q.value(0).toString()));
        QVERIFY2(q.value(1).toLongLong() < 200LL * 1024 * 1024, qPrintable(q.value(1).toString()));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM logs WHERE text LIKE '%output dropped%'")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toLongLong() >= 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

QTEST_GUILESS_MAIN(TestOutputFlood)
#include "tst_outputflood.moc"
