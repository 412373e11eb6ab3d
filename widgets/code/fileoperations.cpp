#include "fileoperations.h"

#include "backendhost.h"
#include "codetreemodel.h"
#include "pathdialog.h"
#include "store/codefiles.h"

#include <QMessageBox>
#include <QPushButton>

namespace lambdesk {

FileOperations::FileOperations(BackendHost *host, const CodeTreeModel *tree, QWidget *dialogParent)
    : QObject(dialogParent), m_host(host), m_tree(tree), m_dialogParent(dialogParent), m_calls(new CallGuard(this))
{}

void FileOperations::setFunction(const QString &name)
{
    if (name == m_function)
        return;
    m_function = name;
    m_calls->invalidate();
    m_running = 0;
}

template<typename Op>
void FileOperations::run(Kind kind, const QString &path, Op op)
{
    if (m_function.isEmpty())
        return;
    ++m_running;
    Q_EMIT started(kind);
    // One Backend action each: it changes the code, re-hashes it and retires stale environments.
    m_host->call(
        m_calls, [name = m_function, op](Backend &b) { return op(b, name); },
        [this, kind, path](Result<FunctionUpdate> r) {
            --m_running;
            if (r)
                Q_EMIT finished(kind, path, r->path, true, QString(), r->environmentsRetired);
            else
                Q_EMIT finished(kind, path, path, false, r.error().message, 0);
        });
}

void FileOperations::createFile(const QString &path)
{
    run(Kind::CreateFile, path, [path](Backend &b, const QString &name) { return b.createCodeFile(name, path); });
}

void FileOperations::createFolder(const QString &path)
{
    run(Kind::CreateFolder, path, [path](Backend &b, const QString &name) { return b.createCodeFolder(name, path); });
}

void FileOperations::rename(const QString &from, const QString &to)
{
    run(Kind::Rename, from, [from, to](Backend &b, const QString &name) { return b.renameCodePath(name, from, to); });
}

void FileOperations::remove(const QString &path)
{
    run(Kind::Delete, path, [path](Backend &b, const QString &name) { return b.removeCodePath(name, path); });
}

std::optional<QString> FileOperations::problemWith(const QString &path, const QString &field,
                                                   const QString &renaming) const
{
    if (auto e = codefiles::checkPath(path, field))
        return e->message;
    const QString clean = codefiles::normalized(path);
    if (!renaming.isEmpty() && clean == renaming)
        return tr("%1 is the current name; type a different one").arg(field);
    if (!renaming.isEmpty() && m_tree->isFolder(m_tree->indexOf(renaming)) && clean.startsWith(renaming + u'/'))
        return tr("%1 lies inside %2: a folder cannot move into itself").arg(clean, renaming);
    if (const QModelIndex existing = m_tree->indexOf(clean); existing.isValid()) {
        return m_tree->isFolder(existing) ? tr("%1: a folder named %2 already exists").arg(field, clean)
                                          : tr("%1: a file named %2 already exists").arg(field, clean);
    }
    const QStringList parts = clean.split(u'/');
    QString walk;
    for (int i = 0; i + 1 < parts.size(); ++i) {
        walk += (walk.isEmpty() ? QString() : QStringLiteral("/")) + parts[i];
        const QModelIndex index = m_tree->indexOf(walk);
        if (index.isValid() && !m_tree->isFolder(index))
            return tr("%1: %2 is a file, so it cannot contain other files").arg(field, walk);
    }
    return std::nullopt;
}

void FileOperations::askNewFile(const QString &folder)
{
    const QString initial = folder.isEmpty() ? QString() : folder + u'/';
    auto *dialog = new PathDialog(
        tr("New file"), tr("Name of the new file:"), initial,
        [this](const QString &p) { return problemWith(p, tr("File name")); }, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { createFile(dialog->path()); });
    dialog->open();
}

void FileOperations::askNewFolder(const QString &folder)
{
    const QString initial = folder.isEmpty() ? QString() : folder + u'/';
    auto *dialog = new PathDialog(
        tr("New folder"), tr("Name of the new folder:"), initial,
        [this](const QString &p) { return problemWith(p, tr("Folder name")); }, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { createFolder(dialog->path()); });
    dialog->open();
}

void FileOperations::askRename(const QString &path)
{
    auto *dialog = new PathDialog(
        tr("Rename"), tr("New name (or path) for <b>%1</b>:").arg(path.toHtmlEscaped()), path,
        [this, path](const QString &p) { return problemWith(p, tr("New name"), path); }, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, path] { rename(path, dialog->path()); });
    dialog->open();
}

void FileOperations::askDelete(const QString &path, const QString &warning)
{
    const bool folder = m_tree->isFolder(m_tree->indexOf(path));
    auto *box = new QMessageBox(QMessageBox::Warning, folder ? tr("Delete folder") : tr("Delete file"),
                                folder
                                    ? tr("Delete the folder <b>%1</b> and everything in it?").arg(path.toHtmlEscaped())
                                    : tr("Delete <b>%1</b>?").arg(path.toHtmlEscaped()),
                                QMessageBox::Cancel, m_dialogParent);
    box->setInformativeText(warning + (warning.isEmpty() ? QString() : QStringLiteral("<br><br>"))
                            + tr("This deploys to $LATEST at once and cannot be undone."));
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, path] {
        if (box->clickedButton() == remove)
            this->remove(path);
    });
    box->open();
}

} // namespace lambdesk
