#include "blueprintdelegate.h"

#include "blueprintlistmodel.h"

#include <QApplication>
#include <QPainter>

namespace lambdesk {

void BlueprintDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool available = index.data(BlueprintListModel::AvailableRole).toBool();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = available ? QPalette::Normal : QPalette::Disabled;
    const QColor main = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = main;
    dim.setAlphaF(available ? 0.7f : 0.85f);

    const QRect r = opt.rect.adjusted(8, 4, -8, -4);
    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics fm(opt.font), bfm(bold);
    const QString languages = index.data(BlueprintListModel::LanguagesRole).toString();
    const int languagesWidth = fm.horizontalAdvance(languages);

    painter->save();
    painter->setFont(bold);
    painter->setPen(main);
    const QRect titleRect(r.left(), r.top(), r.width() - languagesWidth - 12, bfm.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      bfm.elidedText(title, Qt::ElideRight, titleRect.width()));
    painter->setFont(opt.font);
    painter->setPen(dim);
    painter->drawText(QRect(r.right() - languagesWidth, r.top(), languagesWidth, bfm.height()),
                      Qt::AlignRight | Qt::AlignVCenter, languages);
    const QString second = available ? index.data(BlueprintListModel::SummaryRole).toString()
                                     : index.data(BlueprintListModel::ReasonRole).toString();
    if (!available) {
        QFont italic = opt.font;
        italic.setItalic(true);
        painter->setFont(italic);
    }
    const QRect summaryRect(r.left(), r.top() + bfm.height() + 2, r.width(), fm.height());
    painter->drawText(summaryRect, Qt::AlignLeft | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(second, Qt::ElideRight, summaryRect.width()));
    painter->restore();
}

QSize BlueprintDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const int height = QFontMetrics(bold).height() + QFontMetrics(option.font).height() + 2 + 8;
    return QSize(QStyledItemDelegate::sizeHint(option, index).width(), height);
}

} // namespace lambdesk
