#include "filetreepanel.h"

#include "codetreemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace lambdesk {

namespace {
QToolButton *toolButton(const QString &icon, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setIcon(QIcon(icon));
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}
} // namespace

FileTreePanel::FileTreePanel(CodeTreeModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    auto *title = new QLabel(tr("<b>Files</b>"), this);
    auto *newFile = toolButton(QStringLiteral(":/icons/file-add.svg"), tr("New file"), this);
    auto *newFolder = toolButton(QStringLiteral(":/icons/folder-add.svg"), tr("New folder"), this);
    m_view = new QTreeView(this);
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    // Long names scroll sideways instead of being cut to "…".
    m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->installEventFilter(this);
    m_truncated = new QLabel(tr("<small>Only the first 5000 entries are shown.</small>"), this);
    m_truncated->setWordWrap(true);
    m_truncated->hide();

    auto *header = new QHBoxLayout;
    header->setContentsMargins(4, 0, 0, 0);
    header->addWidget(title, 1);
    header->addWidget(newFile);
    header->addWidget(newFolder);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_truncated);

    connect(newFile, &QToolButton::clicked, this, [this] { Q_EMIT newFileRequested(targetFolder()); });
    connect(newFolder, &QToolButton::clicked, this, [this] { Q_EMIT newFolderRequested(targetFolder()); });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (!m_model->isFolder(index))
            Q_EMIT openRequested(m_model->pathOf(index));
    });
    connect(m_view, &QTreeView::customContextMenuRequested, this, &FileTreePanel::showMenu);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FileTreePanel::updateTruncated);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FileTreePanel::updateTruncated);
}

QString FileTreePanel::selectedPath() const
{
    return m_model->pathOf(m_view->currentIndex());
}

QString FileTreePanel::targetFolder() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return {};
    if (m_model->isFolder(current))
        return m_model->pathOf(current);
    const QString path = m_model->pathOf(current);
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

void FileTreePanel::select(const QString &path)
{
    const QModelIndex index = m_model->indexOf(path);
    if (!index.isValid())
        return;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_view->expand(p);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void FileTreePanel::updateTruncated()
{
    m_truncated->setVisible(m_model->isTruncated());
}

void FileTreePanel::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid())
        m_view->setCurrentIndex(index);
    const QString path = m_model->pathOf(index);
    const bool folder = m_model->isFolder(index);
    QMenu menu(this);
    if (index.isValid() && !folder)
        menu.addAction(tr("Open"), this, [this, path] { Q_EMIT openRequested(path); });
    menu.addAction(QIcon(QStringLiteral(":/icons/file-add.svg")), tr("New file…"), this,
                   [this] { Q_EMIT newFileRequested(targetFolder()); });
    menu.addAction(QIcon(QStringLiteral(":/icons/folder-add.svg")), tr("New folder…"), this,
                   [this] { Q_EMIT newFolderRequested(targetFolder()); });
    if (index.isValid()) {
        menu.addSeparator();
        menu.addAction(tr("Rename…"), QKeySequence(Qt::Key_F2), this, [this, path] { Q_EMIT renameRequested(path); });
        menu.addAction(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Delete…"), QKeySequence::Delete, this,
                       [this, path] { Q_EMIT deleteRequested(path); });
        menu.addSeparator();
        menu.addAction(tr("Copy path"), this, [path] { QApplication::clipboard()->setText(path); });
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

bool FileTreePanel::eventFilter(QObject *watched, QEvent *event)
{
    // F2 and Delete act on the selected entry, as in file managers.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QString path = selectedPath();
        if (!path.isEmpty() && key->key() == Qt::Key_F2) {
            Q_EMIT renameRequested(path);
            return true;
        }
        if (!path.isEmpty() && key->matches(QKeySequence::Delete)) {
            Q_EMIT deleteRequested(path);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lambdesk
