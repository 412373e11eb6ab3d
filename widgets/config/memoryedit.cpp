#include "memoryedit.h"

#include "common/explainpopup.h"
#include "common/i18n.h"
#include "model/validation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>

namespace lambdesk {

MemoryEdit::MemoryEdit(QWidget *parent) : QWidget(parent)
{
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(validation::kMinMemory, validation::kMaxMemory);
    m_slider->setSingleStep(1);
    m_slider->setPageStep(128);
    m_slider->setAccessibleName(tr("Memory (slider)"));
    m_spin = new QSpinBox(this);
    m_spin->setObjectName(QStringLiteral("memorySpin"));
    m_spin->setRange(0, 99999); // wider than the rule: see the class comment
    m_spin->setSuffix(tr(" MB"));
    m_spin->setAccessibleName(tr("Memory"));
    m_spin->setToolTip(tr("128 MB to 10240 MB, in 1 MB steps"));
    m_cpu = new QLabel(this);
    m_cpu->setObjectName(QStringLiteral("cpuShare"));
    m_cpu->setMinimumWidth(m_cpu->fontMetrics().horizontalAdvance(QStringLiteral("≈ 5.79 vCPU  ")));
    setLimitsNote({});
    ExplainPopup::attach(m_cpu, QStringLiteral("config.cpuShare")); // the hover card replaces the tooltip

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_spin);
    layout->addWidget(m_cpu);

    connect(m_slider, &QSlider::valueChanged, this, [this](int mb) {
        {
            const QSignalBlocker block(m_spin);
            m_spin->setValue(mb);
        }
        sync(mb);
    });
    connect(m_spin, &QSpinBox::valueChanged, this, [this](int mb) {
        {
            const QSignalBlocker block(m_slider);
            m_slider->setValue(mb); // the slider clamps; the field keeps what was typed
        }
        sync(mb);
    });
    setValue(validation::kMinMemory);
}

int MemoryEdit::value() const
{
    return m_spin->value();
}

void MemoryEdit::setValue(int mb)
{
    m_spin->setValue(mb);
    const QSignalBlocker block(m_slider);
    m_slider->setValue(mb);
    m_cpu->setText(cpuShareText(mb));
}

void MemoryEdit::setLimitsNote(const QString &note)
{
    m_cpu->setToolTip(cpuShareTooltip(note));
}

void MemoryEdit::sync(int mb)
{
    m_cpu->setText(cpuShareText(mb));
    Q_EMIT valueChanged(mb);
}

double MemoryEdit::vcpus(int mb)
{
    return mb / 1769.0;
}

QString MemoryEdit::cpuShareText(int mb)
{
    return tr("≈ %1 vCPU").arg(QLocale().toString(vcpus(mb), 'f', 2));
}

QString MemoryEdit::cpuShareTooltip(const QString &limitsNote)
{
    QString tip = tr("<p>Lambda gives a function CPU power in proportion to its memory: one full vCPU at "
                     "1769 MB, a fraction below (128 MB ≈ 0.07 vCPU) and up to about 6 vCPUs at 10240 MB. "
                     "More memory also makes CPU-bound code faster.</p>"
                     "<p>Lambdesk enforces this share with a CPU quota where cgroups allow it; without cgroups "
                     "the function may use more CPU here than it would on AWS.</p>");
    if (!limitsNote.isEmpty())
        tip += tr("<p>On this machine: %1</p>").arg(i18n::limitsText(limitsNote).toHtmlEscaped());
    return tip;
}

} // namespace lambdesk
