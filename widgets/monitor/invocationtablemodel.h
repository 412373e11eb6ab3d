#pragma once

#include "store/logstore.h"

#include <QAbstractTableModel>

namespace lambdesk {

// The Monitor tab's list of invocations (the newest of the range, or those of a clicked
// minute): request id, time, version, duration, billed, memory, cold/warm, status.
class InvocationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RequestId, Time, Version, Duration, Billed, Memory, Start, Status, ColumnCount };
    static constexpr int RequestIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setRecords(QList<InvocationRecord> records);
    const QList<InvocationRecord> &records() const { return m_records; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<InvocationRecord> m_records;
};

} // namespace lambdesk
