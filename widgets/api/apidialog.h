#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace lambdesk {

class ApiServerController;

// The local Lambda API at a glance: where it listens, the credentials to sign with, a
// ready ~/.aws/config profile, the port, the region and the "require signature" switch, the
// last calls.
class ApiDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ApiDialog(ApiServerController *api, QWidget *parent = nullptr);

private:
    void refresh();

    ApiServerController *m_api;
    QLabel *m_status;
    QSpinBox *m_port;
    QCheckBox *m_require;
    QLineEdit *m_region;
    QLabel *m_regionError;
    QLabel *m_keys;
    QPlainTextEdit *m_profile;
    QPlainTextEdit *m_example;
    QTableWidget *m_calls;
};

} // namespace lambdesk
