#include "queuespage.h"

#include "backendhost.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lambdesk {

namespace {

enum QueueColumn { QName, QVisible, QInFlight, QDelayed, QVisibility, QDeadLetter, QueueColumns };
enum MessageColumn { MId, MReceives, MState, MSent, MBody, MessageColumns };
enum MappingColumn { PFunction, PBatch, PState, PUuid, MappingColumns };

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

struct Details
{
    Result<QList<QueueMessage>> messages = QList<QueueMessage>{};
    QList<EventSourceMapping> mappings;
};

} // namespace

QueuesPage::QueuesPage(BackendHost *host, QWidget *parent) : QWidget(parent), m_host(host)
{
    setWindowTitle(tr("Queues"));
    m_details = new CallGuard(this);
    buildUi();
    Backend *backend = m_host->backend();
    connect(backend, &Backend::queuesChanged, this, &QueuesPage::reload);
    connect(backend, &Backend::queueCountsChanged, this, &QueuesPage::reload);
    connect(backend, &Backend::eventSourceMappingsChanged, this, &QueuesPage::loadDetails);
    connect(backend, &Backend::functionsChanged, this, &QueuesPage::loadFunctions);
    loadFunctions();
    reload();
}

void QueuesPage::loadFunctions()
{
    m_host->call(
        this,
        [](Backend &b) {
            QStringList names;
            for (const FunctionConfig &f : b.listFunctions())
                names << f.name;
            return names;
        },
        [this](QStringList names) {
            const QString current = m_function->currentText();
            m_function->clear();
            m_function->addItems(names);
            if (!current.isEmpty())
                m_function->setCurrentText(current);
        });
}

