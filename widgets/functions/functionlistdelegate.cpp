#include "functionlistdelegate.h"

#include "functionlistmodel.h"

#include <QApplication>
#include <QPainter>

namespace lambdesk {

void FunctionListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect r = opt.rect.adjusted(8, 4, -8, -4);
    const int iconSize = r.height() - 8;
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    icon.paint(painter, QRect(r.left(), r.top() + 4, iconSize, iconSize));

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics fm(bold);
    const int x = r.left() + iconSize + 10;
    painter->save();
    painter->setFont(bold);
    painter->setPen(opt.palette.color(textRole));
    const QRect nameRect(x, r.top(), r.right() - x, fm.height());
    painter->drawText(
        nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(index.data(FunctionListModel::NameRole).toString(), Qt::ElideRight, nameRect.width()));
    painter->setFont(opt.font);
    const int running = index.data(FunctionListModel::RunningRole).toInt();
    const int idle = index.data(FunctionListModel::IdleRole).toInt();
    QColor detail = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    const QRect detailRect(x, nameRect.bottom() + 2, r.right() - x, QFontMetrics(opt.font).height());
    if (!index.data(FunctionListModel::BrokenRole).toString().isEmpty()) {
        // No runtime or state to show: what it needs instead (the tooltip says why).
        painter->setPen(selected ? detail : QColor(0xd1, 0x32, 0x12));
        painter->drawText(
            detailRect, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(opt.font).elidedText(tr("function.json is broken"), Qt::ElideRight, detailRect.width()));
        painter->restore();
        return;
    }
    const QString runtime = index.data(FunctionListModel::RuntimeRole).toString();
    const QString state = index.data(FunctionListModel::StateRole).toString();
    painter->setPen(detail);
    const QString runtimeText = runtime + QStringLiteral("  ·  ");
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter, runtimeText);
    const int stateX = detailRect.left() + QFontMetrics(opt.font).horizontalAdvance(runtimeText);
    if (!selected) {
        if (running > 0)
            painter->setPen(QColor(0xe0, 0x7b, 0x00));
        else if (idle > 0)
            painter->setPen(QColor(0x1d, 0x81, 0x02));
    }
    painter->drawText(QRect(stateX, detailRect.top(), detailRect.right() - stateX, detailRect.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, state);
    painter->restore();
}

QSize FunctionListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return QSize(200, fm.height() * 2 + 14);
}

} // namespace lambdesk
