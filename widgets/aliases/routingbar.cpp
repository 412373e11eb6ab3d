#include "routingbar.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace lambdesk {

RoutingBar::RoutingBar(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void RoutingBar::setRouting(const QString &primary, const QString &secondary, double secondaryWeight)
{
    m_primary = primary;
    m_secondary = secondary;
    m_weight = secondary.isEmpty() ? 0 : std::clamp(secondaryWeight, 0.0, 1.0);
    setToolTip(text());
    update();
}

int RoutingBar::secondaryPercent() const
{
    return m_secondary.isEmpty() ? 0 : int(std::lround(m_weight * 100));
}

QString RoutingBar::text() const
{
    const auto label = [](const QString &v) { return v == QLatin1String("$LATEST") ? v : tr("version %1").arg(v); };
    if (m_primary.isEmpty())
        return {};
    if (m_secondary.isEmpty())
        return tr("%1: 100 %").arg(label(m_primary));
    return tr("%1: %2 % · %3: %4 %")
        .arg(label(m_primary))
        .arg(primaryPercent())
        .arg(label(m_secondary))
        .arg(secondaryPercent());
}

// Both readable under white text in the light and the dark theme.
QColor RoutingBar::primaryColor()
{
    return QColor(0x0b, 0x63, 0xc4);
}
QColor RoutingBar::secondaryColor()
{
    return QColor(0xc2, 0x4e, 0x00);
}

QSize RoutingBar::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 36, fontMetrics().height() + 8};
}

QSize RoutingBar::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 12, fontMetrics().height() + 8};
}

void RoutingBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRect r = rect().adjusted(0, 2, 0, -2);
    if (m_primary.isEmpty()) {
        p.fillRect(r, palette().color(QPalette::Mid));
        return;
    }
    const int split = r.left() + int(std::lround(r.width() * (1.0 - m_weight)));
    const QRect first(r.left(), r.top(), split - r.left(), r.height());
    const QRect second(split, r.top(), r.right() + 1 - split, r.height());
    p.fillRect(first, primaryColor());
    if (!m_secondary.isEmpty())
        p.fillRect(second, secondaryColor());
    p.setPen(Qt::white);
    const auto draw = [&](const QRect &box, const QString &version, int percent) {
        const QString full = (version == QLatin1String("$LATEST") ? version : QStringLiteral("v") + version)
            + QStringLiteral(" · %1 %").arg(percent);
        const QString shortText = QStringLiteral("%1 %").arg(percent);
        const QRect inner = box.adjusted(4, 0, -4, 0);
        if (fontMetrics().horizontalAdvance(full) <= inner.width())
            p.drawText(inner, Qt::AlignVCenter | Qt::AlignLeft, full);
        else if (fontMetrics().horizontalAdvance(shortText) <= inner.width())
            p.drawText(inner, Qt::AlignVCenter | Qt::AlignLeft, shortText);
    };
    draw(first, m_primary, primaryPercent());
    if (!m_secondary.isEmpty())
        draw(second, m_secondary, secondaryPercent());
}

} // namespace lambdesk
