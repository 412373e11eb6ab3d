#pragma once

#include <QWidget>

class QLabel;
class QTreeView;

namespace lambdesk {

class CodeTreeModel;

// The left side of the Code tab: "Files", buttons for a new file or folder, the tree, and a
// context menu (open, new file, new folder, rename, delete, copy path). It asks; CodePage
// does the work (on the backend thread).
class FileTreePanel : public QWidget
{
    Q_OBJECT
public:
    explicit FileTreePanel(CodeTreeModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    // The selected entry's path (empty: none), and the folder new entries go into.
    QString selectedPath() const;
    QString targetFolder() const;
    void select(const QString &path);

Q_SIGNALS:
    void openRequested(const QString &path);
    void newFileRequested(const QString &folder);
    void newFolderRequested(const QString &folder);
    void renameRequested(const QString &path);
    void deleteRequested(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showMenu(const QPoint &pos);
    void updateTruncated();

    CodeTreeModel *m_model;
    QTreeView *m_view;
    QLabel *m_truncated;
};

} // namespace lambdesk
