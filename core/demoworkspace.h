#pragma once

// The demo functions a new workspace gets (hello-python, hello-node), and "Reset demo workspace"
// (presenter mode, issue 17): every demo function back to its first state - code, configuration
// and test events from its blueprint, its versions, aliases and URLs gone - and nothing else of
// the workspace touched. Uses Backend's public calls only; runs on the backend thread.

#include "model/error.h"

#include <QList>
#include <QString>

namespace lambdesk {

class Backend;

namespace demo {

struct Function
{
    QString name;      // "hello-python"
    QString blueprint; // "hello-world-python"
    QString description;
};

QList<Function> functions();
// Creates the demo functions that are missing (a new workspace).
void seed(Backend &backend);
// Puts every demo function back to its first state; says what it did, or why it could not.
Result<QString> reset(Backend &backend);

} // namespace demo
} // namespace lambdesk
