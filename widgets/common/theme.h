#pragma once

#include <QObject>
#include <QPalette>

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

Q_SIGNALS:
    void changed(bool dark);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();

    Mode m_mode = Mode::System;
    bool m_dark = false;
    QPalette m_systemPalette;
    QString m_systemStyle;
    bool m_applying = false;
};

} // namespace lambdesk
