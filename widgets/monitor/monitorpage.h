#pragma once

#include "common/functionpage.h"
#include "metrics/metricsreport.h"

#include <QDateTime>
#include <QList>
#include <QTimer>

class QComboBox;
class QDateTimeEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QTableView;

namespace lambdesk {

class CallGuard;
class CostPanel;
class InvocationTableModel;
class MetricChart;

// The Monitor tab: the function's metrics over a time range (live 15 minutes per second, an
// hour, 12 hours, a day, or a custom range) as charts, the range's invocations (or a clicked
// minute's) in a table that opens their log lines, and the estimated cost. Metrics are read on
// the log store's thread (Backend::queryMetrics); new results refresh them on a coalescing
// timer while the tab is shown. The charts reflow into one, two or three columns.
class MonitorPage : public FunctionPage
{
    Q_OBJECT
public:
    enum class Range { Live15Min, Hour, Hours12, Day, Custom };
    enum ChartId { Invocations, Errors, Duration, Throttles, Concurrency, ColdStarts, Memory, Async, ChartCount };
    static constexpr int kCoalesceMs = 250;   // new results within this are one refresh
    static constexpr int kLiveTickMs = 5'000; // a live range slides on even without new results

    explicit MonitorPage(const ConsoleContext &context, QWidget *parent = nullptr);

    void setRange(Range range);
    // A custom range (local times); setRange(Custom) uses the last one set.
    void setCustomRange(const QDateTime &from, const QDateTime &to);
    Range range() const { return m_range; }
    // "" (all), "v:$LATEST", "v:3", "a:live".
    void setQualifierFilter(const QString &key);
    QComboBox *qualifierCombo() const { return m_qualifier; }
    void refresh();
    // Lists the invocations of the minute starting at `minuteMs` (what a click on a chart does).
    void showMinute(qint64 minuteMs);
    void showRecent();

    MetricChart *chart(ChartId id) const { return m_charts.value(id); }
    InvocationTableModel *invocationModel() const { return m_model; }
    QTableView *invocationTable() const { return m_table; }
    CostPanel *costPanel() const { return m_cost; }
    QScrollArea *scrollArea() const { return m_scroll; }
    const metrics::Report &report() const { return m_report; }
    int columns() const { return m_columns; }
    bool exportCsv(const QString &path) const;

Q_SIGNALS:
    // A report was read and shown.
    void refreshed();
    // The table shows a minute's invocations (or the recent ones again).
    void invocationsShown();
    void showInLogRequested(const QString &requestId);
    // The charts were laid out in columns() columns.
    void reflowed();
    // The qualifier combo lists the function's versions and aliases.
    void qualifiersLoaded();

protected:
    void functionChanged(bool otherFunction) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void loadQualifiers();
    void apply(const metrics::Report &report);
    void reflow();
    metrics::Query currentQuery() const;
    void saveChart(MetricChart *chart);
    void chooseCsv();

    Range m_range = Range::Live15Min;
    QDateTime m_customFrom;
    QDateTime m_customTo;
    QComboBox *m_rangeBox;
    QComboBox *m_qualifier;
    QDateTimeEdit *m_fromEdit;
    QDateTimeEdit *m_toEdit;
    QPushButton *m_applyCustom;
    QLabel *m_status;
    QLabel *m_totals;
    QScrollArea *m_scroll;
    QWidget *m_content;
    QGridLayout *m_grid;
    QList<MetricChart *> m_charts;
    CostPanel *m_cost;
    QLabel *m_tableTitle;
    QPushButton *m_backToRecent;
    QTableView *m_table;
    InvocationTableModel *m_model;
    CallGuard *m_reads;
    CallGuard *m_minuteReads;
    CallGuard *m_qualifierReads;
    QTimer m_coalesce;
    QTimer m_liveTick;
    bool m_inFlight = false;
    bool m_again = false;
    bool m_dirty = true; // something changed while hidden
    qint64 m_shownMinute = -1;
    int m_columns = 0;
    metrics::Report m_report;
};

} // namespace lambdesk
