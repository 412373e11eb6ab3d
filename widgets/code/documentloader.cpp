#include "documentloader.h"

#include "backendhost.h"
#include "editor/codeeditor.h"
#include "editor/filewatcher.h"
#include "editor/linemarker.h"
#include "editordocument.h"
#include "editortabs.h"
#include "store/codefiles.h"

#include <QDir>

namespace lambdesk {

DocumentLoader::DocumentLoader(BackendHost *host, EditorTabs *tabs, QObject *parent)
    : QObject(parent), m_host(host), m_tabs(tabs), m_watcher(new FileWatcher(this)), m_calls(new CallGuard(this))
{
    connect(m_watcher, &FileWatcher::fileChanged, this, &DocumentLoader::onFileChanged);
    connect(m_watcher, &FileWatcher::foldersChanged, this, [this] { Q_EMIT codeTouched(true); });
    connect(m_tabs, &EditorTabs::closed, this,
            [this](const QString &path) { m_watcher->unwatchFile(m_codeDir + u'/' + path); });
}

void DocumentLoader::setFunction(const QString &name, const QString &codeDir)
{
    keep();
    m_forgetShown = false;
    m_tabs->closeAll();
    m_watcher->clear();
    m_pending.clear();
    m_calls->invalidate();
    m_function = name;
    m_codeDir = codeDir;
}

void DocumentLoader::open(const QString &path, const Request &how)
{
    if (m_function.isEmpty() || path.isEmpty())
        return;
    if (m_tabs->document(path)) {
        m_pending.insert(path, how);
        onRead(path, {});
        return;
    }
    const bool requested = m_pending.contains(path);
    Request &pending = m_pending[path];
    const std::optional<QString> kept = pending.text;
    pending = how;
    if (!pending.text)
        pending.text = kept;
    if (requested)
        return; // one read is on its way already; it will use the latest wishes
    const QString root = m_codeDir;
    m_host->call(
        m_calls, [root, path](Backend &) { return codefiles::read(root, path); },
        [this, path](Result<QByteArray> r) {
            if (!m_pending.contains(path))
                return;
            if (r) {
                onRead(path, r.value());
                return;
            }
            if (m_pending.value(path).text && r.error().kind == Error::Kind::NotFound) {
                // Kept changes of a file deleted meanwhile: show them, and say so.
                onRead(path, {});
                if (EditorDocument *doc = m_tabs->document(path))
                    doc->diskChanged(std::nullopt);
                return;
            }
            m_pending.remove(path);
            Q_EMIT openFailed(path, r.error().message);
        });
}

void DocumentLoader::onRead(const QString &path, const QByteArray &content)
{
    const Request how = m_pending.take(path);
    const bool existed = m_tabs->document(path) != nullptr;
    EditorDocument *doc = m_tabs->open(path, content, how.makeCurrent);
    if (!existed) {
        m_watcher->watchFile(m_codeDir + u'/' + path);
        if (how.text)
            doc->editor()->setText(*how.text);
    }
    if (how.line > 0) {
        // One error location at a time: the newest.
        for (EditorDocument *other : m_tabs->documents())
            other->marker()->clear();
        doc->editor()->goToLine(how.line);
        doc->marker()->mark(how.line, how.note);
        Q_EMIT sourceShown(path, doc->marker()->markedLine());
    }
    if (how.focus || how.line > 0)
        doc->editor()->setFocus();
    Q_EMIT opened(path);
}

void DocumentLoader::onFileChanged(const QString &absolutePath)
{
    const QString root = m_codeDir;
    const QString path = QDir(root).relativeFilePath(absolutePath);
    if (m_tabs->document(path)) {
        m_host->call(
            m_calls, [root, path](Backend &) { return codefiles::read(root, path); },
            [this, path](Result<QByteArray> r) {
                EditorDocument *doc = m_tabs->document(path);
                if (!doc)
                    return;
                if (r)
                    doc->diskChanged(r.value());
                else if (r.error().kind == Error::Kind::NotFound)
                    doc->diskChanged(std::nullopt);
                Q_EMIT diskChangeHandled(path);
            });
    }
    Q_EMIT codeTouched(false);
}

void DocumentLoader::rewatch()
{
    for (EditorDocument *doc : m_tabs->documents())
        m_watcher->watchFile(m_codeDir + u'/' + doc->path());
    for (const QString &watched : m_watcher->files()) {
        if (!m_tabs->document(QDir(m_codeDir).relativeFilePath(watched)))
            m_watcher->unwatchFile(watched);
    }
}

void DocumentLoader::keep()
{
    if (m_function.isEmpty() || std::exchange(m_forgetShown, false))
        return;
    Session session;
    session.paths = m_tabs->paths();
    if (const EditorDocument *doc = m_tabs->current())
        session.current = doc->path();
    for (EditorDocument *doc : m_tabs->documents()) {
        if (doc->isModified())
            session.modified.insert(doc->path(), doc->editor()->text());
    }
    // Files still being read keep their place too, with their kept text.
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (!session.paths.contains(it.key()))
            session.paths.append(it.key());
        if (it->text)
            session.modified.insert(it.key(), *it->text);
    }
    if (session.paths.isEmpty())
        m_sessions.remove(m_function);
    else
        m_sessions.insert(m_function, session);
}

bool DocumentLoader::restore(QStringList *keptChanges)
{
    if (!m_sessions.contains(m_function))
        return false;
    const Session session = m_sessions.take(m_function);
    for (const QString &path : session.paths) {
        Request how;
        how.makeCurrent = path == session.current || (session.current.isEmpty() && path == session.paths.first());
        if (session.modified.contains(path))
            how.text = session.modified.value(path);
        open(path, how);
    }
    if (keptChanges)
        *keptChanges = session.modified.keys();
    return true;
}

bool DocumentLoader::hasKeptChanges() const
{
    for (const Request &r : m_pending) {
        if (r.text)
            return true;
    }
    for (const Session &s : m_sessions) {
        if (!s.modified.isEmpty())
            return true;
    }
    return false;
}

void DocumentLoader::forget(const QString &function)
{
    m_sessions.remove(function);
    // Deleted while shown: when the next function comes, there is nothing to keep of it.
    if (function == m_function)
        m_forgetShown = true;
}

void DocumentLoader::savedElsewhere(const QString &function, const QString &path, const QByteArray &content)
{
    auto it = m_sessions.find(function);
    if (it != m_sessions.end() && it->modified.contains(path) && it->modified.value(path).toUtf8() == content)
        it->modified.remove(path);
}

} // namespace lambdesk
