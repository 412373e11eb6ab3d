#pragma once

#include <QStyledItemDelegate>

namespace lambdesk {

// Paints a blueprint as a title, its languages and a one-line summary (or, when it does not
// come in the chosen language, the reason instead).
class BlueprintDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace lambdesk
