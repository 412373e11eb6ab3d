#include "loggingform.h"

#include "common/errorlabel.h"
#include "common/explainpopup.h"
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace lambdesk {

namespace {
const QString kFormat = QStringLiteral("LoggingConfig.LogFormat");
const QString kApplication = QStringLiteral("LoggingConfig.ApplicationLogLevel");
const QString kSystem = QStringLiteral("LoggingConfig.SystemLogLevel");
const QString kGroup = QStringLiteral("LoggingConfig.LogGroup");

void selectText(QComboBox *box, const QString &text)
{
    const int i = box->findText(text);
    box->setCurrentIndex(i >= 0 ? i : box->findText(QStringLiteral("INFO")));
}
} // namespace

QStringList LoggingForm::fields()
{
    return {kFormat, kApplication, kSystem, kGroup};
}

LoggingForm::LoggingForm(QWidget *parent) : QWidget(parent)
{
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("logFormatBox"));
    m_format->addItems(LoggingConfig::formats());
    m_format->setToolTip(tr("Text: lines as the code prints them and START/END/REPORT. JSON: structured records "
                            "from the runtime's logger and platform.* records, filtered by level"));
    m_application = new QComboBox(this);
    m_application->setObjectName(QStringLiteral("applicationLogLevelBox"));
    m_application->addItems(LoggingConfig::applicationLevels());
    m_application->setToolTip(tr("Lambda keeps the function's log records at this level and above (TRACE shows all)"));
    m_system = new QComboBox(this);
    m_system->setObjectName(QStringLiteral("systemLogLevelBox"));
    m_system->addItems(LoggingConfig::systemLevels());
    m_system->setToolTip(
        tr("Lambda's own records: INFO keeps platform.start and platform.report, DEBUG adds platform.runtimeDone, "
           "WARN keeps neither"));
    m_logGroup = new QLineEdit(this);
    m_logGroup->setObjectName(QStringLiteral("logGroupEdit"));
    m_logGroup->setClearButtonEnabled(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("loggingSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_levelsHint = new QLabel(tr("Log levels apply only with the JSON format."), this);
    m_levelsHint->setObjectName(QStringLiteral("levelsHint"));
    m_levelsHint->setEnabled(false);

    auto *form = new QFormLayout;
    const auto add = [&](const QString &label, QWidget *editor, const QString &field) {
        QLabel *error = makeErrorLabel(this, field + QStringLiteral(".error"));
        auto *cell = new QWidget(this);
        auto *v = new QVBoxLayout(cell);
        v->setContentsMargins(0, 0, 0, 0);
        v->addWidget(editor);
        v->addWidget(error);
        form->addRow(label, cell);
        m_errors.insert(field, error);
        m_editors.insert(field, editor);
    };
    add(tr("Log format"), m_format, kFormat);
    add(tr("Application log level"), m_application, kApplication);
    add(tr("System log level"), m_system, kSystem);
    form->addRow(QString(), m_levelsHint);
    add(tr("Log group"), m_logGroup, kGroup);
    explain::attachFormLabels(form,
                              {QStringLiteral("config.logFormat"), QStringLiteral("config.applicationLogLevel"),
                               QStringLiteral("config.systemLogLevel")});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addLayout(form);

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        Q_EMIT edited();
    });
    connect(m_application, &QComboBox::currentIndexChanged, this, &LoggingForm::edited);
    connect(m_system, &QComboBox::currentIndexChanged, this, &LoggingForm::edited);
    connect(m_logGroup, &QLineEdit::textEdited, this, &LoggingForm::edited);
    setEditing(false);
}

void LoggingForm::load(const FunctionConfig &config)
{
    const QSignalBlocker b1(m_format), b2(m_application), b3(m_system);
    m_functionName = config.name;
    const LoggingConfig &l = config.logging;
    const int format = m_format->findText(l.logFormat);
    m_format->setCurrentIndex(format >= 0 ? format : 0);
    selectText(m_application, l.effectiveApplicationLogLevel());
    selectText(m_system, l.effectiveSystemLogLevel());
    m_logGroup->setText(l.logGroup);
    m_logGroup->setPlaceholderText(QStringLiteral("/aws/lambda/") + config.name);
    updateSummary(config);
    updateEnabled();
    showErrors({});
}

void LoggingForm::updateSummary(const FunctionConfig &config)
{
    const LoggingConfig &l = config.logging;
    QString text = tr("Format: %1 · Log group: %2").arg(l.logFormat, l.effectiveLogGroup(config.name));
    if (l.isJson())
        text += u' '
            + tr("· Application log level: %1 · System log level: %2")
                  .arg(l.effectiveApplicationLogLevel(), l.effectiveSystemLogLevel());
    m_summary->setText(text);
}

void LoggingForm::setEditing(bool editing)
{
    m_editing = editing;
    m_summary->setVisible(!editing);
    m_format->setEnabled(editing);
    m_logGroup->setReadOnly(!editing);
    m_logGroup->setEnabled(editing);
    updateEnabled();
}

void LoggingForm::updateEnabled()
{
    const bool json = m_format->currentText() == u"JSON";
    m_application->setEnabled(m_editing && json);
    m_system->setEnabled(m_editing && json);
    m_levelsHint->setVisible(!json);
}

void LoggingForm::applyTo(FunctionConfig &config) const
{
    LoggingConfig &l = config.logging;
    l.logFormat = m_format->currentText();
    if (l.isJson()) {
        l.applicationLogLevel = m_application->currentText();
        l.systemLogLevel = m_system->currentText();
    } else {
        l.applicationLogLevel.clear();
        l.systemLogLevel.clear();
    }
    l.logGroup = m_logGroup->text().trimmed();
}

void LoggingForm::showErrors(const QHash<QString, QStringList> &errors)
{
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QStringList messages = errors.value(it.key());
        it.value()->setText(messages.join(u'\n'));
        it.value()->setVisible(!messages.isEmpty());
    }
}

QString LoggingForm::fieldError(const QString &field) const
{
    const QLabel *label = m_errors.value(field);
    return label ? label->text() : QString();
}

QWidget *LoggingForm::editorFor(const QString &field) const
{
    return m_editors.value(field);
}

} // namespace lambdesk
