#pragma once

#include <QWidget>

class QLabel;
class QSlider;
class QSpinBox;

namespace lambdesk {

// Memory size as AWS's console edits it: a slider and a field in 1 MB steps, with the CPU
// share the size implies. The field accepts numbers outside 128–10240 on purpose: the page
// shows the rule next to it instead of silently clamping what the user typed.
class MemoryEdit : public QWidget
{
    Q_OBJECT
public:
    explicit MemoryEdit(QWidget *parent = nullptr);

    int value() const;
    void setValue(int mb);
    // How limits are enforced on this machine (from the backend), added to the CPU tooltip.
    void setLimitsNote(const QString &note);

    QSpinBox *spinBox() const { return m_spin; }
    QSlider *slider() const { return m_slider; }

    // AWS: 1 vCPU at 1769 MB, proportional below and above.
    static double vcpus(int mb);
    static QString cpuShareText(int mb); // "≈ 0.07 vCPU"
    static QString cpuShareTooltip(const QString &limitsNote);

Q_SIGNALS:
    void valueChanged(int mb);

private:
    void sync(int mb);

    QSlider *m_slider;
    QSpinBox *m_spin;
    QLabel *m_cpu;
};

} // namespace lambdesk
