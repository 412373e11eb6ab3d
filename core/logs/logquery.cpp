#include "logquery.h"

#include "logblocks.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <optional>
#include <tuple>

namespace lambdesk::logs {

namespace {
const QString kGroupPrefix = QStringLiteral("/aws/lambda/");

} // namespace

// Forward in id order from afterId (the follower's read).
static EventPage queryById(QSqlDatabase &db, const EventQuery &query, QString base, QVariantList binds)
{
    if (query.startMs >= 0) {
        base += QStringLiteral(" AND time_ms >= ?");
        binds.append(query.startMs);
    }
    if (query.endMs >= 0) {
        base += QStringLiteral(" AND time_ms < ?");
        binds.append(query.endMs);
    }
    // By row id past afterId (a follower's tail), not through logs_function_time: that index
    // would read every line of the function and sort them.
    base.replace(QStringLiteral(" FROM logs WHERE "), QStringLiteral(" FROM logs NOT INDEXED WHERE "));
    EventPage page;
    page.lastScannedId = query.afterId;
    const int chunk = std::clamp(query.limit * 2, 256, 4096);
    for (;;) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(base + QStringLiteral(" AND id > ? ORDER BY id LIMIT ?"));
        for (const QVariant &v : binds)
            q.addBindValue(v);
        q.addBindValue(page.lastScannedId);
        q.addBindValue(chunk);
        if (!q.exec())
            return page;
        int rows = 0;
        while (q.next()) {
            ++rows;
            page.lastScannedId = q.value(0).toLongLong();
            if (!query.pattern.matches(q.value(7).toString()))
                continue;
            page.events.append(LogRecord::fromRow(q));
            if (page.events.size() >= query.limit) {
                page.complete = false;
                return page;
            }
        }
        if (rows < chunk)
            return page;
    }
}

QString groupName(const QString &function)
{
    return kGroupPrefix + function;
}

// "function IN (?, ...)" for a group's functions. SQLite reads one function as `function = ?`,
// in the index's order; with more it reads each one's range of the same index and sorts the rows
// of a chunk (EXPLAIN QUERY PLAN: SEARCH logs USING INDEX logs_function_time (function=? AND
// time_ms>?), then USE TEMP B-TREE FOR ORDER BY).
static QString functionIn(const QStringList &functions, QVariantList &binds)
{
    QString sql = QStringLiteral("function IN (");
    for (qsizetype i = 0; i < functions.size(); ++i) {
        sql += i ? QStringLiteral(", ?") : QStringLiteral("?");
        binds.append(functions.at(i));
    }
    return sql + u')';
}

