#include "dockwidget.h"

#include <QStyleOptionDockWidget>
#include <QStylePainter>

namespace lambdesk {

void DockWidget::paintEvent(QPaintEvent *event)
{
    if (isFloating() || titleBarWidget()) { // the window system's title, or one of our own
        QDockWidget::paintEvent(event);
        return;
    }
    QStylePainter painter(this);
    QStyleOptionDockWidget title;
    initStyleOption(&title);
    painter.setFont(font());
    title.fontMetrics = fontMetrics();
    painter.drawControl(QStyle::CE_DockWidgetTitle, title);
}

} // namespace lambdesk
