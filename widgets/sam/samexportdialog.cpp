#include "samexportdialog.h"

#include "backend.h"
#include "backendhost.h"
#include "threadhandoff.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace lambdesk {

SamExportDialog::SamExportDialog(BackendHost *host, const QString &current, QWidget *parent)
    : QDialog(parent), m_host(host), m_current(current)
{
    setWindowTitle(tr("Export to AWS"));
    m_functions = new QListWidget(this);
    m_all = new QCheckBox(tr("All functions"), this);
    m_dir = new QLineEdit(this);
    m_dir->setPlaceholderText(tr("An empty folder"));
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    browseButton->setAutoDefault(false); // Enter in the path field reads the path, not a file dialog
    m_overwrite = new QCheckBox(tr("Replace files in a folder that is not empty"), this);
    m_zipOnly = new QCheckBox(tr("Only the deployment packages (.zip), no SAM template"), this);
    m_role = new QLineEdit(this);
    m_role->setPlaceholderText(tr("arn:aws:iam::ACCOUNT:role/NAME (optional: for the printed commands)"));
    m_output = new QPlainTextEdit(this);
    m_output->setReadOnly(true);
    m_output->setPlaceholderText(tr("The files written and the commands to deploy them appear here."));
    m_copy = new QPushButton(tr("Copy"), this);
    m_copy->setEnabled(false);
    m_status = new QLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);

    auto *dirRow = new QHBoxLayout;
    dirRow->addWidget(m_dir, 1);
    dirRow->addWidget(browseButton);
    auto *form = new QFormLayout;
    form->addRow(tr("Functions:"), m_functions);
    form->addRow(QString(), m_all);
    form->addRow(tr("Folder:"), dirRow);
    form->addRow(QString(), m_overwrite);
    form->addRow(QString(), m_zipOnly);
    form->addRow(tr("Role ARN:"), m_role);
    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(m_status, 1);
    copyRow->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_output, 1);
    layout->addLayout(copyRow);
    layout->addWidget(m_buttons);
    resize(720, 560);

    connect(browseButton, &QPushButton::clicked, this, &SamExportDialog::browse);
    connect(m_all, &QCheckBox::toggled, this, [this](bool all) {
        m_functions->setEnabled(!all);
        updateButtons();
    });
    connect(m_dir, &QLineEdit::textChanged, this, &SamExportDialog::updateButtons);
    connect(m_functions, &QListWidget::itemChanged, this, &SamExportDialog::updateButtons);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(outputText()); });
    // Export must not close the dialog: the result is shown in it.
    disconnect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_export, &QPushButton::clicked, this, &SamExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();

    if (!m_host)
        return;
    m_status->setText(tr("Reading the functions…"));
    m_host->call(
        this,
        [](Backend &b) {
            QStringList names;
            for (const FunctionConfig &c : b.listFunctions())
                if (!c.isBroken())
                    names << c.name;
            return names;
        },
        [this](const QStringList &names) {
            const QSignalBlocker block(m_functions);
            for (const QString &name : names) {
                auto *item = new QListWidgetItem(name, m_functions);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(name == m_current ? Qt::Checked : Qt::Unchecked);
            }
            m_loaded = true;
            m_status->clear();
            updateButtons();
            Q_EMIT functionsReady();
        });
}

QStringList SamExportDialog::selectedFunctions() const
{
    QStringList names;
    if (m_all->isChecked())
        return names;
    for (int i = 0; i < m_functions->count(); ++i)
        if (m_functions->item(i)->checkState() == Qt::Checked)
            names << m_functions->item(i)->text();
    return names;
}

void SamExportDialog::setSelectedFunctions(const QStringList &names)
{
    for (int i = 0; i < m_functions->count(); ++i)
        m_functions->item(i)->setCheckState(names.contains(m_functions->item(i)->text()) ? Qt::Checked
                                                                                         : Qt::Unchecked);
}

void SamExportDialog::setAllFunctions(bool all)
{
    m_all->setChecked(all);
}

void SamExportDialog::setOutDir(const QString &dir)
{
    m_dir->setText(dir);
}

void SamExportDialog::setOverwrite(bool overwrite)
{
    m_overwrite->setChecked(overwrite);
}

void SamExportDialog::setZipOnly(bool zipOnly)
{
    m_zipOnly->setChecked(zipOnly);
}

QString SamExportDialog::outputText() const
{
    return m_output->toPlainText();
}

void SamExportDialog::browse()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export to folder"), m_dir->text());
    if (!dir.isEmpty())
        m_dir->setText(dir);
}

void SamExportDialog::updateButtons()
{
    const bool chosen = m_all->isChecked() || !selectedFunctions().isEmpty();
    m_export->setEnabled(!m_busy && m_loaded && chosen && !m_dir->text().trimmed().isEmpty());
}

bool SamExportDialog::startExport()
{
    updateButtons();
    if (!m_export->isEnabled() || !m_host)
        return false;
    m_busy = true;
    m_result.reset();
    updateButtons();
    m_status->setText(tr("Exporting…"));
    samexport::Options options;
    options.overwrite = m_overwrite->isChecked();
    options.zipOnly = m_zipOnly->isChecked();
    options.roleArn = m_role->text().trimmed();
    // The blocking work (zips, copies) runs on the backend's worker pool; the answer comes back
    // here through the host, which outlives the dialog, and is dropped if the dialog is gone.
    QPointer<SamExportDialog> self(this);
    BackendHost *home = m_host;
    m_host->post([self, home, names = selectedFunctions(), dir = m_dir->text().trimmed(), options](Backend &b) {
        samexport::exportProject(b, names, dir, options, [self, home](Result<samexport::Report> r) {
            QMetaObject::invokeMethod(
                home, handOff([self, r = std::move(r)]() {
                    if (self)
                        self->finished(r);
                }),
                Qt::QueuedConnection);
        });
    });
    return true;
}

QString SamExportDialog::describe(const samexport::Report &result)
{
    QString text = tr("Written to %1:\n").arg(result.outDir);
    for (const QString &entry : result.written)
        text += QStringLiteral("  ") + entry + u'\n';
    if (!result.notes.isEmpty()) {
        text += tr("\nNotes:\n");
        for (const QString &note : result.notes)
            text += QStringLiteral("  ") + note + u'\n';
    }
    text += tr("\nTo deploy (replace <your-role-arn> with an IAM role Lambda can assume):\n");
    for (const QString &command : result.commands)
        text += command + u'\n';
    return text;
}

void SamExportDialog::finished(const Result<samexport::Report> &result)
{
    m_busy = false;
    updateButtons();
    if (!result) {
        m_status->setText(tr("Not exported: %1").arg(result.error().message));
        m_output->setPlainText(result.error().message);
        m_copy->setEnabled(false);
        Q_EMIT exportFailed(result.error().message);
        return;
    }
    m_result = result.value();
    m_output->setPlainText(describe(result.value()));
    m_copy->setEnabled(true);
    m_status->setText(tr("Exported %n file(s).", nullptr, int(result->files.size())));
    Q_EMIT exported(result->outDir);
}

} // namespace lambdesk
