#include "invokeoptions.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QStyleOptionComboBox>
#include <QStylePainter>

#include <algorithm>

namespace lambdesk {

namespace {

constexpr int kShortRole = Qt::UserRole + 1;

// Shows its choice's full text when it fits; when the row is narrow (a projector, a longer
// language) the choice's short name, AWS's own (RequestResponse, Event, DryRun), elided only
// if even that does not fit. The list shows the full texts.
class TypeCombo : public QComboBox
{
public:
    using QComboBox::QComboBox;

    QString shownText() const
    {
        QStyleOptionComboBox opt;
        initStyleOption(&opt);
        return shownText(opt);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QStylePainter painter(this);
        painter.setPen(palette().color(QPalette::Text));
        QStyleOptionComboBox opt;
        initStyleOption(&opt);
        painter.drawComplexControl(QStyle::CC_ComboBox, opt);
        opt.currentText = shownText(opt);
        painter.drawControl(QStyle::CE_ComboBoxLabel, opt);
    }

private:
    QString shownText(const QStyleOptionComboBox &opt) const
    {
        const int room = style()->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, this).width();
        if (fontMetrics().horizontalAdvance(opt.currentText) <= room)
            return opt.currentText;
        const QString shortText = currentData(kShortRole).toString();
        return fontMetrics().elidedText(shortText.isEmpty() ? opt.currentText : shortText, Qt::ElideRight, room);
    }
};

} // namespace

InvokeOptions::InvokeOptions(QWidget *parent) : QWidget(parent)
{
    m_qualifier = new QComboBox(this);
    m_qualifier->setToolTip(tr("The version or alias to invoke; $LATEST is the code you are editing"));
    m_qualifier->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_type = new TypeCombo(this);
    m_type->addItem(tr("Synchronous (RequestResponse)"), int(InvocationType::RequestResponse));
    m_type->addItem(tr("Asynchronous (Event)"), int(InvocationType::Event));
    m_type->addItem(tr("Validate only (DryRun)"), int(InvocationType::DryRun));
    const QStringList awsNames{QStringLiteral("RequestResponse"), QStringLiteral("Event"), QStringLiteral("DryRun")};
    for (int i = 0; i < m_type->count(); ++i) // AWS's names: not translated
        m_type->setItemData(i, awsNames.value(i), kShortRole);
    // As wide as its longest choice given room, down to its longest short name when not.
    int shortest = 0;
    for (const QString &n : awsNames)
        shortest = std::max(shortest, m_type->fontMetrics().horizontalAdvance(n));
    QStyleOptionComboBox opt;
    opt.initFrom(m_type);
    m_type->setMinimumWidth(
        m_type->style()->sizeFromContents(QStyle::CT_ComboBox, &opt, QSize(shortest, m_type->fontMetrics().height()), m_type)
            .width());
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

QString InvokeOptions::typeShownText() const
{
    return static_cast<const TypeCombo *>(m_type)->shownText();
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
