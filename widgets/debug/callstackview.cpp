#include "callstackview.h"

#include <QFileInfo>
#include <QHeaderView>

namespace lambdesk {

namespace {

QString location(const debug::Frame &f)
{
    const QString where = f.file.isEmpty() ? QFileInfo(f.path).fileName() : f.file;
    if (where.isEmpty())
        return {};
    return f.line > 0 ? QStringLiteral("%1:%2").arg(where).arg(f.line) : where;
}

} // namespace

CallStackView::CallStackView(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Function"), tr("Location")});
    // The pane is narrow: no header, the name as wide as it needs, the location right after.
    setHeaderHidden(true);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (!current)
            return;
        const QVariant v = current->data(0, FrameIndexRole);
        if (v.isValid())
            Q_EMIT frameSelected(v.toInt());
    });
}

void CallStackView::clearFrames()
{
    const QSignalBlocker block(this);
    clear();
    m_fold = nullptr;
}

void CallStackView::setFrames(const QList<debug::Frame> &frames)
{
    clearFrames();
    QList<QTreeWidgetItem *> runtime;
    int first = -1;
    for (int i = 0; i < frames.size(); ++i) {
        const debug::Frame &f = frames.at(i);
        // A gap after the name: the columns have no header to part them.
        auto *item = new QTreeWidgetItem({f.name.isEmpty() ? tr("(anonymous)") : f.name, QStringLiteral("   ") + location(f)});
        item->setData(0, FrameIndexRole, i);
        const QString tip = QStringLiteral("%1 — %2").arg(item->text(0), f.path.isEmpty() ? f.file : f.path);
        item->setToolTip(0, tip);
        item->setToolTip(1, tip);
        if (f.user) {
            addTopLevelItem(item);
            if (first < 0)
                first = i;
        } else {
            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
            item->setForeground(1, palette().brush(QPalette::Disabled, QPalette::Text));
            runtime.append(item);
        }
    }
    if (!runtime.isEmpty()) {
        const QString label = runtime.size() == 1 ? tr("1 runtime frame") : tr("%1 runtime frames").arg(runtime.size());
        m_fold = new QTreeWidgetItem({label, QString()});
        m_fold->setToolTip(0, tr("Frames of the runtime (its bootstrap) and of libraries: expand to see them"));
        QFont italic = font();
        italic.setItalic(true);
        m_fold->setFont(0, italic);
        m_fold->setFlags(Qt::ItemIsEnabled);
        m_fold->addChildren(runtime);
        addTopLevelItem(m_fold);
    }
    if (first < 0 && !frames.isEmpty())
        first = 0;
    if (first >= 0) {
        if (QTreeWidgetItem *item = itemFor(first)) {
            if (item->parent())
                item->parent()->setExpanded(true); // stopped in the runtime's code: show where
            setCurrentItem(item); // frameSelected follows
        }
    }
}

QTreeWidgetItem *CallStackView::itemFor(int frameIndex) const
{
    for (QTreeWidgetItemIterator it(const_cast<CallStackView *>(this)); *it; ++it) {
        const QVariant v = (*it)->data(0, FrameIndexRole);
        if (v.isValid() && v.toInt() == frameIndex)
            return *it;
    }
    return nullptr;
}

int CallStackView::selectedFrame() const
{
    const QTreeWidgetItem *item = currentItem();
    if (!item)
        return -1;
    const QVariant v = item->data(0, FrameIndexRole);
    return v.isValid() ? v.toInt() : -1;
}

void CallStackView::selectFrame(int frameIndex)
{
    if (QTreeWidgetItem *item = itemFor(frameIndex)) {
        if (item->parent())
            item->parent()->setExpanded(true);
        setCurrentItem(item);
    }
}

} // namespace lambdesk
