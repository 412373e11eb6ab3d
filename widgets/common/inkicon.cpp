#include "inkicon.h"

#include <QApplication>
#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

namespace lambdesk {

namespace {

class InkIconEngine : public QIconEngine
{
public:
    explicit InkIconEngine(QByteArray svg) : m_svg(std::move(svg)) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        QPixmap p = pixmap(rect.size() * ratio, mode, state);
        p.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, p);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        // The ink: the palette's button text, softened towards the button a quarter, as the
        // file's grey is against a light button.
        const QPalette palette = QApplication::palette();
        const QPalette::ColorGroup group = mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active;
        const QColor text = palette.color(group, QPalette::ButtonText);
        const QColor back = palette.color(group, QPalette::Button);
        const QColor ink = QColor::fromRgbF(text.redF() * 0.75f + back.redF() * 0.25f,
                                            text.greenF() * 0.75f + back.greenF() * 0.25f,
                                            text.blueF() * 0.75f + back.blueF() * 0.25f);
        QByteArray svg = m_svg;
        const QByteArray name = ink.name().toLatin1();
        svg.replace("#414d5c", name).replace("#5a6b7b", name);
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QSvgRenderer renderer(svg);
        QPainter painter(&image);
        renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
        painter.end();
        return QPixmap::fromImage(std::move(image));
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new InkIconEngine(m_svg); }
    QString key() const override { return QStringLiteral("lambdesk-ink"); }

private:
    QByteArray m_svg;
};

} // namespace

QIcon inkIcon(const QString &svgPath)
{
    QFile file(svgPath);
    if (!file.open(QIODevice::ReadOnly))
        return QIcon(svgPath);
    return QIcon(new InkIconEngine(file.readAll()));
}

} // namespace lambdesk
