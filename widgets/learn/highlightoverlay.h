#pragma once

// A lesson's "Show me" (issue 17): an outline drawn over the main window around the part a step
// is about. The parts carry the dynamic property learn::kTargetProperty ("lambdeskTarget") with
// one of learn::highlightTargets(); "tab.*" keys sit on the pages of the function's tab widget
// and the outline goes around their tab. Mouse events pass through the overlay.

#include <QPointer>
#include <QWidget>

class QTimer;
class QVariantAnimation;

namespace lambdesk {

class HighlightOverlay : public QWidget
{
    Q_OBJECT
public:
    // Covers `window` (the main window), above its central widget and docks.
    explicit HighlightOverlay(QWidget *window);

    // The widget of `window` that carries `key`: a visible one if there is one, else one in the
    // current tab, else one in the tab the key names (test.* and results.*: Test). nullptr when
    // no widget carries it.
    static QWidget *findTarget(const QWidget *window, const QString &key);
    // Makes the target of `key` visible: the tabs that contain it become current (not for a
    // "tab.*" key, whose tab is what is pointed at), its dock is shown, its scroll area scrolls
    // to it. Returns the target (or its nearest visible ancestor); nullptr when there is none.
    static QWidget *revealTarget(QWidget *window, const QString &key);

    // Reveals the target of `key` and outlines it, with a short pulse; the outline fades after a
    // while or with clear(). False (and nothing shown) when the window has no such part.
    bool highlight(const QString &key);
    // Fades the outline out (at once without `fade`).
    void clear(bool fade = true);
    bool isHighlighting() const { return !m_key.isEmpty(); }
    QString key() const { return m_key; }
    QWidget *target() const { return m_target; }
    // The outlined rectangle in this overlay's (= the window's) coordinates: the target's
    // rectangle, or its tab's for "tab.*", clipped to what its scroll areas show. Empty: none.
    QRect targetRect() const;

    // How long the outline stays before it fades (ms).
    void setHoldTime(int ms) { m_holdMs = ms; }

Q_SIGNALS:
    // An outline is drawn around the part of `key`.
    void highlighted(const QString &key);
    // The outline is gone (faded or cleared).
    void cleared();

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watch(QWidget *target);
    void unwatch();
    void finish();
    QColor outlineColor() const;

    QPointer<QWidget> m_window;
    QPointer<QWidget> m_target;
    QList<QPointer<QWidget>> m_group; // the target's siblings of the same key (the Monitor's charts): outlined together
    QList<QPointer<QWidget>> m_watched; // the target and its ancestors: their moves and resizes move the outline
    QString m_key;
    QVariantAnimation *m_pulse;
    QVariantAnimation *m_fade;
    QTimer *m_hold;
    int m_holdMs = 9000;
};

} // namespace lambdesk
