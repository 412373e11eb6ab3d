#include "logmodel.h"

#include "logs/logtext.h"

#include <QApplication>
#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QFontDatabase>
#include <QPalette>

#include <algorithm>

namespace lambdesk {

LogModel::LogModel(QObject *parent) : QAbstractTableModel(parent)
{}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case FunctionColumn: return tr("Function");
    case RequestColumn: return tr("Request");
    case MessageColumn: return tr("Message");
    }
    return {};
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    if (entry.field >= 0) {
        // A field of the JSON line above.
        const Row &owner = line(index.row());
        const auto &[key, value] = owner.json->fields.at(entry.field);
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == MessageColumn
                ? QVariant(QStringLiteral("      ") + key + QStringLiteral(": ") + value)
                : QVariant();
        case LineTextRole: return QString(key + QStringLiteral(": ") + value);
        case Qt::ToolTipRole: return index.column() == MessageColumn ? QVariant(value) : QVariant();
        case Qt::FontRole:
            return index.column() == MessageColumn ? QVariant(QFontDatabase::systemFont(QFontDatabase::FixedFont))
                                                   : QVariant();
        case Qt::ForegroundRole: return QBrush(QApplication::palette().color(QPalette::PlaceholderText));
        case FunctionRole: return owner.record.function;
        case RequestIdRole: return owner.record.line.requestId;
        case VersionRole: return owner.record.version;
        case TimeRole: return owner.record.line.timeMs;
        case PlatformRole: return owner.record.line.platform;
        case LevelRole: return int(owner.level);
        case JsonRole: return false;
        case FieldRole: return true;
        case ExpandedRole: return false;
        }
        return {};
    }
    const Row &row = m_rows.at(int(entry.key - m_firstKey));
    const LogRecord &r = row.record;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return QDateTime::fromMSecsSinceEpoch(r.line.timeMs).toString(QStringLiteral("HH:mm:ss.zzz"));
        case FunctionColumn: return r.function;
        case RequestColumn: return r.line.requestId.left(8);
        case MessageColumn:
            // ▸ folded, ▾ unfolded: a click on the arrow, Right/Left, a double-click or the context menu toggles.
            return row.json ? (row.expanded ? QStringLiteral("▾ ") : QStringLiteral("▸ ")) + row.json->summary
                            : logtext::display(r.line.text, r.line.platform);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == RequestColumn)
            return r.line.requestId;
        if (index.column() == MessageColumn) // the column cuts long lines with "…"
            return logtext::tooltip(r.line.text, r.line.platform);
        if (index.column() == TimeColumn)
            return QDateTime::fromMSecsSinceEpoch(r.line.timeMs).toString(Qt::ISODateWithMs);
        return {};
    case Qt::FontRole:
        if (index.column() == MessageColumn) {
            QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
            // REPORT and platform.report stand out: they close an invocation.
            f.setBold((r.line.platform
                       && (r.line.text.startsWith(QLatin1String("REPORT"))
                           || (row.json && row.json->type == u"platform.report")))
                      || row.level == loglevel::Level::Error);
            f.setItalic(r.line.platform && !r.line.text.startsWith(QLatin1String("REPORT"))
                        && !(row.json && row.json->type == u"platform.report")
                        && (r.line.text.startsWith(QLatin1String("START "))
                            || r.line.text.startsWith(QLatin1String("END "))
                            || (row.json && row.json->platformRecord)));
            return f;
        }
        return {};
    case Qt::ForegroundRole: {
        const QColor c = loglevel::color(row.level, r.line.platform, QApplication::palette());
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    case FunctionRole: return r.function;
    case RequestIdRole: return r.line.requestId;
    case PlatformRole: return r.line.platform;
    case LevelRole: return int(row.level);
    case LineTextRole: return r.line.text;
    case VersionRole: return r.version;
    case TimeRole: return r.line.timeMs;
    case JsonRole: return bool(row.json);
    case FieldRole: return false;
    case ExpandedRole: return row.expanded;
    }
    return {};
}

QList<LogModel::Row> LogModel::classify(const QList<LogRecord> &records, const Row *before) const
{
    QList<Row> out;
    out.reserve(records.size());
    for (const LogRecord &r : records) {
        Row row{r, loglevel::of(r.line.text, r.line.platform), JsonLine::parse(r.line.text)};
        if (row.json && row.json->level != loglevel::Level::None)
            row.level = row.json->level;
        // A Python traceback is one write split into lines: its body takes the [ERROR] line's level.
        const Row *prev = out.isEmpty() ? before : &out.constLast();
        if (row.level == loglevel::Level::None && !r.line.platform && prev && !prev->record.line.platform
            && prev->level >= loglevel::Level::Warn && prev->record.function == r.function
            && prev->record.line.requestId == r.line.requestId && loglevel::isContinuation(r.line.text))
            row.level = prev->level;
        out.append(std::move(row));
    }
    return out;
}

void LogModel::noteFunctions(const QList<Row> &rows)
{
    for (const Row &r : rows) {
        if (!r.record.version.isEmpty() && !m_versions.contains(r.record.version)) {
            m_versions.insert(r.record.version);
            Q_EMIT versionSeen(r.record.version);
        }
        if (!m_functions.contains(r.record.function)) {
            m_functions.insert(r.record.function);
            Q_EMIT functionSeen(r.record.function);
        }
    }
}

