#pragma once

#include "logs/jsonline.h"
#include "logs/loglevel.h"
#include "store/logstore.h"

#include <QAbstractTableModel>
#include <QSet>

#include <memory>

namespace lambdesk {

// Every log line of the session, appended in batches; the oldest fall off past a limit.
// A line that is a JSON object shows folded: one summary row ("▸ [ERROR] card declined
// {+3 fields}"); expanding it puts a row per field under it ("level: ERROR"). Flat rows, not a
// tree: a table view takes 10,000 lines a second at 100,000 rows without laying every row out
// again for each batch (a tree view does).
class LogModel : public QAbstractTableModel
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
        TimeRole,     // epoch ms
        JsonRole,     // the row is a JSON line (it has fields to fold out)
        FieldRole,    // the row is a field of the JSON line above it
        ExpandedRole, // a JSON line whose fields show
    };

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

    // Shows or hides the fields of the JSON line at `row`; false when it is no JSON line.
    bool setExpanded(int row, bool expanded);
    bool isExpanded(int row) const;

    // Of the line at `row` (a field row: of its line).
    const LogRecord &record(int row) const { return line(row).record; }
    loglevel::Level level(int row) const { return line(row).level; }
    const JsonLine *json(int row) const { return line(row).json.get(); }
    bool isField(int row) const { return m_entries.at(row).field >= 0; }
    int lineCount() const { return int(m_rows.size()); }
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
        bool expanded = false;
    };
    // A model row: a line (field -1) or one of its fields. Lines are named by a key that stays
    // put while older lines fall off the front (line index = key - m_firstKey).
    struct Entry
    {
        qint64 key;
        int field;
    };
    const Row &line(int row) const { return m_rows.at(int(m_entries.at(row).key - m_firstKey)); }
    QList<Row> classify(const QList<LogRecord> &records, const Row *before) const;
    void noteFunctions(const QList<Row> &rows);

    QList<Row> m_rows;
    QList<Entry> m_entries;
    QSet<QString> m_functions;
    QSet<QString> m_versions;
    qint64 m_firstKey = 0; // the key of m_rows[0]
    int m_maxRows = 100000;
};

} // namespace lambdesk
