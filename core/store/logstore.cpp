#include "logstore.h"

#include "metrics/metricstore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QVariant>

#include <bit>

namespace lambdesk {

namespace {
// A batch is written in transactions this small, so a journal write waits for one at most.
constexpr qsizetype kMaxRowsPerTransaction = 2000;
constexpr qint64 kMaxCharsPerTransaction = 4 << 20;
} // namespace

// Holds the write gate for one transaction. The journal's writes (`priority`) go before the
// next batch of logs: a batch yields while one waits.
class LogStore::Writing
{
public:
    Writing(WriteGate *gate, bool priority) : m_gate(gate)
    {
        if (!m_gate)
            return;
        if (priority) {
            ++m_gate->waiting;
            m_gate->mutex.lock();
            --m_gate->waiting;
            return;
        }
        while (m_gate->waiting.load() > 0)
            QThread::yieldCurrentThread();
        m_gate->mutex.lock();
    }
    ~Writing()
    {
        if (m_gate)
            m_gate->mutex.unlock();
    }
    Writing(const Writing &) = delete;
    Writing &operator=(const Writing &) = delete;

private:
    WriteGate *m_gate;
};

QString LogRecord::columns()
{
    return QStringLiteral("id, time_ms, function, version, stream, request_id, platform, text");
}

LogRecord LogRecord::fromRow(const QSqlQuery &q)
{
    LogRecord r;
    r.id = q.value(0).toLongLong();
    r.line.timeMs = q.value(1).toLongLong();
    r.function = q.value(2).toString();
    r.version = q.value(3).toString();
    r.logStream = q.value(4).toString();
    r.line.requestId = q.value(5).toString();
    r.line.platform = q.value(6).toInt() != 0;
    r.line.text = q.value(7).toString();
    return r;
}

QString InvocationRecord::columns(bool withPayload)
{
    QString c = QStringLiteral("id, request_id, function, version, started_ms, duration_ms, billed_ms, memory_mb,"
                               " max_memory_mb, init_ms, status, error_type, source, attempt, cpu_throttled_ms,"
                               " cpu_throttled_periods, qualifier");
    if (withPayload)
        c += QStringLiteral(", payload");
    return c;
}

InvocationRecord InvocationRecord::fromRow(const QSqlQuery &q, bool withPayload)
{
    InvocationRecord r;
    r.id = q.value(0).toLongLong();
    r.requestId = q.value(1).toString();
    r.function = q.value(2).toString();
    r.version = q.value(3).toString();
    r.startedAtMs = q.value(4).toLongLong();
    r.durationMs = q.value(5).toDouble();
    r.billedMs = q.value(6).toLongLong();
    r.memorySizeMb = q.value(7).toInt();
    r.maxMemoryUsedMb = q.value(8).toInt();
    r.initDurationMs = q.value(9).isNull() ? -1 : q.value(9).toDouble();
    r.status = q.value(10).toString();
    r.errorType = q.value(11).toString();
    r.source = q.value(12).toString();
    r.attempt = q.value(13).isNull() ? 1 : q.value(13).toInt();
    r.cpuThrottledMs = q.value(14).isNull() ? -1 : q.value(14).toDouble();
    r.cpuThrottledPeriods = q.value(15).toInt();
    r.qualifier = q.value(16).toString();
    if (withPayload)
        r.payload = q.value(17).toByteArray();
    return r;
}

InvocationRecord InvocationRecord::fromResult(const InvocationResult &r)
{
    InvocationRecord rec;
    rec.requestId = r.requestId;
    rec.function = r.functionName;
    rec.version = r.executedVersion;
    rec.qualifier = r.qualifier;
    rec.startedAtMs = r.startedAtMs;
    rec.durationMs = r.durationMs;
    rec.billedMs = r.billedMs;
    rec.memorySizeMb = r.memorySizeMb;
    rec.maxMemoryUsedMb = r.maxMemoryUsedMb;
    rec.initDurationMs = r.initDurationMs.value_or(-1);
    rec.status = statusName(r.status);
    rec.source = sourceName(r.source);
    rec.attempt = r.attempt;
    rec.cpuThrottledMs = r.cpuThrottledMs.value_or(-1);
    rec.cpuThrottledPeriods = r.cpuThrottledPeriods;
    rec.errorType = r.errorType;
    rec.payload = r.payload;
    return rec;
}

InvocationResult InvocationRecord::toResult(const QList<LogRecord> &logs) const
{
    InvocationResult r;
    r.requestId = requestId;
    r.functionName = function;
    r.executedVersion = version;
    r.qualifier = qualifier;
    r.payload = payload;
    r.status = statusFromName(status);
    r.source = sourceFromName(source);
    r.attempt = attempt;
    r.errorType = errorType;
    if (r.status == InvocationStatus::Failed || r.status == InvocationStatus::TimedOut)
        r.functionError = QStringLiteral("Unhandled");
    r.durationMs = durationMs;
    r.billedMs = billedMs;
    r.memorySizeMb = memorySizeMb;
    r.maxMemoryUsedMb = maxMemoryUsedMb;
    if (initDurationMs >= 0)
        r.initDurationMs = initDurationMs;
    if (cpuThrottledMs >= 0)
        r.cpuThrottledMs = cpuThrottledMs;
    r.cpuThrottledPeriods = cpuThrottledPeriods;
    r.startedAtMs = startedAtMs;
    for (const LogRecord &l : logs) {
        if (r.logStream.isEmpty())
            r.logStream = l.logStream;
        r.logs.append(l.line);
    }
    return r;
}

LogStore::LogStore(QString path, QObject *parent)
    : QObject(parent),
      m_path(std::move(path)),
      m_connection(QStringLiteral("logstore-") + QUuid::createUuid().toString(QUuid::Id128))
{}

LogStore::~LogStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool LogStore::open(QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        if (error)
            *error = QStringLiteral("Cannot open the log database %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    const char *statements[] = {
        "PRAGMA busy_timeout=10000", // another connection (the journal's) may be committing
        "PRAGMA journal_mode=WAL",
        // A commit is in the WAL when it returns: it survives the process being killed.
        "PRAGMA synchronous=NORMAL",
        "CREATE TABLE IF NOT EXISTS logs (id INTEGER PRIMARY KEY AUTOINCREMENT, time_ms INTEGER NOT NULL,"
        " function TEXT NOT NULL, version TEXT, stream TEXT, request_id TEXT, platform INTEGER, text TEXT)",
        // logs_function(function, id) went with the skip index: logs_function_time serves every
        // `function = ?` read, and one index less is ~10% faster ingestion (bench_logs).
        "DROP INDEX IF EXISTS logs_function",
        "CREATE INDEX IF NOT EXISTS logs_request ON logs(request_id, id)",
        // The CloudWatch Logs API reads a function's lines by time (core/logs/logquery.h).
        "CREATE INDEX IF NOT EXISTS logs_function_time ON logs(function, time_ms)",
        // The skip index over the lines (logs/logblocks.h).
        "CREATE TABLE IF NOT EXISTS log_blocks (id INTEGER PRIMARY KEY, function TEXT NOT NULL,"
        " first_id INTEGER NOT NULL, last_id INTEGER NOT NULL, min_ms INTEGER NOT NULL, max_ms INTEGER NOT NULL,"
        " lines INTEGER NOT NULL, bloom BLOB NOT NULL)",
        "CREATE INDEX IF NOT EXISTS log_blocks_function ON log_blocks(function, first_id)",
        "CREATE INDEX IF NOT EXISTS log_blocks_last ON log_blocks(last_id)",          // retention
        "CREATE INDEX IF NOT EXISTS log_blocks_time ON log_blocks(function, max_ms)", // a time range's blocks
        "CREATE TABLE IF NOT EXISTS invocations (id INTEGER PRIMARY KEY AUTOINCREMENT, request_id TEXT,"
        " function TEXT NOT NULL, version TEXT, started_ms INTEGER, duration_ms REAL, billed_ms INTEGER,"
        " memory_mb INTEGER, max_memory_mb INTEGER, init_ms REAL, status TEXT, error_type TEXT, payload BLOB)",
        "CREATE INDEX IF NOT EXISTS invocations_function ON invocations(function, id)",
        "CREATE TABLE IF NOT EXISTS async_events (request_id TEXT PRIMARY KEY, function TEXT NOT NULL, qualifier TEXT,"
        " payload BLOB, attempts INTEGER, error_retries INTEGER, throttles INTEGER, accepted_ms INTEGER,"
        " next_attempt_ms INTEGER)",
    };
    for (const char *sql : statements) {
        if (!q.exec(QString::fromLatin1(sql))) {
            if (error)
                *error = QStringLiteral("Cannot prepare the log database %1: %2").arg(m_path, q.lastError().text());
            return false;
        }
    }
    // Columns added since the first release: a database from an older Lambdesk gains them.
    QStringList columns;
    if (q.exec(QStringLiteral("PRAGMA table_info(invocations)"))) {
        while (q.next())
            columns << q.value(1).toString();
    }
    const std::pair<const char *, const char *> added[] = {{"source", "TEXT"},
                                                           {"attempt", "INTEGER"},
                                                           {"cpu_throttled_ms", "REAL"},
                                                           {"cpu_throttled_periods", "INTEGER"},
                                                           {"qualifier", "TEXT"}};
    for (const auto &[name, type] : added) {
        if (columns.contains(QLatin1StringView(name)))
            continue;
        if (!q.exec(QStringLiteral("ALTER TABLE invocations ADD COLUMN %1 %2")
                        .arg(QLatin1StringView(name), QLatin1StringView(type)))) {
            if (error)
                *error = QStringLiteral("Cannot update the log database %1: %2").arg(m_path, q.lastError().text());
            return false;
        }
    }
    if (!buildBlocks(db, error))
        return false;
    m_metrics = std::make_unique<metrics::MetricStore>(m_connection);
    return m_metrics->open(error);
}

bool LogStore::buildBlocks(QSqlDatabase &db, QString *error)
{
    // Lines past the newest block were written by a Lambdesk from before the skip index (every
    // line written since is in a block of its transaction): they get their blocks now, in one
    // transaction, so a kill midway leaves the work to the next open.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (error)
            *error = QStringLiteral("Cannot update the log database %1: %2").arg(m_path, q.lastError().text());
        return false;
    }
    bool ok = q.exec(QStringLiteral("SELECT COALESCE(MAX(last_id), 0) FROM log_blocks")) && q.next();
    const qint64 covered = ok ? q.value(0).toLongLong() : 0;
    if (ok) {
        q.prepare(QStringLiteral("SELECT id, time_ms, function, text FROM logs WHERE id > ? ORDER BY id"));
        q.addBindValue(covered);
        ok = q.exec();
        while (ok && q.next())
            addToBlock(db, q.value(2).toString(), q.value(0).toLongLong(), q.value(1).toLongLong(),
                       q.value(3).toString());
        ok = ok && writeBlocks(db);
    }
    q.finish();
    if (!ok || !q.exec(QStringLiteral("COMMIT"))) {
        if (error)
            *error = QStringLiteral("Cannot index the log database %1: %2").arg(m_path, q.lastError().text());
        q.exec(QStringLiteral("ROLLBACK"));
        m_blocks.clear();
        m_dirtyBlocks.clear();
        m_lastBlock = nullptr;
        return false;
    }
    return true;
}

