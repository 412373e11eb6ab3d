#include "costpanel.h"

#include "settings.h"

#include <QAbstractScrollArea>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

#include <cmath>

namespace lambdesk {

CostPanel::CostPanel(Settings *settings, QWidget *parent) : QWidget(parent), m_settings(settings)
{
    m_arch = new QComboBox(this);
    m_arch->addItem(QStringLiteral("x86_64"), QStringLiteral("x86_64"));
    m_arch->addItem(QStringLiteral("arm64"), QStringLiteral("arm64"));
    m_arch->setToolTip(tr("Lambdesk runs on this machine's processor; the price is AWS's for the architecture chosen"));
    m_perGbSecond = new QDoubleSpinBox(this);
    m_perGbSecond->setDecimals(10);
    m_perGbSecond->setRange(0, 1);
    m_perGbSecond->setSingleStep(0.000001);
    m_perGbSecond->setPrefix(QStringLiteral("$"));
    m_perMillion = new QDoubleSpinBox(this);
    m_perMillion->setDecimals(4);
    m_perMillion->setRange(0, 1000);
    m_perMillion->setSingleStep(0.01);
    m_perMillion->setPrefix(QStringLiteral("$"));
    auto *defaults = new QPushButton(tr("AWS prices"), this);
    defaults->setToolTip(tr("AWS's published us-east-1 prices: $0.20 per million requests, $0.0000166667 per "
                            "GB-second on x86_64, $0.0000133334 on arm64 (free tier not counted)"));
    m_whatIfMb = new QSpinBox(this);
    m_whatIfMb->setRange(128, 10240);
    m_whatIfMb->setSingleStep(64);
    m_whatIfMb->setSuffix(QStringLiteral(" MB"));
    m_current = new QLabel(this);
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_current->setWordWrap(true);
    m_whatIf = new QLabel(this);
    m_whatIf->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_whatIf->setWordWrap(true);

    // In the Monitor tab's scroll area a wheel turning over a field must scroll, not change a
    // price: the fields take the wheel only once focused.
    for (QWidget *w : std::initializer_list<QWidget *>{m_arch, m_perGbSecond, m_perMillion, m_whatIfMb}) {
        w->setFocusPolicy(Qt::StrongFocus);
        w->installEventFilter(this);
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_perGbSecond, m_perMillion, m_whatIfMb})
        w->setMaximumWidth(w->fontMetrics().averageCharWidth() * 20);

    auto *archRow = new QHBoxLayout;
    archRow->addWidget(m_arch);
    archRow->addWidget(defaults);
    archRow->addStretch(1);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(new QLabel(tr("<b>Estimated cost</b>"), this));
    form->addRow(tr("Architecture"), archRow);
    form->addRow(tr("Per GB-second"), m_perGbSecond);
    form->addRow(tr("Per million requests"), m_perMillion);
    form->addRow(tr("This range"), m_current);
    form->addRow(m_whatIfMb, m_whatIf);

    m_arch->setCurrentIndex(std::max(0, m_arch->findData(m_settings->value(settings::costArchitecture))));
    m_perMillion->setValue(m_settings->value(settings::priceMillionRequests));
    m_whatIfMb->setValue(m_settings->value(settings::costWhatIfMemory));
    loadPrice();
    connect(m_arch, &QComboBox::currentIndexChanged, this, [this] {
        m_settings->setValue(settings::costArchitecture, m_arch->currentData().toString());
        loadPrice();
        update();
    });
    connect(m_perGbSecond, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        m_settings->setValue(m_arch->currentData().toString() == QLatin1StringView("arm64")
                                 ? settings::priceArm64GbSecond
                                 : settings::priceX86GbSecond,
                             v);
        update();
    });
    connect(m_perMillion, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        m_settings->setValue(settings::priceMillionRequests, v);
        update();
    });
    connect(m_whatIfMb, &QSpinBox::valueChanged, this, [this](int mb) {
        m_settings->setValue(settings::costWhatIfMemory, mb);
        update();
    });
    connect(defaults, &QPushButton::clicked, this, [this] {
        m_perMillion->setValue(metrics::Prices::kRequestsPerMillion);
        m_perGbSecond->setValue(m_arch->currentData().toString() == QLatin1StringView("arm64")
                                    ? metrics::Prices::kArm64PerGbSecond
                                    : metrics::Prices::kX86PerGbSecond);
    });
    update();
}

bool CostPanel::eventFilter(QObject *watched, QEvent *event)
{
    auto *w = qobject_cast<QWidget *>(watched);
    if (event->type() == QEvent::Wheel && w && !w->hasFocus()) {
        for (QWidget *p = parentWidget(); p; p = p->parentWidget()) {
            if (auto *area = qobject_cast<QAbstractScrollArea *>(p)) {
                QCoreApplication::sendEvent(area->viewport(), event);
                break;
            }
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CostPanel::loadPrice()
{
    const QSignalBlocker block(m_perGbSecond);
    m_perGbSecond->setValue(m_arch->currentData().toString() == QLatin1StringView("arm64")
                                ? m_settings->value(settings::priceArm64GbSecond)
                                : m_settings->value(settings::priceX86GbSecond));
}

void CostPanel::setUsage(qint64 requests, qint64 billedMs, double mbMs, int currentMemoryMb)
{
    m_requests = requests;
    m_billedMs = billedMs;
    m_mbMs = mbMs;
    m_memoryMb = currentMemoryMb;
    update();
}

void CostPanel::setWhatIfMemory(int mb)
{
    m_whatIfMb->setValue(mb);
}

void CostPanel::setArchitecture(const QString &architecture)
{
    m_arch->setCurrentIndex(std::max(0, m_arch->findData(architecture)));
}

metrics::Prices CostPanel::prices() const
{
    metrics::Prices p;
    p.perGbSecond = m_perGbSecond->value();
    p.requestsPerMillion = m_perMillion->value();
    return p;
}

metrics::CostEstimate CostPanel::current() const
{
    return metrics::estimateCostMbMs(m_requests, m_mbMs, prices());
}

metrics::CostEstimate CostPanel::whatIf() const
{
    return metrics::estimateCost(m_requests, m_billedMs, m_whatIfMb->value(), prices());
}

QString CostPanel::money(double dollars)
{
    // Tiny amounts keep two significant digits in plain notation: $0.0000066, not $0.00 or 6.6e-06.
    if (dollars <= 0)
        return QStringLiteral("$0");
    const int decimals = std::clamp(int(-std::floor(std::log10(dollars))) + 1, 4, 12);
    return QStringLiteral("$%L1").arg(dollars, 0, 'f', decimals); // the console's locale: $0,20 in German
}

QString CostPanel::currentText() const
{
    return m_current->text();
}

QString CostPanel::whatIfText() const
{
    return m_whatIf->text();
}

void CostPanel::update()
{
    const metrics::CostEstimate c = current();
    const QLocale locale;
    m_current->setText(tr("%1 requests, %2 GB-s at %3 MB: %4")
                           .arg(locale.toString(c.requests))
                           .arg(locale.toString(c.gbSeconds, 'f', 3))
                           .arg(m_memoryMb)
                           .arg(money(c.total())));
    const metrics::CostEstimate w = whatIf();
    m_whatIf->setText(tr("would cost %1 (%2 GB-s, the same billed durations)")
                          .arg(money(w.total()), locale.toString(w.gbSeconds, 'f', 3)));
}

} // namespace lambdesk
