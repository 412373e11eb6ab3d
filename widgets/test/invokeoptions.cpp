#include "invokeoptions.h"

#include <QComboBox>
#include <QHBoxLayout>

namespace lambdesk {

InvokeOptions::InvokeOptions(QWidget *parent) : QWidget(parent)
{
    m_qualifier = new QComboBox(this);
    m_qualifier->setToolTip(tr("The version or alias to invoke; $LATEST is the code you are editing"));
    m_qualifier->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_type = new QComboBox(this);
    m_type->addItem(tr("Synchronous (RequestResponse)"), int(InvocationType::RequestResponse));
    m_type->addItem(tr("Asynchronous (Event)"), int(InvocationType::Event));
    m_type->addItem(tr("Validate only (DryRun)"), int(InvocationType::DryRun));
    // As wide as its longest choice given room, down to a dozen characters (elided) when not.
    m_type->setMinimumWidth(m_type->fontMetrics().averageCharWidth() * 12 + 30);
    m_type->setToolTip(tr("RequestResponse waits for the response; Event queues the event and returns at once; "
                          "DryRun checks the request without running the function"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_qualifier);
    layout->addWidget(m_type);
    setQualifiers({QStringLiteral("$LATEST")});
}

void InvokeOptions::setQualifiers(const QStringList &qualifiers)
{
    const QString keep = qualifier();
    m_qualifier->clear();
    m_qualifier->addItems(qualifiers.isEmpty() ? QStringList{QStringLiteral("$LATEST")} : qualifiers);
    const int at = m_qualifier->findText(keep);
    m_qualifier->setCurrentIndex(at >= 0 ? at : 0);
}

QString InvokeOptions::qualifier() const
{
    return m_qualifier->currentText();
}

InvocationType InvokeOptions::type() const
{
    return InvocationType(m_type->currentData().toInt());
}

void InvokeOptions::setType(InvocationType type)
{
    m_type->setCurrentIndex(m_type->findData(int(type)));
}

} // namespace lambdesk
