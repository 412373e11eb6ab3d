#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace lambdesk {

// "Delete function", as the Lambda console asks it: what goes, then a field where the function's
// name must be typed before Delete is enabled (a Yes/No is too easy to click through). Enter
// deletes once it is; Escape cancels. Open it with open(); accepted() means delete.
class DeleteFunctionDialog : public QDialog
{
    Q_OBJECT
public:
    // `detail`: what else is lost (rich text), said after the usual sentence; may be empty.
    DeleteFunctionDialog(const QString &function, const QString &detail, QWidget *parent = nullptr);

    QString function() const { return m_function; }
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *deleteButton() const { return m_delete; }

private:
    void updateButton();

    QString m_function;
    QLineEdit *m_name;
    QLabel *m_hint;
    QPushButton *m_delete;
};

} // namespace lambdesk