void LogModel::append(const QList<LogRecord> &records)
{
    if (records.isEmpty())
        return;
    const int overflow = int(m_rows.size() + records.size()) - m_maxRows;
    if (overflow > 0) {
        const int drop = std::min<int>(overflow, int(m_rows.size()));
        if (drop > 0) {
            // The dropped lines' rows, and their fields' when unfolded.
            const qint64 keep = m_firstKey + drop;
            const auto firstKept = std::lower_bound(m_entries.cbegin(), m_entries.cend(), keep,
                                                    [](const Entry &e, qint64 k) { return e.key < k; });
            const int rows = int(firstKept - m_entries.cbegin());
            beginRemoveRows({}, 0, rows - 1);
            m_entries.remove(0, rows);
            m_rows.remove(0, drop);
            m_firstKey = keep;
            endRemoveRows();
        }
    }
    const QList<LogRecord> incoming = records.size() > m_maxRows ? records.mid(records.size() - m_maxRows) : records;
    const QList<Row> rows = classify(incoming, m_rows.isEmpty() ? nullptr : &m_rows.constLast());
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    const qint64 key = m_firstKey + m_rows.size();
    m_entries.reserve(m_entries.size() + rows.size());
    for (int i = 0; i < rows.size(); ++i)
        m_entries.append({key + i, -1});
    m_rows.append(rows);
    endInsertRows();
    noteFunctions(rows);
}

bool LogModel::setExpanded(int row, bool expanded)
{
    if (row < 0 || row >= m_entries.size() || m_entries.at(row).field >= 0)
        return false;
    Row &r = m_rows[int(m_entries.at(row).key - m_firstKey)];
    if (!r.json || r.json->fields.isEmpty())
        return false;
    if (r.expanded == expanded)
        return true;
    const int n = int(r.json->fields.size());
    const qint64 key = m_entries.at(row).key;
    if (expanded) {
        beginInsertRows({}, row + 1, row + n);
        r.expanded = true;
        for (int i = 0; i < n; ++i)
            m_entries.insert(row + 1 + i, Entry{key, i});
        endInsertRows();
    } else {
        beginRemoveRows({}, row + 1, row + n);
        r.expanded = false;
        m_entries.remove(row + 1, n);
        endRemoveRows();
    }
    const QModelIndex changed = index(row, MessageColumn);
    Q_EMIT dataChanged(changed, changed, {Qt::DisplayRole, ExpandedRole});
    return true;
}

bool LogModel::isExpanded(int row) const
{
    return row >= 0 && row < m_entries.size() && m_entries.at(row).field < 0 && line(row).expanded;
}

bool LogModel::hasRequest(const QString &requestId) const
{
    return !requestId.isEmpty() && std::any_of(m_rows.cbegin(), m_rows.cend(), [&](const Row &r) {
        return r.record.line.requestId == requestId;
    });
}

void LogModel::insertHistory(const QList<LogRecord> &records)
{
    QSet<QString> present;
    QSet<qint64> stored; // row ids of lines read from the database (this session's have none yet)
    for (const Row &r : std::as_const(m_rows)) {
        present.insert(r.record.line.requestId);
        if (r.record.id > 0)
            stored.insert(r.record.id);
    }
    QList<LogRecord> fresh;
    for (const LogRecord &r : records) {
        if (r.id > 0 && stored.contains(r.id))
            continue;
        if (r.line.requestId.isEmpty() || !present.contains(r.line.requestId))
            fresh.append(r);
    }
    if (fresh.isEmpty())
        return;
    std::stable_sort(fresh.begin(), fresh.end(),
                     [](const LogRecord &a, const LogRecord &b) { return a.line.timeMs < b.line.timeMs; });
    const QList<Row> rows = classify(fresh, nullptr);
    // Earlier sessions' lines come before everything of this session.
    const auto pos = std::lower_bound(m_rows.cbegin(), m_rows.cend(), fresh.constLast().line.timeMs,
                                      [](const Row &r, qint64 t) { return r.record.line.timeMs <= t; });
    const int at = int(pos - m_rows.cbegin());
    const qint64 atKey = m_firstKey + at;
    const int entryAt = int(std::lower_bound(m_entries.cbegin(), m_entries.cend(), atKey,
                                             [](const Entry &e, qint64 k) { return e.key < k; })
                            - m_entries.cbegin());
    const int n = int(rows.size());
    beginInsertRows({}, entryAt, entryAt + n - 1);
    for (int i = entryAt; i < m_entries.size(); ++i) // the lines after them move down
        m_entries[i].key += n;
    for (int i = 0; i < n; ++i) {
        m_rows.insert(at + i, rows.at(i));
        m_entries.insert(entryAt + i, Entry{atKey + i, -1});
    }
    endInsertRows();
    noteFunctions(rows);
}

void LogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_entries.clear();
    m_firstKey = 0;
    endResetModel();
}

QStringList LogModel::versions() const
{
    QStringList out(m_versions.cbegin(), m_versions.cend());
    out.sort();
    return out;
}

QStringList LogModel::functions() const
{
    QStringList out(m_functions.cbegin(), m_functions.cend());
    out.sort();
    return out;
}

} // namespace lambdesk
