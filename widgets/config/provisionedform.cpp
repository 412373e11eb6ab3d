#include "provisionedform.h"

#include "backendhost.h"
#include "common/explainpopup.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lambdesk {

namespace {

enum Column { QualifierColumn, RequestedColumn, AllocatedColumn, StatusColumn };

struct Listing
{
    Result<QList<ProvisionedConcurrency>> configs = Error::notFound({});
    QStringList qualifiers; // versions (newest first), then aliases on a version
    int limit = 0;
};

} // namespace

ProvisionedForm::ProvisionedForm(BackendHost *host, QWidget *parent) : QWidget(parent), m_host(host)
{
    m_calls = new CallGuard(this);
    m_prompt = [this](const QString &text) {
        return QMessageBox::question(this, tr("Remove provisioned concurrency"), text,
                                     QMessageBox::Yes | QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    auto *intro = new QLabel(tr("Environments of a version or alias initialised ahead of time: their invocations "
                                "start warm (no Init Duration); beyond them, invocations start on demand."),
                             this);
    intro->setWordWrap(true);
    m_add = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Add"), this);
    m_add->setObjectName(QStringLiteral("provisionedAdd"));
    m_add->setToolTip(tr("Keep environments of a published version or an alias initialised"));
    m_edit = new QPushButton(tr("Edit"), this);
    m_edit->setObjectName(QStringLiteral("provisionedEdit"));
    m_remove = new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("provisionedRemove"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(intro, 1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("provisionedList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Qualifier"), tr("Requested"), tr("Allocated"), tr("Status")});
    m_list->header()->setStretchLastSection(true);
    m_list->setMinimumHeight(fontMetrics().height() * 4);
    m_list->setMaximumHeight(fontMetrics().height() * 10); // a few rows; the page scrolls, not the empty list

    m_editor = new QWidget(this);
    m_qualifier = new QComboBox(m_editor);
    m_qualifier->setToolTip(tr("A published version or an alias ($LATEST cannot have provisioned concurrency)"));
    m_count = new QSpinBox(m_editor);
    m_count->setRange(1, 1000);
    m_count->setToolTip(tr("How many environments to keep initialised (ProvisionedConcurrentExecutions)"));
    m_save = new QPushButton(tr("Save"), m_editor);
    m_save->setObjectName(QStringLiteral("provisionedSave"));
    m_cancel = new QPushButton(tr("Cancel"), m_editor);
    auto *el = new QHBoxLayout(m_editor);
    el->setContentsMargins(0, 0, 0, 0);
    el->addWidget(new QLabel(tr("Qualifier"), m_editor));
    el->addWidget(m_qualifier, 1);
    el->addWidget(explain::explained(new QLabel(tr("Provisioned concurrency"), m_editor),
                                     QStringLiteral("config.provisionedConcurrency")));
    el->addWidget(m_count);
    el->addWidget(m_cancel);
    el->addWidget(m_save);
    m_editor->hide();

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("provisionedMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_list);
    layout->addWidget(m_editor);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &ProvisionedForm::add);
    connect(m_edit, &QPushButton::clicked, this, &ProvisionedForm::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &ProvisionedForm::removeSelected);
    connect(m_save, &QPushButton::clicked, this, &ProvisionedForm::saveEditor);
    connect(m_cancel, &QPushButton::clicked, this, [this] { setEditorVisible(false); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        m_edit->setEnabled(!selectedQualifier().isEmpty());
        m_remove->setEnabled(!selectedQualifier().isEmpty());
    });
    if (m_host) {
        Backend *b = m_host->backend();
        const auto mine = [this](const QString &fn) {
            if (fn == m_function)
                reload();
        };
        connect(b, &Backend::provisionedConcurrencyChanged, this, mine);
        connect(b, &Backend::versionsChanged, this, mine);
        connect(b, &Backend::aliasesChanged, this, mine);
    }
    m_edit->setEnabled(false);
    m_remove->setEnabled(false);
    m_add->setEnabled(false);
}

void ProvisionedForm::setFunction(const QString &name)
{
    if (name == m_function)
        return;
    m_calls->invalidate();
    m_function = name;
    m_configs.clear();
    m_qualifiers.clear();
    setEditorVisible(false);
    setMessage({}, false);
    showConfigs({}, {});
    reload();
}

void ProvisionedForm::reload()
{
    if (m_function.isEmpty() || !m_host)
        return;
    m_host->call(
        m_calls,
        [name = m_function](Backend &b) {
            Listing l;
            l.configs = b.listProvisionedConcurrency(name);
            l.limit = b.accountConcurrencyLimit();
            if (auto versions = b.listVersions(name); versions.ok()) {
                for (auto it = versions->crbegin(); it != versions->crend(); ++it)
                    l.qualifiers.append(it->version());
            }
            if (auto aliases = b.listAliases(name); aliases.ok()) {
                for (const FunctionAlias &a : aliases.value()) {
                    if (a.functionVersion != u"$LATEST")
                        l.qualifiers.append(a.name);
                }
            }
            return l;
        },
        [this](Listing l) {
            if (!l.configs.ok()) {
                setMessage(l.configs.error().message, true);
                return;
            }
            m_count->setMaximum(std::max(1, l.limit));
            showConfigs(l.configs.value(), l.qualifiers);
            Q_EMIT loaded();
        });
}

void ProvisionedForm::showConfigs(const QList<ProvisionedConcurrency> &configs, const QStringList &qualifiers)
{
    const QString keep = selectedQualifier();
    m_configs = configs;
    m_qualifiers = qualifiers;
    m_list->clear();
    for (const ProvisionedConcurrency &c : configs) {
        auto *item = new QTreeWidgetItem(
            m_list, {c.qualifier, QString::number(c.requested), QString::number(c.allocated), c.status});
        item->setToolTip(StatusColumn, c.statusReason.isEmpty()
                                           ? tr("Last modified %1").arg(c.lastModified)
                                           : c.statusReason);
        if (c.status == u"FAILED")
            item->setText(StatusColumn, tr("FAILED: %1").arg(c.statusReason));
        if (c.qualifier == keep)
            m_list->setCurrentItem(item);
    }
    m_add->setEnabled(!m_function.isEmpty() && !m_qualifiers.isEmpty());
    m_add->setToolTip(m_qualifiers.isEmpty() && !m_function.isEmpty()
                          ? tr("Publish a version first: $LATEST cannot have provisioned concurrency")
                          : tr("Keep environments of a published version or an alias initialised"));
    m_edit->setEnabled(!selectedQualifier().isEmpty());
    m_remove->setEnabled(!selectedQualifier().isEmpty());
}

QString ProvisionedForm::selectedQualifier() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->text(QualifierColumn) : QString();
}

void ProvisionedForm::setEditorVisible(bool visible)
{
    m_editor->setVisible(visible);
    m_add->setEnabled(!visible && !m_qualifiers.isEmpty());
}

bool ProvisionedForm::isEditorVisible() const
{
    return !m_editor->isHidden();
}

void ProvisionedForm::add()
{
    m_qualifier->clear();
    for (const QString &q : std::as_const(m_qualifiers)) {
        bool taken = false;
        for (const ProvisionedConcurrency &c : std::as_const(m_configs))
            taken = taken || c.qualifier == q;
        if (!taken)
            m_qualifier->addItem(q.front().isDigit() ? tr("Version %1").arg(q) : tr("Alias %1").arg(q), q);
    }
    m_qualifier->setEnabled(true);
    m_count->setValue(1);
    setEditorVisible(true);
}

void ProvisionedForm::editSelected()
{
    const QString q = selectedQualifier();
    if (q.isEmpty())
        return;
    m_qualifier->clear();
    m_qualifier->addItem(q.front().isDigit() ? tr("Version %1").arg(q) : tr("Alias %1").arg(q), q);
    m_qualifier->setEnabled(false);
    for (const ProvisionedConcurrency &c : std::as_const(m_configs)) {
        if (c.qualifier == q)
            m_count->setValue(c.requested);
    }
    setEditorVisible(true);
}

void ProvisionedForm::saveEditor()
{
    const QString q = m_qualifier->currentData().toString();
    if (q.isEmpty() || !m_host) {
        setMessage(tr("Choose a published version or an alias."), true);
        return;
    }
    const int count = m_count->value();
    m_host->call(
        this, [function = m_function, q, count](Backend &b) { return b.putProvisionedConcurrency(function, q, count); },
        [this](Result<ProvisionedConcurrency> r) {
            if (r.ok()) {
                setEditorVisible(false);
                setMessage(tr("Initialising %n environment(s) of %1…", nullptr, r->requested).arg(r->qualifier),
                           false);
            } else {
                setMessage(r.error().message, true); // the editor stays, with the values
            }
            reload();
            Q_EMIT answered(r.ok());
        });
}

void ProvisionedForm::removeSelected()
{
    const QString q = selectedQualifier();
    if (q.isEmpty() || !m_host)
        return;
    if (!m_prompt(tr("Remove the provisioned concurrency of %1:%2? Its environments stop; invocations start on "
                     "demand again.")
                      .arg(m_function, q)))
        return;
    m_host->call(
        this, [function = m_function, q](Backend &b) { return b.deleteProvisionedConcurrency(function, q); },
        [this, q](Status s) {
            setMessage(s.ok() ? tr("Removed the provisioned concurrency of %1.").arg(q) : s.error().message, !s.ok());
            reload();
            Q_EMIT answered(s.ok());
        });
}

void ProvisionedForm::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    m_message->setStyleSheet(error ? QStringLiteral("color:#d13212") : QString());
    m_message->setVisible(!text.isEmpty());
}

QString ProvisionedForm::message() const
{
    return m_message->text();
}

} // namespace lambdesk
