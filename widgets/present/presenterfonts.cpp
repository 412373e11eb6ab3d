#include "presenterfonts.h"

#include <Qsci/qsciscintilla.h>

#include <QFontInfo>
#include <QTextEdit>
#include <QWidget>

#include <algorithm>

namespace lambdesk {

namespace {

bool insideEditorOr(const QWidget *w, const QWidget *skip)
{
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        if (p == skip || qobject_cast<const QsciScintilla *>(p))
            return true;
    }
    return false;
}

} // namespace

QFont PresenterFonts::scaled(const QFont &font, double factor)
{
    QFont f = font;
    if (font.pointSizeF() > 0)
        f.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        f.setPixelSize(std::max(1, qRound(font.pixelSize() * factor)));
    return f;
}

void PresenterFonts::collect(const QList<QWidget *> &windows, const QWidget *skip)
{
    for (QWidget *window : windows) {
        QList<QWidget *> all = window->findChildren<QWidget *>();
        all.prepend(window);
        for (QWidget *w : std::as_const(all)) {
            if (insideEditorOr(w, skip))
                continue;
            if (auto *view = qobject_cast<QTextEdit *>(w)) {
                const QFont doc = view->document()->defaultFont();
                const bool known = std::any_of(m_documents.cbegin(), m_documents.cend(),
                                               [view](const Document &d) { return d.view == view; });
                if (!known && doc != view->font())
                    m_documents.append({view, doc});
                continue;
            }
            const bool known = std::any_of(m_widgets.cbegin(), m_widgets.cend(),
                                           [w](const Widget &x) { return x.widget == w; });
            if (!known && w->testAttribute(Qt::WA_SetFont) && QFontInfo(w->font()).fixedPitch())
                m_widgets.append({w, w->font()});
        }
    }
}

void PresenterFonts::apply(double factor)
{
    for (const Widget &w : std::as_const(m_widgets))
        if (w.widget)
            w.widget->setFont(scaled(w.font, factor));
    for (const Document &d : std::as_const(m_documents))
        if (d.view)
            d.view->document()->setDefaultFont(scaled(d.font, factor));
}

void PresenterFonts::restore()
{
    apply(1.0);
    m_widgets.clear();
    m_documents.clear();
}

} // namespace lambdesk
