#include "concurrencyform.h"

#include "common/errorlabel.h"
#include "backendhost.h"
#include "common/explainpopup.h"
#include "invoke/concurrencylimits.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lambdesk {

ConcurrencyForm::ConcurrencyForm(BackendHost *host, QWidget *parent)
    : QWidget(parent), m_host(host), m_guard(new CallGuard(this))
{
    m_accountLabel = new QLabel(this);
    m_accountLabel->setObjectName(QStringLiteral("accountConcurrency"));
    m_accountLabel->setWordWrap(true);
    m_accountLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("concurrencySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_useUnreserved = new QRadioButton(tr("Use unreserved account concurrency"), this);
    m_useUnreserved->setObjectName(QStringLiteral("useUnreserved"));
    m_useUnreserved->setToolTip(tr("The function shares the account's unreserved concurrency with every function "
                                   "that has no reservation"));
    m_reserve = new QRadioButton(tr("Reserve concurrency"), this);
    m_reserve->setObjectName(QStringLiteral("reserveConcurrency"));
    m_reserve->setToolTip(tr("The function always has this many at once for itself, and never runs more "
                             "(0 throttles every invocation)"));
    ExplainPopup::attach(m_reserve, QStringLiteral("config.reservedConcurrency"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_useUnreserved);
    group->addButton(m_reserve);
    m_useUnreserved->setChecked(true);
    m_reservedBox = new QSpinBox(this);
    m_reservedBox->setObjectName(QStringLiteral("reservedConcurrency"));
    m_reservedBox->setRange(0, ConcurrencyLimits::kMaxAccountLimit);
    m_reservedBox->setAccessibleName(tr("Reserved concurrency"));
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("reservedHint"));
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);
    m_error = makeErrorLabel(this, QStringLiteral("ReservedConcurrentExecutions.error"));
    m_save = new QPushButton(QIcon(QStringLiteral(":/icons/save.svg")), tr("Save concurrency"), this);
    m_save->setObjectName(QStringLiteral("saveConcurrency"));
    m_save->setToolTip(tr("Save the function's reserved concurrency; it applies from the next invocation"));

    auto *reserveRow = new QHBoxLayout;
    reserveRow->addWidget(m_reserve);
    reserveRow->addWidget(m_reservedBox);
    reserveRow->addStretch(1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_accountLabel);
    layout->addWidget(m_summary);
    layout->addWidget(m_useUnreserved);
    layout->addLayout(reserveRow);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addLayout(saveRow);

    const auto edited = [this] {
        updateEnabled();
        showError(problem());
    };
    connect(m_useUnreserved, &QRadioButton::toggled, this, edited);
    connect(m_reservedBox, &QSpinBox::valueChanged, this, edited);
    connect(m_save, &QPushButton::clicked, this, &ConcurrencyForm::save);
    if (m_host && m_host->backend()) {
        // Changed elsewhere (the API, the CLI, another function's reservation, the account limit).
        connect(m_host->backend(), &Backend::concurrencyChanged, this, [this](const QString &) {
            if (!m_saving)
                reload();
        });
    }
    updateEnabled();
}

void ConcurrencyForm::setFunction(const QString &function)
{
    if (function == m_function)
        return;
    m_function = function;
    reload();
}

void ConcurrencyForm::reload()
{
    m_guard->invalidate(); // an older answer (another function's, a save's) is dropped
    m_saving = false;
    showError({});
    if (!m_host || !m_host->isReady()) {
        updateEnabled();
        return;
    }
    const QString function = m_function;
    m_host->call(
        m_guard,
        [function](Backend &b) {
            State s;
            s.account = b.accountConcurrency();
            if (!function.isEmpty()) {
                const auto r = b.functionConcurrency(function);
                if (r)
                    s.reserved = r.value();
                else
                    s.error = r.error().message;
            }
            return s;
        },
        [this](State s) {
            apply(s);
            Q_EMIT loaded();
        });
}

