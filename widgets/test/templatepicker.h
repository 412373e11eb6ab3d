#pragma once

#include <QPushButton>

class QFrame;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace lambdesk {

// "Template - optional": a button that opens the event templates grouped by service, with a
// search field (title, service or id) on top; Enter or a click picks one.
class TemplatePicker : public QPushButton
{
    Q_OBJECT
public:
    enum Roles { IdRole = Qt::UserRole + 1, SearchRole };

    explicit TemplatePicker(QWidget *parent = nullptr);

    void showPopup();
    // Shows and filters the list as if typed into the search field.
    void setSearchText(const QString &text);
    // Picks a template by id (as a click would); false if there is none.
    bool choose(const QString &id);
    // The id of the last template picked (shown on the button); empty: none.
    QString currentId() const { return m_current; }
    void reset();

    QStandardItemModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QFrame *popup() const { return m_popup; }

Q_SIGNALS:
    void templateChosen(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void pick(const QModelIndex &proxyIndex);
    void selectFirstMatch();

    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QFrame *m_popup;
    QLineEdit *m_search;
    QTreeView *m_tree;
    QString m_current;
};

} // namespace lambdesk
