#pragma once

class QToolButton;
class QWidget;

namespace lambdesk {

class DebugController;

// The Debug button of the Test and Code tabs: a click debugs (the caller connects clicked()),
// its arrow opens the Debug options (break on uncaught exceptions, cold start, wait for an
// external debugger), which are the controller's actions and so the same everywhere.
QToolButton *makeDebugButton(DebugController *controller, QWidget *parent);

} // namespace lambdesk
