#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace lambdesk {

class LogModel;

// The live log stream of every function: filter by function or text, follow the tail.
class LogView : public QWidget
{
    Q_OBJECT
public:
    explicit LogView(LogModel *model, QWidget *parent = nullptr);

    // Limits the view to one function when "Selected function" is chosen.
    void setSelectedFunction(const QString &name);
    int visibleRows() const;

private:
    void applyFilter();

    LogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QComboBox *m_scope;
    QLineEdit *m_filter;
    QCheckBox *m_follow;
    QString m_selected;
};

} // namespace lambdesk
