#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;

namespace lambdesk {

struct InvocationResult;

// Presenter mode's banner: an overlay at the bottom of the window that shows, in big text, the
// shortcut the presenter just pressed ("Ctrl+Enter") and the invocation under way or its outcome
// ("Invoking hello-python…", "hello-python: 200, 15.7 ms"), so that an audience can follow what
// happens. It never takes a click (mouse-transparent) and follows the theme's palette.
class PresenterBanner : public QWidget
{
    Q_OBJECT
public:
    explicit PresenterBanner(QWidget *window);

    void showKeys(const QString &keys);
    // Any sentence (an invocation's start or end, what a reset did).
    void showNote(const QString &text, bool error = false);
    void clear();
    QString keysText() const;
    QString noteText() const;

    // What the banner says of an invocation's end: "hello-python: 200, 15.7 ms", the error type.
    static QString outcome(const InvocationResult &result);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void place();
    void updateVisibility();
    void applyStyle();

    QLabel *m_keys;
    QLabel *m_note;
    QTimer m_keysTimer; // the keys fade after a moment; the note stays until the next
    QTimer m_noteTimer;
    bool m_noteError = false;
};

} // namespace lambdesk
