#include "blueprintlistmodel.h"

#include <algorithm>

namespace lambdesk {

namespace {

// The order a learner meets the ideas in: first contact, the common event sources, then
// the execution model (cold starts, limits), then configuration and errors.
int teachingRank(const QString &id)
{
    static const QStringList order{
        QStringLiteral("hello-world-python"),  QStringLiteral("hello-world-nodejs"),  QStringLiteral("http-api"),
        QStringLiteral("s3-object-processor"), QStringLiteral("sqs-batch-processor"), QStringLiteral("scheduled-job"),
        QStringLiteral("cold-start-demo"),     QStringLiteral("timeout-demo"),        QStringLiteral("memory-demo"),
        QStringLiteral("env-config"),          QStringLiteral("error-handling"),      QStringLiteral("json-transform")};
    const qsizetype i = order.indexOf(id);
    return i < 0 ? int(order.size()) : int(i);
}

} // namespace

BlueprintListModel::BlueprintListModel(QObject *parent) : QAbstractListModel(parent)
{
    setBlueprints(catalogs::blueprints());
}

void BlueprintListModel::setBlueprints(const QList<Blueprint> &blueprints)
{
    beginResetModel();
    m_blueprints = blueprints;
    std::stable_sort(m_blueprints.begin(), m_blueprints.end(), [](const Blueprint &a, const Blueprint &b) {
        const int ra = teachingRank(a.id), rb = teachingRank(b.id);
        return ra != rb ? ra < rb : a.id < b.id;
    });
    endResetModel();
}

int BlueprintListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_blueprints.size());
}

QString BlueprintListModel::familyDisplayName(RuntimeFamily family)
{
    switch (family) {
    case RuntimeFamily::Python: return tr("Python");
    case RuntimeFamily::Node: return tr("Node.js");
    case RuntimeFamily::Provided: return tr("custom runtimes");
    case RuntimeFamily::Unknown: break;
    }
    return tr("this runtime");
}

QString BlueprintListModel::languages(const Blueprint &b)
{
    QStringList names;
    for (auto it = b.handlers.cbegin(); it != b.handlers.cend(); ++it)
        names << familyDisplayName(it.key());
    return names.join(QStringLiteral(" · "));
}

QVariant BlueprintListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Blueprint &b = m_blueprints.at(index.row());
    const bool available = b.supports(m_family);
    switch (role) {
    case Qt::DisplayRole: return b.displayTitle();
    case IdRole: return b.id;
    case SummaryRole: return b.displaySummary();
    case LanguagesRole: return languages(b);
    case AvailableRole: return available;
    case ReasonRole:
    case Qt::ToolTipRole: {
        if (available)
            return role == Qt::ToolTipRole ? QVariant(b.displaySummary()) : QVariant(QString());
        if (m_family == RuntimeFamily::Provided || m_family == RuntimeFamily::Unknown)
            return tr("Blueprints come in Python and Node.js; with a custom runtime, author from scratch.");
        return tr("%1 only: choose a %1 runtime to use it").arg(languages(b));
    }
    case SearchTextRole: {
        // Found by its English words too (the data's and AWS's documentation's language).
        QStringList parts{b.id, b.title, b.summary, b.description};
        parts << b.displayTitle() << b.displaySummary() << b.displayDescription() << languages(b);
        for (const Blueprint::Event &e : b.events)
            parts << e.name;
        return parts.join(u' ');
    }
    default: return {};
    }
}

Qt::ItemFlags BlueprintListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (!m_blueprints.at(index.row()).supports(m_family))
        return Qt::ItemNeverHasChildren; // shown, greyed, not selectable: the reason is in the tooltip
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void BlueprintListModel::setFamily(RuntimeFamily family)
{
    if (m_family == family)
        return;
    m_family = family;
    if (!m_blueprints.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

const Blueprint *BlueprintListModel::blueprintAt(int row) const
{
    return row >= 0 && row < m_blueprints.size() ? &m_blueprints.at(row) : nullptr;
}

int BlueprintListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_blueprints.size(); ++row) {
        if (m_blueprints.at(row).id == id)
            return row;
    }
    return -1;
}

} // namespace lambdesk
