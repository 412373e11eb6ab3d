#pragma once

#include "logs/loglevel.h"
#include "store/logstore.h"

#include <QAbstractTableModel>
#include <QSet>

namespace lambdesk {

// Every log line of the session, appended in batches; the oldest fall off past a limit.
class LogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, FunctionColumn, RequestColumn, MessageColumn, ColumnCount };
    enum Roles { FunctionRole = Qt::UserRole + 1, RequestIdRole, PlatformRole, LevelRole, LineTextRole };

    explicit LogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // One batch (the backend hands them out every 50 ms): one insertion, whatever its size.
    void append(const QList<LogRecord> &records);
    // Lines of an earlier session (read back from the database), put before this session's
    // lines in time order; lines already here (same request id, or same stored row) are not
    // added twice.
    void insertHistory(const QList<LogRecord> &records);
    void clear();
    void setMaxRows(int rows) { m_maxRows = rows; }
    const LogRecord &record(int row) const { return m_rows.at(row).record; }
    loglevel::Level level(int row) const { return m_rows.at(row).level; }
    bool hasRequest(const QString &requestId) const;
    // The functions seen so far, sorted.
    QStringList functions() const;

Q_SIGNALS:
    void functionSeen(const QString &name);

private:
    struct Row
    {
        LogRecord record;
        loglevel::Level level = loglevel::Level::None;
    };
    QList<Row> classify(const QList<LogRecord> &records, const Row *before) const;
    void noteFunctions(const QList<Row> &rows);

    QList<Row> m_rows;
    QSet<QString> m_functions;
    int m_maxRows = 100000;
};

} // namespace lambdesk
