#include "codepage.h"

#include "backendhost.h"
#include "codedeployer.h"
#include "codetreemodel.h"
#include "common/inkicon.h"
#include "common/invocationcontroller.h"
#include "debug/debugbutton.h"
#include "debug/debugcontroller.h"
#include "documentloader.h"
#include "editor/codeeditor.h"
#include "editor/filewatcher.h"
#include "editor/linemarker.h"
#include "editordocument.h"
#include "editortabs.h"
#include "filetreepanel.h"
#include "learn/lesson.h"
#include "model/jsoncheck.h"
#include "model/runtimeinfo.h"
#include "noticebar.h"
#include "results/resultfeed.h"
#include "results/resultpanel.h"
#include "store/codefiles.h"

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
#include <QUrl>
#include <QVBoxLayout>

namespace lambdesk {

namespace {

struct TreeScan
{
    codefiles::Listing listing;
    QString handler;
};

QString html(const QString &s)
{
    return s.toHtmlEscaped();
}

constexpr int kMaxWatchedFolders = 500;

} // namespace

CodePage::CodePage(const ConsoleContext &context, QWidget *parent) : FunctionPage(context, parent)
{
    // A lesson's "Show me" points at this page's tab (learn::highlightTargets).
    setProperty(learn::kTargetProperty, QStringLiteral("tab.code"));
    m_treeModel = new CodeTreeModel(this);
    m_files = new FileTreePanel(m_treeModel, this);
    m_tabs = new EditorTabs(this);
    m_tabs->setProperty(learn::kTargetProperty, QStringLiteral("code.editor"));
    m_notice = new NoticeBar(this);
    m_loader = new DocumentLoader(m_ctx.host, m_tabs, this);
    m_ops = new FileOperations(m_ctx.host, m_treeModel, this);
    m_deployer = new CodeDeployer(m_ctx.host, m_ops, this);
    m_calls = new CallGuard(this);
    m_results = new ResultPanel(this);
    m_feed = new ResultFeed(m_results, m_ctx.invocations, m_ctx.settings, this);

    // Toolbar: what the Lambda console puts above its code source.
    auto *title = new QLabel(tr("<b>Code source</b>"), this);
    m_changes = new QLabel(this);
    m_changes->setTextFormat(Qt::RichText);
    auto *findButton = new QToolButton(this);
    findButton->setIcon(inkIcon(QStringLiteral(":/icons/find.svg")));
    findButton->setText(tr("Find"));
    findButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    findButton->setToolTip(tr("Find (Ctrl+F) · Replace (Ctrl+H) · Next (F3) · Go to line (Ctrl+G)"));
    findButton->setAutoRaise(true);
    auto *goToButton = new QToolButton(this);
    goToButton->setText(tr("Go to line"));
    goToButton->setToolTip(tr("Go to line (Ctrl+G)"));
    goToButton->setAutoRaise(true);
    auto *deploy = new QPushButton(QIcon(QStringLiteral(":/icons/save.svg")), tr("Deploy"), this);
    deploy->setProperty(learn::kTargetProperty, QStringLiteral("code.deploy"));
    deploy->setToolTip(
        tr("Save every changed file and deploy it to $LATEST (Ctrl+Shift+S; Ctrl+S saves the current file)"));
    auto *testButton = new QPushButton(QIcon(QStringLiteral(":/icons/invoke.svg")), tr("Test"), this);
    testButton->setToolTip(tr("Invoke $LATEST with the event chosen in the Test tab (Ctrl+Enter)"));
    testButton->setProperty(learn::kTargetProperty, QStringLiteral("test.invoke")); // as the Test tab's, where shown
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 0, 0, 0);
    bar->addWidget(title);
    bar->addSpacing(4); // narrow: the toolbar fits a 1024 px window with Debug in it
    bar->addWidget(m_changes);
    bar->addStretch(1);
    bar->addWidget(findButton);
    bar->addWidget(goToButton);
    bar->addSpacing(4);
    bar->addWidget(deploy);
    bar->addWidget(testButton);
    if (m_ctx.debugger) {
        // No options arrow here: the toolbar must fit a 1024 px window (the Debug menu has them).
        QToolButton *debugButton = makeDebugButton(m_ctx.debugger, this, false);
        bar->addWidget(debugButton);
        connect(debugButton, &QToolButton::clicked, this, [this] {
            if (m_shown.isEmpty())
                return;
            if (const QStringList changed = m_tabs->modifiedPaths(); !changed.isEmpty())
                m_notice->showMessage(NoticeBar::Level::Warning,
                                      tr("Debugging the deployed code: your changes to <b>%1</b> are not deployed yet, "
                                         "so lines may not match. Deploy first (Ctrl+S).")
                                          .arg(html(changed.join(QStringLiteral(", ")))),
                                      {{tr("Deploy"), [this] { saveAll(); }, QStringLiteral("deploy")}});
            m_ctx.debugger->debug(m_shown, m_function.runtime, m_ctx.invocations->currentPayload(m_shown));
        });
    }

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_files);
    split->addWidget(m_tabs);
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
    // The editor is what this tab is for: it takes the growth; results keep a useful strip.
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 0);
    vertical->setSizes({560, 150});
    m_vertical = vertical;
    buildDebugger(vertical);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(vertical);

    buildShortcuts();

    connect(findButton, &QToolButton::clicked, m_tabs, &EditorTabs::openFind);
    connect(goToButton, &QToolButton::clicked, m_tabs, &EditorTabs::openGoToLine);
    connect(deploy, &QPushButton::clicked, this, &CodePage::saveAll);
    connect(testButton, &QPushButton::clicked, this, [this] {
        if (m_shown.isEmpty())
            return;
        if (const QStringList changed = m_tabs->modifiedPaths(); !changed.isEmpty()) {
            m_notice->showMessage(NoticeBar::Level::Warning,
                                  tr("Testing the deployed code: your changes to <b>%1</b> are not deployed yet. "
                                     "Deploy first (Ctrl+S) to test them.")
                                      .arg(html(changed.join(QStringLiteral(", ")))),
                                  {{tr("Deploy"), [this] { saveAll(); }, QStringLiteral("deploy")}});
        }
        m_ctx.invocations->invokeCurrent(m_shown);
    });

    connect(m_files, &FileTreePanel::openRequested, this, [this](const QString &path) {
        DocumentLoader::Request how;
        how.focus = true;
        m_loader->open(path, how);
    });
    connect(m_files, &FileTreePanel::newFileRequested, m_ops, &FileOperations::askNewFile);
    connect(m_files, &FileTreePanel::newFolderRequested, m_ops, &FileOperations::askNewFolder);
    connect(m_files, &FileTreePanel::renameRequested, m_ops, &FileOperations::askRename);
    connect(m_files, &FileTreePanel::deleteRequested, this, [this](const QString &path) {
        QStringList warnings;
        if (!m_handler.isEmpty() && (m_handler == path || m_handler.startsWith(path + u'/')))
            warnings.append(
                tr("<b>%1 is the handler's file</b>: invocations fail until it exists again.").arg(html(m_handler)));
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
            m_deployer->save(path, doc->content(), closeAfter);
    });
    connect(m_tabs, &EditorTabs::currentChanged, this, [this](const QString &path) {
        if (!path.isEmpty())
            m_files->select(path);
    });

    connect(m_loader, &DocumentLoader::opened, this, &CodePage::wireDocument);
    connect(m_loader, &DocumentLoader::opened, this, &CodePage::fileOpened);
    connect(m_loader, &DocumentLoader::sourceShown, this, &CodePage::sourceLocationShown);
    connect(m_loader, &DocumentLoader::diskChangeHandled, this, &CodePage::diskChangeHandled);
    connect(m_loader, &DocumentLoader::openFailed, this, [this](const QString &path, const QString &message) {
        m_notice->showMessage(NoticeBar::Level::Error, tr("Cannot open %1: %2").arg(html(path), html(message)));
    });
    connect(m_loader, &DocumentLoader::codeTouched, this, [this](bool folders) {
        if (folders)
            refreshTree();
        m_deployer->syncFromDisk();
    });

    Backend *backend = m_ctx.host->backend();
    connect(m_deployer, &CodeDeployer::saveFinished, this, &CodePage::onSaveFinished);
    connect(m_deployer, &CodeDeployer::syncedFromDisk, this, [this](bool changed) {
        if (!changed)
            return;
        bool offered = false;
        for (const EditorDocument *doc : m_tabs->documents())
            offered = offered || doc->hasReloadOffer() || doc->notice()->isVisibleTo(doc);
        const bool retired = m_deployer->retiredPending();
        const QString outcome = m_deployer->outcome();
        // An open file's own strip already says it changed; repeat only news about environments.
        if (!offered || retired)
            m_notice->showMessage(NoticeBar::Level::Info,
                                  tr("The code changed on disk (another program). $LATEST runs it now.") + outcome);
    });
    connect(backend, &Backend::functionDeleted, m_loader, &DocumentLoader::forget);

    connect(m_feed, &ResultFeed::runningShown, this, [this] {
        clearMarkers();
        // Old news once the next test runs; warnings and errors stay until dismissed.
        if (m_notice->level() == NoticeBar::Level::Success || m_notice->level() == NoticeBar::Level::Info)
            m_notice->dismiss();
    });
    connect(m_results, &ResultPanel::sourceLinkActivated, this, &CodePage::showSourceLocation);

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
    return m_ctx.host->codeDir(m_shown);
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
    m_loader->setFunction(m_function.name, m_ctx.host->codeDir(m_function.name));
    m_treeModel->clear();
    m_notice->dismiss();
    m_calls->invalidate();
    m_treeLoaded = false;
    m_handler.clear();
    m_selectAfterRefresh.clear();
    m_shown = m_function.name;
    m_ops->setFunction(m_shown);
    m_deployer->setFunction(m_shown);
    updateInfo();
    updateChangesHint();
    m_feed->setFunction(m_shown, codeDir());
    applyBreakpoints(); // the new function's, once read
    if (!m_shown.isEmpty())
        refreshTree();
}

