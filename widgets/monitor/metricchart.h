#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace lambdesk {

// One chart of the Monitor tab: a title with the range's figure, line series over time (one
// value per bucket, a negative value is "none" and leaves no point), a left axis and an
// optional right one. Hovering shows every series' value at that bucket; a click anywhere in
// the plot emits the bucket's time; the chart saves itself as PNG.
class MetricChart : public QWidget
{
    Q_OBJECT
public:
    struct SeriesSpec
    {
        QString name;
        bool rightAxis = false;
    };
    MetricChart(const QString &title, const QList<SeriesSpec> &series, const QString &leftUnit,
                const QString &rightUnit = {}, QWidget *parent = nullptr);

    // times: each bucket's start (epoch ms); values: per series, one per bucket.
    void setData(const QList<qint64> &times, const QList<QList<double>> &values, qint64 fromMs, qint64 toMs,
                 qint64 bucketMs);
    void setSummary(const QString &text);
    QString title() const { return m_title; }
    int seriesCount() const { return int(m_series.size()); }
    int pointCount(int series) const;
    QList<QPointF> points(int series) const;
    QChartView *view() const { return m_view; }
    // The text hovering at `timeMs` shows (what the tooltip says).
    QString valuesAt(qint64 timeMs) const;
    // Where in the view a bucket's first series' value is drawn (tests click there).
    QPoint positionOf(int bucket) const;
    bool savePng(const QString &path) const;

Q_SIGNALS:
    void bucketClicked(qint64 startMs);
    void savePngRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int bucketAt(const QPoint &viewPos) const;
    void applyPalette();
    static QString formatValue(double v, const QString &unit);

    QString m_title;
    QString m_leftUnit;
    QString m_rightUnit;
    QLabel *m_heading;
    QLabel *m_summary;
    QChart *m_chart;
    QChartView *m_view;
    QDateTimeAxis *m_x;
    QValueAxis *m_left;
    QValueAxis *m_right = nullptr;
    QList<QLineSeries *> m_series;
    QList<SeriesSpec> m_specs;
    QList<qint64> m_times;
    QList<QList<double>> m_values;
    qint64 m_bucketMs = 60'000;
};

} // namespace lambdesk
