// Backend: the stored log lines read as CloudWatch Logs serves them (core/logs), on the log
// store's thread, never on the thread that serves HTTP.
#include "backend.h"

#include "logs/logquery.h"
#include "store/logstorethread.h"

#include <QSqlDatabase>

namespace lambdesk {

void Backend::queryLogEvents(const logs::EventQuery &query, std::function<void(logs::EventPage)> done)
{
    if (!m_logStore) {
        done({});
        return;
    }
    flushLogs(); // lines of invocations that just ended go to the store before the query
    m_logStore->runAsync(
        this,
        [query](LogStore &store) {
            QSqlDatabase db = QSqlDatabase::database(store.connectionName(), false);
            return logs::queryEvents(db, query);
        },
        std::move(done));
}

void Backend::queryLogStreams(const QStringList &functions, std::function<void(QList<logs::StreamInfo>)> done)
{
    if (!m_logStore) {
        done({});
        return;
    }
    flushLogs();
    m_logStore->runAsync(
        this,
        [functions](LogStore &store) {
            QSqlDatabase db = QSqlDatabase::database(store.connectionName(), false);
            return logs::queryStreams(db, functions);
        },
        std::move(done));
}

void Backend::queryLogGroups(const QStringList &functions, std::function<void(QList<logs::GroupInfo>)> done)
{
    if (!m_logStore) {
        QList<logs::GroupInfo> none;
        for (const QString &f : functions)
            none.append({f, -1});
        done(none);
        return;
    }
    m_logStore->runAsync(
        this,
        [functions](LogStore &store) {
            QSqlDatabase db = QSqlDatabase::database(store.connectionName(), false);
            return logs::queryGroups(db, functions);
        },
        std::move(done));
}

} // namespace lambdesk
