#pragma once

#include <QFrame>
#include <QHash>
#include <QPointer>
#include <QRect>
#include <QTimer>

#include <functional>

class QAbstractItemView;
class QFormLayout;
class QGroupBox;
class QLabel;
class QTextEdit;

namespace lambdesk {

// "Explained where it happens" (issue 17): a hover card with a term of the glossary — its title,
// two or three sentences and "Learn more in the AWS documentation", which opens AWS's page in the
// browser. It shows after the usual tooltip delay (it answers the ToolTip event, and replaces the
// tooltip while it shows), stays while the pointer is over the explained part or over the card
// (so that the link can be clicked), and hides when the pointer leaves both, on Esc or on a click
// elsewhere. One card for the whole application; it takes its colours from the palette (light
// and dark themes) and keeps inside the screen.
class ExplainPopup : public QFrame
{
    Q_OBJECT
public:
    static ExplainPopup *instance();

    // Whole widgets: hovering `widget` explains `termKey` (an unknown key: nothing happens).
    static void attach(QWidget *widget, const QString &termKey);
    // Hosts that compute what is under the pointer: `resolve` gets a point of `widget` and gives
    // the term's key (empty: nothing there) and the rectangle of the explained part, in `widget`'s
    // coordinates; the card stands under that rectangle.
    using Resolver = std::function<QString(const QPoint &pos, QRect *part)>;
    static void attachResolver(QWidget *widget, Resolver resolve);

    // Shows the card for `termKey` under (or, near the screen's bottom, over) `globalRect`; `host`
    // is the widget the pointer is on (the card stays while the pointer is in globalRect or on the
    // card). False when the key is unknown.
    bool showFor(const QString &termKey, const QRect &globalRect, QWidget *host = nullptr);
    void hideCard();

    QString termKey() const { return m_key; }
    QString titleText() const;
    QString bodyText() const;
    QString linkUrl() const { return m_url; }
    QLabel *linkLabel() const { return m_link; }

Q_SIGNALS:
    void shown(const QString &termKey);
    void hidden();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    explicit ExplainPopup(QWidget *parent = nullptr);
    void place(const QRect &globalRect, QWidget *host);
    void applyPalette();
    void hideUnlessHovered();

    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_link;
    QString m_key;
    QString m_url;
    QPointer<QWidget> m_host;
    QMetaObject::Connection m_hostGone;
    QRect m_rect;     // the explained part, global
    QPoint m_pointer; // the pointer's last global position we saw
    bool m_overCard = false;
    QTimer m_hideTimer;
    QHash<QObject *, Resolver> m_resolvers;
};

// The console's hooks (a line in each view; the logic is here).
namespace explain {

// The glossary key of a configuration field by its AWS name ("MemorySize", "Timeout", "Handler",
// "MaximumRetryAttempts", ...); empty for fields without a term.
QString keyForField(const QString &awsField);
// The label QFormLayout shows for `field` explains `termKey`.
void attachFormLabel(QFormLayout *form, QWidget *field, const QString &termKey);
// `widget` explains `termKey`; returns it (for one-line hooks: layout->addWidget(explained(...))).
template<class W>
W *explained(W *widget, const QString &termKey)
{
    ExplainPopup::attach(widget, termKey);
    return widget;
}
// A group box's title explains `termKey` (the rest of the box keeps its own tooltips).
void attachGroupTitle(QGroupBox *box, const QString &termKey);
// The labels of a form's rows, row by row, explain keys[row] (an empty key: that row's not).
void attachFormLabels(QFormLayout *form, const QStringList &keys);
// The fields of the REPORT lines an item view shows in `column` (the log viewer), and the error
// types its lines name (glossary::termSpanAt).
void attachReportLines(QAbstractItemView *view, int column);
// The same in a text view (a result's log output, its error).
void attachReportLines(QTextEdit *view);
// A label of parts joined by `separator` ("Duration 15.74 ms · Billed 16 ms · …"): the part under
// the pointer explains keys[i] (an empty key: nothing). Call again whenever the text changes.
void attachLabelParts(QLabel *label, const QStringList &keys, const QString &separator);

} // namespace explain

} // namespace lambdesk
