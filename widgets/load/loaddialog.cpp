#include "loaddialog.h"

#include "backendhost.h"
#include "model/jsoncheck.h"
#include "monitor/metricchart.h"
#include "test/eventform.h"

#include <QChartView>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDateTime>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lambdesk {

namespace {

const QStringList kCounters = {QStringLiteral("Done"),        QStringLiteral("In flight"), QStringLiteral("Succeeded"),
                               QStringLiteral("Errors"),      QStringLiteral("Timeouts"),  QStringLiteral("Throttles"),
                               QStringLiteral("Cold starts"), QStringLiteral("Elapsed")};

} // namespace

LoadDialog::LoadDialog(const ConsoleContext &context, const QString &function, const QString &qualifier,
                       const QByteArray &payload, const QString &eventName, QWidget *parent)
    : QDialog(parent),
      m_ctx(context),
      m_host(context.host),
      m_function(function),
      m_qualifier(qualifier.isEmpty() ? QStringLiteral("$LATEST") : qualifier),
      m_eventName(eventName)
{
    setWindowTitle(tr("Run load: %1:%2").arg(m_function, m_qualifier));
    // Several batches a second arrive; the charts redraw at most four times a second.
    m_redraw.setSingleShot(true);
    m_redraw.setInterval(250);
    connect(&m_redraw, &QTimer::timeout, this, &LoadDialog::redrawCharts);
    buildUi();
    m_payload->setPlainText(QString::fromUtf8(payload.isEmpty() ? QByteArrayLiteral("{}") : payload));
    updateUi();
}

LoadDialog::~LoadDialog()
{
    stop(); // nothing is left running for a window that is gone
}

