#pragma once

#include "model/error.h"
#include "model/functionconfig.h"
#include "store/packages.h"

#include <QStringList>

#include <memory>

namespace lambdesk {

class WorkspaceLock;

// The workspace on disk: one folder per function (configuration, code, private test events),
// shared test events, the database. Storage only; rules live in validation.h and Backend.
// Reading a function.json checks it against validation.h's rules, as the API checks a
// request: one that is unreadable or breaks a rule is read as a broken entry
// (FunctionConfig::brokenReason), never dropped and never taken as valid.
//
//   <root>/functions/<name>/function.json   configuration (AWS field names)
//   <root>/functions/<name>/code/           the code of $LATEST
//   <root>/functions/<name>/code.new|.old|.swap  only while its code is swapped (codeswap.h)
//   <root>/functions/<name>/events/*.json   private test events
//   <root>/functions/<name>/packages/       deployment packages by CodeSha256 (packages.h)
//   <root>/shared-events/*.json             test events every function can use
//   <root>/lambdesk.db                      logs, invocations (SQLite)
//   <root>/.staging/                        half-made trees, renamed into place when complete
class Workspace
{
public:
    explicit Workspace(QString root);
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // $LAMBDESK_WORKSPACE, else $XDG_DATA_HOME/lambdesk (~/.local/share/lambdesk).
    static QString defaultRoot();

    // Creates the folders and takes the workspace lock; a second process gets a clear refusal.
    Status open();
    bool wasCreated() const { return m_created; }
    QString root() const { return m_root; }

    // Paths for a workspace at `root` (usable from any thread without the object).
    static QString codeDirOf(const QString &root, const QString &name)
    {
        return root + QStringLiteral("/functions/") + name + QStringLiteral("/code");
    }
    static QString configFileOf(const QString &root, const QString &name)
    {
        return root + QStringLiteral("/functions/") + name + QStringLiteral("/function.json");
    }

    QString functionDir(const QString &name) const;
    QString codeDir(const QString &name) const;
    QString configFile(const QString &name) const;    // <functionDir>/function.json
    QString eventsDir(const QString &function) const; // empty function: the shared events
    QString databasePath() const;
    QString stateDir() const; // runtime files, per-environment scratch space

    QStringList functionNames() const;
    bool exists(const QString &name) const;
    // NotFound without a function.json; otherwise the configuration, broken or not.
    Result<FunctionConfig> readFunction(const QString &name) const;
    // Refuses a broken configuration: only valid ones are written.
    Status writeConfig(const FunctionConfig &config);

    // A new empty folder on the workspace's file system, for building a tree to install.
    Result<QString> makeStagingDir() const;
    // Moves a staged code tree into place for a new function and writes its configuration.
    // With a package (packages.h), that is stored in the folder too.
    Status installFunction(const FunctionConfig &config, const QString &stagedCode,
                           const packages::Package &package = {});
    // Swaps a staged code tree in for the function's code and writes `config` (its new
    // CodeSha256, CodeSize, LastModified) so that a kill at any instant leaves the old code or
    // the new one with the description that fits it (codeswap.h; open() finishes or undoes an
    // interrupted swap). The replaced tree is left at *oldTree for the caller to delete (off
    // its thread if it likes); without oldTree it is deleted here.
    // The package (config.codeSha256), if any, is stored first.
    Status replaceCode(const FunctionConfig &config, const QString &stagedCode, const packages::Package &package = {},
                       QString *oldTree = nullptr);
    // Deletes the staging folder (under .staging) that holds `path`, with whatever is left in it.
    void discardStaging(const QString &path) const;
    Status deleteFunction(const QString &name);

    // One file of a function's code, written atomically. `relative` may name sub-folders.
    Status writeCodeFile(const QString &name, const QString &relative, const QByteArray &content);

    // Test events: private to a function, or shared when `function` is empty.
    QStringList eventNames(const QString &function) const;
    Result<QByteArray> readEvent(const QString &function, const QString &event) const;
    Status writeEvent(const QString &function, const QString &event, const QByteArray &json);
    Status deleteEvent(const QString &function, const QString &event);

    // Atomic whole-file write (QSaveFile), creating parent folders.
    static Status writeFileAtomically(const QString &path, const QByteArray &content);

private:
    QString m_root;
    std::unique_ptr<WorkspaceLock> m_lock;
    bool m_created = false;
};

} // namespace lambdesk
