#include "codepage.h"

#include "backendhost.h"
#include "codetreemodel.h"
#include "common/invocationcontroller.h"
#include "editor/codeeditor.h"
#include "editor/filewatcher.h"
#include "editor/linemarker.h"
#include "editordocument.h"
#include "editortabs.h"
#include "filetreepanel.h"
#include "model/jsoncheck.h"
#include "model/runtimeinfo.h"
#include "noticebar.h"
#include "results/resultpanel.h"
#include "store/codefiles.h"
#include "store/workspace.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace lambdesk {

namespace {

struct TreeScan
{
    codefiles::Listing listing;
    QString handler;
};

struct DiskSync
{
    bool changed = false; // the code hash moved: something outside Lambdesk edited the code
};

QString languageName(CodeEditor::Language language)
{
    switch (language) {
    case CodeEditor::Language::Python: return QStringLiteral("Python");
    case CodeEditor::Language::JavaScript: return QStringLiteral("JavaScript");
    case CodeEditor::Language::Json: return QStringLiteral("JSON");
    case CodeEditor::Language::Shell: return QStringLiteral("Shell");
    case CodeEditor::Language::Plain: break;
    }
    return QObject::tr("Plain text");
}

QString html(const QString &s)
{
    return s.toHtmlEscaped();
}

constexpr int kMaxWatchedFolders = 500;

} // namespace

