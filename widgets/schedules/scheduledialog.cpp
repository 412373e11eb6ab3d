#include "scheduledialog.h"

#include "model/jsoncheck.h"
#include "triggers/scheduleexpression.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lambdesk {

ScheduleDialog::ScheduleDialog(const QStringList &functions, const Schedule &schedule, QWidget *parent)
    : QDialog(parent), m_new(schedule.name.isEmpty()), m_created(schedule.created)
{
    setWindowTitle(m_new ? tr("Create schedule") : tr("Edit schedule %1").arg(schedule.name));
    m_name = new QLineEdit(schedule.name, this);
    m_name->setPlaceholderText(tr("nightly-report"));
    m_name->setToolTip(tr("1 to 64 letters, digits, periods, hyphens or underscores (EventBridge's rule names)"));
    m_name->setReadOnly(!m_new);
    m_function = new QComboBox(this);
    m_function->setEditable(true);
    m_function->addItems(functions);
    m_function->setCurrentText(schedule.function.isEmpty() && !functions.isEmpty() ? functions.first()
                                                                                   : schedule.function);
    m_function->setToolTip(tr("The function to run: NAME, or NAME:QUALIFIER for a version or an alias"));
    m_expression = new QLineEdit(
        schedule.expression.isEmpty() ? QStringLiteral("rate(5 minutes)") : schedule.expression, this);
    m_expression->setToolTip(tr("rate(5 minutes), rate(1 hour), rate(7 days), or cron(Minutes Hours Day-of-month "
                                "Month Day-of-week Year) in UTC, e.g. cron(0 12 * * ? *) or cron(0 8 ? * MON-FRI *)"));
    m_enabled = new QCheckBox(tr("Enabled"), this);
    m_enabled->setChecked(schedule.enabled);
    m_description = new QLineEdit(schedule.description, this);
    m_input = new QPlainTextEdit(QString::fromUtf8(schedule.input), this);
    m_input->setPlaceholderText(tr("Empty: the function gets EventBridge's Scheduled Event"));
    m_input->setMaximumHeight(fontMetrics().height() * 5);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_runs = new QLabel(this);
    m_runs->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_new ? tr("Create") : tr("Save"));

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Function"), m_function);
    form->addRow(tr("Expression"), m_expression);
    form->addRow(tr("Next runs"), m_runs);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Input (JSON)"), m_input);
    auto *layout = new QVBoxLayout(this);
    m_expression->setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    m_status->setStyleSheet(QStringLiteral("color:#d13212"));
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &ScheduleDialog::update);
    connect(m_function, &QComboBox::currentTextChanged, this, &ScheduleDialog::update);
    connect(m_expression, &QLineEdit::textChanged, this, &ScheduleDialog::update);
    connect(m_enabled, &QCheckBox::toggled, this, &ScheduleDialog::update);
    connect(m_description, &QLineEdit::textChanged, this, &ScheduleDialog::update);
    connect(m_input, &QPlainTextEdit::textChanged, this, &ScheduleDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_problem.isEmpty())
            Q_EMIT submitted(this->schedule());
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

Schedule ScheduleDialog::schedule() const
{
    Schedule s;
    s.name = m_name->text().trimmed();
    s.function = m_function->currentText().trimmed();
    s.expression = m_expression->text().trimmed();
    s.enabled = m_enabled->isChecked();
    s.description = m_description->text();
    s.input = m_input->toPlainText().trimmed().toUtf8();
    s.created = m_created;
    return s;
}

void ScheduleDialog::setError(const QString &text)
{
    m_status->setText(text);
    growForMessage();
}

void ScheduleDialog::growForMessage()
{
    // A long message wraps onto more lines: the dialog grows to show it whole, never cuts it.
    if (!layout())
        return;
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void ScheduleDialog::update()
{
    // The expression's rules and its next runs, as typed (a pure check in core; nothing is
    // saved before the backend accepts the schedule).
    const Schedule s = schedule();
    m_preview.clear();
    const auto expression = ScheduleExpression::parse(s.expression);
    if (expression) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QDateTime &t : expression->nextRuns(now, 5, s.created.isValid() ? s.created : now))
            m_preview << t.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        m_runs->setText(m_preview.isEmpty() ? tr("none (its years are over)") : m_preview.join(u'\n'));
    } else {
        m_runs->setText(tr("—"));
    }
    const auto problem = schedulestore::validate(s);
    m_problem = problem ? problem->message : QString();
    m_status->setText(m_problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
    growForMessage();
}

} // namespace lambdesk