void LogStore::addToBlock(QSqlDatabase &db, const QString &function, qint64 id, qint64 timeMs, const QString &text)
{
    // Lines of one function come in runs: its block is looked up once per run.
    if (m_lastBlock && function == m_lastBlockFunction) {
        m_lastBlock->add(id, timeMs, text);
        if (m_lastBlock->full()) {
            writeBlock(db, function, *m_lastBlock);
            m_dirtyBlocks.removeOne(function);
            *m_lastBlock = logs::blocks::Block();
            m_lastBlock = nullptr;
        }
        return;
    }
    m_lastBlock = nullptr;
    auto it = m_blocks.find(function);
    if (it == m_blocks.end()) {
        // Go on filling the function's newest block when it has room.
        logs::blocks::Block block;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, first_id, last_id, min_ms, max_ms, lines, bloom FROM log_blocks"
                                 " WHERE function = ? ORDER BY first_id DESC LIMIT 1"));
        q.addBindValue(function);
        if (q.exec() && q.next()) {
            logs::blocks::Block last;
            last.rowId = q.value(0).toLongLong();
            last.firstId = q.value(1).toLongLong();
            last.lastId = q.value(2).toLongLong();
            last.minMs = q.value(3).toLongLong();
            last.maxMs = q.value(4).toLongLong();
            last.lines = q.value(5).toInt();
            last.bloom = q.value(6).toByteArray();
            for (const char c : std::as_const(last.bloom))
                last.bitsSet += std::popcount(uchar(c));
            if (last.bloom.size() == logs::blocks::kBloomBytes && !last.full())
                block = last;
        }
        it = m_blocks.insert(function, block);
    }
    it->add(id, timeMs, text);
    if (it->full()) {
        // Written now; the function's next line starts a new block.
        writeBlock(db, function, *it);
        m_dirtyBlocks.removeOne(function);
        *it = logs::blocks::Block();
    } else {
        if (!m_dirtyBlocks.contains(function))
            m_dirtyBlocks.append(function);
        m_lastBlock = &*it;
        m_lastBlockFunction = function;
    }
}

