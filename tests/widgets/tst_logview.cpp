#include "logs/logfilterproxy.h"
#include "logs/loglevel.h"
#include "logs/logmodel.h"
#include "logs/logview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include "widgettestsupport.h"

using namespace lambdesk;
using loglevel::Level;

Q_DECLARE_METATYPE(lambdesk::loglevel::Level)

namespace {

LogRecord line(const char *function, const char *request, const QString &text, bool platform = false, qint64 time = 0)
{
    static qint64 clock = 1700000000000;
    LogRecord r;
    r.function = QString::fromLatin1(function);
    r.line.requestId = QString::fromLatin1(request);
    r.line.text = text;
    r.line.platform = platform;
    r.line.timeMs = time ? time : ++clock;
    return r;
}

// One invocation as the backend hands it out.
QList<LogRecord> invocation(const char *function, const char *request, const QStringList &printed)
{
    QList<LogRecord> out{line(
        function, request, QStringLiteral("START RequestId: %1 Version: $LATEST").arg(QLatin1String(request)), true)};
    for (const QString &p : printed)
        out.append(line(function, request, p));
    out.append(line(function, request, QStringLiteral("END RequestId: %1").arg(QLatin1String(request)), true));
    out.append(line(function, request,
                    QStringLiteral("REPORT RequestId: %1\tDuration: 1.00 ms").arg(QLatin1String(request)), true));
    return out;
}

} // namespace

