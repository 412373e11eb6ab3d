#include "samimportdialog.h"

#include "backendhost.h"
#include "io/samtemplate.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lambdesk {

SamImportDialog::SamImportDialog(BackendHost *host, QWidget *parent) : QDialog(parent), m_host(host)
{
    setWindowTitle(tr("Open SAM project"));
    auto *layout = new QVBoxLayout(this);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(new QLabel(tr("Template:"), this));
    m_path = new QLineEdit(this);
    m_path->setPlaceholderText(tr("the project's template.yaml"));
    pathRow->addWidget(m_path, 1);
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    browseButton->setAutoDefault(false); // Enter in the path field reads the path, not a file dialog
    pathRow->addWidget(browseButton);
    layout->addLayout(pathRow);
    connect(browseButton, &QPushButton::clicked, this, &SamImportDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (!m_path->text().isEmpty())
            refresh();
    });

    layout->addWidget(new QLabel(tr("Parameters (double-click a value to change it):"), this));
    m_parameters = new QTableWidget(0, 2, this);
    m_parameters->setHorizontalHeaderLabels({tr("Parameter"), tr("Value")});
    m_parameters->horizontalHeader()->setStretchLastSection(true);
    m_parameters->verticalHeader()->hide();
    m_parameters->setMaximumHeight(120);
    layout->addWidget(m_parameters);
    connect(m_parameters, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != 1)
            return;
        m_overrides.insert(m_parameters->item(item->row(), 0)->text(), item->text());
        refresh();
    });

    m_preview = new QTreeWidget(this);
    m_preview->setHeaderLabels({tr("Function / event"), tr("Runtime"), tr("Handler"), tr("Memory"), tr("Timeout"),
                                tr("Import")});
    m_preview->setRootIsDecorated(true);
    layout->addWidget(m_preview, 1);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Close, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { startImport(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 600);
}

void SamImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open SAM project"), m_path->text(),
                                                      tr("SAM templates (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        setTemplatePath(path);
}

void SamImportDialog::setTemplatePath(const QString &path)
{
    m_path->setText(path);
    m_overrides.clear();
    refresh();
}

QString SamImportDialog::templatePath() const
{
    return m_path->text();
}

void SamImportDialog::setParameter(const QString &name, const QString &value)
{
    for (int row = 0; row < m_parameters->rowCount(); ++row)
        if (m_parameters->item(row, 0)->text() == name)
            m_parameters->item(row, 1)->setText(value); // itemChanged: refresh()
}

QMap<QString, QString> SamImportDialog::parameterValues() const
{
    QMap<QString, QString> out;
    for (int row = 0; row < m_parameters->rowCount(); ++row)
        out.insert(m_parameters->item(row, 0)->text(), m_parameters->item(row, 1)->text());
    return out;
}

QString SamImportDialog::errorText() const
{
    return m_status->property("error").toBool() ? m_status->text() : QString();
}

void SamImportDialog::refresh()
{
    if (!m_host)
        return;
    const quint64 generation = ++m_generation;
    setBusy(true);
    m_status->setProperty("error", false);
    m_status->setText(tr("Reading %1…").arg(templatePath()));
    // The template is read and the import planned on the backend's thread (the region is its).
    m_host->call(
        this,
        [path = templatePath(), overrides = m_overrides](Backend &b) {
            Preview p;
            const auto declared = samtemplate::parameters(path);
            if (!declared) {
                p.error = declared.error().message;
                return p;
            }
            for (const samtemplate::ParameterInfo &info : declared.value()) {
                p.parameterNames << info.name;
                p.defaults.insert(info.name, info.defaultValue);
            }
            samtemplate::Options options;
            options.region = b.region();
            auto project = samtemplate::parse(path, overrides, options);
            if (!project) {
                p.error = project.error().message;
                return p;
            }
            p.plan = samimport::importProject(b, project.value(), true);
            p.project = std::move(project).value();
            return p;
        },
        [this, generation](Preview p) {
            if (generation != m_generation)
                return;
            setBusy(false);
            showPreview(p);
        });
}

void SamImportDialog::fillParameters(const Preview &preview)
{
    m_filling = true;
    m_parameters->setRowCount(int(preview.parameterNames.size()));
    for (int row = 0; row < preview.parameterNames.size(); ++row) {
        const QString &name = preview.parameterNames[row];
        auto *key = new QTableWidgetItem(name);
        key->setFlags(key->flags() & ~Qt::ItemIsEditable);
        m_parameters->setItem(row, 0, key);
        const QString value = preview.project ? preview.project->parameters.value(name)
                                              : m_overrides.value(name, preview.defaults.value(name));
        m_parameters->setItem(row, 1, new QTableWidgetItem(value));
    }
    m_filling = false;
}

