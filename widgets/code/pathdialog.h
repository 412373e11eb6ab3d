#pragma once

#include <QDialog>

#include <functional>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace lambdesk {

// Asks for a path inside the code folder (new file, new folder, rename) and checks it as
// the user types: the message names the field and the rule, and OK stays disabled until
// the path is acceptable. Opened with open(), so nothing waits on it.
class PathDialog : public QDialog
{
    Q_OBJECT
public:
    // Returns the problem with a path, or nothing when it is fine.
    using Validator = std::function<std::optional<QString>(const QString &path)>;

    PathDialog(const QString &title, const QString &label, const QString &initial, Validator validator,
               QWidget *parent = nullptr);

    QString path() const;
    QLineEdit *field() const { return m_field; }
    QString errorText() const;
    bool canAccept() const;

private:
    void revalidate();

    Validator m_validator;
    QLineEdit *m_field;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace lambdesk
