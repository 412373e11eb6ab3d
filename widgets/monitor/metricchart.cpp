#include "metricchart.h"

#include "common/theme.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace lambdesk {

MetricChart::MetricChart(const QString &title, const QList<SeriesSpec> &series, const QString &leftUnit,
                         const QString &rightUnit, QWidget *parent)
    : QWidget(parent), m_title(title), m_leftUnit(leftUnit), m_rightUnit(rightUnit), m_specs(series)
{
    setObjectName(title);
    m_heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    m_summary = new QLabel(this);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *save = new QToolButton(this);
    save->setText(tr("PNG"));
    save->setToolTip(tr("Save this chart as a PNG image"));
    save->setAutoRaise(true);
    connect(save, &QToolButton::clicked, this, &MetricChart::savePngRequested);

    m_chart = new QChart;
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_x = new QDateTimeAxis(m_chart);
    m_x->setTickCount(5);
    m_left = new QValueAxis(m_chart);
    m_left->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_left, Qt::AlignLeft);
    if (!rightUnit.isNull()) {
        m_right = new QValueAxis(m_chart);
        m_right->setLabelFormat(QStringLiteral("%.0f"));
        m_chart->addAxis(m_right, Qt::AlignRight);
    }
    for (const SeriesSpec &spec : series) {
        auto *s = new QLineSeries(m_chart);
        s->setName(spec.name);
        s->setPointsVisible(true);
        m_chart->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(spec.rightAxis && m_right ? m_right : m_left);
        m_series.append(s);
    }
    m_chart->legend()->setVisible(series.size() > 1);
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(170);
    m_view->setMouseTracking(true);
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
    m_view->setToolTip(tr("Hover for the values, click for that minute's invocations"));

    auto *head = new QHBoxLayout;
    head->setContentsMargins(0, 0, 0, 0);
    head->addWidget(m_heading);
    head->addWidget(m_summary, 1);
    head->addWidget(save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(head);
    layout->addWidget(m_view, 1);
    applyPalette();
}

void MetricChart::setData(const QList<qint64> &times, const QList<QList<double>> &values, qint64 fromMs, qint64 toMs,
                          qint64 bucketMs)
{
    m_times = times;
    m_values = values;
    m_bucketMs = std::max<qint64>(bucketMs, 1);
    double leftMax = 0, rightMax = 0;
    for (int s = 0; s < m_series.size(); ++s) {
        QList<QPointF> points;
        const QList<double> v = values.value(s);
        points.reserve(v.size());
        for (int i = 0; i < v.size() && i < times.size(); ++i) {
            if (v.at(i) < 0)
                continue;
            points.append(QPointF(double(times.at(i)), v.at(i)));
            (m_specs.at(s).rightAxis && m_right ? rightMax : leftMax) = std::max(
                m_specs.at(s).rightAxis && m_right ? rightMax : leftMax, v.at(i));
        }
        m_series.at(s)->setPointsVisible(points.size() <= 120); // dots while they can be told apart
        m_series.at(s)->replace(points);
    }
    const qint64 span = toMs - fromMs;
    m_x->setFormat(span <= 20 * 60'000         ? QStringLiteral("HH:mm:ss")
                       : span <= 24 * 3600'000 ? QStringLiteral("HH:mm")
                                               : QStringLiteral("dd MMM HH:mm"));
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    // Whole numbers on the axes, with room above the highest value.
    // Small counts get one tick per whole number (0, 1, 2), never 0.25 labelled "0".
    auto fit = [](QValueAxis *axis, double max, const QString &unit) {
        if (unit == QLatin1StringView("%")) {
            axis->setRange(0, 100);
            axis->setTickCount(5);
            return;
        }
        const double top = max <= 0 ? 1.0 : std::ceil(max * 1.15);
        if (unit.isEmpty() && top <= 4) {
            axis->setRange(0, top);
            axis->setTickCount(int(top) + 1);
            axis->setLabelFormat(QStringLiteral("%.0f"));
            return;
        }
        if (unit.isEmpty()) {
            // Larger counts: five ticks a whole number apart (0, 3, 6, 9, 12), never 2.5 labelled "3".
            const double step = std::ceil(top / 4);
            axis->setRange(0, step * 4);
            axis->setTickCount(5);
            axis->setLabelFormat(QStringLiteral("%.0f"));
            return;
        }
        // Durations and sizes: fractions where the values are small (a 0.7 ms handler).
        axis->setTickCount(5);
        axis->setRange(0, max <= 0 ? 1.0 : max * 1.15);
        axis->applyNiceNumbers();
        const QString format = axis->max() < 2 ? QStringLiteral("%.2f")
            : axis->max() < 10                 ? QStringLiteral("%.1f")
                                               : QStringLiteral("%.0f");
        if (axis->labelFormat() != format) {
            // Qt Charts lays the labels out again on a range change only: with the new format
            // alone they keep the old width ("20...." where "0.00" was).
            const double low = axis->min(), high = axis->max();
            axis->setLabelFormat(format);
            axis->setRange(low, high + 1);
            axis->setRange(low, high);
        }
    };
    fit(m_left, leftMax, m_leftUnit);
    if (m_right)
        fit(m_right, rightMax, m_rightUnit);
}

void MetricChart::setSummary(const QString &text)
{
    m_summary->setText(text);
}

int MetricChart::pointCount(int series) const
{
    return series >= 0 && series < m_series.size() ? int(m_series.at(series)->count()) : 0;
}

