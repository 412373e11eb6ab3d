#include "codepage.h"

#include "backendhost.h"
#include "common/invocationcontroller.h"
#include "editor/codeeditor.h"
#include "model/runtimeinfo.h"
#include "results/resultpanel.h"
#include "store/workspace.h"

#include <QFile>
#include <QFileSystemModel>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace lambdesk {

CodePage::CodePage(const ConsoleContext &context, QWidget *parent) : FunctionPage(context, parent)
{
    m_files = new QFileSystemModel(this);
    m_files->setReadOnly(true);
    m_tree = new QTreeView(this);
    m_tree->setModel(m_files);
    m_tree->setHeaderHidden(true);
    for (int c = 1; c < m_files->columnCount(); ++c)
        m_tree->hideColumn(c);
    m_fileLabel = new QLabel(this);
    m_editor = new CodeEditor(this);
    m_results = new ResultPanel(this);

    auto *saveButton = new QPushButton(QIcon(QStringLiteral(":/icons/save.svg")), tr("Save && deploy"), this);
    saveButton->setToolTip(tr("Save the file and deploy it to $LATEST (Ctrl+S)"));
    auto *testButton = new QPushButton(QIcon(QStringLiteral(":/icons/invoke.svg")), tr("Test"), this);
    testButton->setToolTip(tr("Invoke with the test event chosen in the Test tab (Ctrl+Enter)"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_fileLabel, 1);
    bar->addWidget(saveButton);
    bar->addWidget(testButton);

    auto *editorPane = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(bar);
    editorLayout->addWidget(m_editor, 1);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_tree);
    top->addWidget(editorPane);
    top->setStretchFactor(1, 4);
    top->setSizes({180, 700});
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(top);
    vertical->addWidget(m_results);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(vertical);

    connect(saveButton, &QPushButton::clicked, this, &CodePage::save);
    connect(testButton, &QPushButton::clicked, this, [this] {
        if (!m_function.name.isEmpty())
            m_ctx.invocations->invokeCurrent(m_function.name);
    });
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (!m_files->isDir(index))
            openFile(QDir(codeDir()).relativeFilePath(m_files->filePath(index)));
    });
    connect(m_editor, &QsciScintilla::modificationChanged, this, [this](bool dirty) {
        m_fileLabel->setText((dirty ? QStringLiteral("● ") : QString()) + m_file);
    });
    connect(m_ctx.invocations, &InvocationController::invocationStarted, this, [this](const QString &fn) {
        if (fn == m_function.name)
            m_results->showRunning(fn);
    });
    connect(m_ctx.invocations, &InvocationController::invocationFinished, this,
            [this](const QString &fn, const InvocationResult &r) {
                if (fn == m_function.name)
                    m_results->showResult(r);
            });
    connect(m_ctx.invocations, &InvocationController::invocationFailed, this, [this](const QString &fn, const QString &m) {
        if (fn == m_function.name)
            m_results->showFailure(m);
    });
}

QString CodePage::codeDir() const
{
    return Workspace::codeDirOf(m_ctx.host->workspaceRoot(), m_function.name);
}

void CodePage::functionChanged(bool otherFunction)
{
    if (!otherFunction)
        return;
    if (m_function.name.isEmpty()) {
        m_editor->clear();
        m_results->clear();
        return;
    }
    const QString dir = codeDir();
    m_tree->setRootIndex(m_files->setRootPath(dir));
    openFile(handlerFile(m_function.runtime, m_function.handler, dir));
    if (const auto last = m_ctx.invocations->lastResult(m_function.name))
        m_results->showResult(*last);
    else
        m_results->clear();
}

void CodePage::openFile(const QString &relativePath)
{
    m_file = relativePath;
    QFile f(codeDir() + u'/' + relativePath);
    m_editor->setLanguage(CodeEditor::languageForFile(relativePath));
    m_editor->setText(f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString());
    m_editor->setModified(false);
    m_fileLabel->setText(relativePath);
}

bool CodePage::hasUnsavedChanges() const
{
    return m_editor->isModified();
}

void CodePage::save()
{
    if (m_function.name.isEmpty() || m_file.isEmpty())
        return;
    const QString name = m_function.name, file = m_file;
    const QByteArray content = m_editor->text().toUtf8();
    m_ctx.host->call(this, [name, file, content](Backend &b) { return b.saveCodeFile(name, file, content); },
                     [this, file](Result<FunctionConfig> r) {
                         if (!r) {
                             Q_EMIT statusMessage(tr("Could not save %1: %2").arg(file, r.error().message));
                             return;
                         }
                         if (file == m_file)
                             m_editor->setModified(false);
                         Q_EMIT statusMessage(tr("Saved %1 and deployed to $LATEST").arg(file));
                     });
}

} // namespace lambdesk
