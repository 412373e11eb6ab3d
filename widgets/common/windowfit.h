#pragma once

#include <QSize>

class QWidget;

namespace lambdesk {

// Keeps a top-level window inside the screen it opens on (a projector's 1024×640, a laptop's
// 1366×768): a window opened for the first time gets `preferred` bounded by the screen's
// available area, centred in it; a restored one that no longer fits (saved on a bigger screen)
// is shrunk and moved back into it.
void fitIntoScreen(QWidget *window, QSize preferred, bool restored);

} // namespace lambdesk
