// The Configuration tab's Layers section offscreen against a real backend: Add layer offers the
// published versions compatible with the function's runtime (or takes a pasted ARN), Move up /
// down set the merge order, Save writes the function's Layers through the backend and a page
// made afresh shows the saved order; a 6th layer or an ARN that names no layer version shows
// the backend's refusal in the section's error line and changes nothing saved.
#include "backendhost.h"
#include "config/configurationpage.h"
#include "config/layersform.h"
#include "widgettestsupport.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace lambdesk;
using widgettestsupport::callAndWait;
using widgettestsupport::StartedHost;

namespace {
const QString kFn = QStringLiteral("layered");
}

class tst_LayersConfig : public QObject
{
    Q_OBJECT

    std::unique_ptr<StartedHost> m_env;
    std::unique_ptr<ConfigurationPage> m_page;
    QTemporaryDir m_files;
    QString m_python;

    LayersForm *form() const { return m_page->layersForm(); }

    // Publishes a layer of one Python module through the backend; its version ARN.
    QString publish(const QString &name, const QStringList &runtimes, const QByteArray &module = "X = 1\n")
    {
        const QString dir = m_files.filePath(name + QString::number(QDateTime::currentMSecsSinceEpoch()));
        QDir().mkpath(dir + QStringLiteral("/python"));
        QFile f(dir + QStringLiteral("/python/") + name + QStringLiteral(".py"));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(module);
        f.close();
        const auto r = callAndWait(*m_env->host, [name, runtimes, dir](Backend &b) -> QString {
            LayerPublish p;
            p.layerName = name;
            p.compatibleRuntimes = runtimes;
            p.folder = dir;
            auto v = b.publishLayerVersion(p);
            return v ? b.layerVersionArn(v->layerName, v->version) : QString();
        });
        return r.value_or(QString());
    }
    QStringList savedLayers()
    {
        const auto r = callAndWait(*m_env->host, [](Backend &b) { return b.getFunction(kFn); });
        return r && r->ok() ? r->value().layers : QStringList{QStringLiteral("<unreadable>")};
    }
    QStringList shownNames() const
    {
        QStringList out;
        for (int i = 0; i < form()->table()->topLevelItemCount(); ++i)
            out << form()->table()->topLevelItem(i)->text(LayersForm::NameColumn);
        return out;
    }
    // Shows the function (as saved now) on a new page and waits for the section to load.
    void openPage()
    {
        m_page.reset();
        const auto config = callAndWait(*m_env->host, [](Backend &b) { return b.getFunction(kFn); });
        QVERIFY(config && config->ok());
        m_page = std::make_unique<ConfigurationPage>(m_env->context());
        m_page->resize(1100, 900);
        m_page->show();
        QSignalSpy loaded(form(), &LayersForm::loaded);
        m_page->setFunction(config->value());
        QVERIFY(loaded.wait(widgettestsupport::safetyNetMs(30000)));
    }
    bool saveAndWait(bool expectOk)
    {
        QSignalSpy saved(form(), &LayersForm::saved);
        QSignalSpy failed(form(), &LayersForm::saveFailed);
        QTest::mouseClick(form()->saveButton(), Qt::LeftButton);
        if (!widgettestsupport::Waiter()
                 .on(form(), &LayersForm::saved)
                 .on(form(), &LayersForm::saveFailed)
                 .until([&] { return !saved.isEmpty() || !failed.isEmpty(); }))
            return false;
        return expectOk ? !saved.isEmpty() : !failed.isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
    }
    void init()
    {
        m_env = std::make_unique<StartedHost>(StartedHost::Options{false, false});
        const RuntimeInfo *python = m_env->host->runtimes().preferred(RuntimeFamily::Python);
        QVERIFY(python);
        m_python = python->id;
        FunctionConfig config;
        config.name = kFn;
        config.runtime = m_python;
        auto created = callAndWait(*m_env->host,
                                   [config](Backend &b) { return b.createFunction(config, CodeSource::blank()); });
        QVERIFY(created && created->ok());
        openPage();
    }
    void cleanup()
    {
        m_page.reset();
        m_env.reset();
    }

    void addReorderSaveReload()
    {
        const QString a = publish(QStringLiteral("alpha"), {m_python});
        const QString b = publish(QStringLiteral("beta"), {});
        const QString node = publish(QStringLiteral("nodeonly"), {QStringLiteral("nodejs20.x")});
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !node.isEmpty());
        // layersChanged brought them to the section.
        QVERIFY(widgettestsupport::Waiter().on(form(), &LayersForm::loaded).until([&] {
            return form()->published().size() == 3;
        }));
        QVERIFY(form()->isVisibleTo(m_page.get()));
        QVERIFY(form()->layers().isEmpty());
        QVERIFY(!form()->saveButton()->isEnabled()); // nothing to save yet