void CodePage::refreshTree()
{
    if (m_shown.isEmpty())
        return;
    const QString root = codeDir();
    const QString runtime = m_function.runtime, handler = m_function.handler;
    m_ctx.host->call(
        m_calls,
        [root, runtime, handler](Backend &) {
            return TreeScan{codefiles::list(root), handlerFile(runtime, handler, root)};
        },
        [this, root](TreeScan scan) {
            m_treeModel->setListing(scan.listing);
            m_handler = scan.handler;
            m_treeModel->setHandlerFile(scan.handler);
            QStringList folders{root};
            for (const QString &f : m_treeModel->folders().mid(0, kMaxWatchedFolders))
                folders.append(root + u'/' + f);
            m_loader->watcher()->setFolders(folders);
            if (const QString select = std::exchange(m_selectAfterRefresh, QString()); !select.isEmpty())
                m_files->select(select);
            if (!std::exchange(m_treeLoaded, true)) {
                QStringList kept;
                if (m_loader->restore(&kept)) {
                    if (!kept.isEmpty()) {
                        m_notice->showMessage(NoticeBar::Level::Info,
                                              tr("Your changes to <b>%1</b> are still here, not deployed yet.")
                                                  .arg(html(kept.join(QStringLiteral(", ")))));
                    }
                } else if (!m_handler.isEmpty() && m_treeModel->contains(m_handler)) {
                    m_loader->open(m_handler);
                }
            }
            Q_EMIT treeRefreshed();
        });
}

