#pragma once

#include "common/functionpage.h"

namespace lambdesk {

class CodeEditor;
class ResultPanel;

// The Test tab: an event, Invoke, and what came back.
class TestPage : public FunctionPage
{
    Q_OBJECT
public:
    explicit TestPage(const ConsoleContext &context, QWidget *parent = nullptr);

    void invoke();
    CodeEditor *eventEditor() const { return m_event; }
    ResultPanel *results() const { return m_results; }

protected:
    void functionChanged(bool otherFunction) override;

private:
    CodeEditor *m_event;
    ResultPanel *m_results;
};

} // namespace lambdesk