        // Add layer offers what suits the function's runtime (any runtime counts), not the Node one.
        AddLayerDialog *dialog = form()->openAddDialog();
        QCOMPARE(dialog->layerNames(), (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
        QVERIFY(dialog->selectLayer(QStringLiteral("alpha"), 1));
        QCOMPARE(dialog->versionNumbers(), QList<int>{1});
        QCOMPARE(dialog->arn(), a);
        dialog->accept();
        dialog = form()->openAddDialog();
        QVERIFY(dialog->selectLayer(QStringLiteral("beta")));
        dialog->accept();
        QCOMPARE(form()->layers(), (QStringList{a, b}));
        QCOMPARE(shownNames(), (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
        QVERIFY(form()->saveButton()->isEnabled());
        QVERIFY(m_page->hasUnsavedChanges());
        QVERIFY2(form()->totalLabel()->text().startsWith(QLatin1String("Total unzipped size: ")),
                 qPrintable(form()->totalLabel()->text()));

        // beta first: alpha now merges last (wins).
        form()->table()->setCurrentItem(form()->table()->topLevelItem(1));
        QVERIFY(form()->upButton()->isEnabled());
        QVERIFY(!form()->downButton()->isEnabled());
        QTest::mouseClick(form()->upButton(), Qt::LeftButton);
        QCOMPARE(form()->layers(), (QStringList{b, a}));
        QCOMPARE(shownNames(), (QStringList{QStringLiteral("beta"), QStringLiteral("alpha")}));
        QCOMPARE(form()->table()->topLevelItem(0)->text(LayersForm::OrderColumn), QStringLiteral("1"));
        QCOMPARE(form()->table()->topLevelItem(0)->text(LayersForm::ArnColumn), b);

        QVERIFY(saveAndWait(true));
        QVERIFY(form()->errorText().isEmpty());
        QCOMPARE(savedLayers(), (QStringList{b, a}));
        QVERIFY(!m_page->hasUnsavedChanges());

        // A page made afresh shows the saved order.
        openPage();
        QCOMPARE(form()->layers(), (QStringList{b, a}));
        QCOMPARE(shownNames(), (QStringList{QStringLiteral("beta"), QStringLiteral("alpha")}));
        QCOMPARE(form()->table()->topLevelItem(1)->text(LayersForm::VersionColumn), QStringLiteral("1"));

        // Remove, save: the function has one layer left.
        form()->table()->setCurrentItem(form()->table()->topLevelItem(0));
        QTest::mouseClick(form()->removeButton(), Qt::LeftButton);
        QCOMPARE(form()->layers(), QStringList{a});
        QVERIFY(saveAndWait(true));
        QCOMPARE(savedLayers(), QStringList{a});
    }

    void sixthLayerIsRefused()
    {
        QStringList arns;
        for (int i = 1; i <= 6; ++i)
            arns << publish(QStringLiteral("layer%1").arg(i), {});
        QVERIFY(!arns.contains(QString()));
        // Five saved first.
        for (int i = 0; i < 5; ++i)
            form()->addLayer(arns.at(i));
        QVERIFY(saveAndWait(true));
        QCOMPARE(savedLayers(), arns.mid(0, 5));
        // The 6th: the backend's refusal in the section's error line, nothing saved, the edit kept.
        form()->addLayer(arns.at(5));
        QVERIFY(saveAndWait(false));
        const QString error = form()->errorText();
        QVERIFY2(error.startsWith(QLatin1String("Not saved: ")) && error.contains(QLatin1String("5")), qPrintable(error));
        // Exactly what the backend says for this list.
        const auto direct = callAndWait(*m_env->host, [arns](Backend &b) -> QString {
            FunctionConfig c = b.getFunction(kFn).value();
            c.layers = arns;
            auto r = b.updateConfiguration(c);
            return r ? QString() : r.error().message;
        });
        QVERIFY(direct && !direct->isEmpty());
        QCOMPARE(error, QStringLiteral("Not saved: ") + *direct);
        QCOMPARE(savedLayers(), arns.mid(0, 5));
        QCOMPARE(form()->layers(), arns);
        QVERIFY(form()->isDirty());
        // Cancel shows the saved five again.
        QTest::mouseClick(form()->cancelButton(), Qt::LeftButton);
        QCOMPARE(form()->layers(), arns.mid(0, 5));
        QVERIFY(form()->errorText().isEmpty());
    }

    void badArnIsRefused()
    {
        const QString a = publish(QStringLiteral("alpha"), {m_python});
        QVERIFY(widgettestsupport::Waiter().on(form(), &LayersForm::loaded).until([&] {
            return form()->published().size() == 1;
        }));
        form()->addLayer(a);
        QVERIFY(saveAndWait(true));
        // A pasted ARN that names no published version.
        const QString missing = a.left(a.lastIndexOf(u':')).replace(QStringLiteral(":alpha"), QStringLiteral(":nope"))
            + QStringLiteral(":1");
        AddLayerDialog *dialog = form()->openAddDialog();
        dialog->setArn(missing);
        QVERIFY(dialog->arnEdit()->isEnabled());
        QVERIFY(!dialog->layerBox()->isEnabled());
        QCOMPARE(dialog->arn(), missing);
        dialog->accept();
        QCOMPARE(form()->layers(), (QStringList{a, missing}));
        QCOMPARE(form()->table()->topLevelItem(1)->text(LayersForm::NameColumn), QStringLiteral("nope"));
        QCOMPARE(form()->table()->topLevelItem(1)->text(LayersForm::SizeColumn), QStringLiteral("—"));
        QVERIFY(saveAndWait(false));
        QVERIFY2(form()->errorText().startsWith(QLatin1String("Not saved: ")), qPrintable(form()->errorText()));
        QCOMPARE(savedLayers(), QStringList{a});
        // Not an ARN at all.
        form()->revert();
        form()->addLayer(QStringLiteral("not-an-arn"));
        QCOMPARE(form()->table()->topLevelItem(1)->text(LayersForm::NameColumn), QStringLiteral("(not a layer version ARN)"));
        QVERIFY(saveAndWait(false));
        QVERIFY2(form()->errorText().contains(QLatin1String("Layers")) || form()->errorText().contains(QLatin1String("layer")),
                 qPrintable(form()->errorText()));
        QCOMPARE(savedLayers(), QStringList{a});
    }
};

QTEST_MAIN(tst_LayersConfig)
#include "tst_layersconfig.moc"