void ConcurrencyForm::apply(const State &state)
{
    m_account = state.account;
    m_reserved = state.reserved;
    m_accountLabel->setText(tr("Account concurrency: %1 at once · Unreserved account concurrency: %2 (at least %3 "
                               "always stays unreserved)")
                                .arg(m_account.limit)
                                .arg(m_account.unreserved)
                                .arg(m_account.minimumUnreserved));
    {
        const QSignalBlocker b1(m_useUnreserved), b2(m_reserve), b3(m_reservedBox);
        m_reservedBox->setMaximum(std::max(m_account.limit, 0));
        if (m_reserved) {
            m_reserve->setChecked(true);
            m_reservedBox->setValue(*m_reserved);
        } else {
            m_useUnreserved->setChecked(true);
            m_reservedBox->setValue(0);
        }
    }
    if (m_function.isEmpty())
        m_summary->clear();
    else if (!m_reserved)
        m_summary->setText(tr("%1 uses the unreserved account concurrency (%2 shared at once).")
                               .arg(m_function)
                               .arg(m_account.unreserved));
    else if (*m_reserved == 0)
        m_summary->setText(tr("%1 has a reserved concurrency of 0: every invocation is throttled.").arg(m_function));
    else
        m_summary->setText(
            tr("%1 has a reserved concurrency of %2: it runs at most %2 at once.").arg(m_function).arg(*m_reserved));
    m_hint->setText(m_function.isEmpty()
                        ? QString()
                        : tr("You can reserve from 0 to %1 for this function (the account's minimum unreserved "
                             "concurrency of %2 stays free).")
                              .arg(maximumReservation())
                              .arg(m_account.minimumUnreserved));
    updateEnabled();
    if (!state.error.isEmpty())
        showError(state.error);
}

int ConcurrencyForm::maximumReservation() const
{
    const int others = m_account.totalReserved - m_reserved.value_or(0);
    return std::max(0, m_account.limit - others - m_account.minimumUnreserved);
}

QString ConcurrencyForm::problem() const
{
    if (m_function.isEmpty() || !m_reserve->isChecked() || m_account.limit == 0)
        return {};
    if (m_reservedBox->value() <= maximumReservation())
        return {};
    // AWS's message, and what it means here.
    return tr("Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution "
              "below its minimum value of [%1]. Reserve at most %2 (the account limit %3, minus %4 reserved by other "
              "functions, minus the minimum unreserved %1).")
        .arg(m_account.minimumUnreserved)
        .arg(maximumReservation())
        .arg(m_account.limit)
        .arg(m_account.totalReserved - m_reserved.value_or(0));
}

void ConcurrencyForm::updateEnabled()
{
    const bool has = !m_function.isEmpty() && m_host && m_host->isReady();
    m_useUnreserved->setEnabled(has && !m_saving);
    m_reserve->setEnabled(has && !m_saving);
    m_reservedBox->setEnabled(has && !m_saving && m_reserve->isChecked());
    m_save->setEnabled(has && !m_saving);
}

void ConcurrencyForm::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString ConcurrencyForm::fieldError() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool ConcurrencyForm::save()
{
    if (m_function.isEmpty() || m_saving || !m_host)
        return false;
    if (const QString p = problem(); !p.isEmpty()) {
        showError(p);
        m_reservedBox->setFocus();
        Q_EMIT saveFailed(p);
        return false;
    }
    const QString function = m_function;
    const std::optional<int> wanted = m_reserve->isChecked() ? std::optional<int>(m_reservedBox->value())
                                                             : std::nullopt;
    m_saving = true;
    updateEnabled();
    m_host->call(
        m_guard,
        [function, wanted](Backend &b) {
            State s;
            const Status done = wanted ? [&]() -> Status {
                const auto r = b.putFunctionConcurrency(function, *wanted);
                return r ? Status(Ok{}) : Status(r.error());
            }()
                : b.deleteFunctionConcurrency(function);
            s.account = b.accountConcurrency();
            if (const auto r = b.functionConcurrency(function))
                s.reserved = r.value();
            if (!done)
                s.error = done.error().message;
            return s;
        },
        [this, wanted, function](State s) {
            m_saving = false;
            if (!s.error.isEmpty()) {
                // The backend's values for the account; the user's choice stays in the form.
                m_account = s.account;
                m_reserved = s.reserved;
                updateEnabled();
                showError(s.error);
                Q_EMIT saveFailed(s.error);
                return;
            }
            apply(s);
            Q_EMIT statusMessage(wanted ? tr("Reserved concurrency of %1 set to %2").arg(function).arg(*wanted)
                                        : tr("%1 uses the unreserved account concurrency").arg(function),
                                 6000);
            Q_EMIT saved(wanted);
        });
    return true;
}

} // namespace lambdesk
