#pragma once

#include <QLabel>

namespace lambdesk {

// A one-line plain-text label that may be narrower than its text: it then ends in "…" and its
// tooltip shows the whole text. Its minimum width is a few characters, so a long text (a
// status, a path) never widens the window; given room, it shows everything.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    using QLabel::QLabel;

    QSize minimumSizeHint() const override;
    bool isElided() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
};

} // namespace lambdesk
