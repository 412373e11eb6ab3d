#pragma once

#include "model/eventinvokeconfig.h"

#include <QDialog>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace lambdesk {

class BackendHost;
class CallGuard;

// Add or edit one destination: the condition (On success / On failure) and the target,
// picked from the functions (and the local queues when there are any) or typed as an ARN.
class DestinationDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Condition { OnSuccess, OnFailure };

    DestinationDialog(const QStringList &targets, QWidget *parent = nullptr);

    void setDestination(Condition condition, const QString &arn);
    Condition condition() const;
    QString target() const;

    QComboBox *conditionBox() const { return m_condition; }
    QComboBox *targetBox() const { return m_target; }

private:
    QComboBox *m_condition;
    QComboBox *m_target;
};

// The Configuration tab's "Destinations" section: where the invocation records of the
// function's asynchronous invocations ($LATEST) go, on success and on failure, with Add, Edit
// and Remove. Each change is saved at once (UpdateFunctionEventInvokeConfig).
class DestinationsForm : public QWidget
{
    Q_OBJECT
public:
    using Condition = DestinationDialog::Condition;

    explicit DestinationsForm(BackendHost *host, QWidget *parent = nullptr);

    void setFunction(const QString &name);
    // Saves one destination (an empty ARN removes it); saved() or saveFailed() follow.
    void setDestination(Condition condition, const QString &arn);
    void removeDestination(Condition condition) { setDestination(condition, {}); }

    // The rows shown: condition text -> destination ARN.
    QString destination(Condition condition) const;
    QStringList targets() const { return m_targets; }
    QString errorText() const;
    bool isLoaded() const { return m_loaded; }
    QTreeWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_editButton; }
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void loaded();
    void saved();
    void saveFailed(const QString &message);

private:
    void reload();
    void display(const std::optional<EventInvokeConfig> &config);
    void updateButtons();
    void openDialog(std::optional<Condition> editing);
    void save(const EventInvokeConfigPatch &patch);
    std::optional<Condition> selectedCondition() const;

    BackendHost *m_host;
    CallGuard *m_guard;
    QString m_function;
    std::optional<EventInvokeConfig> m_config;
    QStringList m_targets;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QLabel *m_error;
    QPushButton *m_add;
    QPushButton *m_editButton;
    QPushButton *m_remove;
    bool m_loaded = false;
    bool m_saving = false;
};

} // namespace lambdesk
