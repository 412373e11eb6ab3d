#include "editordocument.h"

#include "editor/breakpointmargin.h"
#include "editor/codeeditor.h"
#include "editor/linemarker.h"
#include "noticebar.h"

#include <QFileInfo>
#include <QVBoxLayout>

namespace lambdesk {

EditorDocument::EditorDocument(const QString &path, const QByteArray &content, QWidget *parent)
    : QWidget(parent), m_path(path), m_disk(content)
{
    m_notice = new NoticeBar(this);
    m_editor = new CodeEditor(this);
    m_editor->setLanguage(CodeEditor::languageForFile(path));
    m_marker = new LineMarker(m_editor);
    m_breakpoints = new BreakpointMargin(m_editor);
    m_breakpoints->setFile(path);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_notice);
    layout->addWidget(m_editor, 1);
    setText(content);
    m_editor->setModified(false);
    m_editor->SendScintilla(QsciScintilla::SCI_EMPTYUNDOBUFFER);
    connect(m_editor, &QsciScintilla::modificationChanged, this, [this] {
        if (isModified() != m_lastModified) {
            m_lastModified = isModified();
            Q_EMIT modifiedChanged(m_lastModified);
        }
    });
}

void EditorDocument::setPath(const QString &path)
{
    m_path = path;
    m_breakpoints->setFile(path);
    if (CodeEditor::languageForFile(path) != m_editor->language())
        m_editor->setLanguage(CodeEditor::languageForFile(path));
}

bool EditorDocument::isModified() const
{
    return m_editor->isModified() || m_forcedModified;
}

QByteArray EditorDocument::content() const
{
    return m_editor->text().toUtf8();
}

void EditorDocument::setText(const QByteArray &content)
{
    // A reload keeps the breakpoints on their line numbers.
    m_breakpoints->keepLinesWhile([&] { m_editor->setText(QString::fromUtf8(content)); });
}

void EditorDocument::setForcedModified(bool on)
{
    m_forcedModified = on;
    if (isModified() != m_lastModified) {
        m_lastModified = isModified();
        Q_EMIT modifiedChanged(m_lastModified);
    }
}

void EditorDocument::markSaved(const QByteArray &saved)
{
    m_disk = saved;
    m_offer.reset();
    if (content() == saved) {
        m_editor->setModified(false);
        setForcedModified(false);
        m_notice->dismiss();
    }
}

void EditorDocument::diskChanged(const std::optional<QByteArray> &disk)
{
    const QString name = QFileInfo(m_path).fileName().toHtmlEscaped();
    if (!disk) {
        m_offer.reset();
        setForcedModified(true); // saving brings it back
        m_notice->showMessage(NoticeBar::Level::Warning,
                              tr("<b>%1 was deleted on disk</b> by another program. Save (Ctrl+S) to bring it back "
                                 "with this text, or close the tab.")
                                  .arg(name),
                              {{tr("Close tab"), [this] { Q_EMIT closeRequested(); }, QStringLiteral("closeTab")},
                               {tr("Keep editing"), {}, QStringLiteral("keepEditing")}});
        return;
    }
    if (*disk == content()) {
        // The editor already shows it (our own save, or the same text written elsewhere).
        m_disk = *disk;
        m_offer.reset();
        m_editor->setModified(false);
        setForcedModified(false);
        m_notice->dismiss();
        return;
    }
    if (*disk == m_disk && !m_offer)
        return;
    m_offer = *disk;
    const QString detail = isModified() ? tr(" Reloading discards your unsaved changes here.")
                                        : tr(" It is already deployed: $LATEST runs what is on disk.");
    m_notice->showMessage(NoticeBar::Level::Warning,
                          tr("<b>%1 changed on disk</b> (another editor or program).%2").arg(name, detail),
                          {{tr("Reload"), [this] { reload(); }, QStringLiteral("reload")},
                           {tr("Keep mine"), [this] { keepMine(); }, QStringLiteral("keepMine")}});
}

void EditorDocument::reload()
{
    if (!m_offer)
        return;
    const QByteArray disk = *std::exchange(m_offer, std::nullopt);
    int line = 0, index = 0;
    m_editor->getCursorPosition(&line, &index);
    const int first = m_editor->firstVisibleLine();
    m_disk = disk;
    setText(disk);
    m_editor->setModified(false);
    setForcedModified(false);
    m_editor->setCursorPosition(std::min(line, std::max(0, m_editor->lines() - 1)), 0);
    m_editor->setFirstVisibleLine(first);
    m_notice->dismiss();
    Q_EMIT reloaded();
}

void EditorDocument::keepMine()
{
    if (!m_offer)
        return;
    m_disk = *std::exchange(m_offer, std::nullopt);
    setForcedModified(content() != m_disk);
    m_notice->dismiss();
}

void EditorDocument::revert()
{
    m_offer.reset();
    setText(m_disk);
    m_editor->setModified(false);
    setForcedModified(false);
    m_notice->dismiss();
}

} // namespace lambdesk
