#pragma once

#include <QWidget>

namespace lambdesk {

// An alias's routing as one bar: the main version's share in one colour, the additional
// version's in another, each labelled with its version and percentage.
class RoutingBar : public QWidget
{
    Q_OBJECT
public:
    explicit RoutingBar(QWidget *parent = nullptr);

    // secondaryWeight 0..1; secondary empty: all to primary.
    void setRouting(const QString &primary, const QString &secondary = {}, double secondaryWeight = 0);
    QString primary() const { return m_primary; }
    QString secondary() const { return m_secondary; }
    // Whole percentages, as drawn (they add up to 100).
    int primaryPercent() const { return 100 - secondaryPercent(); }
    int secondaryPercent() const;
    // "version 1: 90 % · version 2: 10 %"
    QString text() const;

    static QColor primaryColor();
    static QColor secondaryColor();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_primary;
    QString m_secondary;
    double m_weight = 0;
};

} // namespace lambdesk
