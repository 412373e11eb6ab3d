#include "theme.h"

#include <QApplication>
#include <QEvent>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace lambdesk {

Theme::Theme(QObject *parent) : QObject(parent)
{
    m_systemPalette = QApplication::palette();
    m_systemStyle = QApplication::style()->name();
    qApp->installEventFilter(this);
}

Theme::Mode Theme::modeFromString(const QString &s)
{
    if (s == u"light")
        return Mode::Light;
    if (s == u"dark")
        return Mode::Dark;
    return Mode::System;
}

QString Theme::modeToString(Mode mode)
{
    switch (mode) {
    case Mode::Light: return QStringLiteral("light");
    case Mode::Dark: return QStringLiteral("dark");
    case Mode::System: break;
    }
    return QStringLiteral("system");
}

void Theme::setMode(Mode mode)
{
    m_mode = mode;
    apply();
}

QPalette Theme::darkPalette()
{
    QPalette p;
    const QColor window(0x23, 0x27, 0x2e), base(0x1b, 0x1e, 0x24), text(0xe6, 0xe8, 0xeb);
    const QColor disabled(0x7d, 0x84, 0x8d), highlight(0x3b, 0x82, 0xc4), button(0x2d, 0x32, 0x3a);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x2a, 0x31));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x66, 0x66));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xf5));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x3a, 0x40, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x32, 0x37, 0x40));
    p.setColor(QPalette::Mid, QColor(0x20, 0x23, 0x29));
    p.setColor(QPalette::Dark, QColor(0x16, 0x18, 0x1c));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QPalette Theme::lightPalette()
{
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette p = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    p.setColor(QPalette::AlternateBase, QColor(0xf3, 0xf5, 0xf7));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
    return p;
}

void Theme::apply()
{
    m_applying = true;
    const bool systemDark = m_systemPalette.color(QPalette::Window).lightness() < 128;
    m_dark = m_mode == Mode::Dark || (m_mode == Mode::System && systemDark);
    if (m_mode == Mode::System) {
        QApplication::setStyle(QStyleFactory::create(m_systemStyle));
        QApplication::setPalette(QPalette()); // nothing of ours: the platform's palette shows through
        m_systemPalette = QGuiApplication::palette();
        m_dark = m_systemPalette.color(QPalette::Window).lightness() < 128;
    } else {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(m_dark ? darkPalette() : lightPalette());
    }
    m_applying = false;
    Q_EMIT changed(m_dark);
}

bool Theme::eventFilter(QObject *watched, QEvent *event)
{
    // The desktop switched themes (every window hears it): re-read it when we follow it.
    if (event->type() == QEvent::ThemeChange && !m_applying && m_mode == Mode::System && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->isWindow()) {
        const bool dark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
        if (dark != m_dark) {
            m_dark = dark;
            Q_EMIT changed(m_dark);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace lambdesk
