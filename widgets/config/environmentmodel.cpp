#include "environmentmodel.h"

#include "model/validation.h"

#include <QApplication>
#include <QBrush>
#include <QHash>
#include <QPalette>
#include <QStyle>

namespace lambdesk {

EnvironmentModel::EnvironmentModel(QObject *parent) : QAbstractTableModel(parent)
{}

int EnvironmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EnvironmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnvironmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const QString &error = m_errors.at(index.row());
    const QString &text = index.column() == KeyColumn ? row.key : row.value;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return text;
    case Qt::ToolTipRole:
        if (!error.isEmpty())
            return error;
        // Long values are elided in the cell; the tooltip shows them whole.
        return index.column() == ValueColumn && !row.value.isEmpty() ? row.value : QVariant();
    case Qt::DecorationRole:
        if (index.column() == KeyColumn && !error.isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == KeyColumn && !error.isEmpty())
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case ErrorRole: return error;
    default: return {};
    }
}

QVariant EnvironmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case KeyColumn: return tr("Key");
    case ValueColumn: return tr("Value");
    default: return {};
    }
}

Qt::ItemFlags EnvironmentModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_editable)
        f |= Qt::ItemIsEditable;
    return f;
}

bool EnvironmentModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_editable
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &row = m_rows[index.row()];
    QString &field = index.column() == KeyColumn ? row.key : row.value;
    // Keys never carry surrounding spaces on purpose; values are taken exactly as typed.
    const QString text = index.column() == KeyColumn ? value.toString().trimmed() : value.toString();
    if (field == text)
        return true;
    field = text;
    Q_EMIT dataChanged(index, index);
    revalidate();
    return true;
}

bool EnvironmentModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_rows.size() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        m_rows.insert(row, Row{});
        m_errors.insert(row, QString());
    }
    endInsertRows();
    revalidate();
    return true;
}

bool EnvironmentModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_rows.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_rows.remove(row, count);
    m_errors.remove(row, count);
    endRemoveRows();
    revalidate();
    return true;
}

void EnvironmentModel::setVariables(const QMap<QString, QString> &vars)
{
    beginResetModel();
    m_rows.clear();
    for (auto it = vars.cbegin(); it != vars.cend(); ++it)
        m_rows.append(Row{it.key(), it.value()});
    m_errors = QList<QString>(m_rows.size());
    endResetModel();
    revalidate();
}

QMap<QString, QString> EnvironmentModel::variables() const
{
    QMap<QString, QString> vars;
    for (const Row &row : m_rows) {
        if (!row.isBlank())
            vars.insert(row.key, row.value);
    }
    return vars;
}

int EnvironmentModel::addVariable(const QString &key, const QString &value)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row{key, value});
    m_errors.append(QString());
    endInsertRows();
    revalidate();
    return row;
}

void EnvironmentModel::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    m_editable = editable;
    // Flags changed for every cell; views re-ask on dataChanged.
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString EnvironmentModel::rowError(int row) const
{
    return m_errors.value(row);
}

int EnvironmentModel::byteSize() const
{
    int total = 0;
    for (const Row &row : m_rows)
        total += int(row.key.toUtf8().size() + row.value.toUtf8().size());
    return total;
}

QString EnvironmentModel::budgetError() const
{
    const int size = byteSize();
    if (size <= validation::kMaxEnvironmentBytes)
        return {};
    return tr("Environment variables take %1 bytes; the total of keys and values must not exceed 4 KB (4096 bytes)")
        .arg(size);
}

QStringList EnvironmentModel::errors() const
{
    // Rows with the same problem (a duplicated key) are reported once.
    QStringList messages;
    QList<QStringList> rows;
    for (int row = 0; row < m_errors.size(); ++row) {
        const QString &e = m_errors.at(row);
        if (e.isEmpty())
            continue;
        const qsizetype at = messages.indexOf(e);
        if (at >= 0) {
            rows[at] << QString::number(row + 1);
        } else {
            messages << e;
            rows << QStringList{QString::number(row + 1)};
        }
    }
    QStringList out;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        out << (rows.at(i).size() == 1 ? tr("Row %1: %2").arg(rows.at(i).first(), messages.at(i))
                                       : tr("Rows %1: %2").arg(rows.at(i).join(QStringLiteral(", ")), messages.at(i)));
    }
    if (const QString budget = budgetError(); !budget.isEmpty())
        out << budget;
    return out;
}

void EnvironmentModel::revalidate()
{
    QHash<QString, QList<int>> rowsOfKey;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!m_rows.at(row).key.isEmpty())
            rowsOfKey[m_rows.at(row).key].append(row);
    }
    QList<QString> errors(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &r = m_rows.at(row);
        if (r.isBlank())
            continue; // a row just added; it is dropped if left blank
        if (r.key.isEmpty()) {
            errors[row] = tr("Environment variable key is empty; every value needs a key that starts with a letter "
                             "and contains only letters, digits and underscores");
        } else if (const auto e = validation::environmentKey(r.key)) {
            errors[row] = e->message;
        } else if (rowsOfKey.value(r.key).size() > 1) {
            errors[row] = tr("Environment variable key '%1' is used more than once; keys must be unique").arg(r.key);
        }
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        if (errors.at(row) != m_errors.at(row)) {
            m_errors[row] = errors.at(row);
            Q_EMIT dataChanged(index(row, KeyColumn), index(row, ValueColumn));
        }
    }
    m_errors = errors;
    Q_EMIT contentsChanged();
}

} // namespace lambdesk