bool LogStore::writeBlocks(QSqlDatabase &db)
{
    bool ok = true;
    for (const QString &function : std::as_const(m_dirtyBlocks)) {
        auto it = m_blocks.find(function);
        if (it != m_blocks.end() && it->lines > 0)
            ok = writeBlock(db, function, *it) && ok;
    }
    m_dirtyBlocks.clear();
    return ok;
}

bool LogStore::writeBlock(QSqlDatabase &db, const QString &function, logs::blocks::Block &block)
{
    QSqlQuery q(db);
    if (block.rowId == 0) {
        q.prepare(QStringLiteral("INSERT INTO log_blocks (last_id, min_ms, max_ms, lines, bloom, function, first_id)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral("UPDATE log_blocks SET last_id = ?, min_ms = ?, max_ms = ?, lines = ?, bloom = ?"
                                 " WHERE id = ?"));
    }
    q.addBindValue(block.lastId);
    q.addBindValue(block.minMs);
    q.addBindValue(block.maxMs);
    q.addBindValue(block.lines);
    q.addBindValue(block.bloom);
    if (block.rowId == 0) {
        q.addBindValue(function);
        q.addBindValue(block.firstId);
    } else {
        q.addBindValue(block.rowId);
    }
    if (!q.exec())
        return false;
    if (block.rowId == 0)
        block.rowId = q.lastInsertId().toLongLong();
    return true;
}

