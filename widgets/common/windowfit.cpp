#include "windowfit.h"

#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace lambdesk {

void fitIntoScreen(QWidget *window, QSize preferred, bool restored)
{
    const QScreen *screen = window->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    QRect g = restored ? window->geometry() : QRect(QPoint(), preferred);
    if (restored && available.contains(g))
        return;
    g.setSize(g.size().boundedTo(available.size()).expandedTo(window->minimumSize()));
    g.moveCenter(available.center());
    // Larger than the screen only when its minimum is: then its top left corner stays on it.
    g.moveTopLeft(QPoint(std::max(available.left(), g.left()), std::max(available.top(), g.top())));
    window->setGeometry(g);
}

} // namespace lambdesk