void CodePage::openFile(const QString &relativePath)
{
    m_loader->open(relativePath);
}

void CodePage::showSourceLocation(const QString &path, int line)
{
    if (m_shown.isEmpty())
        return;
    QString relative;
    // Node prints ES module frames as file:// URLs.
    const QString local = path.startsWith(QLatin1String("file://")) ? QUrl(path).toLocalFile() : path;
    if (QDir::isAbsolutePath(local)) {
        if (!codefiles::isInside(codeDir(), local, &relative)) {
            m_notice->showMessage(NoticeBar::Level::Info,
                                  tr("%1 is not part of this function's code (it belongs to the runtime or a library), "
                                     "so it does not open here.")
                                      .arg(html(path)));
            return;
        }
    } else if (auto e = codefiles::checkPath(local, tr("Path"))) {
        m_notice->showMessage(NoticeBar::Level::Info, html(e->message));
        return;
    } else {
        relative = codefiles::normalized(local);
    }
    DocumentLoader::Request how;
    how.line = std::max(1, line);
    how.note = errorNote();
    m_loader->open(relative, how);
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
    m_deployer->save(doc->path(), doc->content());
}

void CodePage::saveAll()
{
    bool any = false;
    for (EditorDocument *doc : m_tabs->documents()) {
        if (doc->isModified()) {
            m_deployer->save(doc->path(), doc->content());
            any = true;
        }
    }
    if (!any && !m_shown.isEmpty())
        m_notice->showMessage(NoticeBar::Level::Info,
                              tr("No changes to deploy: $LATEST already runs what the editor shows."));
}

