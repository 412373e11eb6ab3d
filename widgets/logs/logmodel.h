#pragma once

#include "logs/jsonline.h"
#include "logs/loglevel.h"
#include "store/logstore.h"

#include <QAbstractItemModel>
#include <QSet>

#include <memory>

namespace lambdesk {

// Every log line of the session, appended in batches; the oldest fall off past a limit.
// A line that is a JSON object shows folded: one summary row whose children are its fields
// ("level: ERROR", "record.metrics.durationMs: 15.74"); other lines have no children.
class LogModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, FunctionColumn, RequestColumn, MessageColumn, ColumnCount };
    enum Roles {
        FunctionRole = Qt::UserRole + 1,
        RequestIdRole,
        PlatformRole,
        LevelRole,
        LineTextRole,
        VersionRole,
        TimeRole, // epoch ms
        JsonRole, // the line is a JSON object (it has fields)
    };

    explicit LogModel(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
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
    // The line's JSON reading, or null.
    const JsonLine *json(int row) const { return m_rows.at(row).json.get(); }
    bool hasRequest(const QString &requestId) const;
    // The functions and versions seen so far, sorted.
    QStringList functions() const;
    QStringList versions() const;

Q_SIGNALS:
    void functionSeen(const QString &name);
    void versionSeen(const QString &version);

private:
    struct Row
    {
        LogRecord record;
        loglevel::Level level = loglevel::Level::None;
        std::shared_ptr<const JsonLine> json;
        qint64 key = 0; // stable while the row lives: its children's internal id
    };
    QList<Row> classify(const QList<LogRecord> &records, const Row *before) const;
    void noteFunctions(const QList<Row> &rows);
    int rowOfKey(qint64 key) const { return int(key - m_firstKey); }
    void renumber();

    QList<Row> m_rows;
    QSet<QString> m_functions;
    QSet<QString> m_versions;
    qint64 m_firstKey = 1; // the key of row 0; rows' keys are consecutive
    int m_maxRows = 100000;
};

} // namespace lambdesk
