#pragma once

#include <QObject>

class QSocketNotifier;

namespace lambdesk::cli {

// Turns SIGINT and SIGTERM into a Qt signal (self-pipe: the handler only writes a byte), so a
// headless server can stop cleanly from its event loop. One at a time; the previous handlers
// come back when it is destroyed.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void received(int signal);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace lambdesk::cli
