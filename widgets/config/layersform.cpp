#include "layersform.h"

#include "backendhost.h"
#include "common/errorlabel.h"
#include "common/explainpopup.h"
#include "io/ziparchive.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lambdesk {

namespace {

constexpr int kMaxLayers = 5; // AWS's limit, said in the help line (the backend enforces it)

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// AWS's 250 MB, as it says it.
QString limitText()
{
    return QLocale().formattedDataSize(ziparchive::kMaxUnzippedBytes, 0, QLocale::DataSizeTraditionalFormat);
}

// arn:aws:lambda:REGION:ACCOUNT:layer:NAME:VERSION -> NAME and VERSION (empty / 0 when not one).
std::pair<QString, int> parseArn(const QString &arn)
{
    const QStringList parts = arn.split(u':');
    if (parts.size() != 8 || parts.at(0) != u"arn" || parts.at(5) != u"layer")
        return {};
    bool ok = false;
    const int version = parts.at(7).toInt(&ok);
    return ok && version > 0 ? std::pair{parts.at(6), version} : std::pair<QString, int>{};
}

bool compatible(const LayerVersion &v, const QString &runtime)
{
    return v.compatibleRuntimes.isEmpty() || v.compatibleRuntimes.contains(runtime);
}

struct Loaded
{
    QList<PublishedLayer> published;
    QHash<QString, LayerVersion> details;
};

} // namespace

// ---- AddLayerDialog ----

