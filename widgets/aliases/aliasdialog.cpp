#include "aliasdialog.h"

#include "aliases/routingbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSlider>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace lambdesk {

AliasDialog::AliasDialog(const QStringList &versions, const FunctionAlias &alias, QWidget *parent)
    : QDialog(parent), m_new(alias.name.isEmpty()), m_revisionId(alias.revisionId)
{
    setWindowTitle(m_new ? tr("Create alias") : tr("Edit alias %1").arg(alias.name));
    m_name = new QLineEdit(alias.name, this);
    m_name->setPlaceholderText(tr("live"));
    m_name->setReadOnly(!m_new);
    m_version = new QComboBox(this);
    m_second = new QComboBox(this);
    for (const QString &v : versions) {
        const QString label = v == QLatin1String("$LATEST") ? v : tr("Version %1").arg(v);
        m_version->addItem(label, v);
        if (v != QLatin1String("$LATEST")) // $LATEST can't be in a weighted alias
            m_second->addItem(label, v);
    }
    m_split = new QCheckBox(tr("Send a share of the invocations to a second version"), this);
    m_weight = new QSlider(Qt::Horizontal, this);
    m_weight->setRange(1, 99);
    m_weight->setValue(10);
    m_weight->setPageStep(10);
    m_weightLabel = new QLabel(this);
    m_weightLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("100 %")));
    m_bar = new RoutingBar(this);
    m_description = new QLineEdit(alias.description, this);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color:#d13212"));

    if (!m_new) {
        m_version->setCurrentIndex(std::max(0, m_version->findData(alias.functionVersion)));
        if (alias.isWeighted()) {
            m_split->setChecked(true);
            m_second->setCurrentIndex(std::max(0, m_second->findData(alias.additionalVersion)));
            m_weight->setValue(std::clamp(int(std::lround(alias.additionalWeight * 100)), 1, 99));
        }
    } else if (m_version->count() > 1) {
        m_version->setCurrentIndex(m_version->count() - 1); // the newest version
    }

    auto *weightRow = new QHBoxLayout;
    weightRow->addWidget(m_second);
    weightRow->addWidget(m_weight, 1);
    weightRow->addWidget(m_weightLabel);
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Version"), m_version);
    form->addRow(QString(), m_split);
    form->addRow(tr("Second version"), weightRow);
    form->addRow(tr("Routing"), m_bar);
    form->addRow(tr("Description"), m_description);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(m_new ? tr("Create") : tr("Save"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &AliasDialog::update);
    connect(m_version, &QComboBox::currentIndexChanged, this, &AliasDialog::update);
    connect(m_second, &QComboBox::currentIndexChanged, this, &AliasDialog::update);
    connect(m_split, &QCheckBox::toggled, this, &AliasDialog::update);
    connect(m_weight, &QSlider::valueChanged, this, &AliasDialog::update);
    update();
}

FunctionAlias AliasDialog::alias() const
{
    FunctionAlias a;
    a.name = m_name->text().trimmed();
    a.functionVersion = m_version->currentData().toString();
    a.description = m_description->text();
    a.revisionId = m_revisionId;
    if (m_split->isChecked() && m_second->currentIndex() >= 0) {
        a.additionalVersion = m_second->currentData().toString();
        a.additionalWeight = m_weight->value() / 100.0;
    }
    return a;
}

QString AliasDialog::problem() const
{
    const FunctionAlias a = alias();
    // AWS's pattern: letters, digits, '-' and '_', not only digits, up to 128.
    static const QRegularExpression pattern(QStringLiteral("^(?!^[0-9]+$)[a-zA-Z0-9-_]{1,128}$"));
    if (a.name.isEmpty())
        return tr("Name: give the alias a name.");
    if (!pattern.match(a.name).hasMatch())
        return tr("Name: 1 to 128 letters, digits, '-' or '_', and not only digits.");
    if (a.functionVersion.isEmpty())
        return tr("Version: publish a version first.");
    if (a.isWeighted()) {
        if (a.functionVersion == QLatin1String("$LATEST"))
            return tr("Version: $LATEST can't be in a weighted alias; choose a published version.");
        if (a.additionalVersion == a.functionVersion)
            return tr("Second version: choose a version other than the first.");
    }
    return {};
}

void AliasDialog::update()
{
    const FunctionAlias a = alias();
    m_second->setEnabled(m_split->isChecked());
    m_weight->setEnabled(m_split->isChecked());
    m_weightLabel->setText(m_split->isChecked() ? QStringLiteral("%1 %").arg(m_weight->value()) : QString());
    m_bar->setRouting(a.functionVersion, a.additionalVersion, a.additionalWeight);
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    if (m_ok)
        m_ok->setEnabled(why.isEmpty());
}

} // namespace lambdesk
