#pragma once

#include "model/jsoncheck.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace lambdesk {

class CodeEditor;

// Checks the JSON in an editor as it is typed and marks the first error where it is: a red
// squiggle under the offending character and a marker in the margin (a helper object, so the
// editor class does not grow; DESIGN.md §6.8).
class JsonLint : public QObject
{
    Q_OBJECT
public:
    explicit JsonLint(CodeEditor *editor);

    // The first error of the current text (checks now if a check is pending); nullopt: valid.
    std::optional<json::ParseError> error();
    bool isValid() { return !error(); }
    // "Line 3, column 7: unterminated string" — what the page shows under the editor.
    QString message();

Q_SIGNALS:
    // The text was checked (valid or not).
    void checked();

private:
    void schedule();
    void check();
    void mark(const std::optional<json::ParseError> &error);

    CodeEditor *m_editor;
    QTimer m_timer;
    bool m_pending = false;
    std::optional<json::ParseError> m_error;
};

} // namespace lambdesk
