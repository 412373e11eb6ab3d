#include "queuestore.h"

// QueueStore's SQLite side: opening the database (WAL), transactions, loading the queues into
// memory at start, and the rows of messages and event source mappings.

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace lambdesk {

Status QueueStore::open()
{
    if (m_open)
        return Ok{};
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open())
        return Error::internal(QStringLiteral("Cannot open the queue database %1: %2").arg(m_path, db.lastError().text()));
    m_open = true;
    // WAL with synchronous=NORMAL: a commit is in the log when it returns, so a killed process
    // loses nothing committed (only a power cut can take the last commits).
    for (const char *sql : {
             "PRAGMA busy_timeout=10000",
             "PRAGMA journal_mode=WAL",
             "PRAGMA synchronous=NORMAL",
             "CREATE TABLE IF NOT EXISTS queues (name TEXT PRIMARY KEY, created_ms INTEGER NOT NULL,"
             " visibility_timeout INTEGER NOT NULL, retention INTEGER NOT NULL, dlq_arn TEXT,"
             " max_receive INTEGER NOT NULL DEFAULT 0)",
             "CREATE TABLE IF NOT EXISTS messages (seq INTEGER PRIMARY KEY AUTOINCREMENT, queue TEXT NOT NULL,"
             " message_id TEXT NOT NULL, body BLOB NOT NULL, md5 TEXT NOT NULL, sent_ms INTEGER NOT NULL,"
             " visible_at_ms INTEGER NOT NULL, receive_count INTEGER NOT NULL DEFAULT 0,"
             " first_receive_ms INTEGER NOT NULL DEFAULT 0, receipt_handle TEXT, source_queue TEXT)",
             "CREATE INDEX IF NOT EXISTS messages_queue ON messages (queue, seq)",
             "CREATE TABLE IF NOT EXISTS event_source_mappings (uuid TEXT PRIMARY KEY, json TEXT NOT NULL)",
         }) {
        if (!exec(QString::fromLatin1(sql))) {
            const QString error = db.lastError().text();
            close();
            return Error::internal(QStringLiteral("Cannot prepare the queue database %1: %2").arg(m_path, error));
        }
    }
    load();
    db = QSqlDatabase::database(m_connection, false);
    m_insert = std::make_unique<QSqlQuery>(db);
    m_update = std::make_unique<QSqlQuery>(db);
    m_delete = std::make_unique<QSqlQuery>(db);
    if (!m_insert->prepare(QStringLiteral("INSERT INTO messages (queue, message_id, body, md5, sent_ms, visible_at_ms, "
                                          "receive_count, first_receive_ms, receipt_handle, source_queue) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        || !m_update->prepare(QStringLiteral("UPDATE messages SET queue = ?, visible_at_ms = ?, receive_count = ?, "
                                             "first_receive_ms = ?, receipt_handle = ?, source_queue = ? WHERE seq = ?"))
        || !m_delete->prepare(QStringLiteral("DELETE FROM messages WHERE seq = ?"))) {
        const QString error = db.lastError().text();
        close();
        return Error::internal(QStringLiteral("Cannot prepare the queue database %1: %2").arg(m_path, error));
    }
    return Ok{};
}

void QueueStore::close()
{
    if (!m_open)
        return;
    m_open = false;
    m_insert.reset();
    m_update.reset();
    m_delete.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_queues.clear();
}

