#pragma once

#include "consolecontext.h"
#include "model/functionconfig.h"

#include <QWidget>

namespace lambdesk {

// One tab of the selected function (Code, Test, Monitor, Configuration, ...).
class FunctionPage : public QWidget
{
    Q_OBJECT
public:
    FunctionPage(const ConsoleContext &context, QWidget *parent = nullptr) : QWidget(parent), m_ctx(context) {}

    // Another function was selected (name empty: none), or this one changed on disk.
    void setFunction(const FunctionConfig &config)
    {
        const bool other = config.name != m_function.name;
        m_function = config;
        functionChanged(other);
    }
    const FunctionConfig &function() const { return m_function; }
    // Whether the page holds edits that leaving would lose (asked before switching away).
    virtual bool hasUnsavedChanges() const { return false; }

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs = 5000);

protected:
    // otherFunction: a different function than before (reset everything), else a refresh.
    virtual void functionChanged(bool otherFunction) = 0;

    ConsoleContext m_ctx;
    FunctionConfig m_function;
};

} // namespace lambdesk