CodePage::CodePage(const ConsoleContext &context, QWidget *parent) : FunctionPage(context, parent)
{
    m_treeModel = new CodeTreeModel(this);
    m_files = new FileTreePanel(m_treeModel, this);
    m_tabs = new EditorTabs(this);
    m_notice = new NoticeBar(this);
    m_watcher = new FileWatcher(this);
    m_ops = new FileOperations(m_ctx.host, m_treeModel, this);
    m_results = new ResultPanel(this);

    // Toolbar: what the Lambda console puts above its code source.
    auto *title = new QLabel(tr("<b>Code source</b>"), this);
    m_changes = new QLabel(this);
    m_changes->setTextFormat(Qt::RichText);
    auto *findButton = new QToolButton(this);
    findButton->setIcon(QIcon(QStringLiteral(":/icons/find.svg")));
    findButton->setText(tr("Find"));
    findButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    findButton->setToolTip(tr("Find (Ctrl+F) · Replace (Ctrl+H) · Next (F3) · Go to line (Ctrl+G)"));
    findButton->setAutoRaise(true);
    auto *goToButton = new QToolButton(this);
    goToButton->setText(tr("Go to line"));
    goToButton->setToolTip(tr("Go to line (Ctrl+G)"));
    goToButton->setAutoRaise(true);
    m_deploy = new QPushButton(QIcon(QStringLiteral(":/icons/save.svg")), tr("Deploy"), this);
    m_deploy->setToolTip(tr("Save every changed file and deploy it to $LATEST (Ctrl+Shift+S; Ctrl+S saves the current file)"));
    auto *testButton = new QPushButton(QIcon(QStringLiteral(":/icons/invoke.svg")), tr("Test"), this);
    testButton->setToolTip(tr("Invoke $LATEST with the event chosen in the Test tab (Ctrl+Enter)"));
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 0, 0, 0);
    bar->addWidget(title);
    bar->addSpacing(12);
    bar->addWidget(m_changes);
    bar->addStretch(1);
    bar->addWidget(findButton);
    bar->addWidget(goToButton);
    bar->addSpacing(8);
    bar->addWidget(m_deploy);
    bar->addWidget(testButton);

    // Under the editor: where the caret is, and what $LATEST is.
    m_position = new QLabel(this);
    m_info = new QLabel(this);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *status = new QHBoxLayout;
    status->setContentsMargins(4, 0, 4, 0);
    status->addWidget(m_position);
    status->addStretch(1);
    status->addWidget(m_info);

    auto *editorPane = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(2);
    editorLayout->addWidget(m_tabs, 1);
    editorLayout->addLayout(status);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_files);
    split->addWidget(editorPane);
    split->setStretchFactor(1, 4);
    split->setSizes({200, 760});
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(4);
    topLayout->addLayout(bar);
    topLayout->addWidget(m_notice);
    topLayout->addWidget(split, 1);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(top);
    vertical->addWidget(m_results);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(vertical);

    buildShortcuts();

    connect(findButton, &QToolButton::clicked, m_tabs, &EditorTabs::openFind);
    connect(goToButton, &QToolButton::clicked, m_tabs, &EditorTabs::openGoToLine);
    connect(m_deploy, &QPushButton::clicked, this, &CodePage::saveAll);
    connect(testButton, &QPushButton::clicked, this, [this] {
        if (m_shown.isEmpty())
            return;
        if (const QStringList changed = m_tabs->modifiedPaths(); !changed.isEmpty()) {
            m_notice->showMessage(NoticeBar::Level::Warning,
                                  tr("Testing the deployed code: your changes to <b>%1</b> are not deployed yet. "
                                     "Deploy first (Ctrl+S) to test them.").arg(html(changed.join(QStringLiteral(", ")))),
                                  {{tr("Deploy"), [this] { saveAll(); }, QStringLiteral("deploy")}});
        }
        m_ctx.invocations->invokeCurrent(m_shown);
    });

    connect(m_files, &FileTreePanel::openRequested, this, qOverload<const QString &>(&CodePage::openFile));
    connect(m_files, &FileTreePanel::newFileRequested, m_ops, &FileOperations::askNewFile);
    connect(m_files, &FileTreePanel::newFolderRequested, m_ops, &FileOperations::askNewFolder);
    connect(m_files, &FileTreePanel::renameRequested, m_ops, &FileOperations::askRename);
    connect(m_files, &FileTreePanel::deleteRequested, this, [this](const QString &path) {
        QStringList warnings;
        if (!m_handler.isEmpty() && (m_handler == path || m_handler.startsWith(path + u'/')))
            warnings.append(tr("<b>%1 is the handler's file</b>: invocations fail until it exists again.").arg(html(m_handler)));
        for (const QString &open : m_tabs->modifiedPaths()) {
            if (open == path || open.startsWith(path + u'/'))
                warnings.append(tr("%1 has changes that are not deployed; they are lost too.").arg(html(open)));
        }
        m_ops->askDelete(path, warnings.join(QStringLiteral("<br>")));
    });
    connect(m_ops, &FileOperations::finished, this, &CodePage::onOperationFinished);

    connect(m_tabs, &EditorTabs::modifiedChanged, this, &CodePage::updateChangesHint);
    connect(m_tabs, &EditorTabs::saveRequested, this, [this](const QString &path, bool closeAfter) {
        if (EditorDocument *doc = m_tabs->document(path))
            saveDocument(doc, closeAfter);
    });
    connect(m_tabs, &EditorTabs::closed, this, [this](const QString &path) {
        m_watcher->unwatchFile(codeDir() + u'/' + path);
    });
    connect(m_tabs, &EditorTabs::currentChanged, this, [this](const QString &path) {
        if (!path.isEmpty())
            m_files->select(path);
        else
            m_position->clear();
    });
    connect(m_tabs, &EditorTabs::cursorMoved, this, [this](int line, int column) {
        const EditorDocument *doc = m_tabs->current();
        if (!doc)
            return;
        m_position->setText(tr("Ln %1, Col %2 · %3 · Spaces: %4")
                                .arg(line).arg(column).arg(languageName(doc->editor()->language()))
                                .arg(doc->editor()->tabWidth()));
    });

    connect(m_watcher, &FileWatcher::fileChanged, this, &CodePage::onFileChangedOnDisk);
    connect(m_watcher, &FileWatcher::foldersChanged, this, [this] {
        refreshTree();
        syncCodeFromDisk();
    });

    Backend *backend = m_ctx.host->backend();
    connect(backend, &Backend::environmentsRetired, this, [this](const QString &function, const QString &) {
        // Attributed to our save or file operation when one is under way (the signal comes first).
        if (function == m_shown && (m_saving > 0 || m_ops->running() > 0))
            m_retired = true;
    });
    connect(backend, &Backend::functionDeleted, this, [this](const QString &name) { m_sessions.remove(name); });

    connect(m_ctx.invocations, &InvocationController::invocationStarted, this, [this](const QString &fn) {
        if (fn != m_shown)
            return;
        clearMarkers();
        m_results->showRunning(fn);
    });
    connect(m_ctx.invocations, &InvocationController::invocationFinished, this,
            [this](const QString &fn, const InvocationResult &r) {
                if (fn == m_shown)
                    m_results->showResult(r);
            });
    connect(m_ctx.invocations, &InvocationController::invocationFailed, this, [this](const QString &fn, const QString &m) {
        if (fn == m_shown)
            m_results->showFailure(m);
    });
    // The results panel's stack-trace links (ResultPanel::sourceLinkActivated) arrive with
    // another part of the console; connect by name so this builds with and without it.
    if (m_results->metaObject()->indexOfSignal("sourceLinkActivated(QString,int)") >= 0)
        connect(m_results, SIGNAL(sourceLinkActivated(QString,int)), this, SLOT(showSourceLocation(QString,int)));

    updateChangesHint();
}

