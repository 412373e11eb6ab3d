#include "theme.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
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

Theme::ToneColors Theme::toneColors(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    // Light: the AWS console's flash-bar tints. Dark: the same hues, deep, with light text.
    switch (tone) {
    case Tone::Info:
        return dark ? ToneColors{QColor(0x1d, 0x33, 0x47), QColor(0x3d, 0x6a, 0x99), QColor(0xb9, 0xd8, 0xf7),
                                 QColor(0x2a, 0x5c, 0x8f)}
                    : ToneColors{QColor(0xe8, 0xf1, 0xfb), QColor(0x9c, 0xc3, 0xea), QColor(0x0b, 0x3a, 0x66),
                                 QColor(0x90, 0xca, 0xf9)};
    case Tone::Success:
        return dark ? ToneColors{QColor(0x1d, 0x3a, 0x22), QColor(0x3c, 0x7a, 0x44), QColor(0xb8, 0xe0, 0xbb),
                                 QColor(0x2f, 0x6b, 0x36)}
                    : ToneColors{QColor(0xe9, 0xf6, 0xea), QColor(0x94, 0xcf, 0x98), QColor(0x1b, 0x5e, 0x20),
                                 QColor(0xa5, 0xd6, 0xa7)};
    case Tone::Warning:
        return dark ? ToneColors{QColor(0x3d, 0x34, 0x19), QColor(0x8a, 0x6d, 0x1f), QColor(0xf2, 0xd5, 0x8a),
                                 QColor(0x7a, 0x60, 0x12)}
                    : ToneColors{QColor(0xff, 0xf6, 0xe0), QColor(0xe8, 0xc4, 0x6a), QColor(0x6b, 0x4a, 0x00),
                                 QColor(0xff, 0xe0, 0x82)};
    case Tone::Error: break;
    }
    return dark ? ToneColors{QColor(0x45, 0x20, 0x1c), QColor(0x9c, 0x3b, 0x30), QColor(0xff, 0xb4, 0xa8),
                             QColor(0x8a, 0x2d, 0x24)}
                : ToneColors{QColor(0xfd, 0xec, 0xea), QColor(0xef, 0x9a, 0x9a), QColor(0x8e, 0x1b, 0x1b),
                             QColor(0xef, 0x9a, 0x9a)};
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

void Theme::relayOutLink(QLabel *label)
{
    // A label's rich text keeps the link colour of the palette it was laid out in, and setting the
    // same text again is a no-op: set it anew, so that its links take the new palette's colour.
    if (label->textFormat() == Qt::PlainText || !label->text().contains(QLatin1String("<a ")))
        return;
    const QString text = label->text();
    label->clear();
    label->setText(text);
}

bool Theme::eventFilter(QObject *watched, QEvent *event)
{
    // Each widget hears of a new palette on its own (posted after the application's changed).
    if (event->type() == QEvent::PaletteChange) {
        if (auto *label = qobject_cast<QLabel *>(watched))
            relayOutLink(label);
    }
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
