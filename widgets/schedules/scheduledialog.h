#pragma once

#include "triggers/schedulestore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace lambdesk {

// Create or edit a schedule: its name (fixed once made), the function (NAME or NAME:QUALIFIER),
// the expression checked as it is typed (AWS's rules, the error naming the field) with its next
// five runs, enabled, a description and an optional JSON input instead of the Scheduled Event.
// OK emits submitted(); the page asks the backend and either accept()s or shows its error here.
class ScheduleDialog : public QDialog
{
    Q_OBJECT
public:
    // `schedule` without a name: a new one.
    ScheduleDialog(const QStringList &functions, const Schedule &schedule, QWidget *parent = nullptr);

    bool isNew() const { return m_new; }
    Schedule schedule() const;
    // The rule the input breaks (empty when OK may be pressed).
    QString problem() const { return m_problem; }
    // The backend refused (shown until the next edit).
    void setError(const QString &text);
    // The next runs shown for the expression, as text ("2026-12-01 12:00 UTC", ...).
    QStringList preview() const { return m_preview; }

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *functionBox() const { return m_function; }
    QLineEdit *expressionEdit() const { return m_expression; }
    QCheckBox *enabledBox() const { return m_enabled; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QPlainTextEdit *inputEdit() const { return m_input; }
    QLabel *status() const { return m_status; }
    QLabel *runsLabel() const { return m_runs; }
    QDialogButtonBox *buttons() const { return m_buttons; }

Q_SIGNALS:
    void submitted(const lambdesk::Schedule &schedule);

private:
    void update();
    void growForMessage();

    bool m_new;
    QDateTime m_created;
    QString m_problem;
    QStringList m_preview;
    QLineEdit *m_name;
    QComboBox *m_function;
    QLineEdit *m_expression;
    QCheckBox *m_enabled;
    QLineEdit *m_description;
    QPlainTextEdit *m_input;
    QLabel *m_status;
    QLabel *m_runs;
    QDialogButtonBox *m_buttons;
};

} // namespace lambdesk
