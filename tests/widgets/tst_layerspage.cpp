// The Layers page offscreen against a real backend: Create layer publishes from a folder and
// from a .zip (both made here) through the dialog, off the GUI thread with the dialog busy
// meanwhile; the layer is listed with its latest version, its versions with ARN, size and
// SHA-256; the dialog's rules show under their fields and publish nothing; Delete version asks
// first (saying functions keep working) and removes only the version chosen.
#include "backendhost.h"
#include "io/ziparchive.h"
#include "layers/createlayerdialog.h"
#include "layers/layerspage.h"
#include "widgettestsupport.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace lambdesk;
using widgettestsupport::callAndWait;
using widgettestsupport::StartedHost;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class tst_LayersPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<StartedHost> m_env;
    std::unique_ptr<LayersPage> m_page;
    QTemporaryDir m_files;
    QString m_python;

    // A folder as a layer wants it: python/<module>.py.
    QString makeFolder(const QString &name, const QByteArray &module)
    {
        const QString dir = m_files.filePath(name);
        writeFile(dir + QStringLiteral("/python/") + name + QStringLiteral(".py"), module);
        return dir;
    }
    QString makeZip(const QString &name, const QByteArray &module)
    {
        const QString dir = makeFolder(name + QStringLiteral("-src"), module);
        const auto zip = ziparchive::create(dir);
        if (!zip)
            qFatal("zip: %s", qPrintable(zip.error().message));
        const QString path = m_files.filePath(name + QStringLiteral(".zip"));
        writeFile(path, zip.value());
        return path;
    }
    bool untilLayers(const std::function<bool()> &check)
    {
        return widgettestsupport::Waiter()
            .on(m_page.get(), &LayersPage::layersLoaded)
            .on(m_page.get(), &LayersPage::versionsLoaded)
            .until(check);
    }
    const LayerVersion *listed(const QString &name) const
    {
        for (const LayerVersion &l : m_page->layers())
            if (l.layerName == name)
                return &l;
        return nullptr;
    }
    QList<int> shownVersions() const
    {
        QList<int> out;
        for (int i = 0; i < m_page->versionList()->topLevelItemCount(); ++i)
            out << m_page->versionList()->topLevelItem(i)->text(LayersPage::VersionColumn).toInt();
        return out;
    }
    // Fills the dialog and presses Create; waits for the backend's answer.
    std::optional<LayerVersion> publishThroughDialog(const QString &name, CreateLayerDialog::Source source,
                                                     const QString &path, const QStringList &runtimes = {})
    {
        CreateLayerDialog *dialog = m_page->openCreateDialog();
        dialog->nameEdit()->setText(name);
        dialog->descriptionEdit()->setText(QStringLiteral("shared code of ") + name);
        dialog->setCompatibleRuntimes(runtimes);
        QSignalSpy measured(dialog, &CreateLayerDialog::contentMeasured);
        dialog->setSource(source, path);
        if (!measured.wait(widgettestsupport::safetyNetMs(30000)))
            return std::nullopt;
        QSignalSpy published(dialog, &CreateLayerDialog::published);
        QSignalSpy failed(dialog, &CreateLayerDialog::failed);
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        if (!dialog->isBusy())
            return std::nullopt;
        // Busy: nothing to press twice, the form is locked while the backend works.
        if (dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled() || dialog->nameEdit()->isEnabled())
            return std::nullopt;
        if (!widgettestsupport::Waiter()
                 .on(dialog, &CreateLayerDialog::published)
                 .on(dialog, &CreateLayerDialog::failed)
                 .until([&] { return !published.isEmpty() || !failed.isEmpty(); }))
            return std::nullopt;
        if (published.isEmpty()) {
            qWarning() << "refused:" << failed.first().first().toString();
            return std::nullopt;
        }
        return published.first().first().value<LayerVersion>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<LayerVersion>();
        QVERIFY(m_files.isValid());
    }
    void init()
    {
        m_env = std::make_unique<StartedHost>(StartedHost::Options{false, false});
        const RuntimeInfo *python = m_env->host->runtimes().preferred(RuntimeFamily::Python);
        QVERIFY(python);
        m_python = python->id;
        m_page = std::make_unique<LayersPage>(m_env->context());
        m_page->setPrompt([](const QString &) { return QMessageBox::Yes; });
        m_page->resize(1100, 640);
        m_page->show();
        QSignalSpy loaded(m_page.get(), &LayersPage::layersLoaded);
        QVERIFY(loaded.wait(widgettestsupport::safetyNetMs(30000)));
        QVERIFY(m_page->layers().isEmpty());
        QVERIFY(!m_page->deleteButton()->isEnabled());
    }
    void cleanup()
    {
        m_page.reset();
        m_env.reset();
    }

    void publishFromAFolder()
    {
        const QString folder = makeFolder(QStringLiteral("helpers"), "def greet():\n    return 'hi'\n");
        const auto v = publishThroughDialog(QStringLiteral("helpers"), CreateLayerDialog::Source::Folder, folder,
                                            {m_python});
        QVERIFY(v);
        QCOMPARE(v->layerName, QStringLiteral("helpers"));
        QCOMPARE(v->version, 1);
        QCOMPARE(v->compatibleRuntimes, QStringList{m_python});
        // Listed (layersChanged, and the dialog's answer), selected, its version shown.
        QVERIFY(untilLayers([&] { return listed(QStringLiteral("helpers")) && shownVersions() == QList<int>{1}; }));
        QTreeWidgetItem *row = m_page->layerList()->topLevelItem(0);
        QCOMPARE(row->text(LayersPage::NameColumn), QStringLiteral("helpers"));
        QCOMPARE(row->text(LayersPage::LatestColumn), QStringLiteral("1"));
        QCOMPARE(row->text(LayersPage::DescriptionColumn), QStringLiteral("shared code of helpers"));
        QCOMPARE(row->text(LayersPage::RuntimesColumn), m_python);
        QVERIFY(row->text(LayersPage::CreatedColumn).endsWith(QLatin1String(" UTC")));
        QCOMPARE(m_page->selectedLayer(), QStringLiteral("helpers"));
        // The version: its ARN (with a copy button), size and SHA-256 as the backend has them.
        const auto arn = callAndWait(*m_env->host, [](Backend &b) { return b.layerVersionArn(QStringLiteral("helpers"), 1); });
        QVERIFY(arn);
        QTreeWidgetItem *version = m_page->versionList()->topLevelItem(0);
        QCOMPARE(version->data(LayersPage::ArnColumn, Qt::UserRole).toString(), *arn);
        QCOMPARE(version->text(LayersPage::ShaColumn), v->codeSha256);
        QVERIFY(!v->codeSha256.isEmpty());
        QVERIFY(!version->text(LayersPage::SizeColumn).isEmpty());
        QWidget *cell = m_page->versionList()->itemWidget(version, LayersPage::ArnColumn);
        QVERIFY(cell);
        auto *copy = cell->findChild<QAbstractButton *>(QStringLiteral("copyArn"));
        QVERIFY(copy);
        QVERIFY(v->unzippedSize > 0);
        QCOMPARE(v->unzippedSize, qint64(QByteArray("def greet():\n    return 'hi'\n").size()));
    }

    void publishFromAZip()
    {
        const QString zip = makeZip(QStringLiteral("tools"), "VALUE = 1\n");
        const auto v1 = publishThroughDialog(QStringLiteral("tools"), CreateLayerDialog::Source::Zip, zip);
        QVERIFY(v1);
        QCOMPARE(v1->version, 1);
        QVERIFY(v1->compatibleRuntimes.isEmpty()); // none checked: any runtime
        // Publishing again under the same name makes version 2; the list shows the latest.
        const QString zip2 = makeZip(QStringLiteral("tools2"), "VALUE = 22\n");
        const auto v2 = publishThroughDialog(QStringLiteral("tools"), CreateLayerDialog::Source::Zip, zip2);
        QVERIFY(v2);
        QCOMPARE(v2->version, 2);
        QVERIFY(v2->codeSha256 != v1->codeSha256);
        QVERIFY(untilLayers([&] {
            const LayerVersion *l = listed(QStringLiteral("tools"));
            return l && l->version == 2 && shownVersions() == QList<int>{2, 1};
        }));
        QCOMPARE(m_page->layerList()->topLevelItemCount(), 1);
        QCOMPARE(m_page->layerList()->topLevelItem(0)->text(LayersPage::LatestColumn), QStringLiteral("2"));
        QCOMPARE(m_page->layerList()->topLevelItem(0)->text(LayersPage::RuntimesColumn), QStringLiteral("Any"));
    }

    void dialogShowsTheSize()
    {
        const QString zip = makeZip(QStringLiteral("sized"), QByteArray(5000, 'x'));
        CreateLayerDialog *dialog = m_page->openCreateDialog();
        QSignalSpy measured(dialog, &CreateLayerDialog::contentMeasured);
        dialog->setSource(CreateLayerDialog::Source::Zip, zip);
        QVERIFY(measured.wait(widgettestsupport::safetyNetMs(30000)));
        QCOMPARE(dialog->unzippedSize(), 5000);
        QVERIFY2(dialog->sizeLabel()->text().startsWith(QLatin1String("Unzipped size: ")),
                 qPrintable(dialog->sizeLabel()->text()));
        // A folder is measured too (the files' bytes).
        const QString folder = makeFolder(QStringLiteral("sized-folder"), QByteArray(1234, 'y'));
        dialog->setSource(CreateLayerDialog::Source::Folder, folder);
        QVERIFY(measured.wait(widgettestsupport::safetyNetMs(30000)));
        QCOMPARE(dialog->unzippedSize(), 1234);
        // Every installed runtime is offered, unchecked.
        QCOMPARE(dialog->runtimeList()->count(), m_env->host->runtimes().ids().size());
        dialog->reject();
    }

    void dialogRefusesBadInput()
    {
        CreateLayerDialog *dialog = m_page->openCreateDialog();
        QSignalSpy failed(dialog, &CreateLayerDialog::failed);
        // Nothing filled in: the name and the content say what they need.
        QVERIFY(!dialog->submit());
        QVERIFY(!dialog->isBusy());
        QVERIFY2(dialog->fieldError(QStringLiteral("LayerName")).contains(QLatin1String("Name")),
                 qPrintable(dialog->fieldError(QStringLiteral("LayerName"))));
        QVERIFY(dialog->fieldError(QStringLiteral("Content")).contains(QLatin1String("folder")));
        // A name AWS refuses, shown on the name's field.
        dialog->nameEdit()->setText(QStringLiteral("bad name!"));
        dialog->setSource(CreateLayerDialog::Source::Folder, makeFolder(QStringLiteral("ok"), "x = 1\n"));
        QSignalSpy measured(dialog, &CreateLayerDialog::contentMeasured);
        QVERIFY(measured.wait(widgettestsupport::safetyNetMs(30000)));
        QVERIFY(!dialog->submit());
        QVERIFY(dialog->fieldError(QStringLiteral("LayerName")).contains(QLatin1String("bad name!")));
        QVERIFY(dialog->fieldError(QStringLiteral("Content")).isEmpty());
        // A .zip that is not one: said on the content's field once read.
        const QString fake = m_files.filePath(QStringLiteral("fake.zip"));
        writeFile(fake, "this is not a zip");
        dialog->nameEdit()->setText(QStringLiteral("good-name"));
        dialog->setSource(CreateLayerDialog::Source::Zip, fake);
        QVERIFY(measured.wait(widgettestsupport::safetyNetMs(30000)));
        QVERIFY(!dialog->fieldError(QStringLiteral("Content")).isEmpty());
        QVERIFY(!dialog->submit());
        QVERIFY(dialog->fieldError(QStringLiteral("LayerName")).isEmpty());
        // A missing folder.
        dialog->setSource(CreateLayerDialog::Source::Folder, m_files.filePath(QStringLiteral("nowhere")));
        QVERIFY(measured.wait(widgettestsupport::safetyNetMs(30000)));
        QVERIFY(dialog->fieldError(QStringLiteral("Content")).contains(QLatin1String("does not exist")));
        QVERIFY(!dialog->submit());
        QVERIFY(dialog->isVisible());
        QVERIFY(!failed.isEmpty());
        // Nothing was published.
        const auto layers = callAndWait(*m_env->host, [](Backend &b) { return b.listLayers(); });
        QVERIFY(layers && layers->ok());
        QVERIFY(layers->value().isEmpty());
        dialog->reject();
    }

    void deleteAVersion()
    {
        // Two versions published elsewhere (the API, the CLI): the page follows layersChanged.
        const QString folder = makeFolder(QStringLiteral("shared"), "A = 1\n");
        for (int i = 0; i < 2; ++i) {
            const auto r = callAndWait(*m_env->host, [folder](Backend &b) {
                LayerPublish p;
                p.layerName = QStringLiteral("shared");
                p.folder = folder;
                return b.publishLayerVersion(p);
            });
            QVERIFY(r && r->ok());
        }
        QVERIFY(untilLayers([&] { return shownVersions() == QList<int>{2, 1}; }));
        QVERIFY(m_page->selectVersion(1));
        QVERIFY(m_page->deleteButton()->isEnabled());
        // The question says functions using it keep working; Cancel deletes nothing.
        QString asked;
        m_page->setPrompt([&](const QString &text) {
            asked = text;
            return QMessageBox::Cancel;
        });
        m_page->deleteSelectedVersion();
        QVERIFY2(asked.contains(QLatin1String("Functions that use it keep working")), qPrintable(asked));
        QVERIFY(asked.contains(QLatin1String("version 1 of layer shared")));
        QCOMPARE(shownVersions(), (QList<int>{2, 1}));
        m_page->setPrompt([](const QString &) { return QMessageBox::Yes; });
        QSignalSpy answered(m_page.get(), &LayersPage::deleteAnswered);
        m_page->deleteSelectedVersion();
        QVERIFY(answered.wait(widgettestsupport::safetyNetMs(30000)));
        QVERIFY(answered.first().first().toBool());
        QVERIFY(untilLayers([&] { return shownVersions() == QList<int>{2}; }));
        QVERIFY(m_page->message()->text().contains(QLatin1String("Deleted version 1 of shared")));
        const auto gone = callAndWait(*m_env->host, [](Backend &b) { return b.getLayerVersion(QStringLiteral("shared"), 1).ok(); });
        QVERIFY(gone && !*gone);
        const auto kept = callAndWait(*m_env->host, [](Backend &b) { return b.getLayerVersion(QStringLiteral("shared"), 2).ok(); });
        QVERIFY(kept && *kept);
        // The last version deleted: the layer leaves the list.
        QVERIFY(m_page->selectVersion(2));
        m_page->deleteSelectedVersion();
        QVERIFY(untilLayers([&] { return m_page->layers().isEmpty() && shownVersions().isEmpty(); }));
        QVERIFY(!m_page->deleteButton()->isEnabled());
    }
};

QTEST_MAIN(tst_LayersPage)
#include "tst_layerspage.moc"