// The page queryEvents' ordered scan below would give, from the rows of the blocks that may hold
// the pattern's terms (every row the SQL passes lies in one): they are read by id range, sorted by
// (time, id), and walked the way the scan walks its chunks. nullopt: the index does not narrow
// this query, or too many rows pass to be worth sorting (the scan fills pages sooner).
static std::optional<EventPage> scanCandidateBlocks(QSqlDatabase &db, const EventQuery &query, const QString &base,
                                                    const QVariantList &binds, qint64 cursorMs, qint64 cursorId,
                                                    int chunk)
{
    // A group of several functions (a shared LogGroup) is scanned: one function's blocks would
    // let the others' rows in their id ranges through twice.
    if (query.pattern.candidates().isEmpty() || query.functions.size() != 1)
        return std::nullopt;
    const std::optional<QList<blocks::IdRange>> ranges = blocks::candidateRanges(
        db, query.functions.constFirst(), query.pattern.candidates(), query.startMs, query.endMs, query.maxId);
    if (!ranges)
        return std::nullopt;
    constexpr qsizetype kMaxRows = 50'000;
    const bool backward = query.newestFirst;
    const QString from = QStringLiteral(" FROM logs WHERE ");
    const qsizetype at = base.indexOf(from);
    if (at < 0)
        return std::nullopt;
    struct Row
    {
        qint64 timeMs, id;
        qsizetype event; // index in `matched`, or -1
    };
    QList<Row> rows;
    QList<LogRecord> matched;
    for (const blocks::IdRange &range : *ranges) {
        // A dense range is read by row id; a sparse one (lines of other functions between) through
        // the time index, within the range's times.
        QString sql = base;
        sql.replace(at, from.size(),
                    range.dense ? QStringLiteral(" FROM logs NOT INDEXED WHERE ")
                                : QStringLiteral(" FROM logs INDEXED BY logs_function_time WHERE "));
        QVariantList rangeBinds = binds;
        if (cursorMs >= 0) {
            sql += backward ? QStringLiteral(" AND time_ms <= ? AND (time_ms < ? OR id < ?)")
                            : QStringLiteral(" AND time_ms >= ? AND (time_ms > ? OR id > ?)");
            rangeBinds << cursorMs << cursorMs << cursorId;
        }
        if (!range.dense) {
            sql += QStringLiteral(" AND time_ms >= ? AND time_ms <= ?");
            rangeBinds << range.minMs << range.maxMs;
        }
        sql += QStringLiteral(" AND id >= ? AND id <= ?");
        rangeBinds << range.first << range.last;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return std::nullopt;
        for (const QVariant &v : std::as_const(rangeBinds))
            q.addBindValue(v);
        if (!q.exec())
            return std::nullopt;
        while (q.next()) {
            Row row{q.value(1).toLongLong(), q.value(0).toLongLong(), -1};
            if (query.pattern.matches(q.value(7).toString())) {
                row.event = matched.size();
                matched.append(LogRecord::fromRow(q));
            }
            rows.append(row);
            if (rows.size() > kMaxRows)
                return std::nullopt;
        }
    }
    std::sort(rows.begin(), rows.end(), [backward](const Row &a, const Row &b) {
        return backward ? std::tie(a.timeMs, a.id) > std::tie(b.timeMs, b.id)
                        : std::tie(a.timeMs, a.id) < std::tie(b.timeMs, b.id);
    });
    // The scan's walk: chunk by chunk, a page ends when full, after a short chunk, or once the
    // budget is spent at the end of a full chunk.
    EventPage page;
    qint64 scanned = 0;
    qsizetype next = 0;
    for (;;) {
        int inChunk = 0;
        while (inChunk < chunk && next < rows.size()) {
            const Row &row = rows.at(next++);
            ++inChunk;
            ++scanned;
            page.lastScannedId = row.id;
            if (row.event < 0)
                continue;
            page.events.append(matched.at(row.event));
            if (page.events.size() >= query.limit) {
                page.complete = false;
                return page;
            }
        }
        if (inChunk < chunk)
            return page;
        if (scanned >= query.scanBudget) {
            page.complete = false;
            return page;
        }
    }
}

