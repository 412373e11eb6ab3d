#include "logscommand.h"

#include "cli/commandline.h"
#include "cli/metricscommand.h"
#include "logs/logquery.h"
#include "store/aliasstore.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace lambdesk::cli {

namespace {

// As `aws logs tail` prints an event: ISO time with microseconds and offset, stream, message.
void print(QTextStream &out, const LogRecord &r)
{
    out << QDateTime::fromMSecsSinceEpoch(r.line.timeMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))
        << "000+00:00 " << r.logStream << ' ' << r.line.text << '\n';
}

qint64 lastId(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM logs")) && q.next() ? q.value(0).toLongLong() : 0;
}

// Every page of `query` (up to maxId), printed.
void printAll(QSqlDatabase &db, logs::EventQuery query, QTextStream &out)
{
    for (;;) {
        const logs::EventPage page = logs::queryEvents(db, query);
        for (const LogRecord &r : page.events)
            print(out, r);
        out.flush();
        if (page.complete || page.lastScannedId == query.afterId)
            return;
        query.afterId = page.lastScannedId;
    }
}

} // namespace

int logsCommand(const LogsOptions &options, QTextStream &out, QTextStream &err)
{
    const std::optional<qint64> since = parseSince(options.since);
    if (!since) {
        err << "lambdesk logs: --since must be a whole number with s, m, h or d (10m, 1h, 2d), at most 30 days;"
               " got '"
            << options.since << "'\n";
        return BadUsage;
    }
    auto pattern = logs::FilterPattern::parse(options.filter);
    if (!pattern) {
        err << "lambdesk logs: --filter: " << pattern.error().message << '\n';
        return BadUsage;
    }
    const qsizetype colon = options.target.indexOf(u':');
    const QString name = colon < 0 ? options.target : options.target.left(colon);
    const QString qualifier = colon < 0 ? QString() : options.target.mid(colon + 1);
    const QString root = options.workspace.isEmpty() ? Workspace::defaultRoot() : options.workspace;
    const Workspace workspace(root);
    if (name.isEmpty() || !QFile::exists(workspace.configFile(name))) {
        err << "lambdesk logs: Function not found: " << name << " (in " << root << ")\n";
        return BadUsage;
    }

    logs::EventQuery query;
    query.functions = {name}; // per function, whatever its log group
    query.pattern = pattern.value();
    bool number = false;
    qualifier.toInt(&number);
    if (qualifier == u"$LATEST" || number) {
        query.versions = {qualifier};
    } else if (!qualifier.isEmpty()) {
        const auto aliases = aliasstore::read(workspace.functionDir(name));
        if (!aliases) {
            err << "lambdesk logs: " << aliases.error().message << '\n';
            return CannotRun;
        }
        for (const FunctionAlias &a : aliases.value())
            if (a.name == qualifier)
                query.versions = a.isWeighted() ? QStringList{a.functionVersion, a.additionalVersion}
                                                : QStringList{a.functionVersion};
        if (query.versions.isEmpty()) {
            err << "lambdesk logs: " << name << " has no alias '" << qualifier
                << "'; the qualifier must be $LATEST, a version number or an alias\n";
            return BadUsage;
        }
    }

    if (!QFile::exists(workspace.databasePath()) && !options.follow)
        return Success; // nothing was ever logged here
    const QString connection = QStringLiteral("lambdesk-logs-") + QUuid::createUuid().toString(QUuid::Id128);
    int code = Success;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(workspace.databasePath());
        // Read-only, beside whoever writes (WAL): the console or `lambdesk serve` may be running.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        while (!db.open()) {
            if (!options.follow) {
                err << "lambdesk logs: cannot read " << workspace.databasePath() << '\n';
                code = CannotRun;
                break;
            }
            QThread::msleep(1000); // --follow before anything was stored: wait for the database
        }
        if (db.isOpen()) {
            qint64 seen = lastId(db);
            query.startMs = QDateTime::currentMSecsSinceEpoch() - *since;
            query.maxId = seen;
            printAll(db, query, out);
            // New lines: whatever was stored after the last id seen, in the order it was stored.
            query.byId = true;
            query.startMs = -1;
            while (options.follow) {
                QThread::msleep(500);
                const qint64 newest = lastId(db);
                if (newest <= seen)
                    continue;
                query.afterId = seen;
                query.maxId = newest;
                printAll(db, query, out);
                seen = newest;
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return code;
}

} // namespace lambdesk::cli
