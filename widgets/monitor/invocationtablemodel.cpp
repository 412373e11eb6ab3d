#include "invocationtablemodel.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace lambdesk {

void InvocationTableModel::setRecords(QList<InvocationRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

int InvocationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int InvocationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvocationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InvocationRecord &r = m_records.at(index.row());
    const bool ran = r.status != QLatin1StringView("throttled");
    if (role == RequestIdRole)
        return r.requestId;
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Duration:
        case Billed:
        case Memory: return int(Qt::AlignRight | Qt::AlignVCenter);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == RequestId)
        return tr("%1\nDouble-click or Enter: show its log lines").arg(r.requestId);
    if (role == Qt::ToolTipRole && index.column() == Version && r.qualifier != r.version && !r.qualifier.isEmpty())
        return tr("Invoked as %1, version %2 ran").arg(r.qualifier, r.version);
    if (role == Qt::ForegroundRole && index.column() == Status && r.status != QLatin1StringView("success"))
        return QColor(0xd0, 0x3b, 0x3b);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RequestId: return r.requestId;
    case Time: return QDateTime::fromMSecsSinceEpoch(r.startedAtMs).toString(QStringLiteral("MM-dd HH:mm:ss.zzz"));
    case Version:
        return r.qualifier.isEmpty() || r.qualifier == r.version
            ? r.version
            : QStringLiteral("%1 (%2)").arg(r.version, r.qualifier);
    case Duration: return ran ? QStringLiteral("%L1 ms").arg(r.durationMs, 0, 'f', 2) : QString(); // console's locale
    case Billed: return ran ? QStringLiteral("%1 ms").arg(r.billedMs) : QString();
    case Memory: return ran ? QStringLiteral("%1 / %2 MB").arg(r.maxMemoryUsedMb).arg(r.memorySizeMb) : QString();
    case Start:
        return !ran                 ? QString()
            : r.initDurationMs >= 0 ? tr("Cold (init %1 ms)").arg(QLocale().toString(r.initDurationMs, 'f', 0))
                                    : tr("Warm");
    case Status: {
        QString s = r.status;
        if (!r.errorType.isEmpty())
            s += QStringLiteral(" (%1)").arg(r.errorType);
        if (r.attempt > 1)
            s += tr(", attempt %1").arg(r.attempt);
        return s;
    }
    default: return {};
    }
}

QVariant InvocationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RequestId: return tr("Request ID");
    case Time: return tr("Time");
    case Version: return tr("Version");
    case Duration: return tr("Duration");
    case Billed: return tr("Billed");
    case Memory: return tr("Max memory");
    case Start: return tr("Start");
    case Status: return tr("Status");
    default: return {};
    }
}

} // namespace lambdesk