void CodePage::buildShortcuts()
{
    // WidgetWithChildrenShortcut: active while focus is anywhere in this page, so the Test
    // tab's own keys are not taken. Ctrl+S is MainWindow's (it calls save()).
    const auto add = [this](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    add(tr("Find"), {QKeySequence::Find}, [this] { m_tabs->openFind(); });
    add(tr("Replace"), {QKeySequence(Qt::CTRL | Qt::Key_H)}, [this] { m_tabs->openReplace(); });
    add(tr("Find next"), {QKeySequence(Qt::Key_F3)}, [this] { m_tabs->findNext(); });
    add(tr("Find previous"), {QKeySequence(Qt::SHIFT | Qt::Key_F3)}, [this] { m_tabs->findPrevious(); });
    add(tr("Go to line"), {QKeySequence(Qt::CTRL | Qt::Key_G), QKeySequence(Qt::CTRL | Qt::Key_L)},
        [this] { m_tabs->openGoToLine(); });
    add(tr("Close tab"), {QKeySequence(Qt::CTRL | Qt::Key_W)}, [this] {
        if (!currentFile().isEmpty())
            m_tabs->requestClose(currentFile());
    });
    add(tr("Save all and deploy"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}, [this] { saveAll(); });
}

QString CodePage::codeDir() const
{
    return Workspace::codeDirOf(m_ctx.host->workspaceRoot(), m_shown);
}

QString CodePage::currentFile() const
{
    const EditorDocument *doc = m_tabs->current();
    return doc ? doc->path() : QString();
}

CodeEditor *CodePage::editor() const
{
    const EditorDocument *doc = m_tabs->current();
    return doc ? doc->editor() : nullptr;
}

EditorDocument *CodePage::document(const QString &relativePath) const
{
    return m_tabs->document(relativePath);
}

QString CodePage::changesHint() const
{
    return m_changes->text();
}

void CodePage::functionChanged(bool otherFunction)
{
    if (!otherFunction) {
        // Saved, or configured elsewhere: the handler may have moved, the hash has.
        updateInfo();
        refreshTree();
        return;
    }
    keepSession();
    m_tabs->closeAll();
    m_watcher->clear();
    m_treeModel->clear();
    m_notice->dismiss();
    m_pending.clear();
    ++m_generation;
    m_saving = 0;
    m_retired = false;
    m_treeLoaded = false;
    m_handler.clear();
    m_selectAfterRefresh.clear();
    m_shown = m_function.name;
    m_ops->setFunction(m_shown);
    updateInfo();
    updateChangesHint();
    if (m_shown.isEmpty()) {
        m_results->clear();
        return;
    }
    refreshTree();
    if (const auto last = m_ctx.invocations->lastResult(m_shown))
        m_results->showResult(*last);
    else
        m_results->clear();
}

void CodePage::refreshTree()
{
    if (m_shown.isEmpty())
        return;
    const QString root = codeDir();
    const QString runtime = m_function.runtime, handler = m_function.handler;
    const quint64 generation = m_generation;
    m_ctx.host->call(this, [root, runtime, handler](Backend &) {
        return TreeScan{codefiles::list(root), handlerFile(runtime, handler, root)};
    }, [this, root, generation](TreeScan scan) {
        if (generation != m_generation)
            return;
        m_treeModel->setListing(scan.listing);
        m_handler = scan.handler;
        m_treeModel->setHandlerFile(scan.handler);
        QStringList folders{root};
        for (const QString &f : m_treeModel->folders().mid(0, kMaxWatchedFolders))
            folders.append(root + u'/' + f);
        m_watcher->setFolders(folders);
        if (const QString select = std::exchange(m_selectAfterRefresh, QString()); !select.isEmpty())
            m_files->select(select);
        if (!std::exchange(m_treeLoaded, true)) {
            if (m_sessions.contains(m_shown))
                restoreSession();
            else if (!m_handler.isEmpty() && m_treeModel->contains(m_handler))
                openFile(m_handler);
        }
        Q_EMIT treeRefreshed();
    });
}

void CodePage::openFile(const QString &relativePath)
{
    openFile(relativePath, PendingOpen{});
}

void CodePage::openFile(const QString &relativePath, const PendingOpen &how)
{
    if (m_shown.isEmpty() || relativePath.isEmpty())
        return;
    if (m_tabs->document(relativePath)) {
        m_pending.insert(relativePath, how);
        onOpened(relativePath, {});
        return;
    }
    const bool requested = m_pending.contains(relativePath);
    PendingOpen &pending = m_pending[relativePath];
    const std::optional<QString> kept = pending.text;
    pending = how;
    if (!pending.text)
        pending.text = kept;
    if (requested)
        return; // one read is on its way already; it will use the latest wishes
    const QString root = codeDir();
    const quint64 generation = m_generation;
    m_ctx.host->call(this, [root, relativePath](Backend &) { return codefiles::read(root, relativePath); },
                     [this, relativePath, generation](Result<QByteArray> r) {
                         if (generation != m_generation || !m_pending.contains(relativePath))
                             return;
                         if (!r) {
                             const PendingOpen how = m_pending.take(relativePath);
                             if (how.text && r.error().kind == Error::Kind::NotFound) {
                                 // Kept changes of a file deleted meanwhile: show them, say so.
                                 m_pending.insert(relativePath, how);
                                 onOpened(relativePath, {});
                                 if (EditorDocument *doc = m_tabs->document(relativePath))
                                     doc->diskChanged(std::nullopt);
                                 return;
                             }
                             m_notice->showMessage(NoticeBar::Level::Error, tr("Cannot open %1: %2")
                                                                               .arg(html(relativePath), html(r.error().message)));
                             return;
                         }
                         onOpened(relativePath, r.value());
                     });
}

void CodePage::onOpened(const QString &path, const QByteArray &content)
{
    const PendingOpen how = m_pending.take(path);
    const bool existed = m_tabs->document(path) != nullptr;
    EditorDocument *doc = m_tabs->open(path, content, how.makeCurrent);
    if (!existed) {
        m_watcher->watchFile(codeDir() + u'/' + path);
        if (how.text)
            doc->editor()->setText(*how.text);
    }
    if (how.line > 0) {
        clearMarkers(); // one error location at a time: the newest
        doc->editor()->goToLine(how.line);
        doc->marker()->mark(how.line, how.note);
        doc->editor()->setFocus();
        Q_EMIT sourceLocationShown(path, doc->marker()->markedLine());
    }
    Q_EMIT fileOpened(path);
}

void CodePage::showSourceLocation(const QString &path, int line)
{
    if (m_shown.isEmpty())
        return;
    QString relative;
    if (QDir::isAbsolutePath(path)) {
        if (!codefiles::isInside(codeDir(), path, &relative)) {
            m_notice->showMessage(NoticeBar::Level::Info,
                                  tr("%1 is not part of this function's code (it belongs to the runtime or a library), "
                                     "so it does not open here.").arg(html(path)));
            return;
        }
    } else if (auto e = codefiles::checkPath(path, tr("Path"))) {
        m_notice->showMessage(NoticeBar::Level::Info, html(e->message));
        return;
    } else {
        relative = codefiles::normalized(path);
    }
    PendingOpen how;
    how.line = std::max(1, line);
    how.note = errorNote();
    openFile(relative, how);
}

QString CodePage::errorNote() const
{
    const auto last = m_ctx.invocations->lastResult(m_shown);
    if (!last || !last->isError())
        return {};
    const QJsonObject error = QJsonDocument::fromJson(last->payload).object();
    const QString type = error.value(QStringLiteral("errorType")).toString(last->errorType);
    const QString message = error.value(QStringLiteral("errorMessage")).toString();
    return message.isEmpty() ? type : type + QStringLiteral(": ") + message;
}

void CodePage::clearMarkers()
{
    for (EditorDocument *doc : m_tabs->documents())
        doc->marker()->clear();
}

void CodePage::save()
{
    EditorDocument *doc = m_tabs->current();
    if (!doc)
        return;
    if (!doc->isModified()) {
        m_notice->showMessage(NoticeBar::Level::Info,
                              tr("%1 has no changes to deploy: $LATEST already runs it.").arg(html(doc->path())));
        return;
    }
    saveDocument(doc);
}

void CodePage::saveAll()
{
    bool any = false;
    for (EditorDocument *doc : m_tabs->documents()) {
        if (doc->isModified()) {
            saveDocument(doc);
            any = true;
        }
    }
    if (!any && !m_shown.isEmpty())
        m_notice->showMessage(NoticeBar::Level::Info, tr("No changes to deploy: $LATEST already runs what the editor shows."));
}

void CodePage::saveDocument(EditorDocument *doc, bool closeAfter)
{
    const QString name = m_shown, path = doc->path();
    const QByteArray content = doc->content();
    const quint64 generation = m_generation;
    if (m_saving++ == 0 && m_ops->running() == 0)
        m_retired = false;
    m_ctx.host->call(this, [name, path, content](Backend &b) { return b.saveCodeFile(name, path, content); },
                     [this, name, path, content, closeAfter, generation](Result<FunctionConfig> r) {
        if (generation != m_generation) {
            // Another function is shown by now; what was kept for this one is deployed.
            auto it = m_sessions.find(name);
            if (r && it != m_sessions.end() && it->modified.value(path).toUtf8() == content)
                it->modified.remove(path);
            return;
        }
        --m_saving;
        if (!r) {
            m_notice->showMessage(NoticeBar::Level::Error, tr("<b>Could not save %1:</b> %2 Your text is still in the editor.")
                                                               .arg(html(path), html(r.error().message)));
            Q_EMIT saved(path, false);
            return;
        }
        EditorDocument *doc = m_tabs->document(path);
        if (doc)
            doc->markSaved(content);
        auto level = NoticeBar::Level::Success;
        QString text = tr("<b>Deployed %1</b> to $LATEST.").arg(html(path)) + retiredSuffix();
        if (doc && doc->editor()->language() == CodeEditor::Language::Json) {
            if (const auto e = json::check(content)) {
                level = NoticeBar::Level::Warning;
                text += tr("<br>Note: %1 is not valid JSON: %2").arg(html(path), html(e->message));
                doc->marker()->mark(e->line, e->message);
            }
        }
        m_notice->showMessage(level, text);
        if (closeAfter && doc && !doc->isModified())
            m_tabs->close(path);
        Q_EMIT saved(path, true);
    });
}

QString CodePage::retiredSuffix()
{
    if (m_saving > 0 || m_ops->running() > 0 || !std::exchange(m_retired, false))
        return tr(" The next invocation runs the new code.");
    return tr(" Its warm environments were retired: the next invocation starts cold (it reports an Init Duration).");
}

void CodePage::onOperationFinished(FileOperations::Kind kind, const QString &path, const QString &newPath, bool ok,
                                   const QString &error)
{
    if (!ok) {
        m_notice->showMessage(NoticeBar::Level::Error, html(error));
        return;
    }
    const bool wasHandler = !m_handler.isEmpty() && (m_handler == path || m_handler.startsWith(path + u'/'));
    QString text;
    auto level = NoticeBar::Level::Success;
    switch (kind) {
    case FileOperations::Kind::CreateFile:
        text = tr("<b>Created %1</b> and deployed it to $LATEST.").arg(html(newPath)) + retiredSuffix();
        openFile(newPath);
        break;
    case FileOperations::Kind::CreateFolder:
        text = tr("<b>Created the folder %1.</b> Files you add to it are deployed with the rest.").arg(html(newPath));
        break;
    case FileOperations::Kind::Rename:
        m_tabs->renamed(path, newPath);
        for (EditorDocument *doc : m_tabs->documents())
            m_watcher->watchFile(codeDir() + u'/' + doc->path());
        for (const QString &watched : m_watcher->files()) {
            if (!m_tabs->document(QDir(codeDir()).relativeFilePath(watched)))
                m_watcher->unwatchFile(watched);
        }
        text = tr("<b>Renamed %1 to %2</b> and deployed to $LATEST.").arg(html(path), html(newPath)) + retiredSuffix();
        if (wasHandler) {
            level = NoticeBar::Level::Warning;
            text += tr("<br>The handler setting (<code>%1</code>) still names the old file: change it in Configuration, "
                       "or invocations fail with Runtime.ImportModuleError.").arg(html(m_function.handler));
        }
        break;
    case FileOperations::Kind::Delete:
        m_tabs->removed(path);
        text = tr("<b>Deleted %1</b> and deployed to $LATEST.").arg(html(path)) + retiredSuffix();
        if (wasHandler) {
            level = NoticeBar::Level::Warning;
            text += tr("<br>That was the handler's file: invocations fail (Runtime.ImportModuleError) until it exists again.");
        }
        break;
    }
    m_notice->showMessage(level, text);
    refreshTree();
    // Show where it went once the tree has it.
    if (kind != FileOperations::Kind::Delete)
        m_selectAfterRefresh = newPath;
}

void CodePage::onFileChangedOnDisk(const QString &absolutePath)
{
    const QString root = codeDir();
    const QString relative = QDir(root).relativeFilePath(absolutePath);
    const quint64 generation = m_generation;
    if (m_tabs->document(relative)) {
        m_ctx.host->call(this, [root, relative](Backend &) { return codefiles::read(root, relative); },
                         [this, relative, generation](Result<QByteArray> r) {
                             if (generation != m_generation)
                                 return;
                             EditorDocument *doc = m_tabs->document(relative);
                             if (!doc)
                                 return;
                             if (r)
                                 doc->diskChanged(r.value());
                             else if (r.error().kind == Error::Kind::NotFound)
                                 doc->diskChanged(std::nullopt);
                             Q_EMIT diskChangeHandled(relative);
                         });
    }
    syncCodeFromDisk();
}

// Another program changed the code: $LATEST is the working copy, so it already runs the new
// code; tell the backend so the hash, LastModified and warm environments follow.
void CodePage::syncCodeFromDisk()
{
    if (m_shown.isEmpty())
        return;
    const QString name = m_shown;
    const quint64 generation = m_generation;
    ++m_saving;
    m_ctx.host->call(this, [name](Backend &b) {
        const auto before = b.getFunction(name);
        const auto after = b.codeChanged(name);
        return DiskSync{before && after && before->codeSha256 != after->codeSha256};
    }, [this, generation](DiskSync sync) {
        if (generation != m_generation)
            return;
        --m_saving;
        if (sync.changed) {
            m_notice->showMessage(NoticeBar::Level::Info,
                                  tr("The code changed on disk (another program). $LATEST runs it now.") + retiredSuffix());
        } else if (m_saving == 0 && m_ops->running() == 0) {
            m_retired = false;
        }
    });
}

void CodePage::keepSession()
{
    if (m_shown.isEmpty())
        return;
    Session session;
    session.paths = m_tabs->paths();
    session.current = currentFile();
    for (EditorDocument *doc : m_tabs->documents()) {
        if (doc->isModified())
            session.modified.insert(doc->path(), doc->editor()->text());
    }
    // Files still being read keep their place too (and their kept text).
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (!session.paths.contains(it.key()))
            session.paths.append(it.key());
        if (it->text)
            session.modified.insert(it.key(), *it->text);
    }
    if (session.paths.isEmpty())
        m_sessions.remove(m_shown);
    else
        m_sessions.insert(m_shown, session);
}