class TestLogView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void levels_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("platform");
        QTest::addColumn<Level>("level");
        QTest::newRow("node info") << QStringLiteral("2024-01-01T00:00:00.000Z\tabc\tINFO\thello") << false
                                   << Level::Info;
        QTest::newRow("node warn") << QStringLiteral("2024-01-01T00:00:00.000Z\tabc\tWARN\tcareful") << false
                                   << Level::Warn;
        QTest::newRow("node error") << QStringLiteral("2024-01-01T00:00:00.000Z\tabc\tERROR\tInvoke Error \t{}")
                                    << false << Level::Error;
        QTest::newRow("node fatal") << QStringLiteral("2024-01-01T00:00:00.000Z\tabc\tFATAL\tdown") << false
                                    << Level::Error;
        QTest::newRow("node debug") << QStringLiteral("2024-01-01T00:00:00.000Z\tabc\tDEBUG\tx=1") << false
                                    << Level::Debug;
        QTest::newRow("node trace") << QStringLiteral("2024-01-01T00:00:00.000Z\tabc\tTRACE\tx") << false
                                    << Level::Debug;
        QTest::newRow("python error") << QStringLiteral("[ERROR] KeyError: 'name'") << false << Level::Error;
        QTest::newRow("python logging error")
            << QStringLiteral("[ERROR]\t2024-01-01T00:00:00.000Z\tabc\tboom") << false << Level::Error;
        QTest::newRow("python warning") << QStringLiteral("[WARNING]\t2024-01-01T00:00:00.000Z\tabc\tslow") << false
                                        << Level::Warn;
        QTest::newRow("python critical") << QStringLiteral("[CRITICAL]\t2024\tabc\tdown") << false << Level::Error;
        QTest::newRow("python info") << QStringLiteral("[INFO]\t2024\tabc\tok") << false << Level::Info;
        QTest::newRow("lambda warning") << QStringLiteral("LAMBDA_WARNING: Unhandled exception.") << false
                                        << Level::Warn;
        QTest::newRow("traceback") << QStringLiteral("Traceback (most recent call last):") << false << Level::Error;
        QTest::newRow("print") << QStringLiteral("Saying hello to Ada") << false << Level::None;
        QTest::newRow("bracketed word") << QStringLiteral("[cart] 3 items") << false << Level::None;
        QTest::newRow("tabs without level") << QStringLiteral("a\tb\tc\td") << false << Level::None;
        QTest::newRow("start") << QStringLiteral("START RequestId: abc Version: $LATEST") << true << Level::None;
        QTest::newRow("report ok") << QStringLiteral("REPORT RequestId: abc\tDuration: 1.00 ms") << true << Level::None;
        QTest::newRow("report timeout") << QStringLiteral(
            "REPORT RequestId: abc\tDuration: 3000.00 ms\tStatus: timeout")
                                        << true << Level::Error;
        QTest::newRow("timed out") << QStringLiteral("2024-01-01T00:00:03.000Z abc Task timed out after 3.00 seconds")
                                   << true << Level::Error;
        QTest::newRow("runtime exited") << QStringLiteral(
            "RequestId: abc Error: Runtime exited with error: signal: killed")
                                        << true << Level::Error;
        QTest::newRow("init report error")
            << QStringLiteral("INIT_REPORT Init Duration: 5 ms\tPhase: init\tStatus: error") << true << Level::Error;
    }
    void levels()
    {
        QFETCH(QString, text);
        QFETCH(bool, platform);
        QFETCH(Level, level);
        QCOMPARE(loglevel::of(text, platform), level);
    }

    void modelUnderTester()
    {
        LogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.append(invocation("fn", "req-1", {QStringLiteral("hello")}));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(inserted.count(), 1); // one batch, one insertion
        model.setMaxRows(6);
        model.append(invocation("other", "req-2", {QStringLiteral("x")}));
        QCOMPARE(model.rowCount(), 6); // the oldest fell off
        QCOMPARE(model.record(0).line.requestId, QStringLiteral("req-1"));
        QCOMPARE(model.record(0).line.text, QStringLiteral("END RequestId: req-1"));
        QCOMPARE(model.functions(), (QStringList{QStringLiteral("fn"), QStringLiteral("other")}));
        QCOMPARE(model.index(5, LogModel::MessageColumn).data().toString(),
                 QStringLiteral("REPORT RequestId: req-2   Duration: 1.00 ms")); // a field's tab: three spaces
        QCOMPARE(model.index(5, LogModel::MessageColumn).data(LogModel::LineTextRole).toString(),
                 QStringLiteral("REPORT RequestId: req-2\tDuration: 1.00 ms"));
        QCOMPARE(model.index(5, LogModel::RequestColumn).data().toString(), QStringLiteral("req-2"));
        QCOMPARE(model.index(5, LogModel::RequestColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("req-2"));
        QVERIFY(model.index(5, LogModel::MessageColumn).data(Qt::FontRole).value<QFont>().bold()); // REPORT
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void pythonTracebackBodyTakesTheErrorLevel()
    {
        LogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(
            invocation("fn", "r",
                       {QStringLiteral("[ERROR] ValueError: bad"), QStringLiteral("Traceback (most recent call last):"),
                        QStringLiteral("  File \"/code/app.py\", line 3, in handler"),
                        QStringLiteral("    raise ValueError('bad')"), QStringLiteral("after")}));
        QCOMPARE(model.level(1), Level::Error);
        QCOMPARE(model.level(2), Level::Error);
        QCOMPARE(model.level(3), Level::Error);
        QCOMPARE(model.level(4), Level::Error);
        QCOMPARE(model.level(5), Level::None); // not indented: the traceback is over
        QCOMPARE(model.level(6), Level::None); // END
        QVERIFY(model.index(3, LogModel::MessageColumn).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(5, LogModel::MessageColumn).data(Qt::ForegroundRole).isValid());
    }

    void nodeMultiLineMessages()
    {
        LogModel model;
        model.append({line("fn", "r", QStringLiteral("2024-01-01T00:00:00.000Z\tr\tINFO\tone\rtwo"))});
        // Tabs stop every eight columns, as in a terminal.
        QCOMPARE(model.index(0, LogModel::MessageColumn).data().toString(),
                 QStringLiteral("2024-01-01T00:00:00.000Z        r       INFO    one\ntwo"));
        QTextDocument tip;
        tip.setHtml(model.index(0, LogModel::MessageColumn).data(Qt::ToolTipRole).toString());
        QCOMPARE(tip.toPlainText(), QStringLiteral("2024-01-01T00:00:00.000Z        r       INFO    one\ntwo"));
    }

    // Issue 10, item 12: REPORT's fields are tab-separated, as AWS writes them, and a table cell
    // draws a tab as nothing ("Billed Duration: 58 msMemory Size: 128 MB"). The view shows them
    // apart; the message column cuts a long line with "…", so its tooltip holds the whole line.
    void reportFieldsStandApartAndShowWhole()
    {
        LogModel model;
        const QString report = QStringLiteral("REPORT RequestId: 5f0c\tDuration: 57.12 ms\tBilled Duration: 58 ms\t"
                                              "Memory Size: 128 MB\tMax Memory Used: 41 MB\t");
        model.append({line("fn", "5f0c", report, true)});
        const QModelIndex message = model.index(0, LogModel::MessageColumn);
        const QString shown = message.data().toString();
        QVERIFY2(!shown.contains(u'\t'), qPrintable(shown));
        QVERIFY2(shown.contains(QRegularExpression(QStringLiteral("Billed Duration: 58 ms {2,}Memory Size: 128 MB"))),
                 qPrintable(shown));
        // Copying keeps AWS's own text.
        QCOMPARE(message.data(LogModel::LineTextRole).toString(), report);
        // The tooltip: the whole line, a field per line.
        QTextDocument tip;
        tip.setHtml(message.data(Qt::ToolTipRole).toString());
        QCOMPARE(tip.toPlainText().trimmed(),
                 QStringLiteral("REPORT RequestId: 5f0c\nDuration: 57.12 ms\nBilled Duration: 58 ms\n"
                                "Memory Size: 128 MB\nMax Memory Used: 41 MB"));

        // Any long line of the function's own has its tooltip too, wrapped rather than wider
        // than the screen.
        const QString longLine = QStringLiteral("word ").repeated(200).trimmed();
        model.append({line("fn", "5f0c", longLine)});
        const QString longTip = model.index(1, LogModel::MessageColumn).data(Qt::ToolTipRole).toString();
        QVERIFY(Qt::mightBeRichText(longTip)); // a rich-text tooltip wraps
        tip.setHtml(longTip);
        QCOMPARE(tip.toPlainText().trimmed(), longLine);
    }

    void historyGoesBeforeThisSession()
    {
        LogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(invocation("fn", "new", {QStringLiteral("now")}));
        QList<LogRecord> old;
        for (const char *text : {"START RequestId: old", "yesterday", "REPORT RequestId: old"})
            old.append(line("fn", "old", QString::fromLatin1(text), text[0] != 'y', 1000 + old.size()));
        QVERIFY(!model.hasRequest(QStringLiteral("old")));
        model.insertHistory(old);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.record(0).line.requestId, QStringLiteral("old"));
        QCOMPARE(model.record(1).line.text, QStringLiteral("yesterday"));
        QCOMPARE(model.record(3).line.requestId, QStringLiteral("new"));
        QVERIFY(model.hasRequest(QStringLiteral("old")));
        model.insertHistory(old); // already there: not twice
        QCOMPARE(model.rowCount(), 7);
    }

    void filtersUnderTester()
    {
        LogModel model;
        LogFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(invocation("fn", "req-a", {QStringLiteral("2024-01-01T00:00:00.000Z\treq-a\tWARN\tcareful")}));
        model.append(
            invocation("other", "req-b", {QStringLiteral("[ERROR] KeyError: 'x'"), QStringLiteral("plain words")}));
        QCOMPARE(proxy.rowCount(), 9);
        proxy.setFunction(QStringLiteral("other"));
        QCOMPARE(proxy.rowCount(), 5);
        proxy.setMinimumLevel(Level::Warn);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFunction({});
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setMinimumLevel(Level::Error);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setMinimumLevel(Level::None);
        proxy.setRequestId(QStringLiteral("req-a"));
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setText(QStringLiteral("CAREFUL"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setRequestId({});
        proxy.setText(QStringLiteral("req-b")); // a request id prefix
        QCOMPARE(proxy.rowCount(), 5);
        // New lines are filtered as they arrive.
        model.append(invocation("fn", "req-b2", {}));
        QCOMPARE(proxy.rowCount(), 8);
    }

    void viewShowsARequestAndCopies()
    {
        LogModel model;
        LogView view(&model);
        view.resize(900, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QAbstractItemModelTester tester(view.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setSelectedFunction(QStringLiteral("fn"));
        model.append(invocation("fn", "req-1", {QStringLiteral("first")}));
        model.append(invocation("other", "req-2", {QStringLiteral("second")}));
        QCOMPARE(view.visibleRows(), 4); // "Selected function" shows fn only
        // Every function seen becomes a choice of its own.
        QVERIFY(view.scopeCombo()->findText(QStringLiteral("other")) > 2);
        view.scopeCombo()->setCurrentIndex(view.scopeCombo()->findText(QStringLiteral("other")));
        QCOMPARE(view.visibleRows(), 4);
        QCOMPARE(view.proxy()->function(), QStringLiteral("other"));
        view.levelCombo()->setCurrentIndex(2); // errors only
        QCOMPARE(view.visibleRows(), 0);

        QSignalSpy reveal(&view, &LogView::revealRequested);
        QVERIFY(view.isFollowing());
        view.showRequest(QStringLiteral("req-1"));
        QCOMPARE(reveal.count(), 1);
        QVERIFY(!view.isFollowing());
        QCOMPARE(view.proxy()->requestId(), QStringLiteral("req-1"));
        QCOMPARE(view.proxy()->function(), QString());       // whichever function it belongs to
        QCOMPARE(view.proxy()->minimumLevel(), Level::None); // and all its lines
        QCOMPARE(view.visibleRows(), 4);

        view.table()->selectAll();
        QCOMPARE(view.selectedText(),
                 QStringLiteral("START RequestId: req-1 Version: $LATEST\nfirst\nEND RequestId: req-1\n"
                                "REPORT RequestId: req-1\tDuration: 1.00 ms"));
        const QStringList detailed = view.selectedText(true).split(u'\n');
        QCOMPARE(detailed.size(), 4);
        QVERIFY(detailed.at(1).endsWith(QLatin1String("\tfn\treq-1\tfirst")));
        view.copySelection();
        QCOMPARE(QApplication::clipboard()->text(), view.selectedText());

        view.clearRequestFilter();
        QCOMPARE(view.proxy()->requestId(), QString());
        // The filters from before come back: function "other", errors only, following.
        QCOMPARE(view.proxy()->function(), QStringLiteral("other"));
        QCOMPARE(view.proxy()->minimumLevel(), Level::Error);
        QVERIFY(view.isFollowing());
        view.scopeCombo()->setCurrentIndex(1);
        view.levelCombo()->setCurrentIndex(0);
        QCOMPARE(view.visibleRows(), 8);
        // The text filter narrows too.
        view.filterEdit()->setText(QStringLiteral("second"));
        QCOMPARE(view.visibleRows(), 1);
    }

    void jsonLinesFoldToASummary_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("platform");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<Level>("level");
        QTest::addColumn<QString>("firstField");
        QTest::addColumn<int>("fields");
        QTest::newRow("Python's logging, AWS's JSON record") << QStringLiteral(
            R"({"timestamp": "2026-01-01T00:00:00.000Z", "level": "WARNING", "message": "slow", "logger": "root", "requestId": "r1"})")
                                                             << false << QStringLiteral("[WARNING] slow   {+3 fields}")
                                                             << Level::Warn
                                                             << QStringLiteral("timestamp: 2026-01-01T00:00:00.000Z")
                                                             << 5;
        QTest::newRow("Node's console.error, AWS's JSON record")
            << QStringLiteral(
                   R"({"timestamp":"2026-01-01T00:00:00.000Z","level":"ERROR","requestId":"r1","message":"boom"})")
            << false << QStringLiteral("[ERROR] boom   {+2 fields}") << Level::Error
            << QStringLiteral("timestamp: 2026-01-01T00:00:00.000Z") << 4;
        QTest::newRow("Powertools") << QStringLiteral(
            R"({"level":"INFO","location":"collect.handler:1","message":"Collecting payment","timestamp":"2021-05-03 11:47:12,494+0200","service":"payment","cold_start":true})")
                                    << false << QStringLiteral("[INFO] Collecting payment   {+4 fields}") << Level::Info
                                    << QStringLiteral("level: INFO") << 6;
        QTest::newRow("a nested message")
            << QStringLiteral(R"({"level":"debug","message":{"cart":3}})") << false
            << QStringLiteral("[DEBUG] {\"cart\":3}") << Level::Debug << QStringLiteral("level: debug") << 2;
        QTest::newRow("platform.report")
            << QStringLiteral(
                   R"({"time":"2026-01-01T00:00:00.000Z","type":"platform.report","record":{"requestId":"r1","metrics":{"durationMs":15.74,"billedDurationMs":16,"memorySizeMB":128,"maxMemoryUsedMB":56,"initDurationMs":130.49},"status":"success"}})")
            << true
            << QStringLiteral(
                   "platform.report   RequestId: r1   Duration: 15.74 ms   Billed Duration: 16 ms   "
                   "Memory Size: 128 MB   Max Memory Used: 56 MB   Init Duration: 130.49 ms   Status: success")
            << Level::None << QStringLiteral("time: 2026-01-01T00:00:00.000Z") << 9;
        QTest::newRow("platform.report of a timeout")
            << QStringLiteral(
                   R"({"time":"t","type":"platform.report","record":{"requestId":"r1","metrics":{"durationMs":3000},"status":"timeout"}})")
            << true << QStringLiteral("platform.report   RequestId: r1   Duration: 3000 ms   Status: timeout")
            << Level::Error << QStringLiteral("time: t") << 5;
        QTest::newRow("platform.start") << QStringLiteral(
            R"({"time":"t","type":"platform.start","record":{"requestId":"r1","version":"$LATEST"}})")
                                        << true << QStringLiteral("platform.start   RequestId: r1   Version: $LATEST")
                                        << Level::None << QStringLiteral("time: t") << 4;
    }
    void jsonLinesFoldToASummary()
    {
        QFETCH(QString, text);
        QFETCH(bool, platform);
        QFETCH(int, fields);
        LogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append({line("fn", "r1", QStringLiteral("not JSON")), line("fn", "r1", text, platform),
                      line("fn", "r1", QStringLiteral("after"))});
        QVERIFY(!model.setExpanded(0, true)); // nothing to fold out
        QVERIFY(!model.index(0, 0).data(LogModel::JsonRole).toBool());
        const QModelIndex folded = model.index(1, LogModel::MessageColumn);
        QVERIFY(folded.data(LogModel::JsonRole).toBool());
        QFETCH(QString, summary);
        QCOMPARE(folded.data().toString(), QStringLiteral("▸ ") + summary);
        QTEST(Level(folded.data(LogModel::LevelRole).toInt()), "level");
        // Copying a line copies what was printed, not the summary.
        QCOMPARE(folded.data(LogModel::LineTextRole).toString(), text);
        if (platform && text.contains(QLatin1String("platform.report")))
            QVERIFY(folded.data(Qt::FontRole).value<QFont>().bold());

        QVERIFY(model.setExpanded(1, true)); // its fields under it, one a row
        QCOMPARE(model.rowCount(), 3 + fields);
        QVERIFY(model.isExpanded(1));
        QVERIFY(model.index(1, LogModel::MessageColumn).data().toString().startsWith(QStringLiteral("▾ ")));
        QVERIFY(model.index(2, 0).data(LogModel::FieldRole).toBool());
        QTEST(model.index(2, LogModel::MessageColumn).data(LogModel::LineTextRole).toString(), "firstField");
        QCOMPARE(model.index(2, 0).data(LogModel::RequestIdRole).toString(), QStringLiteral("r1"));
        QCOMPARE(model.record(2).line.text, text); // a field row belongs to its line
        QCOMPARE(model.index(2 + fields, LogModel::MessageColumn).data().toString(), QStringLiteral("after"));
        QVERIFY(model.setExpanded(1, false));
        QCOMPARE(model.rowCount(), 3);
    }

    void unfoldedFieldsGoWithTheirLine()
    {
        LogModel model;
        model.setMaxRows(4); // lines, not rows: fields do not count
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto json = [](int i) {
            return line("fn", "r", QStringLiteral(R"({"level":"INFO","message":"m%1","n":%1})").arg(i));
        };
        model.append({json(0), json(1), json(2)});
        QVERIFY(model.setExpanded(2, true));
        const QPersistentModelIndex field(model.index(5, LogModel::MessageColumn));
        QCOMPARE(field.data(LogModel::LineTextRole).toString(), QStringLiteral("n: 2"));
        model.append({json(3), json(4)}); // line 0 goes
        QVERIFY(field.isValid());
        QCOMPARE(field.row(), 4);
        QCOMPARE(field.data(LogModel::LineTextRole).toString(), QStringLiteral("n: 2"));
        QCOMPARE(model.rowCount(), 7);
        model.append({json(5), json(6), json(7)}); // lines 1 to 3 go, and line 2's fields with it
        QVERIFY(!field.isValid());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(3, LogModel::MessageColumn).data().toString(),
                 QStringLiteral("▸ [INFO] m7   {+1 fields}"));
        // Lines of an earlier session go before, unfolded fields keep their place.
        QVERIFY(model.setExpanded(3, true));
        model.insertHistory({line("fn", "old", QStringLiteral("yesterday"), false, 1000)});
        QCOMPARE(model.index(0, LogModel::MessageColumn).data().toString(), QStringLiteral("yesterday"));
        QCOMPARE(model.index(5, LogModel::MessageColumn).data(LogModel::LineTextRole).toString(),
                 QStringLiteral("level: INFO"));
        QCOMPARE(model.record(5).line.text, json(7).line.text);
    }

    void fieldsAreSearchable()
    {
        LogModel model;
        LogFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append({
            line("fn", "r1", QStringLiteral(R"({"level":"ERROR","message":"card declined","service":"payment"})")),
            line("fn", "r1", QStringLiteral(R"({"level":"INFO","message":"cart ok","service":"cart"})")),
            line(
                "fn", "r2",
                QStringLiteral(
                    R"({"time":"t","type":"platform.report","record":{"requestId":"r2","status":"error","errorType":"Runtime.ExitError"}})"),
                true),
            line("fn", "r2", QStringLiteral("level=ERROR is not JSON here")),
        });
        proxy.setText(QStringLiteral("level=error"));
        QCOMPARE(proxy.rowCount(), 2); // the JSON field, and the text as it is
        QCOMPARE(proxy.index(0, LogModel::MessageColumn).data(LogModel::RequestIdRole).toString(),
                 QStringLiteral("r1"));
        proxy.setText(QStringLiteral("service: payment"));
        QCOMPARE(proxy.rowCount(), 1);
        // A folded-out line's fields come along with it.
        QVERIFY(model.setExpanded(0, true));
        QCOMPARE(proxy.rowCount(), 4);
        QVERIFY(model.setExpanded(0, false));
        proxy.setText(QStringLiteral(R"($.record.status = "error")")); // the CloudWatch way of saying it
        QCOMPARE(proxy.rowCount(), 1);
        QVERIFY(proxy.index(0, 0).data(LogModel::PlatformRole).toBool());
        proxy.setText(QStringLiteral("declined")); // plain text finds a value too
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText(QStringLiteral("Runtime.ExitError"));
        QCOMPARE(proxy.rowCount(), 1);
    }

    void versionAndTimeFilters()
    {
        LogModel model;
        LogView view(&model);
        QAbstractItemModelTester tester(view.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.scopeCombo()->setCurrentIndex(1); // all functions
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        LogRecord latest = line("fn", "a", QStringLiteral("from latest"), false, now - 2 * 60 * 60 * 1000);
        latest.version = QStringLiteral("$LATEST");
        LogRecord one = line("fn", "b", QStringLiteral("from version 1"), false, now - 60 * 1000);
        one.version = QStringLiteral("1");
        LogRecord two = line("fn", "c", QStringLiteral("from version 12"), false, now);
        two.version = QStringLiteral("12");
        model.append({two, latest, one});
        QCOMPARE(view.visibleRows(), 3);
        // Every version seen is a choice: $LATEST first, then by number.
        QCOMPARE(view.versionCombo()->count(), 4);
        QCOMPARE(view.versionCombo()->itemData(1).toString(), QStringLiteral("$LATEST"));
        QCOMPARE(view.versionCombo()->itemData(2).toString(), QStringLiteral("1"));
        QCOMPARE(view.versionCombo()->itemData(3).toString(), QStringLiteral("12"));
        view.versionCombo()->setCurrentIndex(2);
        QCOMPARE(view.visibleRows(), 1);
        QCOMPARE(view.proxy()->index(0, LogModel::MessageColumn).data().toString(), QStringLiteral("from version 1"));
        view.versionCombo()->setCurrentIndex(0);
        view.timeCombo()->setCurrentIndex(view.timeCombo()->findData(15)); // last 15 minutes
        QCOMPARE(view.visibleRows(), 2);
        view.setTimeRange(QDateTime::fromMSecsSinceEpoch(now - 3 * 60 * 60 * 1000),
                          QDateTime::fromMSecsSinceEpoch(now - 60 * 60 * 1000)); // "Custom…"
        QCOMPARE(view.visibleRows(), 1);
        QCOMPARE(view.timeCombo()->currentData().toInt(), -1);
        QVERIFY(view.timeCombo()->currentText().contains(u'–'));
        QCOMPARE(view.proxy()->index(0, LogModel::MessageColumn).data().toString(), QStringLiteral("from latest"));
        view.timeCombo()->setCurrentIndex(0);
        QCOMPARE(view.visibleRows(), 3);
    }

    void exportWritesTheVisibleLines()
    {
        LogModel model;
        LogView view(&model);
        view.scopeCombo()->setCurrentIndex(1);
        model.append(invocation("fn", "req-1", {QStringLiteral(R"({"level":"ERROR","message":"bad"})")}));
        model.append(invocation("fn", "req-2", {QStringLiteral("second")}));
        view.filterEdit()->setText(QStringLiteral("req-1"));
        QCOMPARE(view.visibleRows(), 4);
        view.setExpanded(1, true); // folded-out fields are no lines of their own
        QCOMPARE(view.visibleRows(), 6);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("logs.txt"));
        QCOMPARE(view.exportVisible(path), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()),
                 QStringLiteral("START RequestId: req-1 Version: $LATEST\n{\"level\":\"ERROR\",\"message\":\"bad\"}\n"
                                "END RequestId: req-1\nREPORT RequestId: req-1\tDuration: 1.00 ms\n"));
        QCOMPARE(view.exportVisible(path, true).isEmpty(), true);
        f.close();
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList detailed = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(detailed.size(), 4);
        QVERIFY(detailed.at(1).endsWith(QLatin1String("\tfn\treq-1\t{\"level\":\"ERROR\",\"message\":\"bad\"}")));
        QVERIFY(!view.exportVisible(dir.filePath(QStringLiteral("missing/folder/x.txt"))).isEmpty());
    }

    void jsonLinesExpandInTheView()
    {
        LogModel model;
        LogView view(&model);
        view.resize(900, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QAbstractItemModelTester tester(view.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.scopeCombo()->setCurrentIndex(1);
        model.append({line("fn", "r", QStringLiteral(R"({"level":"INFO","message":"hi","user":"ada"})")),
                      line("fn", "r", QStringLiteral("plain"))});
        QVERIFY(!view.isExpanded(0));
        // A double-click folds a JSON line out, and in again.
        const QRect cell = view.table()->visualRect(view.proxy()->index(0, LogModel::MessageColumn));
        QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {},
                          cell.center()); // the press a double-click follows
        QTest::mouseDClick(view.table()->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(view.isExpanded(0));
        QCOMPARE(view.visibleRows(), 5);
        QCOMPARE(view.proxy()->index(3, LogModel::MessageColumn).data(LogModel::LineTextRole).toString(),
                 QStringLiteral("user: ada"));
        view.table()->selectAll();
        QCOMPARE(view.selectedText(),
                 QStringLiteral("{\"level\":\"INFO\",\"message\":\"hi\",\"user\":\"ada\"}\nlevel: "
                                "INFO\nmessage: hi\nuser: ada\nplain"));
        // The filters keep a line's fields with it.
        view.filterEdit()->setText(QStringLiteral("user=ada"));
        QCOMPARE(view.visibleRows(), 4);
        view.filterEdit()->setText(QStringLiteral("plain"));
        QCOMPARE(view.visibleRows(), 1);
        view.filterEdit()->clear();
        view.setExpanded(0, false);
        QCOMPARE(view.visibleRows(), 2);
    }

    // As in a tree view: a click on the arrow folds a JSON line out or in (a click elsewhere only
    // selects), and Right/Left fold the current line out and in.
    void arrowClickAndArrowKeysFold()
    {
        LogModel model;
        LogView view(&model);
        view.resize(900, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.scopeCombo()->setCurrentIndex(1);
        model.append({line("fn", "r", QStringLiteral(R"({"level":"INFO","message":"hi","user":"ada"})")),
                      line("fn", "r", QStringLiteral("plain"))});
        const QRect cell = view.table()->visualRect(view.proxy()->index(0, LogModel::MessageColumn));
        const QPoint arrow(cell.left() + 6, cell.center().y());
        QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(!view.isExpanded(0)); // the summary's text: a selection
        QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, arrow);
        QVERIFY(view.isExpanded(0));
        QCOMPARE(view.visibleRows(), 5);
        QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, arrow);
        QVERIFY(!view.isExpanded(0));
        // A double-click on the arrow is two clicks on it: out and in again.
        QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, arrow);
        QTest::mouseDClick(view.table()->viewport(), Qt::LeftButton, {}, arrow);
        QVERIFY(!view.isExpanded(0));

        view.table()->setFocus();
        view.table()->setCurrentIndex(view.proxy()->index(0, LogModel::MessageColumn));
        QTest::keyClick(view.table(), Qt::Key_Right);
        QVERIFY(view.isExpanded(0));
        QCOMPARE(view.table()->currentIndex().row(), 0); // the key folded out; it did not move
        QTest::keyClick(view.table(), Qt::Key_Left);
        QVERIFY(!view.isExpanded(0));
        // On a plain line the keys move as in any table.
        view.table()->setCurrentIndex(view.proxy()->index(1, LogModel::MessageColumn));
        QTest::keyClick(view.table(), Qt::Key_Left);
        QCOMPARE(view.table()->currentIndex().column(), int(LogModel::RequestColumn));
    }

    void followingKeepsTheTailInView()
    {
        LogModel model;
        LogView view(&model);
        view.resize(900, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QScrollBar *bar = view.table()->verticalScrollBar();
        // The table lays new rows out, and the view scrolls to the end, on later turns of the
        // event loop: the scroll bar's signals say when.
        const auto barUntil = [bar](auto done) {
            return widgettestsupport::Waiter()
                .on(bar, &QAbstractSlider::rangeChanged)
                .on(bar, &QAbstractSlider::valueChanged)
                .until(done);
        };
        view.scopeCombo()->setCurrentIndex(1); // all functions
        for (int i = 0; i < 20; ++i)
            model.append(invocation("fn", "r", {QStringLiteral("line %1").arg(i)}));
        QVERIFY(barUntil([bar] { return bar->maximum() > 0; }));
        QVERIFY(barUntil([bar] { return bar->value() == bar->maximum(); }));
        QCOMPARE(bar->value(), bar->maximum());
        // Paused: new lines do not move the view. The range grows once the table has taken them
        // in; a scroll the view asked for when they came (posted then) has run by that time.
        view.setFollowing(false);
        bar->setValue(0);
        const int maximumBefore = bar->maximum();
        model.append(invocation("fn", "r", {QStringLiteral("more")}));
        QVERIFY(barUntil([bar, maximumBefore] { return bar->maximum() > maximumBefore; }));
        QCOMPARE(bar->value(), 0);
        view.setFollowing(true);
        QVERIFY(barUntil([bar] { return bar->value() == bar->maximum(); }));
        QCOMPARE(bar->value(), bar->maximum());
    }
};

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
