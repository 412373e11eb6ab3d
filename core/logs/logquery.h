#pragma once

#include "logs/filterpattern.h"
#include "store/logstore.h"

#include <QList>
#include <QString>
#include <QStringList>

class QSqlDatabase;

// Reads of the stored log lines the way CloudWatch Logs serves them: a log group holds the lines of
// one or more functions (those whose LoggingConfig.LogGroup names it, /aws/lambda/NAME by
// default; the caller says which), one stream per execution environment (the `stream` column).
// Runs on the thread of the connection given (the LogStore's thread, or the CLI's read-only
// connection).
namespace lambdesk::logs {

QString groupName(const QString &function); // the default group: "/aws/lambda/NAME"

struct EventQuery
{
    QStringList functions; // the group's functions (`function IN (...)`)
    QStringList streams;   // empty: every stream
    QString streamPrefix;  // empty: every stream
    qint64 startMs = -1;   // time_ms >= startMs (-1: no bound)
    qint64 endMs = -1;     // time_ms < endMs (-1: no bound)
    qint64 afterId = 0;    // only rows after this id (paging forward)
    qint64 beforeId = 0;   // only rows before this id (0: no bound; paging backward)
    qint64 maxId = 0;      // only rows up to this id (0: no bound)
    QStringList versions;  // empty: every version
    bool newestFirst = false;
    // In id order (the order lines were stored) instead of time order: what a follower reads
    // after the id it saw last.
    bool byId = false;
    int limit = 10000;
    FilterPattern pattern;
    // At most this many stored lines looked at in one call (AWS also answers a FilterLogEvents
    // page with fewer events and a token when its scan budget is spent).
    qint64 scanBudget = 2'000'000;
    // Read only the blocks whose trigram filters may hold the pattern's terms (logs/logblocks.h);
    // false: scan every row (what the tests compare the index against).
    bool skipIndex = true;
};

struct EventPage
{
    QList<LogRecord> events;
    qint64 lastScannedId = 0; // where the next page goes on from
    bool complete = true;     // false: more rows may match past lastScannedId
};

EventPage queryEvents(QSqlDatabase &db, const EventQuery &query);

struct StreamInfo
{
    QString name;
    qint64 firstEventMs = 0, lastEventMs = 0, firstId = 0, lastId = 0;
};
// The streams of the functions (a group's), ordered by name. Names do not clash across functions:
// each carries its execution environment's id.
QList<StreamInfo> queryStreams(QSqlDatabase &db, const QStringList &functions);

struct GroupInfo
{
    QString function;
    qint64 firstEventMs = -1; // -1: no line stored yet
};
// For each function named, when its first stored line was written.
QList<GroupInfo> queryGroups(QSqlDatabase &db, const QStringList &functions);

} // namespace lambdesk::logs
