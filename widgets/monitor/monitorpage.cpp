#include "monitorpage.h"

#include "backendhost.h"
#include "common/invocationcontroller.h"
#include "costpanel.h"
#include "invocationtablemodel.h"
#include "learn/lesson.h"
#include "metricchart.h"

#include <QChartView>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace lambdesk {

namespace {
constexpr qint64 kMinute = 60'000;

// A request id cut in its middle keeps both ends readable ("2aa61af…9d14aa2"); the other
// columns (a status such as "error (ValueError)") cut at their end.
class ElideMiddleDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};

struct RangeSpec
{
    qint64 spanMs;
    qint64 bucketMs;
};

RangeSpec specOf(MonitorPage::Range r)
{
    switch (r) {
    case MonitorPage::Range::Live15Min: return {15 * kMinute, 1000};
    case MonitorPage::Range::Hour: return {60 * kMinute, kMinute};
    case MonitorPage::Range::Hours12: return {12 * 60 * kMinute, 5 * kMinute};
    case MonitorPage::Range::Day: return {24 * 60 * kMinute, 5 * kMinute};
    case MonitorPage::Range::Custom: break;
    }
    return {60 * kMinute, kMinute};
}

// One bucket's values for a chart, in series order.
QList<QList<double>> seriesOf(MonitorPage::ChartId id, const QList<metrics::Bucket> &buckets)
{
    auto column = [&](auto f) {
        QList<double> out;
        out.reserve(buckets.size());
        for (const metrics::Bucket &b : buckets)
            out.append(f(b));
        return out;
    };
    using B = metrics::Bucket;
    switch (id) {
    case MonitorPage::Invocations: return {column([](const B &b) { return double(b.invocations); })};
    case MonitorPage::Errors:
        return {column([](const B &b) { return double(b.errors); }),
                column([](const B &b) { return b.successRate(); })};
    case MonitorPage::Duration:
        return {column([](const B &b) { return b.durationAvg(); }), column([](const B &b) { return b.p50; }),
                column([](const B &b) { return b.p90; }), column([](const B &b) { return b.p99; }),
                column([](const B &b) { return b.durationMax; })};
    case MonitorPage::Throttles: return {column([](const B &b) { return double(b.throttles); })};
    case MonitorPage::Concurrency: return {column([](const B &b) { return double(b.concurrency); })};
    case MonitorPage::ColdStarts:
        return {column([](const B &b) { return double(b.coldStarts); }),
                column([](const B &b) { return b.initAvg(); })};
    case MonitorPage::Memory:
        return {column([](const B &b) { return b.invocations > 0 ? double(b.maxMemoryUsedMb) : -1.0; }),
                column([](const B &b) { return b.invocations > 0 ? double(b.memorySizeMb) : -1.0; })};
    case MonitorPage::Async:
        return {column([](const B &b) { return double(b.asyncReceived); }),
                column([](const B &b) { return double(b.asyncRetried); }),
                column([](const B &b) { return double(b.asyncDropped); })};
    case MonitorPage::ChartCount: break;
    }
    return {};
}

QString ms(double v)
{
    return v < 0 ? QStringLiteral("–") : QStringLiteral("%L1 ms").arg(v, 0, 'f', v < 10 ? 2 : 0); // console's locale
}
} // namespace

MonitorPage::MonitorPage(const ConsoleContext &context, QWidget *parent) : FunctionPage(context, parent)
{
    // A lesson's "Show me" points at this page's tab (learn::highlightTargets).
    setProperty(learn::kTargetProperty, QStringLiteral("tab.monitor"));
    m_reads = new CallGuard(this);
    m_minuteReads = new CallGuard(this);
    m_qualifierReads = new CallGuard(this);
    m_customTo = QDateTime::currentDateTime();
    m_customFrom = m_customTo.addSecs(-3 * 3600);
    buildUi();
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &MonitorPage::refresh);
    m_liveTick.setInterval(kLiveTickMs);
    connect(&m_liveTick, &QTimer::timeout, this, [this] {
        if (isVisible() && m_range == Range::Live15Min && !m_coalesce.isActive())
            m_coalesce.start();
    });
    if (m_ctx.invocations) {
        connect(m_ctx.invocations, &InvocationController::invocationFinished, this, [this](const InvocationResult &r) {
            if (r.functionName != m_function.name)
                return;
            if (!isVisible()) {
                m_dirty = true;
                return;
            }
            if (!m_coalesce.isActive())
                m_coalesce.start();
        });
    }
    if (m_ctx.host) {
        const auto changed = [this](const QString &fn) {
            if (fn == m_function.name)
                loadQualifiers();
        };
        connect(m_ctx.host->backend(), &Backend::versionsChanged, this, changed);
        connect(m_ctx.host->backend(), &Backend::aliasesChanged, this, changed);
    }
}

