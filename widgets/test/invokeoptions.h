#pragma once

#include "invoke/invocationresult.h"

#include <QWidget>

class QComboBox;

namespace lambdesk {

// What an Invoke sends besides the event: the qualifier ($LATEST today; versions and aliases
// join the list when they exist) and the invocation type (RequestResponse, Event, DryRun).
class InvokeOptions : public QWidget
{
    Q_OBJECT
public:
    explicit InvokeOptions(QWidget *parent = nullptr);

    // $LATEST first, then versions and aliases; keeps the current choice when it is still there.
    void setQualifiers(const QStringList &qualifiers);
    QString qualifier() const;
    InvocationType type() const;
    void setType(InvocationType type);

    QComboBox *qualifierCombo() const { return m_qualifier; }
    QComboBox *typeCombo() const { return m_type; }
    // What the closed type list shows: its choice, or AWS's short name when the row is narrow.
    QString typeShownText() const;

private:
    QComboBox *m_qualifier;
    QComboBox *m_type;
};

} // namespace lambdesk
