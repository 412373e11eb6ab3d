#include "monitor/costpanel.h"
#include "monitor/invocationtablemodel.h"
#include "monitor/metricchart.h"
#include "monitor/monitorpage.h"
#include "widgettestsupport.h"

#include <QAbstractItemModelTester>
#include <QAbstractSeries>
#include <QAbstractSpinBox>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QWheelEvent>

using namespace lambdesk;
using namespace widgettestsupport;

namespace {
const QString kFn = QStringLiteral("hello-python");
constexpr qint64 kMinute = 60'000;

double sumY(const QList<QPointF> &points)
{
    double sum = 0;
    for (const QPointF &p : points)
        sum += p.y();
    return sum;
}
} // namespace

class TestMonitorPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<StartedHost> m_env;
    std::unique_ptr<MonitorPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QList<InvocationResult> m_results;

    // Waits until the page shows a report that satisfies `done` (refreshed by itself, as new
    // results arrive, or after a range change).
    template<typename Pred>
    bool untilReport(Pred done)
    {
        return Waiter().on(m_page.get(), &MonitorPage::refreshed).until([&] { return done(m_page->report()); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = std::make_unique<StartedHost>(StartedHost::Options{true, true});
        auto config = callAndWait(*m_env->host, [](Backend &b) { return b.getFunction(kFn); });
        QVERIFY(config && config->ok());
        m_page = std::make_unique<MonitorPage>(m_env->context());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_page->invocationModel(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->resize(1000, 900);
        m_page->setFunction(config->value());
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QVERIFY(untilReport([](const metrics::Report &r) { return r.query.filter.function == kFn; }));
        QCOMPARE(m_page->report().total.invocations, 0);
    }
    void cleanupTestCase()
    {
        m_tester.reset();
        m_page.reset();
        m_env.reset();
    }

    // Three invocations while the live range is shown: the charts follow by themselves.
    void chartsGetPointsAfterInvocations()
    {
        QSignalSpy finished(m_env->invocations.get(), &InvocationController::invocationFinished);
        for (int i = 0; i < 3; ++i) {
            m_env->invocations->invoke(kFn, "{}");
            QVERIFY(finished.wait(safetyNetMs(60000)));
            m_results.append(finished.takeFirst().first().value<InvocationResult>());
        }
        QVERIFY(untilReport([](const metrics::Report &r) { return r.total.invocations == 3; }));
        const metrics::Report &r = m_page->report();
        QVERIFY(r.exact);
        QCOMPARE(r.query.bucketMs, 1000);
        QCOMPARE(r.buckets.size(), 15 * 60);
        QCOMPARE(r.total.coldStarts, 1); // the first one
        QCOMPARE(r.total.errors, 0);

        MetricChart *invocations = m_page->chart(MonitorPage::Invocations);
        QCOMPARE(invocations->pointCount(0), 15 * 60); // a count at every second, zeros included
        QCOMPARE(sumY(invocations->points(0)), 3.0);
        MetricChart *duration = m_page->chart(MonitorPage::Duration);
        // A duration only where something ran: one to three seconds had invocations.
        QVERIFY(duration->pointCount(0) >= 1 && duration->pointCount(0) <= 3);
        QCOMPARE(duration->pointCount(4), duration->pointCount(0)); // max beside avg
        QCOMPARE(sumY(m_page->chart(MonitorPage::ColdStarts)->points(0)), 1.0);
        const QList<QPointF> memory = m_page->chart(MonitorPage::Memory)->points(1);
        QVERIFY(!memory.isEmpty());
        QCOMPARE(memory.first().y(), double(m_results.first().memorySizeMb));
        QVERIFY(m_page->chart(MonitorPage::Concurrency)->points(0).size() == 15 * 60);

        // Hovering a second with an invocation names its values.
        const qint64 second = m_results.first().startedAtMs - m_results.first().startedAtMs % 1000;
        QVERIFY2(invocations->valuesAt(second).contains(QStringLiteral("Invocations: ")),
                 qPrintable(invocations->valuesAt(second)));

        // The table: the newest first, each with its request id, and its row opens its log.
        QCOMPARE(m_page->invocationModel()->rowCount(), 3);
        const QModelIndex first = m_page->invocationModel()->index(0, InvocationTableModel::RequestId);
        QCOMPARE(first.data().toString(), m_results.last().requestId);
        QCOMPARE(m_page->invocationModel()->index(2, InvocationTableModel::Start).data().toString().left(4),
                 QStringLiteral("Cold"));
        QCOMPARE(m_page->invocationModel()->index(0, InvocationTableModel::Start).data().toString(),
                 QStringLiteral("Warm"));
        // A narrow table cuts a request id in its middle, a status ("error (ValueError)") at its end.
        QCOMPARE(m_page->invocationTable()->textElideMode(), Qt::ElideRight);
        QVERIFY(m_page->invocationTable()->itemDelegateForColumn(InvocationTableModel::RequestId));
        QSignalSpy open(m_page.get(), &MonitorPage::showInLogRequested);
        Q_EMIT m_page->invocationTable()->activated(first);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), m_results.last().requestId);
    }

    void clickListsTheMinutesInvocations()
    {
        // Per minute: one point per minute, drawn at the minute's start.
        m_page->setRange(MonitorPage::Range::Hour);
        QVERIFY(untilReport([](const metrics::Report &r) { return r.query.bucketMs == kMinute; }));
        MetricChart *chart = m_page->chart(MonitorPage::Invocations);
        const metrics::Report &r = m_page->report();
        int bucket = -1;
        for (int i = 0; i < r.buckets.size(); ++i) {
            if (r.buckets.at(i).invocations > 0)
                bucket = i;
        }
        QVERIFY(bucket >= 0);
        m_page->scrollArea()->ensureWidgetVisible(chart);
        // Where the minute's point is drawn: at the minute's start.
        QChart *plot = chart->view()->chart();
        QPointF point = plot->mapToPosition(QPointF(double(r.buckets.at(bucket).startMs), 0), plot->series().first());
        point.setY(plot->plotArea().center().y());
        const QPoint at = chart->view()->mapFromScene(plot->mapToScene(point));
        QVERIFY(chart->view()->viewport()->rect().contains(at));
        QSignalSpy shown(m_page.get(), &MonitorPage::invocationsShown);
        // A little left of the point still means that point (the bucket before may be empty).
        QTest::mouseClick(chart->view()->viewport(), Qt::LeftButton, {}, at - QPoint(2, 0));
        QVERIFY(shown.wait(safetyNetMs(30000)));
        const qint64 minute = r.buckets.at(bucket).startMs - r.buckets.at(bucket).startMs % kMinute;
        int inMinute = 0;
        for (const InvocationResult &res : std::as_const(m_results))
            inMinute += res.startedAtMs >= minute && res.startedAtMs < minute + kMinute ? 1 : 0;
        QCOMPARE(m_page->invocationModel()->rowCount(), inMinute);
        for (const InvocationRecord &rec : m_page->invocationModel()->records())
            QVERIFY(rec.startedAtMs >= minute && rec.startedAtMs < minute + kMinute);
        m_page->showRecent();
        QCOMPARE(m_page->invocationModel()->rowCount(), 3);
        m_page->setRange(MonitorPage::Range::Live15Min);
        QVERIFY(untilReport([](const metrics::Report &r) { return r.exact; }));
    }

    void rangeSwitch()
    {
        m_page->setRange(MonitorPage::Range::Hour);
        QVERIFY(untilReport([](const metrics::Report &r) { return r.query.bucketMs == kMinute; }));
        QVERIFY(!m_page->report().exact);
        QCOMPARE(m_page->report().buckets.size(), 60);
        QCOMPARE(m_page->report().total.invocations, 3);
        QCOMPARE(m_page->report().total.coldStarts, 1);
        QCOMPARE(sumY(m_page->chart(MonitorPage::Invocations)->points(0)), 3.0);

        m_page->setRange(MonitorPage::Range::Day);
        QVERIFY(untilReport([](const metrics::Report &r) { return r.query.bucketMs == 5 * kMinute; }));
        QCOMPARE(m_page->report().buckets.size(), 24 * 12);
        QCOMPARE(m_page->report().total.invocations, 3);

        // A custom range that ended before the invocations: nothing.
        const QDateTime before = QDateTime::fromMSecsSinceEpoch(m_results.first().startedAtMs).addSecs(-120);
        m_page->setCustomRange(before.addSecs(-3600), before);
        QVERIFY(untilReport([](const metrics::Report &r) {
            return r.query.source == metrics::Query::Source::Minutes && r.query.bucketMs == kMinute
                && r.buckets.size() >= 60;
        }));
        QCOMPARE(m_page->range(), MonitorPage::Range::Custom);
        QCOMPARE(m_page->report().total.invocations, 0);
        QCOMPARE(m_page->invocationModel()->rowCount(), 0);

        m_page->setRange(MonitorPage::Range::Live15Min);
        QVERIFY(untilReport([](const metrics::Report &r) { return r.exact && r.total.invocations == 3; }));
    }

    void qualifierFilter()
    {
        m_page->setQualifierFilter(QStringLiteral("v:1")); // no such version: not in the combo, so "all"
        QVERIFY(untilReport([](const metrics::Report &r) { return r.total.invocations == 3; }));
        QVERIFY(Waiter().on(m_page.get(), &MonitorPage::qualifiersLoaded).until([&] {
            return m_page->qualifierCombo()->findData(QStringLiteral("v:$LATEST")) >= 0;
        }));
        m_page->setQualifierFilter(QStringLiteral("v:$LATEST"));
        QVERIFY(
            untilReport([](const metrics::Report &r) { return r.query.filter.version == QStringLiteral("$LATEST"); }));
        QCOMPARE(m_page->report().total.invocations, 3);
        m_page->setQualifierFilter(QString());
        QVERIFY(untilReport([](const metrics::Report &r) { return r.query.filter.version.isEmpty(); }));
    }

    void costPanelFigures()
    {
        CostPanel *cost = m_page->costPanel();
        cost->setArchitecture(QStringLiteral("x86_64"));
        // 1,000,000 requests of 100 ms at 512 MB: 50,000 GB-s, $0.83 + $0.20; at 1,024 MB twice the GB-s.
        cost->setUsage(1'000'000, 100'000'000, 100'000'000.0 * 512, 512);
        QCOMPARE(cost->current().gbSeconds, 50'000.0);
        QVERIFY(qFuzzyCompare(cost->current().total(), 0.2 + 50'000 * 0.0000166667));
        QVERIFY2(cost->currentText().contains(QStringLiteral("$1.0333")), qPrintable(cost->currentText()));
        cost->setWhatIfMemory(1024);
        QCOMPARE(cost->whatIf().gbSeconds, 100'000.0);
        QVERIFY2(cost->whatIfText().contains(QStringLiteral("$1.8667")), qPrintable(cost->whatIfText()));
        cost->setArchitecture(QStringLiteral("arm64"));
        QVERIFY(qFuzzyCompare(cost->current().total(), 0.2 + 50'000 * 0.0000133334));
        cost->setArchitecture(QStringLiteral("x86_64"));
        // The page's own figures: the range's requests and GB-seconds.
        m_page->refresh();
        QVERIFY(untilReport([&](const metrics::Report &r) { return cost->current().requests == r.total.invocations; }));
        QCOMPARE(cost->current().requests, 3);
        QCOMPARE(cost->current().gbSeconds, m_page->report().total.gbSeconds());
        QVERIFY(cost->current().gbSeconds > 0);
    }

    void csvExport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.csv"));
        QVERIFY(m_page->exportCsv(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), m_page->report().buckets.size() + 1);
        QVERIFY(lines.first().startsWith("time_utc,invocations,errors,"));
        qint64 invocations = 0, cold = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> fields = lines.at(i).split(',');
            QCOMPARE(fields.size(), 22);
            invocations += fields.at(1).toLongLong();
            cold += fields.at(12).toLongLong();
        }
        QCOMPARE(invocations, 3);
        QCOMPARE(cold, 1);
        // And a chart as PNG.
        const QString png = dir.filePath(QStringLiteral("c.png"));
        QVERIFY(m_page->chart(MonitorPage::Duration)->savePng(png));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 100);
    }

    // A wheel turning over the cost panel's fields (not focused) scrolls the page instead of
    // changing a price (seen under Xvfb: scrolling down the tab set $0.20 per million to $0).
    void wheelOverAPriceScrollsThePage()
    {
        const QList<QAbstractSpinBox *> fields = m_page->costPanel()->findChildren<QAbstractSpinBox *>();
        QCOMPARE(fields.size(), 3);
        const double before = m_page->costPanel()->prices().requestsPerMillion;
        const double perGbSecond = m_page->costPanel()->prices().perGbSecond;
        for (QAbstractSpinBox *field : fields) {
            QVERIFY(!field->hasFocus());
            QWheelEvent wheel(QPointF(5, 5), field->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(field, &wheel);
        }
        QCOMPARE(m_page->costPanel()->prices().requestsPerMillion, before);
        QCOMPARE(m_page->costPanel()->prices().perGbSecond, perGbSecond);
    }

    // The grid reflows: one column when narrow, more when wide; nothing scrolls sideways.
    void reflows()
    {
        m_page->resize(500, 700);
        QVERIFY(Waiter().on(m_page.get(), &MonitorPage::reflowed).until([&] { return m_page->columns() == 1; }));
        QCOMPARE(m_page->scrollArea()->horizontalScrollBar()->isVisible(), false);
        m_page->resize(1600, 700);
        QVERIFY(Waiter().on(m_page.get(), &MonitorPage::reflowed).until([&] { return m_page->columns() == 3; }));
        // A projector's Monitor tab (about 760 px beside the function list): two columns.
        m_page->resize(760, 600);
        QVERIFY(Waiter().on(m_page.get(), &MonitorPage::reflowed).until([&] { return m_page->columns() == 2; }));
        m_page->resize(1000, 900);
    }
};

QTEST_MAIN(TestMonitorPage)
#include "tst_monitorpage.moc"