void LogStore::dropBlocksUpTo(QSqlDatabase &db, qint64 cutoff)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM log_blocks WHERE last_id <= ?"));
    q.addBindValue(cutoff);
    q.exec();
    // A block being filled that went too is started afresh (reloaded) with the next line.
    for (auto it = m_blocks.begin(); it != m_blocks.end();) {
        if (it->lines > 0 && it->lastId <= cutoff)
            it = m_blocks.erase(it), m_lastBlock = nullptr;
        else
            ++it;
    }
}

void LogStore::appendAsyncMetrics(const QList<metrics::AsyncEvent> &events)
{
    if (!m_metrics)
        return;
    Writing writing(m_gate.get(), false);
    m_metrics->addAsync(events);
}

void LogStore::append(const QList<LogRecord> &logs, const QList<InvocationRecord> &invocations)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return;
    qsizetype from = 0;
    do {
        qsizetype count = 0;
        qint64 chars = 0;
        while (from + count < logs.size() && count < kMaxRowsPerTransaction && chars < kMaxCharsPerTransaction)
            chars += logs.at(from + count++).line.text.size();
        const bool last = from + count >= logs.size();
        Writing writing(m_gate.get(), false);
        db.transaction();
        insertLogs(db, logs, from, count);
        // The lines' blocks go in the same transaction: after a kill, no block claims a line
        // that was not committed, and no committed line is outside its function's blocks.
        bool ok = writeBlocks(db);
        if (last)
            insertInvocations(db, invocations);
        keepRetention(db);
        if (!ok || !db.commit()) {
            db.rollback();
            m_blocks.clear(); // reloaded from what the database holds
            m_dirtyBlocks.clear();
            m_lastBlock = nullptr;
        }
        from += count;
    } while (from < logs.size());
}