void CodePage::onSaveFinished(const QString &function, const QString &path, const QByteArray &content, bool ok,
                              const QString &error, bool closeAfter)
{
    if (function != m_shown) {
        // Another function is shown by now; what was kept for that one is deployed.
        if (ok)
            m_loader->savedElsewhere(function, path, content);
        return;
    }
    if (!ok) {
        m_notice->showMessage(
            NoticeBar::Level::Error,
            tr("<b>Could not save %1:</b> %2 Your text is still in the editor.").arg(html(path), html(error)));
        Q_EMIT saved(path, false);
        return;
    }
    EditorDocument *doc = m_tabs->document(path);
    if (doc)
        doc->markSaved(content);
    auto level = NoticeBar::Level::Success;
    QString text = tr("<b>Deployed %1</b> to $LATEST.").arg(html(path)) + m_deployer->outcome();
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
        text = tr("<b>Created %1</b> and deployed it to $LATEST.").arg(html(newPath)) + m_deployer->outcome();
        m_loader->open(newPath, DocumentLoader::Request{0, {}, true, true, std::nullopt});
        break;
    case FileOperations::Kind::CreateFolder:
        text = tr("<b>Created the folder %1.</b> Files you add to it are deployed with the rest.").arg(html(newPath));
        break;
    case FileOperations::Kind::Rename:
        m_tabs->renamed(path, newPath);
        m_loader->rewatch();
        text = tr("<b>Renamed %1 to %2</b> and deployed to $LATEST.").arg(html(path), html(newPath))
            + m_deployer->outcome();
        if (wasHandler) {
            level = NoticeBar::Level::Warning;
            text +=
                tr("<br>The handler setting (<code>%1</code>) still names the old file: change it in Configuration, "
                   "or invocations fail with Runtime.ImportModuleError.")
                    .arg(html(m_function.handler));
        }
        break;
    case FileOperations::Kind::Delete:
        m_tabs->removed(path);
        text = tr("<b>Deleted %1</b> and deployed to $LATEST.").arg(html(path)) + m_deployer->outcome();
        if (wasHandler) {
            level = NoticeBar::Level::Warning;
            text += tr(
                "<br>That was the handler's file: invocations fail (Runtime.ImportModuleError) until it exists again.");
        }
        break;
    }
    m_notice->showMessage(level, text);
    refreshTree();
    // Show where it went once the tree has it.
    if (kind != FileOperations::Kind::Delete)
        m_selectAfterRefresh = newPath;
}

bool CodePage::hasUnsavedChanges() const
{
    return !m_tabs->modifiedPaths().isEmpty() || m_loader->hasKeptChanges();
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
    case QMessageBox::Save: saveAll(); return true;
    case QMessageBox::Discard:
        for (EditorDocument *doc : m_tabs->documents())
            doc->revert();
        return true;
    default: return false;
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
    m_changes->setToolTip(
        tr("Not deployed yet: %1\nCtrl+S deploys the current file, Deploy (Ctrl+Shift+S) all of them.")
            .arg(changed.join(QStringLiteral(", "))));
}

void CodePage::updateInfo()
{
    if (m_function.name.isEmpty()) {
        m_tabs->setInfo(QString(), QString());
        return;
    }
    const QString sha = m_function.codeSha256;
    m_tabs->setInfo(
        tr("$LATEST · %1 · code %2 · SHA-256 %3…")
            .arg(m_function.runtime, QLocale().formattedDataSize(m_function.codeSize), sha.left(10)),
        tr("CodeSha256 %1\nLast modified %2\nHandler %3").arg(sha, m_function.lastModified, m_function.handler));
}

} // namespace lambdesk
