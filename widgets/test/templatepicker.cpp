#include "templatepicker.h"

#include "store/catalogs.h"

#include <QCoreApplication>
#include <QFrame>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace lambdesk {

TemplatePicker::TemplatePicker(QWidget *parent) : QPushButton(parent)
{
    m_model = new QStandardItemModel(this);
    QHash<QString, QStandardItem *> groups;
    for (const EventTemplate &t : catalogs::eventTemplates()) {
        QStandardItem *&group = groups[t.group];
        if (!group) {
            group = new QStandardItem(t.group);
            group->setFlags(Qt::ItemIsEnabled);
            QFont bold = group->font();
            bold.setBold(true);
            group->setFont(bold);
            group->setData(t.group, SearchRole);
            m_model->appendRow(group);
        }
        auto *item = new QStandardItem(t.displayTitle());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setData(t.id, IdRole);
        item->setData(QStringList{t.displayTitle(), t.title, t.group, t.id}.join(u' '), SearchRole);
        item->setToolTip(t.id);
        group->appendRow(item);
    }
    m_model->sort(0);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true); // "S3" shows every S3 template

    m_popup = new QFrame(this, Qt::Popup);
    m_popup->setFrameShape(QFrame::StyledPanel);
    m_search = new QLineEdit(m_popup);
    m_search->setPlaceholderText(tr("Search templates (service, event, id)"));
    m_search->setClearButtonEnabled(true);
    m_tree = new QTreeView(m_popup);
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *hint = new QLabel(
        tr("%1 templates, written from the services' public event formats").arg(catalogs::eventTemplates().size()),
        m_popup);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addWidget(hint);
    m_search->installEventFilter(this);

    reset();
    setToolTip(tr("Start the event from an example of an AWS service's event"));
    connect(this, &QPushButton::clicked, this, &TemplatePicker::showPopup);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_tree->expandAll();
        selectFirstMatch();
    });
    connect(m_tree, &QTreeView::clicked, this, &TemplatePicker::pick);
    connect(m_tree, &QTreeView::activated, this, &TemplatePicker::pick);
}

void TemplatePicker::reset()
{
    m_current.clear();
    setText(tr("Choose a template…"));
}

void TemplatePicker::showPopup()
{
    m_search->clear();
    m_proxy->setFilterFixedString(QString());
    m_tree->expandAll();
    const QRect screen = this->screen()->availableGeometry();
    const QSize size(std::max(width(), 380), std::min(460, screen.height() / 2));
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (at.y() + size.height() > screen.bottom())
        at.setY(mapToGlobal(QPoint(0, 0)).y() - size.height());
    m_popup->setGeometry(QRect(at, size));
    m_popup->show();
    m_search->setFocus();
}

void TemplatePicker::setSearchText(const QString &text)
{
    if (!m_popup->isVisible())
        showPopup();
    m_search->setText(text);
}

void TemplatePicker::selectFirstMatch()
{
    for (int g = 0; g < m_proxy->rowCount(); ++g) {
        const QModelIndex group = m_proxy->index(g, 0);
        if (m_proxy->rowCount(group) > 0) {
            m_tree->setCurrentIndex(m_proxy->index(0, 0, group));
            return;
        }
    }
}

bool TemplatePicker::choose(const QString &id)
{
    const EventTemplate *t = catalogs::eventTemplate(id);
    if (!t)
        return false;
    m_popup->hide();
    m_current = id;
    setText(t->group + QStringLiteral(" › ") + t->displayTitle());
    Q_EMIT templateChosen(id);
    return true;
}

void TemplatePicker::pick(const QModelIndex &proxyIndex)
{
    const QString id = proxyIndex.data(IdRole).toString();
    if (!id.isEmpty())
        choose(id);
}

bool TemplatePicker::eventFilter(QObject *watched, QEvent *event)
{
    // Arrow keys in the search field move through the list; Enter picks.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp: QCoreApplication::sendEvent(m_tree, event); return true;
        case Qt::Key_Return:
        case Qt::Key_Enter: pick(m_tree->currentIndex()); return true;
        default: break;
        }
    }
    return QPushButton::eventFilter(watched, event);
}

} // namespace lambdesk
