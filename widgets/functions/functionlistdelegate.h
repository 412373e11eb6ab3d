#pragma once

#include <QStyledItemDelegate>

namespace lambdesk {

// Two lines per function: its name, then runtime and what its environments are doing.
class FunctionListDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace lambdesk
