#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace lambdesk {

// The red, wrapping, selectable line under a form's field or section that says what is wrong
// (naming the field and the rule); hidden until it has something to say. One look for every form.
QLabel *makeErrorLabel(QWidget *parent, const QString &objectName);

} // namespace lambdesk