void LogStore::insertLogs(QSqlDatabase &db, const QList<LogRecord> &logs, qsizetype from, qsizetype count)
{
    if (count <= 0)
        return;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO logs (time_ms, function, version, stream, request_id, platform, text)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    qint64 chars = 0;
    qint64 lastId = -1;
    for (qsizetype i = from; i < from + count; ++i) {
        const LogRecord &r = logs.at(i);
        q.bindValue(0, r.line.timeMs);
        q.bindValue(1, r.function);
        q.bindValue(2, r.version);
        q.bindValue(3, r.logStream);
        q.bindValue(4, r.line.requestId);
        q.bindValue(5, r.line.platform ? 1 : 0);
        q.bindValue(6, r.line.text);
        if (q.exec()) {
            lastId = q.lastInsertId().toLongLong();
            chars += r.line.text.size();
            addToBlock(db, r.function, lastId, r.line.timeMs, r.line.text);
        }
    }
    if (lastId >= 0) {
        m_written.append({lastId, chars});
        m_writtenChars += chars;
    }
}

void LogStore::insertInvocations(QSqlDatabase &db, const QList<InvocationRecord> &invocations)
{
    if (invocations.isEmpty())
        return;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO invocations (request_id, function, version, started_ms, duration_ms, billed_ms,"
                       " memory_mb, max_memory_mb, init_ms, status, error_type, payload, source, attempt,"
                       " cpu_throttled_ms, cpu_throttled_periods, qualifier)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const InvocationRecord &r : invocations) {
        q.bindValue(0, r.requestId);
        q.bindValue(1, r.function);
        q.bindValue(2, r.version);
        q.bindValue(3, r.startedAtMs);
        q.bindValue(4, r.durationMs);
        q.bindValue(5, r.billedMs);
        q.bindValue(6, r.memorySizeMb);
        q.bindValue(7, r.maxMemoryUsedMb);
        q.bindValue(8, r.initDurationMs);
        q.bindValue(9, r.status);
        q.bindValue(10, r.errorType);
        q.bindValue(11, r.payload.left(256 * 1024));
        q.bindValue(12, r.source);
        q.bindValue(13, r.attempt);
        q.bindValue(14, r.cpuThrottledMs >= 0 ? QVariant(r.cpuThrottledMs) : QVariant());
        q.bindValue(15, r.cpuThrottledPeriods);
        q.bindValue(16, r.qualifier);
        q.exec();
    }
    if (m_metrics)
        m_metrics->add(invocations);
    QSqlQuery prune(db);
    prune.prepare(QStringLiteral("DELETE FROM invocations WHERE id <= ?"));
    prune.addBindValue(q.lastInsertId().toLongLong() - m_retention.maxInvocations);
    prune.exec();
}

void LogStore::keepRetention(QSqlDatabase &db)
{
    if (m_written.isEmpty())
        return;
    // Row ids only grow (AUTOINCREMENT): the newest maxLogs lines are those above last - maxLogs.
    qint64 cutoff = m_written.constLast().first - m_retention.maxLogs;
    // Text written here past the byte bound goes by whole batches, the newest always kept.
    while (m_written.size() > 1 && m_writtenChars > m_retention.maxLogBytes) {
        const auto [lastId, chars] = m_written.takeFirst();
        m_writtenChars -= chars;
        cutoff = std::max(cutoff, lastId);
    }
    while (!m_written.isEmpty() && m_written.constFirst().first <= cutoff) // gone with the count bound
        m_writtenChars -= m_written.takeFirst().second;
    if (cutoff <= 0)
        return;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM logs WHERE id <= ?"));
    q.addBindValue(cutoff);
    q.exec();
    dropBlocksUpTo(db, cutoff);
}

QList<LogRecord> LogStore::logsOfRequest(const QString &requestId, int limit) const
{
    QList<LogRecord> out;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen() || requestId.isEmpty())
        return out;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM logs WHERE request_id = ? ORDER BY id DESC LIMIT ?").arg(LogRecord::columns()));
    q.addBindValue(requestId);
    q.addBindValue(limit);
    q.exec();
    while (q.next())
        out.prepend(LogRecord::fromRow(q));
    return out;
}

QList<LogRecord> LogStore::logsAfter(qint64 afterId, const QString &function, int limit) const
{
    QList<LogRecord> out;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return out;
    QSqlQuery q(db);
    q.prepare(function.isEmpty()
                  ? QStringLiteral("SELECT %1 FROM logs WHERE id > ? ORDER BY id LIMIT ?").arg(LogRecord::columns())
                  : QStringLiteral("SELECT %1 FROM logs WHERE id > ? AND function = ? ORDER BY id LIMIT ?")
                        .arg(LogRecord::columns()));
    q.addBindValue(afterId);
    if (!function.isEmpty())
        q.addBindValue(function);
    q.addBindValue(limit);
    q.exec();
    while (q.next())
        out.append(LogRecord::fromRow(q));
    return out;
}

