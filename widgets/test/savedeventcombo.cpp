#include "savedeventcombo.h"

#include "model/validation.h"

#include <QStandardItemModel>

namespace lambdesk {

EventRef EventRef::fromKey(const QString &key)
{
    if (key.size() < 3 || key.at(1) != u':')
        return {};
    return EventRef{key.startsWith(u's'), key.mid(2)};
}

SavedEventCombo::SavedEventCombo(QWidget *parent) : QComboBox(parent)
{
    m_model = new QStandardItemModel(this);
    setModel(m_model);
    setMinimumContentsLength(18);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(this, &QComboBox::activated, this, [this] {
        const EventRef now = current();
        const EventRef before = m_last;
        if (now == before || now.isNull())
            return;
        m_last = now;
        Q_EMIT eventChosen(now, before);
    });
}

void SavedEventCombo::setEvents(const QStringList &privateNames, const QStringList &sharedNames)
{
    const EventRef keep = current();
    m_private = privateNames;
    m_shared = sharedNames;
    const QSignalBlocker block(this);
    m_model->clear();
    const auto heading = [this](const QString &text) {
        auto *item = new QStandardItem(text);
        item->setFlags(Qt::NoItemFlags);
        QFont f = item->font();
        f.setBold(true);
        item->setFont(f);
        m_model->appendRow(item);
    };
    const auto entry = [this](const QString &name, bool shared) {
        auto *item = new QStandardItem(QStringLiteral("   ") + name);
        item->setData(shared, SharedRole);
        item->setData(name, NameRole);
        item->setToolTip(shared ? tr("Shareable: every function of this workspace can use it")
                                : tr("Private to this function"));
        m_model->appendRow(item);
    };
    heading(tr("Private events (%1 of %2)").arg(privateNames.size()).arg(validation::kMaxPrivateEvents));
    for (const QString &n : privateNames)
        entry(n, false);
    heading(tr("Shareable events (%1)").arg(sharedNames.size()));
    for (const QString &n : sharedNames)
        entry(n, true);
    if (!select(keep))
        select(first());
}

int SavedEventCombo::rowOf(const EventRef &ref) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem *item = m_model->item(row);
        if (item->data(NameRole).toString() == ref.name && item->data(SharedRole).toBool() == ref.shared
            && !ref.isNull())
            return row;
    }
    return -1;
}

bool SavedEventCombo::contains(const EventRef &ref) const
{
    return (ref.shared ? m_shared : m_private).contains(ref.name);
}

EventRef SavedEventCombo::current() const
{
    const QStandardItem *item = m_model->item(currentIndex());
    if (!item || item->data(NameRole).toString().isEmpty())
        return {};
    return EventRef{item->data(SharedRole).toBool(), item->data(NameRole).toString()};
}

bool SavedEventCombo::select(const EventRef &ref)
{
    const int row = rowOf(ref);
    if (row < 0) {
        m_last = {};
        return false;
    }
    const QSignalBlocker block(this);
    setCurrentIndex(row);
    m_last = ref;
    return true;
}

EventRef SavedEventCombo::first() const
{
    if (!m_private.isEmpty())
        return EventRef{false, m_private.first()};
    if (!m_shared.isEmpty())
        return EventRef{true, m_shared.first()};
    return {};
}

} // namespace lambdesk