void QueuesPage::buildUi()
{
    // The queues, with a form to create one.
    m_queueTable = table({tr("Queue"), tr("Visible"), tr("In flight"), tr("Delayed"), tr("Visibility timeout"),
                          tr("Dead-letter queue")},
                         this);
    m_queueTable->setToolTip(tr("Counts are live: visible messages wait for a consumer, in-flight ones were "
                                "received and not deleted yet, delayed ones were sent with a delay"));
    connect(m_queueTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_queueTable->currentRow();
        const QString name = row >= 0 && m_queueTable->item(row, QName) ? m_queueTable->item(row, QName)->text()
                                                                        : QString();
        if (name == m_selected)
            return;
        m_selected = name;
        loadDetails();
        updateButtons();
    });
    m_delete = new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Delete"), this);
    m_purge = new QPushButton(tr("Purge"), this);
    m_purge->setToolTip(tr("Delete every message of the queue"));
    m_redrive = new QPushButton(tr("Redrive"), this);
    m_redrive->setToolTip(tr("Move this dead-letter queue's messages back to the queues they came from"));
    connect(m_delete, &QPushButton::clicked, this, &QueuesPage::deleteSelected);
    connect(m_purge, &QPushButton::clicked, this, &QueuesPage::purgeSelected);
    connect(m_redrive, &QPushButton::clicked, this, &QueuesPage::redriveSelected);

    auto *createBox = new QGroupBox(tr("Create queue"), this);
    m_name = new QLineEdit(createBox);
    m_name->setPlaceholderText(tr("1–80 letters, digits, - and _"));
    m_visibility = new QSpinBox(createBox);
    m_visibility->setRange(0, 43200);
    m_visibility->setValue(30);
    m_visibility->setSuffix(tr(" s"));
    m_visibility->setToolTip(tr("How long a received message stays invisible before it returns (VisibilityTimeout)"));
    m_retention = new QSpinBox(createBox);
    m_retention->setRange(60, 1209600);
    m_retention->setValue(345600);
    m_retention->setSuffix(tr(" s"));
    m_retention->setToolTip(tr("How long a message is kept (MessageRetentionPeriod; 4 days by default)"));
    m_dlq = new QComboBox(createBox);
    m_dlq->setToolTip(tr("Where a message goes once it was received the maximum number of times (RedrivePolicy)"));
    m_maxReceive = new QSpinBox(createBox);
    m_maxReceive->setRange(1, 1000);
    m_maxReceive->setValue(3);
    m_create = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Create"), createBox);
    connect(m_create, &QPushButton::clicked, this, &QueuesPage::createFromForm);
    connect(m_name, &QLineEdit::returnPressed, this, &QueuesPage::createFromForm);
    auto *form = new QFormLayout(createBox);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Visibility timeout"), m_visibility);
    form->addRow(tr("Retention"), m_retention);
    form->addRow(tr("Dead-letter queue"), m_dlq);
    form->addRow(tr("Maximum receives"), m_maxReceive);
    form->addRow(QString(), m_create);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_queueTable, 1);
    auto *queueButtons = new QHBoxLayout;
    queueButtons->addWidget(m_purge);
    queueButtons->addWidget(m_redrive);
    queueButtons->addStretch(1);
    queueButtons->addWidget(m_delete);
    leftLayout->addLayout(queueButtons);
    leftLayout->addWidget(createBox);

    // The selected queue: send, messages, mappings.
    auto *sendBox = new QGroupBox(tr("Send message"), this);
    m_body = new QPlainTextEdit(sendBox);
    m_body->setPlaceholderText(tr("Message body (text, up to 256 KB)"));
    m_body->setMaximumHeight(fontMetrics().height() * 5);
    m_send = new QPushButton(tr("Send"), sendBox);
    connect(m_send, &QPushButton::clicked, this, &QueuesPage::sendMessage);
    auto *sendLayout = new QHBoxLayout(sendBox);
    sendLayout->addWidget(m_body, 1);
    sendLayout->addWidget(m_send, 0, Qt::AlignBottom);

    auto *messagesBox = new QGroupBox(tr("Messages (peek: nothing is received)"), this);
    m_messageTable = table({tr("Message ID"), tr("Receives"), tr("State"), tr("Sent"), tr("Body")}, messagesBox);
    auto *messagesLayout = new QVBoxLayout(messagesBox);
    messagesLayout->addWidget(m_messageTable);

    auto *mappingsBox = new QGroupBox(tr("Triggers (event source mappings of this queue)"), this);
    m_mappingTable = table({tr("Function"), tr("Batch size"), tr("State"), tr("UUID")}, mappingsBox);
    m_function = new QComboBox(mappingsBox);
    m_function->setToolTip(tr("The function the queue's messages are delivered to"));
    m_batchSize = new QSpinBox(mappingsBox);
    m_batchSize->setRange(1, 10);
    m_batchSize->setValue(10);
    m_batchSize->setPrefix(tr("batch "));
    auto *partial = new QCheckBox(tr("Report batch item failures"), mappingsBox);
    m_addMapping = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Add trigger"), mappingsBox);
    connect(m_addMapping, &QPushButton::clicked, this, [this, partial] {
        addMapping(m_function->currentText(), m_batchSize->value(), partial->isChecked());
    });
    m_toggleMapping = new QPushButton(tr("Enable / disable"), mappingsBox);
    connect(m_toggleMapping, &QPushButton::clicked, this, [this] {
        const QString uuid = selectedMapping();
        for (const EventSourceMapping &m : std::as_const(m_mappings))
            if (m.uuid == uuid)
                setMappingEnabled(uuid, !m.enabled);
    });
    m_deleteMapping = new QPushButton(tr("Delete trigger"), mappingsBox);
    connect(m_deleteMapping, &QPushButton::clicked, this, [this] { deleteMapping(selectedMapping()); });
    connect(m_mappingTable, &QTableWidget::itemSelectionChanged, this, &QueuesPage::updateButtons);
    auto *mappingsLayout = new QVBoxLayout(mappingsBox);
    mappingsLayout->addWidget(m_mappingTable);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_function, 1);
    addRow->addWidget(m_batchSize);
    addRow->addWidget(partial);
    addRow->addWidget(m_addMapping);
    mappingsLayout->addLayout(addRow);
    auto *mappingButtons = new QHBoxLayout;
    mappingButtons->addStretch(1);
    mappingButtons->addWidget(m_toggleMapping);
    mappingButtons->addWidget(m_deleteMapping);
    mappingsLayout->addLayout(mappingButtons);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(sendBox);
    rightLayout->addWidget(messagesBox, 2);
    rightLayout->addWidget(mappingsBox, 1);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);
    updateButtons();
}

void QueuesPage::updateButtons()
{
    const bool selected = !m_selected.isEmpty();
    for (QPushButton *b : {m_delete, m_purge, m_redrive, m_send, m_addMapping})
        b->setEnabled(selected);
    const bool mapping = !selectedMapping().isEmpty();
    m_toggleMapping->setEnabled(mapping);
    m_deleteMapping->setEnabled(mapping);
}

void QueuesPage::report(bool ok, const QString &text)
{
    m_message->setText(text);
    m_message->setStyleSheet(ok ? QString() : QStringLiteral("color: #c62828"));
    Q_EMIT actionDone(ok, text);
}

void QueuesPage::reload()
{
    if (m_reloadPending)
        return; // the answer on its way reads the newest counts anyway
    m_reloadPending = true;
    m_host->call(
        this, [](Backend &b) { return b.listQueues(); },
        [this](QList<QueueInfo> queues) {
            m_reloadPending = false;
            showQueues(queues);
            loadDetails();
        });
}

