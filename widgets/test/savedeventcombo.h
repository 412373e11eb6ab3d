#pragma once

#include <QComboBox>

class QStandardItemModel;

namespace lambdesk {

// A saved test event: private to the function, or shareable (every function sees it).
struct EventRef
{
    bool shared = false;
    QString name;

    bool isNull() const { return name.isEmpty(); }
    bool operator==(const EventRef &) const = default;
    // "p:name" / "s:name", to remember a choice in the settings.
    QString key() const { return (shared ? QStringLiteral("s:") : QStringLiteral("p:")) + name; }
    static EventRef fromKey(const QString &key);
};

// The saved events of a function, under two headings: private (n of 10) and shareable.
class SavedEventCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit SavedEventCombo(QWidget *parent = nullptr);

    void setEvents(const QStringList &privateNames, const QStringList &sharedNames);
    const QStringList &privateNames() const { return m_private; }
    const QStringList &sharedNames() const { return m_shared; }
    bool contains(const EventRef &ref) const;
    bool isEmpty() const { return m_private.isEmpty() && m_shared.isEmpty(); }
    EventRef current() const;
    // Selects without emitting eventChosen; false when there is no such event.
    bool select(const EventRef &ref);
    EventRef first() const;

Q_SIGNALS:
    // The user picked an event (not emitted by select()).
    void eventChosen(const lambdesk::EventRef &ref, const lambdesk::EventRef &previous);

private:
    enum Roles { SharedRole = Qt::UserRole + 1, NameRole };
    int rowOf(const EventRef &ref) const;

    QStandardItemModel *m_model;
    QStringList m_private;
    QStringList m_shared;
    EventRef m_last;
};

} // namespace lambdesk
