#pragma once

#include <QObject>
#include <QPoint>

namespace lambdesk {

class CodeEditor;

// While the debugger is paused, resting the mouse on an identifier of the editor (Scintilla's
// dwell) asks for its value: hovered() gives the expression under the mouse (a dotted name,
// "event.body", "self.items") and where to show the answer. Off until setActive(true).
class ValueHover : public QObject
{
    Q_OBJECT
public:
    explicit ValueHover(CodeEditor *editor);

    void setActive(bool active);
    bool isActive() const { return m_active; }
    // The dotted name around a position of the text; empty when none (a keyword, a number).
    QString expressionAt(int position) const;

Q_SIGNALS:
    void hovered(const QString &expression, const QPoint &globalPos);

private:
    CodeEditor *m_editor;
    bool m_active = false;
};

} // namespace lambdesk