AddLayerDialog::AddLayerDialog(const QList<PublishedLayer> &published, const QString &runtime, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Add layer"));
    int hidden = 0;
    QStringList hiddenNames;
    for (const PublishedLayer &p : published) {
        if (compatible(p.version, runtime))
            m_compatible.append(p);
        else
            ++hidden;
    }
    m_fromPublished = new QRadioButton(tr("Layers of this workspace"), this);
    m_fromPublished->setToolTip(tr("The layers published here whose compatible runtimes include %1").arg(runtime));
    m_fromArn = new QRadioButton(tr("Specify an ARN"), this);
    m_layer = new QComboBox(this);
    m_layer->setObjectName(QStringLiteral("addLayerName"));
    m_layer->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_layer->setMinimumContentsLength(24);
    QStringList names;
    for (const PublishedLayer &p : std::as_const(m_compatible)) {
        if (!names.contains(p.version.layerName))
            names << p.version.layerName;
    }
    m_layer->addItems(names);
    m_version = new QComboBox(this);
    m_version->setObjectName(QStringLiteral("addLayerVersion"));
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_details->setMinimumHeight(fontMetrics().lineSpacing() * 2); // no jump when it empties
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_arnEdit = new QLineEdit(this);
    m_arnEdit->setObjectName(QStringLiteral("addLayerArn"));
    m_arnEdit->setPlaceholderText(QStringLiteral("arn:aws:lambda:us-east-1:000000000000:layer:NAME:VERSION"));
    m_arnEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    auto *note = new QLabel(hidden > 0 ? tr("%n layer version(s) not compatible with %1 are not offered.", nullptr, hidden)
                                             .arg(runtime)
                                       : names.isEmpty() ? tr("No layer compatible with %1 is published yet: the "
                                                              "Layers page (Tools → Layers…) creates one.")
                                                               .arg(runtime)
                                                         : QString(),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    note->setVisible(!note->text().isEmpty());

    auto *form = new QFormLayout;
    form->addRow(m_fromPublished);
    form->addRow(tr("Layer"), m_layer);
    form->addRow(tr("Version"), m_version);
    form->addRow(QString(), m_details);
    form->addRow(note);
    form->addRow(m_fromArn);
    form->addRow(tr("Layer version ARN"), m_arnEdit);
    const QString layers = QStringLiteral("config.layers");
    explain::attachFormLabels(form, {QString(), layers, layers, QString(), QString(), QString(), layers});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Add"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    (names.isEmpty() ? m_fromArn : m_fromPublished)->setChecked(true);
    connect(m_fromPublished, &QRadioButton::toggled, this, &AddLayerDialog::update);
    connect(m_fromArn, &QRadioButton::toggled, this, [this](bool arn) {
        if (arn)
            m_arnEdit->setFocus();
    });
    connect(m_layer, &QComboBox::currentIndexChanged, this, &AddLayerDialog::fillVersions);
    connect(m_version, &QComboBox::currentIndexChanged, this, &AddLayerDialog::update);
    connect(m_arnEdit, &QLineEdit::textChanged, this, &AddLayerDialog::update);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillVersions();
}

void AddLayerDialog::fillVersions()
{
    const QSignalBlocker block(m_version);
    m_version->clear();
    for (const PublishedLayer &p : std::as_const(m_compatible)) {
        if (p.version.layerName == m_layer->currentText())
            m_version->addItem(QString::number(p.version.version), p.arn); // newest first, as listed
    }
    update();
}

void AddLayerDialog::update()
{
    const bool published = m_fromPublished->isChecked();
    m_layer->setEnabled(published);
    m_version->setEnabled(published);
    m_arnEdit->setEnabled(!published);
    QString details;
    if (published) {
        for (const PublishedLayer &p : std::as_const(m_compatible)) {
            if (p.arn == m_version->currentData().toString()) {
                const LayerVersion &v = p.version;
                details = tr("%1 unzipped · runtimes: %2%3")
                              .arg(sizeText(v.unzippedSize),
                                   v.compatibleRuntimes.isEmpty() ? tr("any") : v.compatibleRuntimes.join(QStringLiteral(", ")),
                                   v.description.isEmpty() ? QString() : QStringLiteral(" · ") + v.description);
            }
        }
    }
    m_details->setText(details);
    m_ok->setEnabled(!arn().isEmpty());
}

QString AddLayerDialog::arn() const
{
    return m_fromPublished->isChecked() ? m_version->currentData().toString() : m_arnEdit->text().trimmed();
}

QStringList AddLayerDialog::layerNames() const
{
    QStringList out;
    for (int i = 0; i < m_layer->count(); ++i)
        out << m_layer->itemText(i);
    return out;
}

QList<int> AddLayerDialog::versionNumbers() const
{
    QList<int> out;
    for (int i = 0; i < m_version->count(); ++i)
        out << m_version->itemText(i).toInt();
    return out;
}

bool AddLayerDialog::selectLayer(const QString &name, int version)
{
    const int at = m_layer->findText(name);
    if (at < 0)
        return false;
    m_fromPublished->setChecked(true);
    m_layer->setCurrentIndex(at);
    if (version > 0) {
        const int v = m_version->findText(QString::number(version));
        if (v < 0)
            return false;
        m_version->setCurrentIndex(v);
    }
    return true;
}

void AddLayerDialog::setArn(const QString &arn)
{
    m_fromArn->setChecked(true);
    m_arnEdit->setText(arn);
}

// ---- LayersForm ----

LayersForm::LayersForm(BackendHost *host, QWidget *parent) : QWidget(parent), m_host(host), m_guard(new CallGuard(this))
{
    auto *help = new QLabel(tr("Layers are extracted to /opt in this order: a file of a later layer replaces the "
                               "same file of an earlier one. Up to %1 layers; with the code, at most %2 unzipped. "
                               "These are $LATEST's layers: a published version keeps those it was published with.")
                                .arg(kMaxLayers)
                                .arg(limitText()),
                            this);
    help->setObjectName(QStringLiteral("layersHelp"));
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);
    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("functionLayers"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setHeaderLabels({tr("Order"), tr("Name"), tr("Version"), tr("Version ARN"), tr("Size")});
    m_table->headerItem()->setToolTip(OrderColumn, tr("The merge order: a later layer's files win"));
    m_table->header()->setStretchLastSection(false);
    for (int c : {OrderColumn, VersionColumn, SizeColumn})
        m_table->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(NameColumn, fontMetrics().averageCharWidth() * 16); // the ARN says it whole too
    m_table->header()->setSectionResizeMode(ArnColumn, QHeaderView::Stretch);
    // Up to five rows: the table is as tall as five, never a scroll area inside the page's.
    m_table->setMinimumHeight(fontMetrics().height() * 8);
    m_table->setMaximumHeight(fontMetrics().height() * 10);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("layersTotal"));
    m_total->setWordWrap(true);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = makeErrorLabel(this, QStringLiteral("Layers.error"));

    m_add = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Add layer…"), this);
    m_add->setObjectName(QStringLiteral("addLayer"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeLayer"));
    m_up = new QPushButton(tr("Move up"), this);
    m_up->setObjectName(QStringLiteral("moveLayerUp"));
    m_up->setToolTip(tr("Merge earlier: later layers win over this one"));
    m_down = new QPushButton(tr("Move down"), this);
    m_down->setObjectName(QStringLiteral("moveLayerDown"));
    m_down->setToolTip(tr("Merge later: this layer wins over the earlier ones"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelLayers"));
    m_cancel->setToolTip(tr("Show the saved layers again"));
    m_save = new QPushButton(QIcon(QStringLiteral(":/icons/save.svg")), tr("Save layers"), this);
    m_save->setObjectName(QStringLiteral("saveLayers"));
    m_save->setToolTip(tr("Save the layers of $LATEST; its warm environments are retired (the next invocation "
                          "starts with the new /opt)"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(help);
    layout->addWidget(m_table);
    layout->addWidget(m_total);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { openAddDialog(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeAt(m_table->indexOfTopLevelItem(m_table->currentItem())); });
    connect(m_up, &QPushButton::clicked, this, [this] { move(m_table->indexOfTopLevelItem(m_table->currentItem()), -1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(m_table->indexOfTopLevelItem(m_table->currentItem()), 1); });
    connect(m_save, &QPushButton::clicked, this, &LayersForm::save);
    connect(m_cancel, &QPushButton::clicked, this, &LayersForm::revert);
    connect(m_table, &QTreeWidget::currentItemChanged, this, &LayersForm::updateButtons);
    if (m_host && m_host->backend())
        connect(m_host->backend(), &Backend::layersChanged, this, &LayersForm::reload);
    showRows();
}

void LayersForm::setFunction(const FunctionConfig &config)
{
    const bool other = config.name != m_function.name;
    const bool keepEdits = !other && isDirty() && !m_saving;
    m_function = config;
    if (!keepEdits)
        m_draft = config.layers;
    if (other) {
        setError({});
        reload();
    } else {
        showRows();
    }
}

void LayersForm::reload()
{
    m_guard->invalidate();
    if (!m_host || !m_host->isReady() || m_function.name.isEmpty()) {
        showRows();
        return;
    }
    const QStringList listed = m_function.layers + m_draft;
    m_host->call(
        m_guard,
        [listed](Backend &b) {
            Loaded l;
            if (auto layers = b.listLayers()) {
                for (const LayerVersion &latest : layers.value()) {
                    const auto versions = b.listLayerVersions(latest.layerName);
                    if (!versions)
                        continue;
                    for (const LayerVersion &v : versions.value()) {
                        const QString arn = b.layerVersionArn(v.layerName, v.version);
                        l.published.append({v, arn});
                        l.details.insert(arn, v);
                    }
                }
            }
            // A listed version that is not offered any more (deleted): its details if still readable.
            for (const QString &arn : listed) {
                if (l.details.contains(arn))
                    continue;
                const auto [name, version] = parseArn(arn);
                if (name.isEmpty())
                    continue;
                if (auto v = b.getLayerVersion(name, version))
                    l.details.insert(arn, v.value());
            }
            return l;
        },
        [this](Loaded l) {
            m_published = l.published;
            m_details = l.details;
            showRows();
            Q_EMIT loaded();
        });
}

const LayerVersion *LayersForm::known(const QString &arn) const
{
    const auto it = m_details.constFind(arn);
    return it == m_details.constEnd() ? nullptr : &it.value();
}

qint64 LayersForm::layersSize(bool *allKnown) const
{
    qint64 total = 0;
    bool all = true;
    for (const QString &arn : m_draft) {
        if (const LayerVersion *v = known(arn))
            total += v->unzippedSize;
        else
            all = false;
    }
    if (allKnown)
        *allKnown = all;
    return total;
}

void LayersForm::showRows()
{
    const int current = m_table->indexOfTopLevelItem(m_table->currentItem());
    const QSignalBlocker block(m_table);
    m_table->clear();
    for (int i = 0; i < m_draft.size(); ++i) {
        const QString &arn = m_draft.at(i);
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(OrderColumn, QString::number(i + 1));
        item->setTextAlignment(OrderColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(ArnColumn, arn);
        item->setToolTip(ArnColumn, arn);
        if (const LayerVersion *v = known(arn)) {
            item->setText(NameColumn, v->layerName);
            item->setToolTip(NameColumn, v->description);
            item->setText(VersionColumn, QString::number(v->version));
            item->setText(SizeColumn, sizeText(v->unzippedSize));
            item->setToolTip(SizeColumn, tr("Unzipped; the zip is %1").arg(sizeText(v->codeSize)));
        } else {
            const auto [name, version] = parseArn(arn);
            item->setText(NameColumn, name.isEmpty() ? tr("(not a layer version ARN)") : name);
            item->setText(VersionColumn, version > 0 ? QString::number(version) : QString());
            item->setText(SizeColumn, tr("—"));
            item->setToolTip(SizeColumn, tr("Not a layer version published here: saving checks it"));
            for (int c = NameColumn; c <= SizeColumn; ++c)
                item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
        }
        item->setTextAlignment(VersionColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (current >= 0 && current < m_table->topLevelItemCount())
        m_table->setCurrentItem(m_table->topLevelItem(current));

    bool allKnown = true;
    const qint64 layers = layersSize(&allKnown);
    if (m_function.name.isEmpty()) {
        m_total->clear();
    } else if (m_draft.isEmpty()) {
        m_total->setText(tr("No layers: /opt is empty. Code: %1 unzipped.").arg(sizeText(m_function.codeSize)));
    } else {
        m_total->setText(tr("Total unzipped size: %1 (layers %2%3 + code %4) of %5")
                             .arg(sizeText(layers + m_function.codeSize), sizeText(layers),
                                  allKnown ? QString() : tr(", some unknown"), sizeText(m_function.codeSize),
                                  limitText()));
    }
    updateButtons();
}

void LayersForm::updateButtons()
{
    const int row = m_table->indexOfTopLevelItem(m_table->currentItem());
    const bool has = !m_function.name.isEmpty() && m_host;
    m_add->setEnabled(has && !m_saving);
    m_remove->setEnabled(row >= 0 && !m_saving);
    m_up->setEnabled(row > 0 && !m_saving);
    m_down->setEnabled(row >= 0 && row + 1 < m_draft.size() && !m_saving);
    m_save->setEnabled(has && isDirty() && !m_saving);
    m_cancel->setEnabled(isDirty() && !m_saving);
}

void LayersForm::addLayer(const QString &arn)
{
    if (arn.isEmpty())
        return;
    m_draft.append(arn);
    setError({});
    showRows();
    m_table->setCurrentItem(m_table->topLevelItem(m_table->topLevelItemCount() - 1));
}

void LayersForm::removeAt(int row)
{
    if (row < 0 || row >= m_draft.size())
        return;
    m_draft.removeAt(row);
    setError({});
    showRows();
}

void LayersForm::move(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= m_draft.size() || to < 0 || to >= m_draft.size())
        return;
    m_draft.move(row, to);
    setError({});
    showRows();
    m_table->setCurrentItem(m_table->topLevelItem(to));
}

void LayersForm::revert()
{
    if (m_saving)
        return;
    m_draft = m_function.layers;
    setError({});
    showRows();
}

AddLayerDialog *LayersForm::openAddDialog()
{
    auto *dialog = new AddLayerDialog(m_published, m_function.runtime, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addLayer(dialog->arn()); });
    dialog->open();
    return dialog;
}

bool LayersForm::save()
{
    if (m_saving || !m_host || m_function.name.isEmpty() || !isDirty())
        return false;
    const QString name = m_function.name;
    const QStringList layers = m_draft;
    m_saving = true;
    setError({});
    updateButtons();
    // Not through m_guard: a reload meanwhile (layers changed) must not drop the answer.
    m_host->call(
        this,
        [name, layers](Backend &b) -> Result<FunctionUpdate> {
            // The function as saved now, with only its layers changed: the other sections' values stay.
            auto function = b.getFunction(name);
            if (!function)
                return function.error();
            FunctionConfig c = function.value();
            c.layers = layers;
            return b.updateConfiguration(c);
        },
        [this, name](Result<FunctionUpdate> r) {
            m_saving = false;
            if (name != m_function.name) { // another function is shown now
                updateButtons();
                if (r)
                    Q_EMIT statusMessage(tr("Saved the layers of %1").arg(name), 6000);
                return;
            }
            if (!r) {
                setError(tr("Not saved: %1").arg(r.error().message));
                updateButtons();
                Q_EMIT saveFailed(r.error().message);
                return;
            }
            m_function = r->config;
            m_draft = m_function.layers;
            showRows();
            Q_EMIT statusMessage(tr("Saved the layers of %1").arg(m_function.name), 6000);
            Q_EMIT saved(m_function);
        });
    return true;
}

QString LayersForm::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LayersForm::setError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

} // namespace lambdesk
