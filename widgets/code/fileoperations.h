#pragma once

#include <QObject>
#include <QPointer>

#include <optional>

class QWidget;

namespace lambdesk {

class BackendHost;
class CallGuard;
class CodeTreeModel;

// The file tree's operations on a function's code: new file, new folder, rename, delete.
// Each is one Backend action (it changes the code, re-hashes it, updates LastModified and
// retires warm environments) and reports back with finished(), which says how many
// environments were retired. The ask* variants first ask the user, with dialogs that never block.
class FileOperations : public QObject
{
    Q_OBJECT
public:
    enum class Kind { CreateFile, CreateFolder, Rename, Delete };
    Q_ENUM(Kind)

    FileOperations(BackendHost *host, const CodeTreeModel *tree, QWidget *dialogParent);

    // The function operated on; results for an earlier one are dropped.
    void setFunction(const QString &name);
    int running() const { return m_running; }

    void createFile(const QString &path);
    void createFolder(const QString &path);
    void rename(const QString &from, const QString &to);
    void remove(const QString &path);

    void askNewFile(const QString &folder);
    void askNewFolder(const QString &folder);
    void askRename(const QString &path);
    // `warning` is added to the question (the handler file, unsaved changes).
    void askDelete(const QString &path, const QString &warning = {});

    // What is wrong with a typed path before anything is sent: the rules of
    // codefiles::checkPath plus what the tree knows (taken names, files on the way).
    std::optional<QString> problemWith(const QString &path, const QString &field, const QString &renaming = {}) const;

Q_SIGNALS:
    void started(lambdesk::FileOperations::Kind kind);
    // path: what was acted on; newPath: where it went (rename), else equal to path.
    void finished(lambdesk::FileOperations::Kind kind, const QString &path, const QString &newPath, bool ok,
                  const QString &error, int environmentsRetired);

private:
    template<typename Op>
    void run(Kind kind, const QString &path, Op op);

    BackendHost *m_host;
    const CodeTreeModel *m_tree;
    QPointer<QWidget> m_dialogParent;
    QString m_function;
    CallGuard *m_calls; // invalidated when another function is shown: drops stale answers
    int m_running = 0;
};

} // namespace lambdesk
