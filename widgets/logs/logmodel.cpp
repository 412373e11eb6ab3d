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
    return parent.isValid() ? 0 : int(m_rows.size());
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
    const Row &row = m_rows.at(index.row());
    const LogRecord &r = row.record;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return QDateTime::fromMSecsSinceEpoch(r.line.timeMs).toString(QStringLiteral("HH:mm:ss.zzz"));
        case FunctionColumn: return r.function;
        case RequestColumn: return r.line.requestId.left(8);
        case MessageColumn: return logtext::display(r.line.text, r.line.platform);
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
            f.setBold((r.line.platform && r.line.text.startsWith(QLatin1String("REPORT")))
                      || row.level == loglevel::Level::Error);
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
    }
    return {};
}

QList<LogModel::Row> LogModel::classify(const QList<LogRecord> &records, const Row *before) const
{
    QList<Row> out;
    out.reserve(records.size());
    for (const LogRecord &r : records) {
        Row row{r, loglevel::of(r.line.text, r.line.platform)};
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
            endRemoveRows();
        }
    }
    const QList<LogRecord> incoming = records.size() > m_maxRows ? records.mid(records.size() - m_maxRows) : records;
    const QList<Row> rows = classify(incoming, m_rows.isEmpty() ? nullptr : &m_rows.constLast());
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
    endInsertRows();
    noteFunctions(rows);
}

void LogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QStringList LogModel::functions() const
{
    QStringList out(m_functions.cbegin(), m_functions.cend());
    out.sort();
    return out;
}

} // namespace lambdesk