// Rows come in time order (then id) through the index logs(function, time_ms), whose entries end
// with the row id; the filter pattern's required terms go into the SQL as instr() so SQLite
// drops most non-matching rows before they are copied out, and matches() decides on the rest.
EventPage queryEvents(QSqlDatabase &db, const EventQuery &query)
{
    EventPage page;
    QVariantList binds;
    QString sql = QStringLiteral("SELECT %1 FROM logs WHERE ").arg(LogRecord::columns())
        + functionIn(query.functions, binds) + QStringLiteral(" AND stream <> ''");
    if (!query.streams.isEmpty()) {
        sql += QStringLiteral(" AND stream IN (");
        for (qsizetype i = 0; i < query.streams.size(); ++i) {
            sql += i ? QStringLiteral(", ?") : QStringLiteral("?");
            binds.append(query.streams.at(i));
        }
        sql += u')';
    }
    if (!query.streamPrefix.isEmpty()) {
        sql += QStringLiteral(" AND substr(stream, 1, ?) = ?");
        binds << query.streamPrefix.size() << query.streamPrefix;
    }
    if (!query.versions.isEmpty()) {
        sql += QStringLiteral(" AND version IN (");
        for (qsizetype i = 0; i < query.versions.size(); ++i) {
            sql += i ? QStringLiteral(", ?") : QStringLiteral("?");
            binds.append(query.versions.at(i));
        }
        sql += u')';
    }
    if (query.maxId > 0) {
        sql += QStringLiteral(" AND id <= ?");
        binds.append(query.maxId);
    }
    for (const QStringList &alternatives : query.pattern.candidates()) {
        sql += QStringLiteral(" AND (");
        for (qsizetype i = 0; i < alternatives.size(); ++i) {
            sql += i ? QStringLiteral(" OR instr(text, ?) > 0") : QStringLiteral("instr(text, ?) > 0");
            binds.append(alternatives.at(i));
        }
        sql += u')';
    }
    if (query.byId)
        return queryById(db, query, sql, binds);
    // The cursor: (time, id) of the last row looked at, moving forward or backward.
    qint64 fromMs = query.startMs, toMs = query.endMs;
    qint64 cursorMs = -1, cursorId = 0;
    const bool backward = query.newestFirst;
    if (backward ? query.beforeId > 0 : query.afterId > 0) {
        QSqlQuery at(db);
        at.prepare(QStringLiteral("SELECT time_ms FROM logs WHERE id = ?"));
        at.addBindValue(backward ? query.beforeId : query.afterId);
        if (at.exec() && at.next()) {
            cursorMs = at.value(0).toLongLong();
            cursorId = backward ? query.beforeId : query.afterId;
        } else if (!backward) {
            // The row was pruned: go on from its id, by id.
            sql += QStringLiteral(" AND id > ?");
            binds.append(query.afterId);
        } else {
            sql += QStringLiteral(" AND id < ?");
            binds.append(query.beforeId);
        }
    }
    if (fromMs >= 0) {
        sql += QStringLiteral(" AND time_ms >= ?");
        binds.append(fromMs);
    }
    if (toMs >= 0) {
        sql += QStringLiteral(" AND time_ms < ?");
        binds.append(toMs);
    }
    const QString base = sql;
    const int chunk = std::clamp(query.limit * 2, 256, 4096);
    if (query.skipIndex) {
        if (std::optional<EventPage> page = scanCandidateBlocks(db, query, base, binds, cursorMs, cursorId, chunk))
            return *page;
    }
    qint64 scanned = 0;
    for (;;) {
        QString chunkSql = base;
        QVariantList chunkBinds = binds;
        if (cursorMs >= 0) {
            chunkSql += backward ? QStringLiteral(" AND time_ms <= ? AND (time_ms < ? OR id < ?)")
                                 : QStringLiteral(" AND time_ms >= ? AND (time_ms > ? OR id > ?)");
            chunkBinds << cursorMs << cursorMs << cursorId;
        }
        chunkSql += backward ? QStringLiteral(" ORDER BY time_ms DESC, id DESC LIMIT ?")
                             : QStringLiteral(" ORDER BY time_ms, id LIMIT ?");
        chunkBinds.append(chunk);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(chunkSql);
        for (const QVariant &v : std::as_const(chunkBinds))
            q.addBindValue(v);
        if (!q.exec())
            return page;
        int rows = 0;
        while (q.next()) {
            ++rows;
            ++scanned;
            cursorId = q.value(0).toLongLong();
            cursorMs = q.value(1).toLongLong();
            page.lastScannedId = cursorId;
            const QString text = q.value(7).toString();
            if (!query.pattern.matches(text))
                continue;
            page.events.append(LogRecord::fromRow(q));
            if (page.events.size() >= query.limit) {
                page.complete = false; // rows may follow
                return page;
            }
        }
        if (rows < chunk)
            return page; // nothing more in range
        if (scanned >= query.scanBudget) {
            page.complete = false;
            return page;
        }
    }
}

QList<StreamInfo> queryStreams(QSqlDatabase &db, const QStringList &functions)
{
    QList<StreamInfo> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QVariantList binds;
    q.prepare(QStringLiteral("SELECT stream, MIN(time_ms), MAX(time_ms), MIN(id), MAX(id) FROM logs WHERE ")
              + functionIn(functions, binds) + QStringLiteral(" AND stream <> '' GROUP BY stream ORDER BY stream"));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                    q.value(4).toLongLong()});
    return out;
}

QList<GroupInfo> queryGroups(QSqlDatabase &db, const QStringList &functions)
{
    QList<GroupInfo> out;
    QSqlQuery q(db);
    // The earliest line, through logs_function_time (by id it would sort all the function's lines).
    q.prepare(QStringLiteral("SELECT time_ms FROM logs WHERE function = ? ORDER BY time_ms, id LIMIT 1"));
    for (const QString &f : functions) {
        GroupInfo g;
        g.function = f;
        q.addBindValue(f);
        if (q.exec() && q.next())
            g.firstEventMs = q.value(0).toLongLong();
        out.append(g);
    }
    return out;
}

} // namespace lambdesk::logs
