#pragma once

#include <QFont>
#include <QList>
#include <QPointer>

class QTextEdit;
class QWidget;

namespace lambdesk {

// The fonts presenter mode scales besides the application font, and puts back exactly:
// - widgets given a fixed-width font of their own (the debug console), which an application
//   font change leaves as they are;
// - text views whose document has a font of its own (the result panels' summary and log), which
//   an application font change would reset to the application font (QTextEdit does so on every
//   font change) and never give back.
// Code editors are zoomed apart (Scintilla's zoom). Collect before the application font changes.
class PresenterFonts
{
public:
    static QFont scaled(const QFont &font, double factor);

    // Remembers the fonts of `windows`' widgets as they are now (once per widget), skipping
    // what is inside `skip` (the presenter's own banner) and inside code editors.
    void collect(const QList<QWidget *> &windows, const QWidget *skip);
    // After the application font changed: every remembered font at `factor` times its own size.
    void apply(double factor);
    // Every remembered font as it was; forgets them.
    void restore();

private:
    struct Widget
    {
        QPointer<QWidget> widget;
        QFont font;
    };
    struct Document
    {
        QPointer<QTextEdit> view;
        QFont font;
    };
    QList<Widget> m_widgets;
    QList<Document> m_documents;
};

} // namespace lambdesk
