#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace lambdesk {

class CodeEditor;
class JsonLint;

// "Event JSON": the editor, its Format button, and under it the first error as
// "Line L, column C: what" (the editor marks the spot), checked as the user types.
class EventJsonEditor : public QWidget
{
    Q_OBJECT
public:
    explicit EventJsonEditor(QWidget *parent = nullptr);

    CodeEditor *editor() const { return m_editor; }
    QString text() const;
    bool isValid();
    // The first error ("Line 3, column 7: ..."); empty when the JSON is valid.
    QString errorMessage();
    // What is shown under the editor; empty when nothing is.
    QString message() const;
    // Shows why an action was refused, followed by the error.
    void refuse(const QString &why);
    // Indents the JSON (an undoable edit); nothing when it is not valid.
    void format();

Q_SIGNALS:
    // The text was checked (after each change).
    void checked();

private:
    void showError();

    CodeEditor *m_editor;
    JsonLint *m_lint;
    QPushButton *m_format;
    QLabel *m_message;
};

} // namespace lambdesk
