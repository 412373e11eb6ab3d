#include "diffview.h"

#include "editor/codeeditor.h"
#include "text/linediff.h"

#include <QEvent>

#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

namespace lambdesk {

namespace {

CodeEditor *readOnlyEditor(QWidget *parent)
{
    auto *e = new CodeEditor(parent);
    e->setReadOnly(true);
    e->setFolding(QsciScintilla::NoFoldStyle); // room for the text: a diff has nothing to fold
    e->setMinimumHeight(e->fontMetrics().height() * 4);
    return e;
}

QWidget *pane(QLabel *title, CodeEditor *editor, QWidget *parent)
{
    auto *w = new QWidget(parent);
    auto *l = new QVBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    l->setSpacing(2);
    l->addWidget(title);
    l->addWidget(editor, 1);
    return w;
}

} // namespace

DiffView::DiffView(QWidget *parent) : QWidget(parent)
{
    m_left = readOnlyEditor(this);
    m_right = readOnlyEditor(this);
    m_leftTitle = new QLabel(this);
    m_rightTitle = new QLabel(this);
    for (QLabel *t : {m_leftTitle, m_rightTitle})
        t->setTextFormat(Qt::PlainText);
    for (CodeEditor *e : {m_left, m_right}) {
        e->setMarginWidth(1, 14);
    }
    m_removed = m_left->markerDefine(QsciScintilla::Background);
    m_removedSign = m_left->markerDefine(QsciScintilla::Minus);
    m_added = m_right->markerDefine(QsciScintilla::Background);
    m_addedSign = m_right->markerDefine(QsciScintilla::Plus);
    m_left->setMarginMarkerMask(1, 1 << m_removedSign);
    m_right->setMarginMarkerMask(1, 1 << m_addedSign);
    applyColours();

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(pane(m_leftTitle, m_left, split));
    m_rightPane = pane(m_rightTitle, m_right, split);
    split->addWidget(m_rightPane);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    // Scrolling one side scrolls the other to the same line, so both stay in step.
    connect(m_left->verticalScrollBar(), &QScrollBar::valueChanged, m_right->verticalScrollBar(), [this](int v) {
        if (m_rightPane->isVisible())
            m_right->verticalScrollBar()->setValue(v);
    });
    connect(m_right->verticalScrollBar(), &QScrollBar::valueChanged, m_left->verticalScrollBar(),
            [this](int v) { m_left->verticalScrollBar()->setValue(v); });
}

void DiffView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The theme switched: tints that read on the new paper. Queued: the editors (children) get
    // their new palette after this widget, and isDark() asks them.
    if (event->type() == QEvent::PaletteChange)
        QMetaObject::invokeMethod(this, &DiffView::applyColours, Qt::QueuedConnection);
}

void DiffView::applyColours()
{
    const bool dark = m_left->isDark();
    const QColor removed = dark ? QColor(0x5c, 0x1f, 0x1a) : QColor(0xfd, 0xe2, 0xdf);
    const QColor added = dark ? QColor(0x1d, 0x4a, 0x26) : QColor(0xdd, 0xf4, 0xe0);
    m_left->setMarkerBackgroundColor(removed, m_removed);
    m_left->setMarkerForegroundColor(QColor(0xd1, 0x32, 0x12), m_removedSign);
    m_left->setMarkerBackgroundColor(QColor(0xd1, 0x32, 0x12), m_removedSign);
    m_right->setMarkerBackgroundColor(added, m_added);
    m_right->setMarkerForegroundColor(QColor(0x2e, 0x7d, 0x32), m_addedSign);
    m_right->setMarkerBackgroundColor(QColor(0x2e, 0x7d, 0x32), m_addedSign);
}

void DiffView::showText(const QString &title, const QString &text, const QString &fileName)
{
    applyColours();
    m_leftTitle->setText(title);
    m_left->setLanguage(CodeEditor::languageForFile(fileName));
    m_left->markerDeleteAll();
    m_left->setText(text);
    m_right->markerDeleteAll();
    m_right->clear();
    m_rightTitle->clear();
    m_rightPane->hide();
}

void DiffView::showDiff(const QString &leftTitle, const QString &left, const QString &rightTitle, const QString &right,
                        const QString &fileName)
{
    applyColours();
    m_leftTitle->setText(leftTitle);
    m_rightTitle->setText(rightTitle);
    for (CodeEditor *e : {m_left, m_right}) {
        e->setLanguage(CodeEditor::languageForFile(fileName));
        e->markerDeleteAll();
    }
    m_left->setText(left);
    m_right->setText(right);
    const linediff::Changed changed = linediff::changedLines(
        linediff::diff(linediff::splitLines(left), linediff::splitLines(right)));
    for (int line : changed.left) {
        m_left->markerAdd(line, m_removed);
        m_left->markerAdd(line, m_removedSign);
    }
    for (int line : changed.right) {
        m_right->markerAdd(line, m_added);
        m_right->markerAdd(line, m_addedSign);
    }
    m_rightPane->show();
    m_leftTitle->setText(leftTitle + tr("  (−%1)").arg(changed.left.size()));
    m_rightTitle->setText(rightTitle + tr("  (+%1)").arg(changed.right.size()));
    // The first change in view, a few lines of context above it.
    const int first = std::min(changed.left.value(0, INT_MAX), changed.right.value(0, INT_MAX));
    if (first != INT_MAX) {
        m_left->setFirstVisibleLine(std::max(0, first - 3));
        m_right->setFirstVisibleLine(std::max(0, first - 3));
    }
}

QList<int> DiffView::marked(CodeEditor *editor, int marker)
{
    QList<int> lines;
    for (int line = editor->markerFindNext(0, 1u << marker); line >= 0;
         line = editor->markerFindNext(line + 1, 1u << marker))
        lines.append(line);
    return lines;
}

QList<int> DiffView::markedLeft() const
{
    return marked(m_left, m_removed);
}

QList<int> DiffView::markedRight() const
{
    return marked(m_right, m_added);
}

QString DiffView::leftTitle() const
{
    return m_leftTitle->text();
}

QString DiffView::rightTitle() const
{
    return m_rightTitle->text();
}

} // namespace lambdesk
