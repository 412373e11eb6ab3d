#pragma once

#include <QDockWidget>

namespace lambdesk {

// A dock whose title follows its own font. Qt paints a docked title with the font the dock was
// made with whenever the dock's font is the application's, so a new application font
// (presenter mode's zoom) grew the title bar but not its text.
class DockWidget : public QDockWidget
{
public:
    using QDockWidget::QDockWidget;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace lambdesk
