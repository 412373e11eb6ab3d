#pragma once

#include "metrics/costestimate.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace lambdesk {

class Settings;

// The estimated cost of the shown range's invocations: requests plus GB-seconds of billed
// duration at the memory they ran with, at x86_64 or arm64 prices (editable, kept in the
// settings), and what the same billed durations would cost at another memory size.
class CostPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CostPanel(Settings *settings, QWidget *parent = nullptr);

    // The range's totals: requests, billed ms summed, billed ms x memory MB summed; and the
    // function's memory now.
    void setUsage(qint64 requests, qint64 billedMs, double mbMs, int currentMemoryMb);
    metrics::Prices prices() const;
    metrics::CostEstimate current() const;
    metrics::CostEstimate whatIf() const;
    // The figures as shown (tests read them).
    QString currentText() const;
    QString whatIfText() const;
    void setWhatIfMemory(int mb);
    void setArchitecture(const QString &architecture); // "x86_64" or "arm64"

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    void loadPrice();
    static QString money(double dollars);

    Settings *m_settings;
    QComboBox *m_arch;
    QDoubleSpinBox *m_perGbSecond;
    QDoubleSpinBox *m_perMillion;
    QSpinBox *m_whatIfMb;
    QLabel *m_current;
    QLabel *m_whatIf;
    qint64 m_requests = 0;
    qint64 m_billedMs = 0;
    double m_mbMs = 0;
    int m_memoryMb = 128;
};

} // namespace lambdesk
