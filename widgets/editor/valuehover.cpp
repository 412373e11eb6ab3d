#include "valuehover.h"

#include "codeeditor.h"

#include <QToolTip>

namespace lambdesk {

namespace {

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

// Words a hover should not evaluate (they are not values).
bool isKeyword(const QString &word)
{
    static const QStringList keywords{
        QStringLiteral("def"),    QStringLiteral("return"), QStringLiteral("if"),     QStringLiteral("else"),
        QStringLiteral("elif"),   QStringLiteral("for"),    QStringLiteral("while"),  QStringLiteral("in"),
        QStringLiteral("import"), QStringLiteral("from"),   QStringLiteral("class"),  QStringLiteral("try"),
        QStringLiteral("except"), QStringLiteral("raise"),  QStringLiteral("with"),   QStringLiteral("as"),
        QStringLiteral("and"),    QStringLiteral("or"),     QStringLiteral("not"),    QStringLiteral("lambda"),
        QStringLiteral("const"),  QStringLiteral("let"),    QStringLiteral("var"),    QStringLiteral("function"),
        QStringLiteral("async"),  QStringLiteral("await"),  QStringLiteral("new"),    QStringLiteral("pass"),
        QStringLiteral("export"), QStringLiteral("finally"), QStringLiteral("yield"), QStringLiteral("del")};
    return keywords.contains(word);
}

} // namespace

ValueHover::ValueHover(CodeEditor *editor) : QObject(editor), m_editor(editor)
{
    m_editor->SendScintilla(QsciScintilla::SCI_SETMOUSEDWELLTIME, 450);
    connect(m_editor, &QsciScintilla::SCN_DWELLSTART, this, [this](int position, int x, int y) {
        if (!m_active || position < 0)
            return;
        const QString expression = expressionAt(position);
        if (!expression.isEmpty())
            Q_EMIT hovered(expression, m_editor->viewport()->mapToGlobal(QPoint(x, y)));
    });
    connect(m_editor, &QsciScintilla::SCN_DWELLEND, this, [](int, int, int) { QToolTip::hideText(); });
}

void ValueHover::setActive(bool active)
{
    m_active = active;
    if (!active)
        QToolTip::hideText();
}

QString ValueHover::expressionAt(int position) const
{
    int line = 0, index = 0;
    m_editor->lineIndexFromPosition(position, &line, &index);
    const QString text = m_editor->text(line);
    // Positions are bytes (UTF-8); the line's text is characters: count through its bytes.
    const QByteArray bytes = text.toUtf8();
    const int col = int(QString::fromUtf8(bytes.left(std::min<qsizetype>(index, bytes.size()))).size());
    if (col >= text.size() || !isNameChar(text.at(col)))
        return {};
    int end = col;
    while (end < text.size() && isNameChar(text.at(end)))
        ++end;
    int start = col;
    // Back over the name and the dotted names before it (event.body.items).
    while (start > 0 && (isNameChar(text.at(start - 1)) || (text.at(start - 1) == u'.' && start > 1
                                                            && isNameChar(text.at(start - 2)))))
        --start;
    const QString expression = text.mid(start, end - start);
    const QString word = text.mid(col, end - col);
    const QString last = expression.section(u'.', -1);
    if (expression.isEmpty() || expression.at(0).isDigit() || isKeyword(last) || isKeyword(word))
        return {};
    return expression;
}

} // namespace lambdesk