void SamImportDialog::showPreview(const Preview &preview)
{
    fillParameters(preview);
    m_preview->clear();
    m_project = preview.project;
    m_plan = preview.plan;
    if (!preview.project) {
        m_status->setProperty("error", true);
        m_status->setText(preview.error);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        Q_EMIT previewFailed(preview.error);
        return;
    }
    const sam::Project &project = *preview.project;
    for (const sam::Function &f : project.functions) {
        QString action;
        for (const SamImportItem &i : preview.plan.functions)
            if (i.logicalId == f.logicalId)
                action = i.action + (i.action == u"failed" ? QStringLiteral(": ") + i.detail : QString());
        auto *item = new QTreeWidgetItem(m_preview, {f.config.name, f.config.runtime, f.config.handler,
                                                     tr("%1 MB").arg(f.config.memorySize),
                                                     tr("%1 s").arg(f.config.timeout), action});
        item->setToolTip(NameColumn, f.codeDir.isEmpty() ? tr("Inline code (imported as a copy)")
                                                         : tr("Runs from %1").arg(f.codeDir));
        if (f.url)
            new QTreeWidgetItem(item, {tr("Function URL (%1)").arg(functionurl::authTypeName(f.url->authType))});
        if (!f.autoPublishAlias.isEmpty())
            new QTreeWidgetItem(item, {tr("Alias %1 on a new version").arg(f.autoPublishAlias)});
        for (const sam::Event &e : f.events) {
            QString text;
            switch (e.kind) {
            case sam::Event::Kind::Api:
            case sam::Event::Kind::HttpApi:
                text = tr("URL route %1 %2 (%3)").arg(e.method.toUpper(), e.path, e.type);
                break;
            case sam::Event::Kind::Schedule:
            case sam::Event::Kind::ScheduleV2:
                text = tr("Schedule %1%2").arg(e.scheduleExpression, e.enabled ? QString() : tr(" (disabled)"));
                break;
            case sam::Event::Kind::Sqs:
                text = tr("Queue %1 (batch %2)").arg(e.queue).arg(e.batchSize);
                break;
            case sam::Event::Kind::Other:
                text = e.type;
                break;
            }
            new QTreeWidgetItem(item, {text});
        }
        item->setExpanded(true);
    }
    for (const sam::Layer &l : project.layers)
        new QTreeWidgetItem(m_preview, {tr("Layer %1").arg(l.layerName), {}, {}, {}, {}, tr("publish")});
    if (!preview.plan.unsupported.isEmpty()) {
        auto *group = new QTreeWidgetItem(m_preview, {tr("Not imported (%1)").arg(preview.plan.unsupported.size())});
        for (const sam::Unsupported &u : preview.plan.unsupported) {
            auto *row = new QTreeWidgetItem(group, {u.resource, u.type, u.why});
            row->setToolTip(HandlerColumn, u.why);
        }
        group->setExpanded(true);
    }
    for (int c = 0; c <= ActionColumn; ++c)
        m_preview->resizeColumnToContents(c);
    m_status->setText(tr("%n function(s) to import.", nullptr, int(project.functions.size())));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!project.functions.isEmpty());
    Q_EMIT previewReady();
}

bool SamImportDialog::startImport()
{
    if (!m_project || m_busy || !m_host)
        return false;
    setBusy(true);
    m_status->setText(tr("Importing…"));
    m_host->call(
        this, [project = *m_project](Backend &b) { return samimport::importProject(b, project); },
        [this](SamImportReport report) {
            setBusy(false);
            showReport(report);
        });
    return true;
}

void SamImportDialog::showReport(const SamImportReport &report)
{
    m_report = report;
    QStringList lines;
    for (const SamImportItem &i : report.functions)
        lines << tr("%1: %2%3").arg(i.name, i.action, i.detail.isEmpty() ? QString() : QStringLiteral(" (") + i.detail + u')');
    const bool failed = report.failed() > 0;
    m_status->setProperty("error", failed);
    m_status->setText(lines.join(u'\n'));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    if (failed)
        Q_EMIT importFailed(lines.join(u'\n'));
    else
        Q_EMIT imported(report);
}

void SamImportDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_path->setEnabled(!busy);
    m_parameters->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy && m_project && !m_project->functions.isEmpty());
}

} // namespace lambdesk
