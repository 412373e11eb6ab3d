#pragma once

#include <QObject>

namespace lambdesk {

class BackendHost;
class FileOperations;

// Deploys the shown function's code to $LATEST: saves a file's text through the backend
// (Backend::saveCodeFile), or tells the backend that another program changed the code
// (Backend::codeChanged). Both re-hash the code and retire warm environments; this knows
// whether that happened, so the page can say "the next invocation starts cold".
class CodeDeployer : public QObject
{
    Q_OBJECT
public:
    CodeDeployer(BackendHost *host, const FileOperations *operations, QObject *parent = nullptr);

    void setFunction(const QString &name);
    void save(const QString &path, const QByteArray &content, bool closeAfter = false);
    void syncFromDisk();
    bool busy() const;
    // The sentence that ends a deploy message, once the last deploy under way has finished:
    // whether warm environments were retired by it.
    QString outcome();
    bool retiredPending() const;

Q_SIGNALS:
    // function: the one the save was for (maybe no longer the shown one).
    void saveFinished(const QString &function, const QString &path, const QByteArray &content, bool ok,
                      const QString &error, bool closeAfter);
    // changed: the code on disk differed from what $LATEST was known to be.
    void syncedFromDisk(bool changed);

private:
    quint64 begin();
    BackendHost *m_host;
    const FileOperations *m_operations;
    QString m_function;
    quint64 m_generation = 0;
    int m_running = 0;
    bool m_retired = false; // warm environments were retired by what is under way
};

} // namespace lambdesk
