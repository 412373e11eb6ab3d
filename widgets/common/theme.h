#pragma once

#include <QObject>
#include <QPalette>

class QLabel;

namespace lambdesk {

// Light and dark appearance. "system" follows the desktop: the palette the platform theme
// gives at start and whenever the desktop switches (Qt 6.4 has no colour-scheme API, so the
// platform palette's lightness is the signal).
class Theme : public QObject
{
    Q_OBJECT
public:
    enum class Mode { System, Light, Dark };

    explicit Theme(QObject *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    bool isDark() const { return m_dark; }

    static Mode modeFromString(const QString &s);
    static QString modeToString(Mode mode);
    static QPalette darkPalette();
    static QPalette lightPalette();
    static bool isDark(const QPalette &palette) { return palette.color(QPalette::Window).lightness() < 128; }

    // The colours of a message in a tone (banners, notice strips, budget gauges) for a palette:
    // pale backgrounds in a light one, deep ones in a dark one, and text readable on both.
    // `fill` is the stronger shade of a gauge's bar, under text in the palette's Text colour.
    enum class Tone { Info, Success, Warning, Error };
    struct ToneColors
    {
        QColor background, border, text, fill;
    };
    static ToneColors toneColors(Tone tone, const QPalette &palette);

Q_SIGNALS:
    void changed(bool dark);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();
    static void relayOutLink(QLabel *label);

    Mode m_mode = Mode::System;
    bool m_dark = false;
    QPalette m_systemPalette;
    QString m_systemStyle;
    bool m_applying = false;
};

} // namespace lambdesk
