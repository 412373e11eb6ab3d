// The create/edit dialog of one function URL (FunctionUrlDialog).
#pragma once

#include "model/error.h"
#include "model/functionurl.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace lambdesk {

// Create or edit one function URL as AWS's console does: the qualifier ($LATEST or an alias,
// fixed when editing), the auth type, "Configure CORS" with its six settings, and the invoke
// mode. Save does not close it: the form saves through the backend and closes it on success,
// or shows the backend's error under the field it names.
class FunctionUrlDialog : public QDialog
{
    Q_OBJECT
public:
    FunctionUrlDialog(const QStringList &qualifiers, const std::optional<FunctionUrlConfig> &editing,
                      QWidget *parent = nullptr);

    bool isEditing() const { return m_editing; }
    // The configuration the fields hold (functionName left empty).
    FunctionUrlConfig config() const;
    // Shows `error` under its field (Cors.AllowOrigins, AuthType, ...), or above the buttons.
    void showError(const Error &error);
    void clearErrors();
    void setBusy(bool busy);
    // The error shown for an AWS field name ("Cors.AllowOrigins", "Qualifier", ...); "" for others.
    QString fieldError(const QString &field) const;
    QString generalError() const;

    QComboBox *qualifierBox() const { return m_qualifier; }
    QComboBox *authBox() const { return m_auth; }
    QGroupBox *corsBox() const { return m_cors; }
    QLineEdit *allowOriginsEdit() const { return m_origins; }
    QLineEdit *exposeHeadersEdit() const { return m_expose; }
    QLineEdit *allowHeadersEdit() const { return m_headers; }
    QLineEdit *allowMethodsEdit() const { return m_methods; }
    QSpinBox *maxAgeBox() const { return m_maxAge; }
    QCheckBox *allowCredentialsBox() const { return m_credentials; }
    QComboBox *invokeModeBox() const { return m_invokeMode; }
    QPushButton *saveButton() const { return m_save; }

Q_SIGNALS:
    void submitted();

private:
    QLabel *errorLabelFor(const QString &field) const;
    void updateAuthNote();

    bool m_editing;
    QComboBox *m_qualifier;
    QComboBox *m_auth;
    QLabel *m_authNote;
    QGroupBox *m_cors;
    QLineEdit *m_origins;
    QLineEdit *m_expose;
    QLineEdit *m_headers;
    QLineEdit *m_methods;
    QSpinBox *m_maxAge;
    QCheckBox *m_credentials;
    QComboBox *m_invokeMode;
    QPushButton *m_save;
    QLabel *m_general;
    QHash<QString, QLabel *> m_errors; // AWS field name -> its label
};

} // namespace lambdesk
