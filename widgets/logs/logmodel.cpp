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

LogModel::LogModel(QObject *parent) : QAbstractItemModel(parent)
{}

// A line's index has internal id 0; a field's carries its line's key (>= 1), which stays put
// while lines fall off the front, so a field's index survives the rows before it going.
QModelIndex LogModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_rows.size())
        return {};
    const Row &line = m_rows.at(parent.row());
    if (!line.json || row >= line.json->fields.size())
        return {};
    return createIndex(row, column, quintptr(line.key));
}

QModelIndex LogModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int row = rowOfKey(qint64(child.internalId()));
    return row >= 0 && row < m_rows.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    const Row &line = m_rows.at(parent.row());
    return line.json ? int(line.json->fields.size()) : 0;
}

bool LogModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

int LogModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
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
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() != 0) {
        // A field of a JSON line.
        const Row &line = m_rows.at(rowOfKey(qint64(index.internalId())));
        const auto &[key, value] = line.json->fields.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == MessageColumn ? QVariant(key + QStringLiteral(": ") + value) : QVariant();
        case LineTextRole: return QString(key + QStringLiteral(": ") + value);
        case Qt::ToolTipRole: return index.column() == MessageColumn ? QVariant(value) : QVariant();
        case Qt::FontRole:
            return index.column() == MessageColumn ? QVariant(QFontDatabase::systemFont(QFontDatabase::FixedFont))
                                                   : QVariant();
        case FunctionRole: return line.record.function;
        case RequestIdRole: return line.record.line.requestId;
        case VersionRole: return line.record.version;
        case TimeRole: return line.record.line.timeMs;
        case PlatformRole: return line.record.line.platform;
        case LevelRole: return int(line.level);
        case JsonRole: return false;
        }
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const LogRecord &r = row.record;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return QDateTime::fromMSecsSinceEpoch(r.line.timeMs).toString(QStringLiteral("HH:mm:ss.zzz"));
        case FunctionColumn: return r.function;
        case RequestColumn: return r.line.requestId.left(8);
        case MessageColumn: return row.json ? row.json->summary : logtext::display(r.line.text, r.line.platform);
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
            beginRemoveRows({}, 0, drop - 1);
            m_rows.remove(0, drop);
            m_firstKey += drop;
            endRemoveRows();
        }
    }
    const QList<LogRecord> incoming = records.size() > m_maxRows ? records.mid(records.size() - m_maxRows) : records;
    QList<Row> rows = classify(incoming, m_rows.isEmpty() ? nullptr : &m_rows.constLast());
    for (int i = 0; i < rows.size(); ++i)
        rows[i].key = m_firstKey + m_rows.size() + i;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows.append(rows);
    endInsertRows();
    noteFunctions(rows);
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
    beginInsertRows({}, at, at + int(rows.size()) - 1);
    for (int i = 0; i < rows.size(); ++i)
        m_rows.insert(at + i, rows.at(i));
    renumber(); // the lines after `at` moved: their fields' ids follow
    endInsertRows();
    noteFunctions(rows);
}

void LogModel::renumber()
{
    for (int i = 0; i < m_rows.size(); ++i)
        m_rows[i].key = m_firstKey + i;
}

void LogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_firstKey = 1;
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
