#pragma once

#include <QIcon>

namespace lambdesk {

// A monochrome SVG icon (find, copy, close, ...) drawn in the palette's text colour of the
// moment it is painted, so it stands out in the light and the dark theme alike. Its grey ink
// (#414d5c, #5a6b7b in the file) is replaced; other colours (a blue accent) stay.
QIcon inkIcon(const QString &svgPath);

} // namespace lambdesk