void CodePage::restoreSession()
{
    const Session session = m_sessions.take(m_shown);
    for (const QString &path : session.paths) {
        PendingOpen how;
        how.makeCurrent = path == session.current || (session.current.isEmpty() && path == session.paths.first());
        if (session.modified.contains(path))
            how.text = session.modified.value(path);
        openFile(path, how);
    }
    if (!session.modified.isEmpty()) {
        m_notice->showMessage(NoticeBar::Level::Info,
                              tr("Your changes to <b>%1</b> are still here, not deployed yet.")
                                  .arg(html(session.modified.keys().join(QStringLiteral(", ")))));
    }
}

bool CodePage::hasUnsavedChanges() const
{
    if (!m_tabs->modifiedPaths().isEmpty())
        return true;
    for (const PendingOpen &p : m_pending) {
        if (p.text)
            return true;
    }
    for (const Session &s : m_sessions) {
        if (!s.modified.isEmpty())
            return true;
    }
    return false;
}

bool CodePage::maybeSaveChanges()
{
    const QStringList changed = m_tabs->modifiedPaths();
    if (changed.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Changes not deployed"),
                    tr("%1 has changes that are not deployed:<br><b>%2</b>")
                        .arg(html(m_shown), html(changed.join(QStringLiteral(", ")))),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Save deploys them to $LATEST. Discard goes back to the deployed code."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        saveAll();
        return true;
    case QMessageBox::Discard:
        for (EditorDocument *doc : m_tabs->documents())
            doc->revert();
        return true;
    default:
        return false;
    }
}

void CodePage::updateChangesHint()
{
    const QStringList changed = m_tabs->modifiedPaths();
    m_treeModel->setModifiedFiles(QSet<QString>(changed.begin(), changed.end()));
    if (changed.isEmpty()) {
        m_changes->clear();
        m_changes->setToolTip(QString());
        return;
    }
    m_changes->setText(QStringLiteral("<span style='color:#b75b00'>● %1</span>").arg(tr("Changes not deployed")));
    m_changes->setToolTip(tr("Not deployed yet: %1\nCtrl+S deploys the current file, Deploy (Ctrl+Shift+S) all of them.")
                              .arg(changed.join(QStringLiteral(", "))));
}

void CodePage::updateInfo()
{
    if (m_function.name.isEmpty()) {
        m_info->clear();
        return;
    }
    const QString sha = m_function.codeSha256;
    m_info->setText(tr("$LATEST · %1 · code %2 · SHA-256 %3…")
                        .arg(m_function.runtime, QLocale().formattedDataSize(m_function.codeSize), sha.left(10)));
    m_info->setToolTip(tr("CodeSha256 %1\nLast modified %2\nHandler %3")
                           .arg(sha, m_function.lastModified, m_function.handler));
}

} // namespace lambdesk