QList<QPointF> MetricChart::points(int series) const
{
    return series >= 0 && series < m_series.size() ? m_series.at(series)->points() : QList<QPointF>();
}

QString MetricChart::formatValue(double v, const QString &unit)
{
    if (v < 0)
        return QStringLiteral("–");
    // In the console's locale (0,25 in German).
    const QLocale locale;
    const QString number = std::abs(v - std::round(v)) < 1e-9 ? locale.toString(qint64(std::round(v)))
                                                              : locale.toString(v, 'f', 2);
    return unit.isEmpty() ? number : number + u' ' + unit;
}

QString MetricChart::valuesAt(qint64 timeMs) const
{
    if (m_times.isEmpty())
        return {};
    const qsizetype i = std::clamp<qsizetype>(
        std::upper_bound(m_times.cbegin(), m_times.cend(), timeMs) - m_times.cbegin() - 1, 0, m_times.size() - 1);
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(m_times.at(i));
    QStringList lines{
        QLocale().toString(at, m_bucketMs < 60'000 ? QStringLiteral("HH:mm:ss") : QStringLiteral("ddd HH:mm"))};
    for (int s = 0; s < m_specs.size(); ++s)
        lines << QStringLiteral("%1: %2").arg(
            m_specs.at(s).name,
            formatValue(m_values.value(s).value(i, -1), m_specs.at(s).rightAxis ? m_rightUnit : m_leftUnit));
    return lines.join(u'\n');
}

int MetricChart::bucketAt(const QPoint &viewPos) const
{
    if (m_times.isEmpty())
        return -1;
    const QPointF scene = m_view->mapToScene(viewPos);
    const QPointF inChart = m_chart->mapFromScene(scene);
    if (!m_chart->plotArea().contains(inChart))
        return -1;
    // The nearest point: a bucket is drawn at its start, so the click or hover a little left of
    // a point means that point, not the bucket before.
    const double t = m_chart->mapToValue(inChart, m_series.value(0)).x();
    qsizetype i = std::upper_bound(m_times.cbegin(), m_times.cend(), qint64(t)) - m_times.cbegin();
    if (i >= m_times.size() || (i > 0 && t - double(m_times.at(i - 1)) < double(m_times.at(i)) - t))
        --i;
    return i >= 0 && i < m_times.size() ? int(i) : -1;
}

QPoint MetricChart::positionOf(int bucket) const
{
    if (bucket < 0 || bucket >= m_times.size() || m_series.isEmpty())
        return {};
    // Where its point is drawn (the bucket's start), halfway up the plot.
    const QPointF value(double(m_times.at(bucket)), 0);
    QPointF inChart = m_chart->mapToPosition(value, m_series.first());
    inChart.setY(m_chart->plotArea().center().y());
    return m_view->mapFromScene(m_chart->mapToScene(inChart));
}

bool MetricChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        if (event->type() == QEvent::MouseButtonRelease) {
            auto *me = static_cast<QMouseEvent *>(event);
            if (me->button() == Qt::LeftButton) {
                const int i = bucketAt(me->position().toPoint());
                if (i >= 0)
                    Q_EMIT bucketClicked(m_times.at(i));
            }
        } else if (event->type() == QEvent::ToolTip || event->type() == QEvent::MouseMove) {
            const QPoint pos = event->type() == QEvent::ToolTip
                ? static_cast<QHelpEvent *>(event)->pos()
                : static_cast<QMouseEvent *>(event)->position().toPoint();
            const int i = bucketAt(pos);
            if (i >= 0)
                QToolTip::showText(m_view->viewport()->mapToGlobal(pos), valuesAt(m_times.at(i)), m_view->viewport());
            else
                QToolTip::hideText();
            return event->type() == QEvent::ToolTip;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MetricChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void MetricChart::applyPalette()
{
    const QPalette pal = palette();
    const bool dark = Theme::isDark(pal);
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(pal.color(QPalette::Base));
    m_chart->setPlotAreaBackgroundVisible(false);
    const QColor text = pal.color(QPalette::Text);
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(110);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_x), static_cast<QAbstractAxis *>(m_left),
                                static_cast<QAbstractAxis *>(m_right)}) {
        if (!axis)
            continue;
        axis->setLabelsColor(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 0.85);
        axis->setLabelsFont(f);
    }
    m_chart->legend()->setLabelColor(text);
    QFont lf = font();
    lf.setPointSizeF(lf.pointSizeF() * 0.85);
    m_chart->legend()->setFont(lf);
    // setTheme resets the series' colours: a fixed, distinguishable order on both backgrounds.
    const QList<QColor> colours = dark
        ? QList<QColor>{QColor(0x5c, 0xb8, 0xff), QColor(0xff, 0x9f, 0x43), QColor(0x6e, 0xd8, 0x8a),
                        QColor(0xf0, 0x6a, 0x8a), QColor(0xc0, 0x9c, 0xff)}
        : QList<QColor>{QColor(0x1f, 0x6f, 0xc5), QColor(0xd9, 0x73, 0x06), QColor(0x2e, 0x8b, 0x3e),
                        QColor(0xc0, 0x26, 0x4e), QColor(0x6f, 0x42, 0xc1)};
    for (int s = 0; s < m_series.size(); ++s) {
        QPen pen(colours.at(s % colours.size()));
        pen.setWidthF(1.6);
        m_series.at(s)->setPen(pen);
        m_series.at(s)->setBrush(colours.at(s % colours.size()));
    }
}

bool MetricChart::savePng(const QString &path) const
{
    return m_view->grab().save(path, "PNG");
}

} // namespace lambdesk
