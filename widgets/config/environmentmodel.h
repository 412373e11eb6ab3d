#pragma once

#include <QAbstractTableModel>
#include <QMap>

namespace lambdesk {

// A function's environment variables as an editable key/value table, validated row by row
// as the user types: the key rule, Lambda's reserved keys, duplicates, and the 4 KB budget.
// Rows keep their order and may be invalid; only a valid table can become a configuration.
class EnvironmentModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, ColumnCount };
    enum Roles { ErrorRole = Qt::UserRole + 1 }; // the row's problem, empty when fine

    explicit EnvironmentModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    void setVariables(const QMap<QString, QString> &vars);
    // The rows that hold something (blank rows are dropped), as a configuration takes them.
    QMap<QString, QString> variables() const;
    // Appends a row and returns its number.
    int addVariable(const QString &key = {}, const QString &value = {});
    QString key(int row) const { return m_rows.at(row).key; }
    QString value(int row) const { return m_rows.at(row).value; }

    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    // The row's problem naming the rule (empty when fine); blank rows are fine.
    QString rowError(int row) const;
    // UTF-8 bytes of every key and value, as AWS counts the 4 KB budget.
    int byteSize() const;
    QString budgetError() const; // empty while within 4 KB
    // Every problem, one line each ("Row 2: ...").
    QStringList errors() const;
    bool isValid() const { return errors().isEmpty(); }

Q_SIGNALS:
    // Rows, keys or values changed (validation and the budget may have changed with them).
    void contentsChanged();

private:
    struct Row
    {
        QString key;
        QString value;
        bool isBlank() const { return key.isEmpty() && value.isEmpty(); }
    };
    void revalidate();

    QList<Row> m_rows;
    QList<QString> m_errors; // per row, recomputed on every change (a few dozen rows at most)
    bool m_editable = false;
};

} // namespace lambdesk
