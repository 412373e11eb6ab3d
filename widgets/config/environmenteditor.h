#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace lambdesk {

class EnvironmentModel;

// The environment-variables section: the table, Add/Remove while editing, the 4 KB gauge
// and the problems of the rows, live.
class EnvironmentEditor : public QWidget
{
    Q_OBJECT
public:
    explicit EnvironmentEditor(QWidget *parent = nullptr);

    EnvironmentModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QProgressBar *gauge() const { return m_gauge; }
    QLabel *errorLabel() const { return m_errors; }

    void setEditing(bool editing);
    // Adds a row and starts editing its key.
    void addVariable();
    void removeSelected();

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    EnvironmentModel *m_model;
    QTableView *m_table;
    QLabel *m_empty;
    QPushButton *m_add;
    QPushButton *m_remove;
    QProgressBar *m_gauge;
    QLabel *m_sizeLabel;
    QLabel *m_errors = nullptr; // made last: a palette change before it finds nothing to restyle
    bool m_editing = false;
};

} // namespace lambdesk