void QueuesPage::showQueues(const QList<QueueInfo> &queues)
{
    m_queues = queues;
    const QSignalBlocker block(m_queueTable);
    m_queueTable->setRowCount(int(queues.size()));
    int selectedRow = -1;
    for (int row = 0; row < queues.size(); ++row) {
        const QueueInfo &q = queues.at(row);
        m_queueTable->setItem(row, QName, cell(q.name));
        m_queueTable->setItem(row, QVisible, cell(QString::number(q.visible), true));
        m_queueTable->setItem(row, QInFlight, cell(QString::number(q.inFlight), true));
        m_queueTable->setItem(row, QDelayed, cell(QString::number(q.delayed), true));
        m_queueTable->setItem(row, QVisibility, cell(tr("%1 s").arg(q.attributes.visibilityTimeout), true));
        m_queueTable->setItem(row, QDeadLetter,
                              cell(q.attributes.hasRedrive()
                                       ? tr("%1 after %2 receives")
                                             .arg(QueueStore::nameFromArn(q.attributes.deadLetterTargetArn))
                                             .arg(q.attributes.maxReceiveCount)
                                       : QString()));
        if (q.name == m_selected)
            selectedRow = row;
    }
    if (selectedRow >= 0)
        m_queueTable->selectRow(selectedRow);
    else if (!m_selected.isEmpty()) {
        m_selected.clear(); // it was deleted
        m_messages.clear();
        m_mappings.clear();
    }
    const QString dlq = m_dlq->currentData().toString();
    m_dlq->clear();
    m_dlq->addItem(tr("None"), QString());
    for (const QueueInfo &q : queues)
        m_dlq->addItem(q.name, q.name);
    m_dlq->setCurrentIndex(qMax(0, m_dlq->findData(dlq)));
    updateButtons();
    Q_EMIT refreshed();
}

void QueuesPage::loadDetails()
{
    m_details->invalidate();
    const QString queue = m_selected;
    if (queue.isEmpty()) {
        showDetails({}, {});
        return;
    }
    m_host->call(
        m_details,
        [queue](Backend &b) {
            Details d;
            d.messages = b.peekQueue(queue, 500);
            d.mappings = b.listEventSourceMappings({}, queue);
            return d;
        },
        [this](Details d) { showDetails(d.messages ? d.messages.value() : QList<QueueMessage>{}, d.mappings); });
}

void QueuesPage::showDetails(const QList<QueueMessage> &messages, const QList<EventSourceMapping> &mappings)
{
    m_messages = messages;
    m_mappings = mappings;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_messageTable->setRowCount(int(messages.size()));
    for (int row = 0; row < messages.size(); ++row) {
        const QueueMessage &m = messages.at(row);
        const QString state = m.visibleAtMs <= now ? tr("visible")
            : m.receiveCount > 0                   ? tr("in flight")
                                                   : tr("delayed");
        m_messageTable->setItem(row, MId, cell(m.messageId));
        m_messageTable->setItem(row, MReceives, cell(QString::number(m.receiveCount), true));
        m_messageTable->setItem(row, MState, cell(m.sourceQueue.isEmpty() ? state : tr("%1 (from %2)").arg(state, m.sourceQueue)));
        m_messageTable->setItem(row, MSent,
                                cell(QDateTime::fromMSecsSinceEpoch(m.sentMs).toString(QStringLiteral("HH:mm:ss.zzz"))));
        QString body = QString::fromUtf8(m.body.left(300));
        body.replace(u'\n', u' ');
        m_messageTable->setItem(row, MBody, cell(body));
    }
    const QString selected = selectedMapping();
    const QSignalBlocker block(m_mappingTable);
    m_mappingTable->setRowCount(int(mappings.size()));
    for (int row = 0; row < mappings.size(); ++row) {
        const EventSourceMapping &m = mappings.at(row);
        m_mappingTable->setItem(row, PFunction, cell(m.qualifier.isEmpty() ? m.function : m.function + u':' + m.qualifier));
        m_mappingTable->setItem(row, PBatch, cell(QString::number(m.batchSize), true));
        m_mappingTable->setItem(row, PState, cell(m.enabled ? tr("Enabled") : tr("Disabled")));
        m_mappingTable->setItem(row, PUuid, cell(m.uuid));
        if (m.uuid == selected)
            m_mappingTable->selectRow(row);
    }
    updateButtons();
    Q_EMIT detailsShown();
}

bool QueuesPage::selectQueue(const QString &name)
{
    for (int row = 0; row < m_queueTable->rowCount(); ++row) {
        if (m_queueTable->item(row, QName) && m_queueTable->item(row, QName)->text() == name) {
            m_queueTable->selectRow(row);
            return true;
        }
    }
    return false;
}

