#pragma once

#include "model/functionconfig.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace lambdesk {

// The "Logging configuration" section, as the Lambda console has it: the log format (Text or
// JSON), the application and system log levels (only with JSON: Lambda filters by level only
// then), and the log group. Field names are AWS's ("LoggingConfig.ApplicationLogLevel", ...)
// so validation errors land next to their field.
class LoggingForm : public QWidget
{
    Q_OBJECT
public:
    explicit LoggingForm(QWidget *parent = nullptr);

    void load(const FunctionConfig &config);
    void setEditing(bool editing);
    // The form's values written over `config.logging`.
    void applyTo(FunctionConfig &config) const;

    // Field -> messages; fields not named are cleared.
    void showErrors(const QHash<QString, QStringList> &errors);
    QString fieldError(const QString &field) const;
    QWidget *editorFor(const QString &field) const;
    static QStringList fields();

    QComboBox *formatBox() const { return m_format; }
    QComboBox *applicationLevelBox() const { return m_application; }
    QComboBox *systemLevelBox() const { return m_system; }
    QLineEdit *logGroupEdit() const { return m_logGroup; }
    QLabel *summary() const { return m_summary; }

Q_SIGNALS:
    void edited();

private:
    void updateEnabled();
    void updateSummary(const FunctionConfig &config);

    QComboBox *m_format;
    QComboBox *m_application;
    QComboBox *m_system;
    QLineEdit *m_logGroup;
    QLabel *m_summary;
    QLabel *m_levelsHint;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QWidget *> m_editors;
    QString m_functionName;
    bool m_editing = false;
};

} // namespace lambdesk
