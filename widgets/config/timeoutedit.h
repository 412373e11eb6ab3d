#pragma once

#include <QWidget>

class QSpinBox;

namespace lambdesk {

// Timeout as minutes and seconds (AWS's console form). Like MemoryEdit it lets the user
// enter values outside 1 s – 15 min so the page can name the rule instead of clamping.
class TimeoutEdit : public QWidget
{
    Q_OBJECT
public:
    explicit TimeoutEdit(QWidget *parent = nullptr);

    int value() const; // seconds
    void setValue(int seconds);
    QSpinBox *minutesBox() const { return m_minutes; }
    QSpinBox *secondsBox() const { return m_seconds; }

    // "3 s", "1 min 30 s", "15 min"
    static QString describe(int seconds);

Q_SIGNALS:
    void valueChanged(int seconds);

private:
    QSpinBox *m_minutes;
    QSpinBox *m_seconds;
};

} // namespace lambdesk
