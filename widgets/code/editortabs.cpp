#include "editortabs.h"

#include "common/elidedlabel.h"
#include "editor/codeeditor.h"
#include "editor/findreplacebar.h"
#include "editor/gotolinebar.h"
#include "editordocument.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace lambdesk {

namespace {
QString languageName(CodeEditor::Language language)
{
    switch (language) {
    case CodeEditor::Language::Python: return QStringLiteral("Python");
    case CodeEditor::Language::JavaScript: return QStringLiteral("JavaScript");
    case CodeEditor::Language::Json: return QStringLiteral("JSON");
    case CodeEditor::Language::Shell: return QStringLiteral("Shell");
    case CodeEditor::Language::Plain: break;
    }
    return EditorTabs::tr("Plain text");
}

bool under(const QString &path, const QString &prefix)
{
    return path == prefix || path.startsWith(prefix + u'/');
}
} // namespace

EditorTabs::EditorTabs(QWidget *parent) : QWidget(parent)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setElideMode(Qt::ElideMiddle);
    m_empty = new QLabel(tr("<p style='font-size:large'>No file open</p>"
                            "<p>Double-click a file on the left to open it,<br>or create one with the "
                            "<b>New file</b> button above the tree.</p>"),
                         this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextFormat(Qt::RichText);
    m_empty->setEnabled(false);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tabs);
    m_find = new FindReplaceBar(this);
    m_goTo = new GoToLineBar(this);
    // The status line: where the caret is, in what language, and what $LATEST is.
    // Both end in "…" when the editor is narrow (a projector) instead of widening the window.
    m_position = new ElidedLabel(this);
    m_info = new ElidedLabel(this);
    auto *status = new QHBoxLayout;
    status->setContentsMargins(4, 2, 4, 0);
    status->setSpacing(12);
    status->addWidget(m_position);
    status->addStretch(1);
    status->addWidget(m_info);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_find);
    layout->addWidget(m_goTo);
    layout->addLayout(status);

    connect(m_tabs, &QTabWidget::currentChanged, this, &EditorTabs::onCurrentChanged);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto *doc = qobject_cast<EditorDocument *>(m_tabs->widget(index)))
            requestClose(doc->path());
    });
}

EditorDocument *EditorTabs::open(const QString &path, const QByteArray &content, bool makeCurrent)
{
    EditorDocument *doc = document(path);
    if (!doc) {
        doc = new EditorDocument(path, content, m_tabs);
        const int index = m_tabs->addTab(doc, QFileInfo(path).fileName());
        updateTitles();
        connect(doc, &EditorDocument::modifiedChanged, this, [this, doc] {
            updateTitle(doc);
            Q_EMIT modifiedChanged();
        });
        connect(doc, &EditorDocument::closeRequested, this, [this, doc] { close(doc->path()); });
        connect(doc->editor(), &QsciScintilla::cursorPositionChanged, this, [this, doc](int line, int index) {
            if (doc == current())
                showPosition(line + 1, index + 1);
        });
        m_stack->setCurrentWidget(m_tabs);
        if (!makeCurrent && m_tabs->count() > 1)
            return doc;
        m_tabs->setCurrentIndex(index);
    }
    if (makeCurrent)
        m_tabs->setCurrentWidget(doc);
    return doc;
}

int EditorTabs::indexOf(const QString &path) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (static_cast<EditorDocument *>(m_tabs->widget(i))->path() == path)
            return i;
    }
    return -1;
}

EditorDocument *EditorTabs::document(const QString &path) const
{
    const int i = indexOf(path);
    return i < 0 ? nullptr : static_cast<EditorDocument *>(m_tabs->widget(i));
}

EditorDocument *EditorTabs::current() const
{
    return qobject_cast<EditorDocument *>(m_tabs->currentWidget());
}

QList<EditorDocument *> EditorTabs::documents() const
{
    QList<EditorDocument *> out;
    for (int i = 0; i < m_tabs->count(); ++i)
        out.append(static_cast<EditorDocument *>(m_tabs->widget(i)));
    return out;
}

QStringList EditorTabs::paths() const
{
    QStringList out;
    for (EditorDocument *doc : documents())
        out.append(doc->path());
    return out;
}

QStringList EditorTabs::modifiedPaths() const
{
    QStringList out;
    for (EditorDocument *doc : documents()) {
        if (doc->isModified())
            out.append(doc->path());
    }
    return out;
}

void EditorTabs::setCurrent(const QString &path)
{
    if (const int i = indexOf(path); i >= 0)
        m_tabs->setCurrentIndex(i);
}

