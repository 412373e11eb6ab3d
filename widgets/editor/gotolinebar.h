#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace lambdesk {

class CodeEditor;

// "Go to line" under an editor: type 42 or 42:7 (line:column), Enter jumps and closes,
// Escape closes. A line outside the file says which lines exist instead of jumping.
class GoToLineBar : public QWidget
{
    Q_OBJECT
public:
    explicit GoToLineBar(QWidget *parent = nullptr);

    void setEditor(CodeEditor *editor);
    void open();
    void close();
    // Jumps to the typed position; false (with the reason shown) when it is not valid.
    bool go(const QString &text);

    QLineEdit *field() const { return m_field; }
    QString errorText() const;

Q_SIGNALS:
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<CodeEditor> m_editor;
    QLabel *m_label;
    QLineEdit *m_field;
    QLabel *m_error;
};

} // namespace lambdesk