void MonitorPage::buildUi()
{
    m_rangeBox = new QComboBox(this);
    m_rangeBox->addItem(tr("Live: last 15 minutes"), int(Range::Live15Min));
    m_rangeBox->addItem(tr("Last hour"), int(Range::Hour));
    m_rangeBox->addItem(tr("Last 12 hours"), int(Range::Hours12));
    m_rangeBox->addItem(tr("Last day"), int(Range::Day));
    m_rangeBox->addItem(tr("Custom…"), int(Range::Custom));
    m_rangeBox->setToolTip(tr("Live: per second, exact. Longer ranges: per minute (5 minutes past an hour); their "
                              "percentiles come from histograms, within 2.2%"));
    m_qualifier = new QComboBox(this);
    m_qualifier->setToolTip(tr("All invocations, those a version ran, or those invoked through an alias"));
    m_qualifier->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_qualifier->addItem(tr("All versions and aliases"), QString());
    m_fromEdit = new QDateTimeEdit(m_customFrom, this);
    m_toEdit = new QDateTimeEdit(m_customTo, this);
    for (QDateTimeEdit *e : {m_fromEdit, m_toEdit}) {
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        e->setCalendarPopup(true);
        e->hide();
    }
    m_applyCustom = new QPushButton(tr("Show"), this);
    m_applyCustom->hide();
    auto *csv = new QPushButton(tr("Export CSV…"), this);
    csv->setToolTip(tr("Save the range's figures, one row per point, as CSV"));
    m_status = new QLabel(this);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_totals = new QLabel(this);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_rangeBox);
    bar->addWidget(m_fromEdit);
    bar->addWidget(m_toEdit);
    bar->addWidget(m_applyCustom);
    bar->addWidget(m_qualifier);
    bar->addStretch(1);
    bar->addWidget(m_status);
    bar->addWidget(csv);

    const QString count; // a count: no unit
    m_charts = {
        new MetricChart(tr("Invocations"), {{tr("Invocations")}}, count),
        new MetricChart(tr("Errors and success rate"), {{tr("Errors")}, {tr("Success rate (%)"), true}}, count,
                        QStringLiteral("%")),
        new MetricChart(tr("Duration"), {{tr("avg")}, {tr("p50")}, {tr("p90")}, {tr("p99")}, {tr("max")}},
                        QStringLiteral("ms")),
        new MetricChart(tr("Throttles"), {{tr("Throttles")}}, count),
        new MetricChart(tr("Concurrent executions"), {{tr("Concurrent executions")}}, count),
        new MetricChart(tr("Cold starts and Init Duration"),
                        {{tr("Cold starts")}, {tr("Init Duration avg (ms)"), true}}, count, QStringLiteral("ms")),
        new MetricChart(tr("Max memory used"), {{tr("Max Memory Used")}, {tr("Memory size")}}, QStringLiteral("MB")),
        new MetricChart(tr("Async events"), {{tr("Received")}, {tr("Retried")}, {tr("Dropped")}}, count),
    };
    m_content = new QWidget;
    m_grid = new QGridLayout;
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(10);
    for (MetricChart *c : std::as_const(m_charts)) {
        c->setParent(m_content);
        c->setProperty(learn::kTargetProperty, QStringLiteral("monitor.charts")); // outlined together
        connect(c, &MetricChart::bucketClicked, this,
                [this](qint64 t) { showMinute(t - ((t % kMinute) + kMinute) % kMinute); });
        connect(c, &MetricChart::savePngRequested, this, [this, c] { saveChart(c); });
    }
    m_cost = new CostPanel(m_ctx.settings, m_content);
    m_cost->setProperty(learn::kTargetProperty, QStringLiteral("monitor.cost"));

    m_tableTitle = new QLabel(m_content);
    m_backToRecent = new QPushButton(tr("Show the newest"), m_content);
    m_backToRecent->hide();
    connect(m_backToRecent, &QPushButton::clicked, this, &MonitorPage::showRecent);
    m_model = new InvocationTableModel(this);
    m_table = new QTableView(m_content);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // A request id is long: its middle goes first (the whole id is in the tooltip), so the
    // figures stay in view at 1024 px.
    m_table->horizontalHeader()->setSectionResizeMode(InvocationTableModel::RequestId, QHeaderView::Interactive);
    m_table->setColumnWidth(InvocationTableModel::RequestId, m_table->fontMetrics().horizontalAdvance(u'0') * 16);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setItemDelegateForColumn(InvocationTableModel::RequestId, new ElideMiddleDelegate(m_table));
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setWordWrap(false);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 10);
    m_table->setToolTip(tr("Double-click an invocation (or press Enter) to show its log lines"));
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT showInLogRequested(index.data(InvocationTableModel::RequestIdRole).toString());
    });
    auto *tableHead = new QHBoxLayout;
    tableHead->addWidget(m_tableTitle, 1);
    tableHead->addWidget(m_backToRecent);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 6, 0);
    contentLayout->addWidget(m_totals);
    contentLayout->addLayout(m_grid);
    contentLayout->addLayout(tableHead);
    contentLayout->addWidget(m_table);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the grid reflows instead
    m_scroll->viewport()->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);
    reflow();

    connect(m_rangeBox, &QComboBox::activated, this,
            [this](int index) { setRange(Range(m_rangeBox->itemData(index).toInt())); });
    connect(m_qualifier, &QComboBox::activated, this, [this] {
        m_shownMinute = -1;
        refresh();
    });
    connect(m_applyCustom, &QPushButton::clicked, this,
            [this] { setCustomRange(m_fromEdit->dateTime(), m_toEdit->dateTime()); });
    connect(csv, &QPushButton::clicked, this, &MonitorPage::chooseCsv);
}