int EditorTabs::count() const
{
    return m_tabs->count();
}

QString EditorTabs::tabText(const QString &path) const
{
    const int i = indexOf(path);
    return i < 0 ? QString() : m_tabs->tabText(i);
}

void EditorTabs::close(const QString &path)
{
    const int i = indexOf(path);
    if (i < 0)
        return;
    QWidget *doc = m_tabs->widget(i);
    m_tabs->removeTab(i);
    doc->deleteLater();
    if (m_tabs->count() == 0) {
        m_stack->setCurrentWidget(m_empty);
        m_find->hide();
        m_goTo->hide();
    }
    updateTitles();
    Q_EMIT closed(path);
    Q_EMIT modifiedChanged();
}

void EditorTabs::closeAll()
{
    for (const QString &path : paths())
        close(path);
}

void EditorTabs::requestClose(const QString &path)
{
    EditorDocument *doc = document(path);
    if (!doc)
        return;
    if (!doc->isModified()) {
        close(path);
        return;
    }
    setCurrent(path);
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Close %1").arg(QFileInfo(path).fileName()),
        tr("%1 has changes that are not deployed. Save and deploy them before closing?").arg(path),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, path, box] {
        const auto answer = box->standardButton(box->clickedButton());
        if (answer == QMessageBox::Save)
            Q_EMIT saveRequested(path, true);
        else if (answer == QMessageBox::Discard)
            close(path);
    });
    box->open();
}

void EditorTabs::renamed(const QString &from, const QString &to)
{
    for (EditorDocument *doc : documents()) {
        if (under(doc->path(), from))
            doc->setPath(to + doc->path().mid(from.size()));
    }
    updateTitles();
    onCurrentChanged();
}

void EditorTabs::removed(const QString &path)
{
    for (const QString &p : paths()) {
        if (under(p, path))
            close(p);
    }
}

void EditorTabs::updateTitle(EditorDocument *doc)
{
    const int i = m_tabs->indexOf(doc);
    if (i < 0)
        return;
    // Two open files with one name (src/a.py, lib/a.py) get their folder added.
    const QString name = QFileInfo(doc->path()).fileName();
    int same = 0;
    for (EditorDocument *other : documents())
        same += QFileInfo(other->path()).fileName() == name ? 1 : 0;
    QString title = name;
    if (same > 1 && doc->path().contains(u'/'))
        title += QStringLiteral(" — ") + QFileInfo(doc->path()).path();
    if (doc->isModified())
        title = QStringLiteral("● ") + title;
    m_tabs->setTabText(i, title);
    m_tabs->setTabToolTip(i, doc->isModified() ? tr("%1 — changes not deployed").arg(doc->path()) : doc->path());
}

void EditorTabs::updateTitles()
{
    for (EditorDocument *doc : documents())
        updateTitle(doc);
}

void EditorTabs::onCurrentChanged()
{
    EditorDocument *doc = current();
    m_find->setEditor(doc ? doc->editor() : nullptr);
    m_goTo->setEditor(doc ? doc->editor() : nullptr);
    if (doc) {
        int line = 0, index = 0;
        doc->editor()->getCursorPosition(&line, &index);
        showPosition(line + 1, index + 1);
    } else {
        m_position->clear();
    }
    Q_EMIT currentChanged(doc ? doc->path() : QString());
}

void EditorTabs::showPosition(int line, int column)
{
    const EditorDocument *doc = current();
    if (!doc)
        return;
    m_position->setText(tr("Ln %1, Col %2 · %3 · Spaces: %4")
                            .arg(line)
                            .arg(column)
                            .arg(languageName(doc->editor()->language()))
                            .arg(doc->editor()->tabWidth()));
}

QString EditorTabs::positionText() const
{
    return m_position->text();
}

void EditorTabs::setInfo(const QString &text, const QString &toolTip)
{
    m_info->setText(text);
    m_info->setToolTip(toolTip);
}

void EditorTabs::openFind()
{
    if (current()) {
        m_goTo->hide();
        m_find->openFind();
    }
}

void EditorTabs::openReplace()
{
    if (current()) {
        m_goTo->hide();
        m_find->openReplace();
    }
}

void EditorTabs::openGoToLine()
{
    if (current()) {
        m_find->hide();
        m_goTo->open();
    }
}

void EditorTabs::findNext()
{
    if (!current())
        return;
    if (m_find->isHidden())
        m_find->openFind();
    m_find->findNext();
}

void EditorTabs::findPrevious()
{
    if (!current())
        return;
    if (m_find->isHidden())
        m_find->openFind();
    m_find->findPrevious();
}

} // namespace lambdesk
