#include "timeoutedit.h"

#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSpinBox>

namespace lambdesk {

TimeoutEdit::TimeoutEdit(QWidget *parent) : QWidget(parent)
{
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("timeoutMinutes"));
    m_minutes->setRange(0, 99);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccessibleName(tr("Timeout minutes"));
    m_seconds = new QSpinBox(this);
    m_seconds->setObjectName(QStringLiteral("timeoutSeconds"));
    m_seconds->setRange(0, 59);
    m_seconds->setSuffix(tr(" s"));
    m_seconds->setAccessibleName(tr("Timeout seconds"));
    setToolTip(tr("From 1 second to 15 minutes. Lambda stops the invocation at this deadline "
                  "(\"Task timed out after 3.00 seconds\") and resets the environment."));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_minutes);
    layout->addWidget(m_seconds);
    layout->addStretch(1);
    for (QSpinBox *box : {m_minutes, m_seconds})
        connect(box, &QSpinBox::valueChanged, this, [this] { Q_EMIT valueChanged(value()); });
}

int TimeoutEdit::value() const
{
    return m_minutes->value() * 60 + m_seconds->value();
}

void TimeoutEdit::setValue(int seconds)
{
    seconds = qMax(0, seconds);
    {
        const QSignalBlocker a(m_minutes), b(m_seconds);
        m_minutes->setValue(seconds / 60);
        m_seconds->setValue(seconds % 60);
    }
    Q_EMIT valueChanged(value());
}

QString TimeoutEdit::describe(int seconds)
{
    const int m = seconds / 60, s = seconds % 60;
    if (m == 0)
        return tr("%1 s").arg(s);
    if (s == 0)
        return tr("%1 min").arg(m);
    return tr("%1 min %2 s").arg(m).arg(s);
}

} // namespace lambdesk
