#pragma once

#include "common/consolecontext.h"
#include "invoke/loadrunner.h"
#include "load/loadtimeline.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <optional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace lambdesk {

class MetricChart;

// "Run load…" of the Test tab: N invocations of the function at concurrency C (or a ramp from
// C1 to C2) with a payload (the Test tab's event), Start and Stop, and a live view: counters,
// the concurrency in flight, throttles and errors per second, the p50/p99 duration per second,
// then the run's summary. The run itself is a LoadRunner on the backend thread; its batches
// of progress arrive here queued, and the charts redraw on a coalescing timer.
class LoadDialog : public QDialog
{
    Q_OBJECT
public:
    enum Chart { Concurrency, Throttles, Duration, ChartCount };

    LoadDialog(const ConsoleContext &context, const QString &function, const QString &qualifier,
               const QByteArray &payload, const QString &eventName, QWidget *parent = nullptr);
    ~LoadDialog() override;

    QString function() const { return m_function; }
    QString qualifier() const { return m_qualifier; }

    // Start: checks the form (a message under it when something is wrong) and starts a run.
    bool start();
    // Stop: no more invocations start; the ones in flight end, then the summary.
    void stop();
    bool isRunning() const { return m_running; }
    LoadPlan plan() const;

    QSpinBox *countBox() const { return m_count; }
    QSpinBox *concurrencyBox() const { return m_concurrency; }
    QCheckBox *rampCheck() const { return m_ramp; }
    QSpinBox *rampToBox() const { return m_rampTo; }
    QPlainTextEdit *payloadEdit() const { return m_payload; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *stopButton() const { return m_stop; }
    QProgressBar *progressBar() const { return m_progressBar; }
    QLabel *formMessage() const { return m_message; }
    QPlainTextEdit *summaryView() const { return m_summaryView; }
    MetricChart *chart(Chart c) const { return m_charts.at(c); }
    // The counter shown under `name` ("Done", "In flight", "Succeeded", "Errors", "Timeouts",
    // "Throttles", "Cold starts", "Elapsed").
    QString counter(const QString &name) const;
    const LoadProgress &lastProgress() const { return m_last; }
    const std::optional<LoadSummary> &summary() const { return m_summary; }
    LoadTimeline &timeline() { return m_timeline; }

Q_SIGNALS:
    // A batch of progress is shown (counters; the charts follow on their timer).
    void progressShown();
    void chartsRedrawn();
    void runFinished(const lambdesk::LoadSummary &summary);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void onProgress(quint64 run, const LoadProgress &progress);
    void onFinished(quint64 run, const LoadSummary &summary);
    void redrawCharts();
    void updateUi();
    void setCounter(const QString &name, const QString &value);

    ConsoleContext m_ctx;
    // The window closing deletes the host before the pages (and this dialog, their child).
    QPointer<BackendHost> m_host;
    QString m_function;
    QString m_qualifier;
    QString m_eventName;

    quint64 m_run = 0; // the current run's number: batches of an earlier run are dropped
    bool m_running = false;
    bool m_stopAsked = false;
    QPointer<LoadRunner> m_runner; // lives on the backend thread: touched only there
    bool m_runnerKnown = false;
    LoadProgress m_last;
    std::optional<LoadSummary> m_summary;
    LoadTimeline m_timeline;
    QTimer m_redraw;

    QSpinBox *m_count;
    QSpinBox *m_concurrency;
    QCheckBox *m_ramp;
    QSpinBox *m_rampTo;
    QPlainTextEdit *m_payload;
    QLabel *m_message;
    QPushButton *m_start;
    QPushButton *m_stop;
    QProgressBar *m_progressBar;
    QHash<QString, QLabel *> m_counters;
    QList<MetricChart *> m_charts;
    QPlainTextEdit *m_summaryView;
};

} // namespace lambdesk
