#pragma once

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;

namespace lambdesk {

// The debugger's console: what logpoints and the engine write, and an input line that
// evaluates an expression in the selected frame (Enter), with a history (Up/Down). It only
// shows and asks: evaluateRequested() goes to the debug controller, which answers with
// appendResult()/appendError().
class DebugConsole : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxHistory = 100;

    explicit DebugConsole(QWidget *parent = nullptr);

    void appendOutput(const QString &category, const QString &text);
    void appendResult(const QString &expression, const QString &value, const QString &type);
    void appendError(const QString &expression, const QString &message);
    void appendNote(const QString &text);
    void clearOutput();
    // Greyed while the function runs: nothing can be evaluated then.
    void setInputEnabled(bool enabled, const QString &placeholder = {});

    QStringList history() const { return m_history; }
    QLineEdit *input() const { return m_input; }
    QPlainTextEdit *output() const { return m_output; }
    QString text() const;

Q_SIGNALS:
    void evaluateRequested(const QString &expression);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void submit();
    void append(const QString &html);

    QPlainTextEdit *m_output;
    QLineEdit *m_input;
    QStringList m_history;
    int m_historyPos = 0; // == size(): the line being typed
    QString m_typed;      // what was typed before walking the history
};

} // namespace lambdesk
