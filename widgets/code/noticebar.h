#pragma once

#include <QFrame>

#include <functional>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace lambdesk {

// A one-line message strip above an editor (as IDEs show "file changed on disk"): a coloured
// background per level, the text, optional action buttons and a close button.
class NoticeBar : public QFrame
{
    Q_OBJECT
public:
    enum class Level { Info, Success, Warning, Error };
    struct Action
    {
        QString text;
        std::function<void()> run;
        QString objectName; // lets tests find the button
    };

    explicit NoticeBar(QWidget *parent = nullptr);

    // Replaces whatever was shown. Actions close the bar after running.
    void showMessage(Level level, const QString &text, const QList<Action> &actions = {});
    void dismiss();
    QString text() const;
    Level level() const { return m_level; }
    // Runs the action whose button reads `text` (tests, keyboard users); false if none.
    bool trigger(const QString &text);

Q_SIGNALS:
    void dismissed();

private:
    QLabel *m_text;
    QHBoxLayout *m_buttons;
    QToolButton *m_close;
    Level m_level = Level::Info;
};

} // namespace lambdesk