QList<LogRecord> LogStore::logsUpTo(qint64 lastId, int limit) const
{
    QList<LogRecord> out;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen() || lastId <= 0 || limit <= 0)
        return out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM logs WHERE id <= ? ORDER BY id DESC LIMIT ?").arg(LogRecord::columns()));
    q.addBindValue(lastId);
    q.addBindValue(limit);
    q.exec();
    while (q.next())
        out.prepend(LogRecord::fromRow(q));
    return out;
}

qint64 LogStore::lastLogId() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return 0;
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT MAX(id) FROM logs")) && q.next() ? q.value(0).toLongLong() : 0;
}

QList<InvocationRecord> LogStore::invocations(const QString &function, int limit) const
{
    QList<InvocationRecord> out;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM invocations WHERE function = ? ORDER BY id DESC LIMIT ?")
                  .arg(InvocationRecord::columns(true)));
    q.addBindValue(function);
    q.addBindValue(limit);
    q.exec();
    while (q.next()) {
        out.prepend(InvocationRecord::fromRow(q, true));
    }
    return out;
}

void LogStore::prune(qint64 maxLogs, qint64 maxInvocations)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return;
    Writing writing(m_gate.get(), false);
    QSqlQuery q(db);
    db.transaction();
    if (q.exec(QStringLiteral("SELECT MAX(id) FROM logs")) && q.next() && !q.value(0).isNull()) {
        const qint64 cutoff = q.value(0).toLongLong() - maxLogs;
        q.finish();
        q.prepare(QStringLiteral("DELETE FROM logs WHERE id <= ?"));
        q.addBindValue(cutoff);
        q.exec();
        dropBlocksUpTo(db, cutoff);
    }
    q.finish();
    db.commit();
    q.prepare(QStringLiteral("DELETE FROM invocations WHERE id <= (SELECT MAX(id) FROM invocations) - ?"));
    q.addBindValue(maxInvocations);
    q.exec();
}

bool LogStore::saveAsyncEvent(const AsyncQueue::Snapshot &e)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return false;
    Writing writing(m_gate.get(), true);
    QSqlQuery q(db); // autocommit: its own transaction, committed when exec() returns
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO async_events (request_id, function, qualifier, payload, attempts,"
                       " error_retries, throttles, accepted_ms, next_attempt_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.event.requestId);
    q.addBindValue(e.event.function);
    q.addBindValue(e.event.qualifier);
    q.addBindValue(e.event.payload);
    q.addBindValue(e.attempts);
    q.addBindValue(e.errorRetries);
    q.addBindValue(e.throttles);
    q.addBindValue(e.acceptedAtMs);
    q.addBindValue(e.nextAttemptAtMs);
    if (!q.exec()) {
        qWarning("Cannot keep async event %s: %s", qPrintable(e.event.requestId), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

bool LogStore::removeAsyncEvent(const QString &requestId)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return false;
    Writing writing(m_gate.get(), true);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM async_events WHERE request_id = ?"));
    q.addBindValue(requestId);
    return q.exec();
}

QList<AsyncQueue::Snapshot> LogStore::asyncEvents() const
{
    QList<AsyncQueue::Snapshot> out;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return out;
    QSqlQuery q(db);
    q.exec(QStringLiteral(
        "SELECT request_id, function, qualifier, payload, attempts, error_retries, throttles, accepted_ms,"
        " next_attempt_ms FROM async_events ORDER BY accepted_ms, request_id"));
    while (q.next()) {
        AsyncQueue::Snapshot e;
        e.event.requestId = q.value(0).toString();
        e.event.function = q.value(1).toString();
        e.event.qualifier = q.value(2).toString();
        e.event.payload = q.value(3).toByteArray();
        e.attempts = q.value(4).toInt();
        e.errorRetries = q.value(5).toInt();
        e.throttles = q.value(6).toInt();
        e.acceptedAtMs = q.value(7).toLongLong();
        e.nextAttemptAtMs = q.value(8).toLongLong();
        out.append(e);
    }
    return out;
}

} // namespace lambdesk
