#pragma once

class QToolButton;
class QWidget;

namespace lambdesk {

class DebugController;

// The Debug button of the Test and Code tabs: a click debugs (the caller connects clicked()),
// its arrow opens the Debug options (break on uncaught exceptions, cold start, wait for an
// external debugger), which are the controller's actions and so the same everywhere.
// withOptions false: no arrow (a narrow toolbar: the options are in the Debug menu and the Test tab).
QToolButton *makeDebugButton(DebugController *controller, QWidget *parent, bool withOptions = true);

} // namespace lambdesk
