#pragma once

#include "triggers/eventsourcemappings.h"
#include "triggers/queuestore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace lambdesk {

class BackendHost;
class CallGuard;

// The local queues (Tools → Queues…): each queue with its live counts (visible, in flight,
// delayed), create and delete, send a message, peek at the messages with their receive
// counts, purge, redrive a dead-letter queue, and the event source mappings that poll the
// selected queue into functions (enable, disable, add, delete). Talks to the Backend only
// through BackendHost::call.
class QueuesPage : public QWidget
{
    Q_OBJECT
public:
    explicit QueuesPage(BackendHost *host, QWidget *parent = nullptr);

    // The actions the buttons run (the tests call them too); each answers through refreshed()
    // and the message line.
    void createQueue(const QString &name, const QueueAttributes &attributes);
    void deleteSelected();
    void sendMessage(); // the editor's text to the selected queue
    void purgeSelected();
    void redriveSelected();
    void addMapping(const QString &function, int batchSize, bool reportBatchItemFailures);
    void setMappingEnabled(const QString &uuid, bool enabled);
    void deleteMapping(const QString &uuid);
    // Reads the queues again (and the selected one's messages and mappings).
    void reload();

    bool selectQueue(const QString &name);
    QString selectedQueue() const;
    const QList<QueueInfo> &queues() const { return m_queues; }
    const QList<QueueMessage> &messages() const { return m_messages; }
    const QList<EventSourceMapping> &mappings() const { return m_mappings; }

    QTableWidget *queueTable() const { return m_queueTable; }
    QTableWidget *messageTable() const { return m_messageTable; }
    QTableWidget *mappingTable() const { return m_mappingTable; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QLabel *message() const { return m_message; }
    QLineEdit *nameEdit() const { return m_name; }
    QSpinBox *visibilityBox() const { return m_visibility; }
    QSpinBox *retentionBox() const { return m_retention; }
    QComboBox *dlqBox() const { return m_dlq; }
    QSpinBox *maxReceiveBox() const { return m_maxReceive; }

Q_SIGNALS:
    // The queue list was read again (its counts are current).
    void refreshed();
    // The selected queue's messages and mappings were read again.
    void detailsShown();
    // An action ended: ok, and what the message line says.
    void actionDone(bool ok, const QString &text);

private:
    void buildUi();
    void loadFunctions();
    void showQueues(const QList<QueueInfo> &queues);
    void loadDetails();
    void showDetails(const QList<QueueMessage> &messages, const QList<EventSourceMapping> &mappings);
    void report(bool ok, const QString &text);
    void createFromForm();
    void updateButtons();
    QString selectedMapping() const;

    BackendHost *m_host;
    CallGuard *m_details;
    QList<QueueInfo> m_queues;
    QList<QueueMessage> m_messages;
    QList<EventSourceMapping> m_mappings;
    QString m_selected;
    bool m_reloadPending = false;

    QTableWidget *m_queueTable;
    QTableWidget *m_messageTable;
    QTableWidget *m_mappingTable;
    QPlainTextEdit *m_body;
    QLabel *m_message;
    QLineEdit *m_name;
    QSpinBox *m_visibility;
    QSpinBox *m_retention;
    QComboBox *m_dlq;
    QSpinBox *m_maxReceive;
    QPushButton *m_create;
    QPushButton *m_delete;
    QPushButton *m_send;
    QPushButton *m_purge;
    QPushButton *m_redrive;
    QComboBox *m_function;
    QSpinBox *m_batchSize;
    QPushButton *m_addMapping;
    QPushButton *m_toggleMapping;
    QPushButton *m_deleteMapping;
};

} // namespace lambdesk