void MonitorPage::setRange(Range range)
{
    m_range = range;
    const QSignalBlocker block(m_rangeBox);
    m_rangeBox->setCurrentIndex(m_rangeBox->findData(int(range)));
    const bool custom = range == Range::Custom;
    m_fromEdit->setVisible(custom);
    m_toEdit->setVisible(custom);
    m_applyCustom->setVisible(custom);
    if (range == Range::Live15Min)
        m_liveTick.start();
    else
        m_liveTick.stop();
    m_shownMinute = -1;
    refresh();
}

void MonitorPage::setCustomRange(const QDateTime &from, const QDateTime &to)
{
    m_customFrom = std::min(from, to);
    m_customTo = std::max(from, to);
    m_fromEdit->setDateTime(m_customFrom);
    m_toEdit->setDateTime(m_customTo);
    if (m_range != Range::Custom)
        setRange(Range::Custom);
    else
        refresh();
}

void MonitorPage::setQualifierFilter(const QString &key)
{
    const int at = m_qualifier->findData(key);
    m_qualifier->setCurrentIndex(std::max(at, 0));
    m_shownMinute = -1;
    refresh();
}

metrics::Query MonitorPage::currentQuery() const
{
    metrics::Query q;
    q.filter.function = m_function.name;
    const QString key = m_qualifier->currentData().toString();
    if (key.startsWith(QLatin1StringView("v:")))
        q.filter.version = key.mid(2);
    else if (key.startsWith(QLatin1StringView("a:")))
        q.filter.alias = key.mid(2);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_range == Range::Custom) {
        q.fromMs = m_customFrom.toMSecsSinceEpoch();
        q.toMs = std::max(q.fromMs + kMinute, m_customTo.toMSecsSinceEpoch());
        // At most ~720 points: whole minutes, rounded up to 1, 5, 15, 60 or 1,440.
        const qint64 span = q.toMs - q.fromMs;
        q.bucketMs = kMinute;
        for (qint64 step : {kMinute, 5 * kMinute, 15 * kMinute, 60 * kMinute, 1440 * kMinute}) {
            q.bucketMs = step;
            if (span / step <= 720)
                break;
        }
        q.source = metrics::Query::Source::Minutes;
    } else {
        const RangeSpec spec = specOf(m_range);
        q.toMs = now;
        q.fromMs = now - spec.spanMs + spec.bucketMs; // the newest bucket is the current one
        q.bucketMs = spec.bucketMs;
        q.source = m_range == Range::Live15Min ? metrics::Query::Source::Exact : metrics::Query::Source::Minutes;
    }
    q.nowMs = now;
    q.recentLimit = 100;
    return q;
}

