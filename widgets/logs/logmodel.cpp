#include "logmodel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QFontDatabase>

namespace lambdesk {

LogModel::LogModel(QObject *parent) : QAbstractTableModel(parent) {}

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
    const LogRecord &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(r.line.timeMs).toString(QStringLiteral("HH:mm:ss.zzz"));
        case FunctionColumn:
            return r.function;
        case RequestColumn:
            return r.line.requestId.left(8);
        case MessageColumn: {
            QString text = r.line.text;
            text.replace(u'\r', u'\n'); // Node writes a multi-line message as one line with \r
            return text;
        }
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == RequestColumn ? r.line.requestId : QVariant();
    case Qt::FontRole:
        if (index.column() == MessageColumn) {
            QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
            f.setBold(r.line.platform && r.line.text.startsWith(QLatin1String("REPORT")));
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (r.line.platform)
            return QBrush(QColor(0x56, 0x7a, 0xa8));
        if (r.line.text.contains(QLatin1String("\tERROR\t")) || r.line.text.startsWith(QLatin1String("[ERROR]")))
            return QBrush(QColor(0xd1, 0x32, 0x12));
        return {};
    case FunctionRole:
        return r.function;
    case RequestIdRole:
        return r.line.requestId;
    case PlatformRole:
        return r.line.platform;
    }
    return {};
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
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + incoming.size() - 1));
    m_rows.append(incoming);
    endInsertRows();
}

void LogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

} // namespace lambdesk