bool QueueStore::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql)) {
        qWarning("Queue database: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

bool QueueStore::begin()
{
    return QSqlDatabase::database(m_connection, false).transaction();
}

bool QueueStore::commit()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (db.commit())
        return true;
    qWarning("Queue database: commit failed: %s", qPrintable(db.lastError().text()));
    db.rollback();
    return false;
}

void QueueStore::rollback()
{
    QSqlDatabase::database(m_connection, false).rollback();
}

void QueueStore::load()
{
    m_queues.clear();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral(
            "SELECT name, created_ms, visibility_timeout, retention, dlq_arn, max_receive FROM queues"))) {
        while (q.next()) {
            Queue queue;
            queue.info.name = q.value(0).toString();
            queue.info.arn = arn(queue.info.name);
            queue.info.createdMs = q.value(1).toLongLong();
            queue.info.attributes.visibilityTimeout = q.value(2).toInt();
            queue.info.attributes.messageRetentionPeriod = q.value(3).toInt();
            queue.info.attributes.deadLetterTargetArn = q.value(4).toString();
            queue.info.attributes.maxReceiveCount = q.value(5).toInt();
            m_queues.insert(queue.info.name, std::move(queue));
        }
    }
    QSqlQuery m(db);
    m.setForwardOnly(true);
    if (m.exec(QStringLiteral("SELECT seq, queue, message_id, body, md5, sent_ms, visible_at_ms, receive_count,"
                              " first_receive_ms, receipt_handle, source_queue FROM messages ORDER BY seq"))) {
        while (m.next()) {
            auto it = m_queues.find(m.value(1).toString());
            if (it == m_queues.end())
                continue; // its queue's deletion was cut short: deleted below
            QueueMessage msg;
            msg.seq = m.value(0).toLongLong();
            msg.messageId = m.value(2).toString();
            msg.body = m.value(3).toByteArray();
            msg.md5OfBody = m.value(4).toString();
            msg.sentMs = m.value(5).toLongLong();
            msg.visibleAtMs = m.value(6).toLongLong();
            msg.receiveCount = m.value(7).toInt();
            msg.firstReceiveMs = m.value(8).toLongLong();
            msg.receiptHandle = m.value(9).toString();
            msg.sourceQueue = m.value(10).toString();
            it->messages.insert(msg.seq, std::move(msg));
        }
    }
    exec(QStringLiteral("DELETE FROM messages WHERE queue NOT IN (SELECT name FROM queues)"));
}

bool QueueStore::insertMessage(const QString &queue, QueueMessage &m)
{
    QSqlQuery &q = *m_insert;
    q.bindValue(0, queue);
    q.bindValue(1, m.messageId);
    q.bindValue(2, m.body);
    q.bindValue(3, m.md5OfBody);
    q.bindValue(4, m.sentMs);
    q.bindValue(5, m.visibleAtMs);
    q.bindValue(6, m.receiveCount);
    q.bindValue(7, m.firstReceiveMs);
    q.bindValue(8, m.receiptHandle);
    q.bindValue(9, m.sourceQueue);
    if (!q.exec()) {
        qWarning("Queue database: cannot insert a message: %s", qPrintable(q.lastError().text()));
        return false;
    }
    m.seq = q.lastInsertId().toLongLong();
    return true;
}

bool QueueStore::updateMessage(const QString &queue, const QueueMessage &m)
{
    QSqlQuery &q = *m_update;
    q.bindValue(0, queue);
    q.bindValue(1, m.visibleAtMs);
    q.bindValue(2, m.receiveCount);
    q.bindValue(3, m.firstReceiveMs);
    q.bindValue(4, m.receiptHandle);
    q.bindValue(5, m.sourceQueue);
    q.bindValue(6, m.seq);
    if (!q.exec()) {
        qWarning("Queue database: cannot update a message: %s", qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

bool QueueStore::deleteRow(qint64 seq)
{
    m_delete->bindValue(0, seq);
    return m_delete->exec();
}

bool QueueStore::saveMapping(const QString &uuid, const QByteArray &json)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO event_source_mappings (uuid, json) VALUES (?, ?)"));
    q.addBindValue(uuid);
    q.addBindValue(QString::fromUtf8(json));
    return q.exec();
}

bool QueueStore::removeMapping(const QString &uuid)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM event_source_mappings WHERE uuid = ?"));
    q.addBindValue(uuid);
    return q.exec();
}

QMap<QString, QByteArray> QueueStore::mappings() const
{
    QMap<QString, QByteArray> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT uuid, json FROM event_source_mappings")))
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString().toUtf8());
    return out;
}

} // namespace lambdesk