void LoadDialog::buildUi()
{
    m_count = new QSpinBox(this);
    m_count->setRange(1, LoadPlan::kMaxCount);
    m_count->setValue(100);
    m_count->setToolTip(tr("How many invocations to run"));
    m_concurrency = new QSpinBox(this);
    m_concurrency->setRange(1, LoadPlan::kMaxConcurrency);
    m_concurrency->setValue(5);
    m_concurrency->setToolTip(tr("How many invocations are in flight at once (a new one starts when one ends)"));
    m_ramp = new QCheckBox(tr("&Ramp to"), this);
    m_ramp->setToolTip(tr("Raise the concurrency step by step over the run, from the concurrency above to this"));
    m_rampTo = new QSpinBox(this);
    m_rampTo->setRange(1, LoadPlan::kMaxConcurrency);
    m_rampTo->setValue(20);
    // One row of numbers, the payload under it.
    auto *numbers = new QHBoxLayout;
    auto *countLabel = new QLabel(tr("&Invocations:"), this);
    countLabel->setBuddy(m_count);
    auto *concurrencyLabel = new QLabel(tr("&Concurrency:"), this);
    concurrencyLabel->setBuddy(m_concurrency);
    numbers->addWidget(countLabel);
    numbers->addWidget(m_count);
    numbers->addSpacing(12);
    numbers->addWidget(concurrencyLabel);
    numbers->addWidget(m_concurrency);
    numbers->addSpacing(12);
    numbers->addWidget(m_ramp);
    numbers->addWidget(m_rampTo);
    numbers->addStretch(1);

    m_payload = new QPlainTextEdit(this);
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_payload->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_payload->setMaximumHeight(m_payload->fontMetrics().height() * 5);
    m_payload->setToolTip(tr("The payload every invocation sends (the Test tab's event)"));
    auto *payloadLabel = new QLabel(
        m_eventName.isEmpty() ? tr("&Payload:") : tr("&Payload (event %1):").arg(m_eventName), this);
    payloadLabel->setBuddy(m_payload);

    m_message = makeErrorLabel(this);
    m_start = new QPushButton(QIcon(QStringLiteral(":/icons/invoke.svg")), tr("Start"), this);
    m_start->setDefault(true);
    m_stop = new QPushButton(tr("Stop"), this);
    m_stop->setToolTip(tr("Start no more invocations; the ones in flight end"));
    auto *close = new QPushButton(tr("Close"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addWidget(close);

    m_progressBar = new QProgressBar(this);
    m_progressBar->setRange(0, m_count->value());
    m_progressBar->setValue(0);
    // Before a run, the bar says what Start will run ("0 of 100").
    connect(m_count, &QSpinBox::valueChanged, this, [this](int n) {
        if (m_progressBar->value() == 0)
            m_progressBar->setMaximum(n);
    });
    m_progressBar->setFormat(tr("%v of %m"));
    auto *counters = new QGridLayout;
    counters->setHorizontalSpacing(18);
    for (int i = 0; i < kCounters.size(); ++i) {
        auto *caption = new QLabel(kCounters.at(i), this);
        caption->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel(QStringLiteral("–"), this);
        QFont f = value->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.2);
        value->setFont(f);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        counters->addWidget(caption, 0, i);
        counters->addWidget(value, 1, i);
        m_counters.insert(kCounters.at(i), value);
    }

    m_charts = {
        new MetricChart(tr("Concurrency"), {{tr("In flight"), false}, {tr("Asked"), false}}, QString(), QString(),
                        this),
        new MetricChart(tr("Throttles and errors"), {{tr("Throttles"), false}, {tr("Errors"), false}}, QString(),
                        QString(), this),
        new MetricChart(tr("Duration"), {{tr("p50"), false}, {tr("p99"), false}}, QStringLiteral("ms"), QString(),
                        this),
    };
    // Empty until the first run: the next ten seconds with nothing in them (not axes of 1970).
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (MetricChart *c : std::as_const(m_charts))
        c->setData({}, {{}, {}}, now, now + 10'000, 1000);
    m_charts[Concurrency]->setSummary(tr("most in flight each second"));
    m_charts[Throttles]->setSummary(tr("per second"));
    m_charts[Duration]->setSummary(tr("of the invocations that ended each second"));
    for (MetricChart *c : std::as_const(m_charts)) {
        c->view()->setToolTip(tr("Hover for each second's values"));
        c->view()->setMinimumHeight(170);
        connect(c, &MetricChart::savePngRequested, this, [this, c] {
            QString name = c->title().toLower();
            name.replace(u' ', u'-');
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Save the chart as PNG"),
                m_function + QStringLiteral("-load-") + name + QStringLiteral(".png"), tr("PNG images (*.png)"));
            if (!path.isEmpty() && !c->savePng(path))
                m_message->setText(tr("Could not write %1").arg(path));
        });
    }

    m_summaryView = new QPlainTextEdit(this);
    m_summaryView->setReadOnly(true);
    m_summaryView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_summaryView->setPlaceholderText(tr("The summary of the run appears here when it ends."));
    m_summaryView->setLineWrapMode(QPlainTextEdit::NoWrap);

    // Two charts a row; the summary takes the fourth place.
    auto *grid = new QGridLayout;
    grid->addWidget(m_charts[Concurrency], 0, 0);
    grid->addWidget(m_charts[Throttles], 0, 1);
    grid->addWidget(m_charts[Duration], 1, 0);
    grid->addWidget(m_summaryView, 1, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(numbers);
    layout->addWidget(payloadLabel);
    layout->addWidget(m_payload);
    layout->addLayout(buttons);
    layout->addWidget(m_progressBar);
    layout->addLayout(counters);
    layout->addLayout(grid, 1);
    resize(1000, 760);

    connect(m_start, &QPushButton::clicked, this, &LoadDialog::start);
    connect(m_stop, &QPushButton::clicked, this, &LoadDialog::stop);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_ramp, &QCheckBox::toggled, this, &LoadDialog::updateUi);
    connect(m_payload, &QPlainTextEdit::textChanged, this, [this] { m_message->clear(); });
}

LoadPlan LoadDialog::plan() const
{
    LoadPlan p;
    p.function = m_function;
    p.qualifier = m_qualifier;
    p.payload = m_payload->toPlainText().toUtf8();
    p.count = m_count->value();
    p.concurrency = m_concurrency->value();
    p.rampTo = m_ramp->isChecked() ? m_rampTo->value() : 0;
    return p;
}

bool LoadDialog::start()
{
    if (m_running || !m_host)
        return false;
    const LoadPlan p = plan();
    if (const auto e = json::check(p.payload)) {
        m_message->setText(tr("The payload is not valid JSON: %1").arg(e->message));
        return false;
    }
    if (const auto e = p.check()) {
        m_message->setText(e->message);
        return false;
    }
    m_message->clear();
    const quint64 run = ++m_run;
    m_running = true;
    m_stopAsked = false;
    m_runner.clear();
    m_runnerKnown = false;
    m_summary.reset();
    m_last = LoadProgress{};
    m_timeline.reset(QDateTime::currentMSecsSinceEpoch());
    m_summaryView->clear();
    m_progressBar->setRange(0, p.count);
    m_progressBar->setValue(0);
    for (QLabel *l : std::as_const(m_counters))
        l->setText(QStringLiteral("0"));
    redrawCharts();
    updateUi();

    QPointer<LoadDialog> self(this);
    m_host->call(
        this,
        [p, self, run](Backend &b) {
            QPointer<LoadRunner> out;
            LoadDialog *dialog = self.data();
            if (!dialog)
                return out;
            // A child of the Backend: it goes with it; it deletes itself once it has finished.
            auto *runner = new LoadRunner(&b, p, &b);
            QObject::connect(runner, &LoadRunner::finished, runner, &QObject::deleteLater);
            // Queued to the dialog's thread; dropped when the dialog is gone.
            QObject::connect(runner, &LoadRunner::progressed, dialog, [self, run](const LoadProgress &progress) {
                if (self)
                    self->onProgress(run, progress);
            });
            QObject::connect(runner, &LoadRunner::finished, dialog, [self, run](const LoadSummary &summary) {
                if (self)
                    self->onFinished(run, summary);
            });
            runner->start();
            out = runner;
            return out;
        },
        [this, run](QPointer<LoadRunner> runner) {
            if (run != m_run)
                return;
            m_runner = runner;
            m_runnerKnown = true;
            if (m_stopAsked)
                stop();
        });
    return true;
}

void LoadDialog::stop()
{
    if (!m_running)
        return;
    m_stopAsked = true;
    if (m_runnerKnown && m_host) {
        m_host->post([runner = m_runner](Backend &) {
            if (runner)
                runner->cancel();
        });
    }
    updateUi();
}

void LoadDialog::onProgress(quint64 run, const LoadProgress &progress)
{
    if (run != m_run)
        return;
    if (m_last.startedAtMs == 0) // the first batch: the runner's clock is the charts' origin
        m_timeline.reset(progress.startedAtMs);
    m_last = progress;
    m_timeline.add(progress);
    m_progressBar->setValue(progress.done);
    setCounter(QStringLiteral("Done"), QString::number(progress.done));
    setCounter(QStringLiteral("In flight"), QString::number(progress.inFlight));
    setCounter(QStringLiteral("Succeeded"), QString::number(progress.succeeded));
    setCounter(QStringLiteral("Errors"), QString::number(progress.errors));
    setCounter(QStringLiteral("Timeouts"), QString::number(progress.timeouts));
    setCounter(QStringLiteral("Throttles"), QString::number(progress.throttles));
    setCounter(QStringLiteral("Cold starts"), QString::number(progress.coldStarts));
    setCounter(QStringLiteral("Elapsed"),
               tr("%1 s").arg(QLocale().toString(double(progress.elapsedMs) / 1000.0, 'f', 1)));
    if (!m_redraw.isActive())
        m_redraw.start();
    Q_EMIT progressShown();
}

void LoadDialog::onFinished(quint64 run, const LoadSummary &summary)
{
    if (run != m_run)
        return;
    m_running = false;
    m_runner.clear();
    m_runnerKnown = false;
    m_summary = summary;
    m_summaryView->setPlainText(summary.table());
    if (summary.error)
        m_message->setText(summary.error->message);
    m_redraw.stop();
    redrawCharts();
    updateUi();
    Q_EMIT runFinished(summary);
}

void LoadDialog::redrawCharts()
{
    const QList<qint64> times = m_timeline.times();
    const qint64 from = m_timeline.startedAtMs();
    // At least ten seconds wide, so that the first seconds are not stretched over the chart.
    const qint64 to = from + std::max<qint64>(10'000, qint64(times.size()) * 1000);
    m_charts[Concurrency]->setData(times, {m_timeline.peakInFlight(), m_timeline.target()}, from, to, 1000);
    m_charts[Throttles]->setData(times, {m_timeline.throttles(), m_timeline.errors()}, from, to, 1000);
    m_charts[Duration]->setData(times, {m_timeline.p50(), m_timeline.p99()}, from, to, 1000);
    Q_EMIT chartsRedrawn();
}

void LoadDialog::updateUi()
{
    m_rampTo->setEnabled(m_ramp->isChecked() && !m_running);
    for (QWidget *w : {static_cast<QWidget *>(m_count), static_cast<QWidget *>(m_concurrency),
                       static_cast<QWidget *>(m_ramp), static_cast<QWidget *>(m_payload)})
        w->setEnabled(!m_running);
    m_start->setEnabled(!m_running);
    m_stop->setEnabled(m_running && !m_stopAsked);
    m_stop->setText(m_running && m_stopAsked ? tr("Stopping…") : tr("Stop"));
}

void LoadDialog::setCounter(const QString &name, const QString &value)
{
    if (QLabel *l = m_counters.value(name))
        l->setText(value);
}

QString LoadDialog::counter(const QString &name) const
{
    const QLabel *l = m_counters.value(name);
    return l ? l->text() : QString();
}

void LoadDialog::closeEvent(QCloseEvent *event)
{
    stop();
    QDialog::closeEvent(event);
}

} // namespace lambdesk
