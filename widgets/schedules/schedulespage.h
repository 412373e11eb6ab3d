#pragma once

#include "backend.h"
#include "common/consolecontext.h"

#include <QHash>
#include <QMessageBox>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace lambdesk {

class CallGuard;
class ScheduleDialog;
struct InvocationResult;

// The Schedules page (Tools → Schedules…): the workspace's EventBridge schedules with their
// expression, target, state, next run and last run with its result (from the one invocation
// channel); create and edit in a dialog that checks the expression as it is typed and shows
// its next five runs; enable/disable with the row's check box or a button; delete after asking.
// Talks to the backend only through its host.
class SchedulesPage : public QWidget
{
    Q_OBJECT
public:
    enum Column { NameColumn, ExpressionColumn, TargetColumn, EnabledColumn, NextRunColumn, LastRunColumn };

    explicit SchedulesPage(const ConsoleContext &context, QWidget *parent = nullptr);

    // Reads the schedules again; schedulesLoaded() follows.
    void reload();
    // Opens the create (empty name) or edit dialog; it applies itself when accepted.
    ScheduleDialog *openDialog(const QString &name = {});
    void setScheduleEnabled(const QString &name, bool enabled);
    // Deletes the selected schedule after asking.
    void deleteSelected();
    // Replaces the question asked before a delete (tests answer it).
    void setPrompt(std::function<QMessageBox::StandardButton(const QString &)> prompt) { m_prompt = std::move(prompt); }

    const QList<Backend::ScheduleInfo> &schedules() const { return m_schedules; }
    QTreeWidget *list() const { return m_list; }
    QTreeWidgetItem *itemOf(const QString &name) const;
    bool selectSchedule(const QString &name);
    QString selectedSchedule() const;
    QLabel *message() const { return m_message; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *toggleButton() const { return m_toggle; }
    QPushButton *deleteButton() const { return m_delete; }

Q_SIGNALS:
    void schedulesLoaded();
    // A change the page asked for was answered (ok or refused: message() or the dialog says).
    void changeAnswered(bool ok);
    // A run's end arrived on the invocation channel and its row shows it.
    void runShown(const QString &name);

private:
    void buildUi();
    void showSchedules();
    void updateButtons();
    void fillRow(QTreeWidgetItem *item, const Backend::ScheduleInfo &info);
    void onRan(const QString &name, const QString &requestId, const QDateTime &time, const QString &result);
    void onFinished(const InvocationResult &result);
    void setMessage(const QString &text, bool error);

    ConsoleContext m_ctx;
    CallGuard *m_calls;
    QList<Backend::ScheduleInfo> m_schedules;
    QHash<QString, QString> m_runsByRequest; // request id of a run -> its schedule
    QHash<QString, QString> m_lastRunText;   // schedule -> what the channel said of its last run
    QStringList m_functions;
    QTreeWidget *m_list;
    QPushButton *m_create;
    QPushButton *m_edit;
    QPushButton *m_toggle;
    QPushButton *m_delete;
    QLabel *m_message;
    QTimer m_refresh; // next runs move on with time (and after a sleep)
    bool m_filling = false;
    std::function<QMessageBox::StandardButton(const QString &)> m_prompt;
};

} // namespace lambdesk