void MonitorPage::refresh()
{
    m_coalesce.stop();
    if (!m_ctx.host || m_function.name.isEmpty())
        return;
    if (m_inFlight) { // one query at a time: the newest state is read when it returns
        m_again = true;
        return;
    }
    m_inFlight = true;
    m_dirty = false;
    m_status->setText(tr("Reading…"));
    const quint64 generation = m_reads->generation();
    m_ctx.host->queryMetrics(m_reads, currentQuery(), [this, generation](metrics::Report report) {
        m_inFlight = false;
        if (generation == m_reads->generation())
            apply(report);
        if (std::exchange(m_again, false))
            refresh();
    });
}

void MonitorPage::apply(const metrics::Report &report)
{
    m_report = report;
    const metrics::Query &q = report.query;
    QList<qint64> times;
    times.reserve(report.buckets.size());
    for (const metrics::Bucket &b : report.buckets)
        times.append(b.startMs);
    const qint64 from = times.isEmpty() ? q.fromMs : times.first();
    const qint64 to = times.isEmpty() ? q.toMs : times.last() + q.bucketMs;
    for (int id = 0; id < ChartCount; ++id)
        m_charts.at(id)->setData(times, seriesOf(ChartId(id), report.buckets), from, to, q.bucketMs);
    const metrics::Bucket &t = report.total;
    const QLocale locale;
    m_charts.at(Invocations)->setSummary(locale.toString(t.invocations));
    m_charts.at(Errors)->setSummary(
        t.invocations > 0
            ? tr("%1 · %2% success").arg(locale.toString(t.errors)).arg(locale.toString(t.successRate(), 'f', 1))
            : QString());
    m_charts.at(Duration)->setSummary(
        t.invocations > 0 ? tr("p50 %1 · p99 %2 · max %3").arg(ms(t.p50), ms(t.p99), ms(t.durationMax)) : QString());
    m_charts.at(Throttles)->setSummary(locale.toString(t.throttles));
    m_charts.at(Concurrency)->setSummary(tr("peak %1").arg(t.concurrency));
    m_charts.at(ColdStarts)
        ->setSummary(t.coldStarts > 0 ? tr("%1 · init avg %2").arg(t.coldStarts).arg(ms(t.initAvg()))
                                      : QStringLiteral("0"));
    m_charts.at(Memory)->setSummary(
        t.invocations > 0 ? tr("peak %1 of %2 MB").arg(t.maxMemoryUsedMb).arg(t.memorySizeMb) : QString());
    m_charts.at(Async)->setSummary(
        tr("%1 received · %2 retried · %3 dropped").arg(t.asyncReceived).arg(t.asyncRetried).arg(t.asyncDropped));
    m_totals->setText(tr("%1 invocations, %2 errors, %3 throttles, %4 cold starts between %5 and %6%7")
                          .arg(locale.toString(t.invocations), locale.toString(t.errors), locale.toString(t.throttles),
                               locale.toString(t.coldStarts),
                               // Day names in the console's language (QDateTime's own are English).
                               locale.toString(QDateTime::fromMSecsSinceEpoch(from), QStringLiteral("ddd HH:mm")),
                               locale.toString(QDateTime::fromMSecsSinceEpoch(to), QStringLiteral("ddd HH:mm")),
                               report.exact ? tr(" (per second, exact)")
                                            : tr(" (per %1 min; percentiles within 2.2%)").arg(q.bucketMs / kMinute)));
    m_cost->setUsage(t.invocations, t.billedMs, t.mbMs, m_function.memorySize);
    m_status->setText(tr("Updated %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    if (m_shownMinute < 0) {
        m_model->setRecords(report.recent);
        m_tableTitle->setText(report.recent.isEmpty() ? tr("<b>Invocations</b>: none in this range")
                                                      : tr("<b>Newest invocations</b> (%1)").arg(report.recent.size()));
    }
    Q_EMIT refreshed();
}

void MonitorPage::showMinute(qint64 minuteMs)
{
    if (!m_ctx.host || m_function.name.isEmpty())
        return;
    m_shownMinute = minuteMs;
    m_minuteReads->invalidate();
    const quint64 generation = m_minuteReads->generation();
    metrics::Filter filter = currentQuery().filter;
    m_ctx.host->queryInvocations(
        m_minuteReads, filter, minuteMs, minuteMs + kMinute, 1000,
        [this, generation, minuteMs](QList<InvocationRecord> records) {
            if (generation != m_minuteReads->generation())
                return;
            const QString at = QLocale().toString(QDateTime::fromMSecsSinceEpoch(minuteMs),
                                                  QStringLiteral("ddd HH:mm"));
            m_tableTitle->setText(tr("<b>Invocations started %1</b> (%2)").arg(at).arg(records.size()));
            m_model->setRecords(std::move(records));
            m_backToRecent->show();
            m_scroll->ensureWidgetVisible(m_table);
            Q_EMIT invocationsShown();
        });
}

void MonitorPage::showRecent()
{
    m_minuteReads->invalidate();
    m_shownMinute = -1;
    m_backToRecent->hide();
    m_model->setRecords(m_report.recent);
    m_tableTitle->setText(tr("<b>Newest invocations</b> (%1)").arg(m_report.recent.size()));
    Q_EMIT invocationsShown();
}

void MonitorPage::functionChanged(bool otherFunction)
{
    if (otherFunction) {
        m_reads->invalidate();
        m_minuteReads->invalidate();
        m_inFlight = false;
        m_again = false;
        m_shownMinute = -1;
        m_backToRecent->hide();
        m_report = {};
        m_model->setRecords({});
        m_qualifier->clear();
        m_qualifier->addItem(tr("All versions and aliases"), QString());
        loadQualifiers();
    }
    if (isVisible())
        refresh();
    else
        m_dirty = true;
}

void MonitorPage::loadQualifiers()
{
    m_qualifierReads->invalidate();
    if (!m_ctx.host || m_function.name.isEmpty())
        return;
    m_ctx.host->call(
        m_qualifierReads,
        [name = m_function.name](Backend &b) {
            QList<std::pair<QString, QString>> items{{QStringLiteral("$LATEST"), QStringLiteral("v:$LATEST")}};
            if (auto versions = b.listVersions(name); versions.ok()) {
                for (auto it = versions.value().crbegin(); it != versions.value().crend(); ++it)
                    items.append({tr("Version %1").arg(it->version()), QStringLiteral("v:") + it->version()});
            }
            if (auto aliases = b.listAliases(name); aliases.ok()) {
                for (const FunctionAlias &a : aliases.value())
                    items.append({tr("Alias %1").arg(a.name), QStringLiteral("a:") + a.name});
            }
            return items;
        },
        [this](const QList<std::pair<QString, QString>> &items) {
            const QString keep = m_qualifier->currentData().toString();
            const QSignalBlocker block(m_qualifier);
            m_qualifier->clear();
            m_qualifier->addItem(tr("All versions and aliases"), QString());
            for (const auto &[text, key] : items)
                m_qualifier->addItem(text, key);
            m_qualifier->setCurrentIndex(std::max(0, m_qualifier->findData(keep)));
            Q_EMIT qualifiersLoaded();
        });
}

void MonitorPage::showEvent(QShowEvent *event)
{
    FunctionPage::showEvent(event);
    if (m_range == Range::Live15Min)
        m_liveTick.start();
    if (m_dirty)
        refresh();
}

bool MonitorPage::eventFilter(QObject *watched, QEvent *event)
{
    // The viewport's own size (the page's resize comes before its layout has resized the
    // scroll area).
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        reflow();
    return FunctionPage::eventFilter(watched, event);
}

void MonitorPage::reflow()
{
    // Charts need ~340 px to be read: one column on a narrow window, two on a projector's
    // 1024 px, three on a wide screen.
    const int width = m_scroll->viewport()->width();
    const int columns = std::clamp(width / 340, 1, 3);
    if (columns == m_columns)
        return;
    m_columns = columns;
    QList<QWidget *> cells;
    for (MetricChart *c : std::as_const(m_charts))
        cells.append(c);
    cells.append(m_cost);
    for (QWidget *w : std::as_const(cells))
        m_grid->removeWidget(w);
    for (int i = 0; i < cells.size(); ++i)
        m_grid->addWidget(cells.at(i), i / columns, i % columns);
    for (int c = 0; c < 3; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    Q_EMIT reflowed();
}

bool MonitorPage::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(metrics::toCsv(m_report));
    return file.commit();
}

void MonitorPage::chooseCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the metrics as CSV"),
                                                      m_function.name + QStringLiteral("-metrics.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (exportCsv(path))
        Q_EMIT statusMessage(tr("Saved %1").arg(path));
    else
        Q_EMIT statusMessage(tr("Could not write %1").arg(path), 8000);
}

void MonitorPage::saveChart(MetricChart *chart)
{
    QString name = chart->title().toLower();
    name.replace(u' ', u'-');
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the chart as PNG"),
                                                      m_function.name + u'-' + name + QStringLiteral(".png"),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (chart->savePng(path))
        Q_EMIT statusMessage(tr("Saved %1").arg(path));
    else
        Q_EMIT statusMessage(tr("Could not write %1").arg(path), 8000);
}

} // namespace lambdesk
