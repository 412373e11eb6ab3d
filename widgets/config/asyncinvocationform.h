#pragma once

#include "model/eventinvokeconfig.h"
#include "model/functionconfig.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace lambdesk {

class BackendHost;
class CallGuard;

// The Configuration tab's "Asynchronous invocation" section, as the Lambda console has it:
// the retry attempts (0 to 2), the maximum age of an event (hours, minutes and seconds: 1 min to
// 6 h) and the dead-letter target, with its own Edit / Save / Cancel. The limits are the
// function's EventInvokeConfig of $LATEST; the dead-letter target is its DeadLetterConfig.
class AsyncInvocationForm : public QWidget
{
    Q_OBJECT
public:
    explicit AsyncInvocationForm(BackendHost *host, QWidget *parent = nullptr);

    // Shows the function's settings (read from the backend); an empty name shows nothing.
    void setFunction(const FunctionConfig &config);
    void startEditing();
    // Checks and saves (saved() or saveFailed() follow); false when refused on the spot.
    bool save();
    void cancel();
    bool isEditing() const { return m_editing; }

    // The maximum age the three boxes hold, in seconds.
    int maxAgeSeconds() const;
    void setMaxAgeSeconds(int seconds);
    // The text a view-mode field shows ("retries", "maxAge", "deadLetter").
    QString viewText(const QString &field) const;
    QString errorText() const;
    // Filled once the backend answered (the targets and the configuration).
    bool isLoaded() const { return m_loaded; }

    QSpinBox *retriesBox() const { return m_retries; }
    QSpinBox *hoursBox() const { return m_hours; }
    QSpinBox *minutesBox() const { return m_minutes; }
    QSpinBox *secondsBox() const { return m_seconds; }
    QComboBox *deadLetterBox() const { return m_deadLetter; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void loaded();
    void saved();
    void saveFailed(const QString &message);

private:
    void reload();
    void display(const std::optional<EventInvokeConfig> &config);
    void setEditing(bool editing);
    void setError(const QString &text);
    QString deadLetterValue() const;

    BackendHost *m_host;
    CallGuard *m_guard;
    FunctionConfig m_function;
    std::optional<EventInvokeConfig> m_config;
    QStackedWidget *m_stack;
    QLabel *m_viewRetries;
    QLabel *m_viewMaxAge;
    QLabel *m_viewDeadLetter;
    QSpinBox *m_retries;
    QSpinBox *m_hours;
    QSpinBox *m_minutes;
    QSpinBox *m_seconds;
    QComboBox *m_deadLetter;
    QLabel *m_error;
    QPushButton *m_edit;
    QPushButton *m_save;
    QPushButton *m_cancel;
    bool m_editing = false;
    bool m_saving = false;
    bool m_loaded = false;
};

} // namespace lambdesk