QString QueuesPage::selectedQueue() const
{
    return m_selected;
}

QString QueuesPage::selectedMapping() const
{
    const int row = m_mappingTable->currentRow();
    const auto selected = m_mappingTable->selectionModel()->selectedRows();
    if (row < 0 || selected.isEmpty() || !m_mappingTable->item(row, PUuid))
        return {};
    return m_mappingTable->item(row, PUuid)->text();
}

void QueuesPage::createFromForm()
{
    QueueAttributes a;
    a.visibilityTimeout = m_visibility->value();
    a.messageRetentionPeriod = m_retention->value();
    const QString dlq = m_dlq->currentData().toString();
    if (!dlq.isEmpty()) {
        a.deadLetterTargetArn = QStringLiteral("arn:aws:sqs:us-east-1:000000000000:") + dlq; // the region is the store's
        a.maxReceiveCount = m_maxReceive->value();
    }
    createQueue(m_name->text().trimmed(), a);
}

void QueuesPage::createQueue(const QString &name, const QueueAttributes &attributes)
{
    m_host->call(
        this, [name, attributes](Backend &b) { return b.createQueue(name, attributes); },
        [this](Result<QueueInfo> r) {
            if (!r) {
                report(false, r.error().message);
                return;
            }
            m_selected = r->name;
            m_name->clear();
            report(true, tr("Created %1").arg(r->arn));
            reload();
        });
}

void QueuesPage::deleteSelected()
{
    const QString queue = m_selected;
    if (queue.isEmpty())
        return;
    m_host->call(
        this, [queue](Backend &b) { return b.deleteQueue(queue); },
        [this, queue](Status s) { report(s.ok(), s ? tr("Deleted %1").arg(queue) : s.error().message); });
}

void QueuesPage::sendMessage()
{
    const QString queue = m_selected;
    const QByteArray body = m_body->toPlainText().toUtf8();
    if (queue.isEmpty())
        return;
    m_host->call(
        this, [queue, body](Backend &b) { return b.sendQueueMessage(queue, body); },
        [this, queue](Result<QueueMessage> r) {
            if (r)
                m_body->clear();
            report(r.ok(), r ? tr("Sent message %1 to %2").arg(r->messageId, queue) : r.error().message);
        });
}

void QueuesPage::purgeSelected()
{
    const QString queue = m_selected;
    if (queue.isEmpty())
        return;
    m_host->call(
        this, [queue](Backend &b) { return b.purgeQueue(queue); },
        [this, queue](Result<int> r) {
            report(r.ok(), r ? tr("Purged %n message(s) from %1", nullptr, r.value()).arg(queue) : r.error().message);
        });
}

void QueuesPage::redriveSelected()
{
    const QString queue = m_selected;
    if (queue.isEmpty())
        return;
    m_host->call(
        this, [queue](Backend &b) { return b.redriveQueue(queue); },
        [this, queue](Result<int> r) {
            report(r.ok(), r ? tr("Moved %n message(s) from %1 back to their queues", nullptr, r.value()).arg(queue)
                             : r.error().message);
        });
}

void QueuesPage::addMapping(const QString &function, int batchSize, bool reportBatchItemFailures)
{
    const QString queue = m_selected;
    if (queue.isEmpty())
        return;
    m_host->call(
        this,
        [queue, function, batchSize, reportBatchItemFailures](Backend &b) {
            MappingChange c;
            c.function = function;
            c.eventSourceArn = b.queueArn(queue);
            c.batchSize = batchSize;
            if (reportBatchItemFailures)
                c.functionResponseTypes = QStringList{QStringLiteral("ReportBatchItemFailures")};
            return b.createEventSourceMapping(c);
        },
        [this](Result<EventSourceMapping> r) {
            report(r.ok(), r ? tr("%1 now receives the messages of %2").arg(r->function, r->queue) : r.error().message);
        });
}

void QueuesPage::setMappingEnabled(const QString &uuid, bool enabled)
{
    m_host->call(
        this,
        [uuid, enabled](Backend &b) {
            MappingChange c;
            c.enabled = enabled;
            return b.updateEventSourceMapping(uuid, c);
        },
        [this](Result<EventSourceMapping> r) {
            report(r.ok(), r ? (r->enabled ? tr("Trigger enabled") : tr("Trigger disabled")) : r.error().message);
        });
}

void QueuesPage::deleteMapping(const QString &uuid)
{
    if (uuid.isEmpty())
        return;
    m_host->call(
        this, [uuid](Backend &b) { return b.deleteEventSourceMapping(uuid); },
        [this](Result<EventSourceMapping> r) { report(r.ok(), r ? tr("Trigger deleted") : r.error().message); });
}

} // namespace lambdesk
