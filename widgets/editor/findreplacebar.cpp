#include "findreplacebar.h"

#include "codeeditor.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>

namespace lambdesk {

namespace {
QToolButton *optionButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setCheckable(true);
    b->setAutoRaise(true);
    return b;
}
} // namespace

FindReplaceBar::FindReplaceBar(QWidget *parent) : QWidget(parent)
{
    m_find = new QLineEdit(this);
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_find->setToolTip(tr("Enter: next match · Shift+Enter: previous · Escape: close"));
    m_replace = new QLineEdit(this);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->setToolTip(tr("Enter: replace this match and find the next · Escape: close"));
    m_case = optionButton(QStringLiteral("Aa"), tr("Match case"), this);
    m_word = optionButton(QStringLiteral("W"), tr("Whole words only"), this);
    m_regex = optionButton(QStringLiteral(".*"), tr("Regular expression (\\1 in the replacement inserts a group)"),
                           this);
    auto *previous = new QToolButton(this);
    previous->setText(QStringLiteral("↑"));
    previous->setToolTip(tr("Previous match (Shift+F3)"));
    previous->setAutoRaise(true);
    auto *next = new QToolButton(this);
    next->setText(QStringLiteral("↓"));
    next->setToolTip(tr("Next match (F3)"));
    next->setAutoRaise(true);
    auto *closeButton = new QToolButton(this);
    closeButton->setText(QStringLiteral("✕"));
    closeButton->setToolTip(tr("Close (Escape)"));
    closeButton->setAutoRaise(true);
    m_status = new QLabel(this);
    m_status->setMinimumWidth(m_status->fontMetrics().horizontalAdvance(tr("Invalid regular expression")));
    m_replaceOne = new QPushButton(tr("Replace"), this);
    m_replaceOne->setToolTip(tr("Replace this match and go to the next"));
    m_replaceAll = new QPushButton(tr("Replace all"), this);
    m_replaceAll->setToolTip(tr("Replace every match in this file (one undo step)"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 2, 4, 2);
    grid->setHorizontalSpacing(4);
    grid->setVerticalSpacing(2);
    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    findRow->addWidget(m_case);
    findRow->addWidget(m_word);
    findRow->addWidget(m_regex);
    findRow->addWidget(m_status);
    findRow->addWidget(closeButton);
    m_replaceRow = new QWidget(this);
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->addWidget(m_replace, 1);
    replaceRow->addWidget(m_replaceOne);
    replaceRow->addWidget(m_replaceAll);
    replaceRow->addStretch(0);
    grid->addLayout(findRow, 0, 0);
    grid->addWidget(m_replaceRow, 1, 0);

    m_find->installEventFilter(this);
    m_replace->installEventFilter(this);
    connect(m_find, &QLineEdit::textEdited, this, [this] { find(true, true); });
    for (QToolButton *option : {m_case, m_word, m_regex})
        connect(option, &QToolButton::toggled, this, [this] { find(true, true); });
    connect(previous, &QToolButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindReplaceBar::findNext);
    connect(closeButton, &QToolButton::clicked, this, &FindReplaceBar::close);
    connect(m_replaceOne, &QPushButton::clicked, this, &FindReplaceBar::replaceCurrent);
    connect(m_replaceAll, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    hide();
}

void FindReplaceBar::setEditor(CodeEditor *editor)
{
    m_editor = editor;
    if (isVisible())
        updateStatus(true);
}

void FindReplaceBar::openFind()
{
    setReplaceVisible(false);
    show();
    if (m_editor && m_editor->hasSelectedText() && !m_editor->selectedText().contains(u'\n'))
        m_find->setText(m_editor->selectedText());
    m_find->setFocus();
    m_find->selectAll();
    updateStatus(true);
}

void FindReplaceBar::openReplace()
{
    openFind();
    setReplaceVisible(true);
}

void FindReplaceBar::close()
{
    hide();
    if (m_editor)
        m_editor->setFocus();
    Q_EMIT closed();
}

void FindReplaceBar::setReplaceVisible(bool visible)
{
    m_replaceRow->setVisible(visible);
}

void FindReplaceBar::setCaseSensitive(bool on)
{
    m_case->setChecked(on);
}
void FindReplaceBar::setWholeWords(bool on)
{
    m_word->setChecked(on);
}
void FindReplaceBar::setRegularExpression(bool on)
{
    m_regex->setChecked(on);
}
QString FindReplaceBar::statusText() const
{
    return m_status->text();
}

QString FindReplaceBar::regexPattern() const
{
    QString pattern = m_regex->isChecked() ? m_find->text() : QRegularExpression::escape(m_find->text());
    if (m_word->isChecked())
        pattern = QStringLiteral("\\b(?:") + pattern + QStringLiteral(")\\b");
    return pattern;
}

int FindReplaceBar::matchCount() const
{
    if (!m_editor || m_find->text().isEmpty())
        return 0;
    const QRegularExpression re(regexPattern(),
                                m_case->isChecked() ? QRegularExpression::NoPatternOption
                                                    : QRegularExpression::CaseInsensitiveOption);
    if (!re.isValid())
        return 0;
    int n = 0;
    for (auto it = re.globalMatch(m_editor->text()); it.hasNext(); it.next())
        ++n;
    return n;
}

bool FindReplaceBar::find(bool forward, bool fromSelectionStart)
{
    if (!m_editor || m_find->text().isEmpty()) {
        updateStatus(true);
        return false;
    }
    if (m_regex->isChecked() && !QRegularExpression(m_find->text()).isValid()) {
        updateStatus(false);
        return false;
    }
    int lineFrom = -1, indexFrom = -1, lineTo = -1, indexTo = -1;
    m_editor->getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
    int line = -1, index = -1;
    if (lineFrom >= 0 && (fromSelectionStart || !forward)) {
        // Searching back from the caret (the end of the current match) would find that match again.
        line = lineFrom;
        index = indexFrom;
    }
    const bool re = m_regex->isChecked();
    const bool found = m_editor->findFirst(m_find->text(), re, m_case->isChecked(), m_word->isChecked(), true, forward,
                                           line, index, true, false, re);
    updateStatus(found);
    return found;
}

bool FindReplaceBar::findNext()
{
    return find(true, false);
}
bool FindReplaceBar::findPrevious()
{
    return find(false, false);
}

bool FindReplaceBar::replaceCurrent()
{
    if (!m_editor || m_find->text().isEmpty() || m_editor->isReadOnly())
        return false;
    int lineFrom = -1, indexFrom = -1, lineTo = -1, indexTo = -1;
    m_editor->getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
    if (lineFrom >= 0) {
        // Search again from the selection's start: QScintilla replaces its own last match,
        // so make sure that is the selected text, not something the user selected since.
        const bool re = m_regex->isChecked();
        if (m_editor->findFirst(m_find->text(), re, m_case->isChecked(), m_word->isChecked(), false, true, lineFrom,
                                indexFrom, true, false, re)) {
            int l = -1, i = -1, l2 = -1, i2 = -1;
            m_editor->getSelection(&l, &i, &l2, &i2);
            if (l == lineFrom && i == indexFrom) {
                m_editor->replace(m_replace->text());
                find(true, false);
                return true;
            }
            updateStatus(true);
            return false; // the next match is now selected: the next press replaces it
        }
    }
    return find(true, false);
}

int FindReplaceBar::replaceAll()
{
    if (!m_editor || m_find->text().isEmpty() || m_editor->isReadOnly())
        return 0;
    const bool re = m_regex->isChecked();
    if (re) {
        const QRegularExpression check(m_find->text());
        if (!check.isValid()) {
            updateStatus(false);
            return 0;
        }
        if (check.match(QString()).hasMatch()) {
            m_status->setText(tr("Matches empty text"));
            return 0;
        }
    }
    int n = 0;
    m_editor->beginUndoAction();
    bool found = m_editor->findFirst(m_find->text(), re, m_case->isChecked(), m_word->isChecked(), false, true, 0, 0,
                                     false, false, re);
    while (found) {
        m_editor->replace(m_replace->text());
        ++n;
        found = m_editor->findNext();
    }
    m_editor->endUndoAction();
    m_status->setText(n == 0 ? tr("No results") : tr("Replaced %1").arg(n));
    return n;
}

void FindReplaceBar::updateStatus(bool found)
{
    QPalette pal = m_find->palette();
    pal.setColor(QPalette::Base, palette().color(QPalette::Base));
    if (m_find->text().isEmpty()) {
        m_status->clear();
    } else if (m_regex->isChecked() && !QRegularExpression(m_find->text()).isValid()) {
        m_status->setText(tr("Invalid regular expression"));
        pal.setColor(QPalette::Base, QColor(0xfd, 0xe2, 0xdf));
    } else {
        const int n = found ? matchCount() : 0;
        m_status->setText(n == 0 ? tr("No results") : (n == 1 ? tr("1 match") : tr("%1 matches").arg(n)));
        if (n == 0)
            pal.setColor(QPalette::Base,
                         palette().color(QPalette::Base).lightness() < 128 ? QColor(0x5c, 0x1f, 0x1a)
                                                                           : QColor(0xfd, 0xe2, 0xdf));
    }
    m_find->setPalette(pal);
}

bool FindReplaceBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (watched == m_replace)
                replaceCurrent();
            else if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lambdesk
