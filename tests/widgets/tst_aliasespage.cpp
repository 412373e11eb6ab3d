#include "aliases/aliasdialog.h"
#include "aliases/aliasespage.h"
#include "aliases/routingbar.h"
#include "widgettestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace lambdesk;
using widgettestsupport::callAndWait;

namespace {

const QString kFn = QStringLiteral("hello-python");

QByteArray handler(const char *body)
{
    return QByteArray("def lambda_handler(event, context):\n    ") + body + "\n";
}

// How many pixels of the bar's middle row are in each of its two colours.
std::pair<int, int> colouredPixels(RoutingBar *bar)
{
    const QImage image = bar->grab().toImage();
    int primary = 0, secondary = 0;
    const int y = image.height() / 2;
    for (int x = 0; x < image.width(); ++x) {
        const QColor c = image.pixelColor(x, y);
        if (c == RoutingBar::primaryColor())
            ++primary;
        else if (c == RoutingBar::secondaryColor())
            ++secondary;
    }
    // Text drawn on the row takes some pixels: count them with the colour around them.
    return {primary, secondary};
}

int comboIndex(QComboBox *box, const QString &data)
{
    return box->findData(data);
}

} // namespace

class TestAliasesPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<widgettestsupport::StartedHost> m_host;
    std::unique_ptr<AliasesPage> m_page;

    FunctionConfig current() const
    {
        auto r = callAndWait(*m_host->host, [](Backend &b) { return b.getFunction(kFn); });
        return r && r->ok() ? r->value() : FunctionConfig{};
    }
    // Version 1 answers, version 2 fails (a function error).
    bool twoVersions()
    {
        auto r = callAndWait(*m_host->host, [](Backend &b) {
            return b.saveCodeFile(kFn, QStringLiteral("lambda_function.py"), handler("return 'one'")).ok()
                && b.publishVersion({kFn, QStringLiteral("good"), {}, {}}).ok()
                && b.saveCodeFile(kFn, QStringLiteral("lambda_function.py"), handler("raise ValueError('two')")).ok()
                && b.publishVersion({kFn, QStringLiteral("bad"), {}, {}}).ok();
        });
        return r.value_or(false);
    }
    std::optional<FunctionAlias> backendAlias(const QString &name) const
    {
        auto r = callAndWait(*m_host->host, [name](Backend &b) { return b.getAlias(kFn, name); });
        if (!r || !r->ok())
            return std::nullopt;
        return r->value();
    }
    // Waits until the page's list shows `check` true of the alias.
    template<typename Check>
    bool untilAlias(const QString &name, Check check)
    {
        return widgettestsupport::Waiter().on(m_page.get(), &AliasesPage::aliasesLoaded).until([&] {
            for (const FunctionAlias &a : m_page->aliases()) {
                if (a.name == name && check(a))
                    return true;
            }
            return false;
        });
    }
    // Waits until the backend's alias satisfies `check` (the shift applies its steps there).
    template<typename Check>
    bool untilBackendAlias(const QString &name, Check check)
    {
        return widgettestsupport::Waiter().on(m_page.get(), &AliasesPage::changeAnswered).until([&] {
            const auto a = backendAlias(name);
            return a && check(*a);
        });
    }

private Q_SLOTS:
    void init()
    {
        m_host = std::make_unique<widgettestsupport::StartedHost>();
        QVERIFY(twoVersions());
        m_page = std::make_unique<AliasesPage>(m_host->context());
        m_page->setPrompt([](const QString &) { return QMessageBox::Yes; });
        m_page->resize(1000, 600);
        m_page->show();
        QSignalSpy loaded(m_page.get(), &AliasesPage::aliasesLoaded);
        m_page->setFunction(current());
        QVERIFY(loaded.wait(30000));
        QCOMPARE(m_page->versions(),
                 (QStringList{QStringLiteral("$LATEST"), QStringLiteral("1"), QStringLiteral("2")}));
    }
    void cleanup()
    {
        m_page.reset();
        m_host.reset();
    }

    // Create with the dialog, edit with the weight slider; the list's bar shows the shares, drawn
    // in two colours in proportion.
    void createAndEditWithTheSlider()
    {
        AliasDialog *dialog = m_page->openDialog();
        QVERIFY(dialog->isNew());
        QVERIFY(!dialog->problem().isEmpty()); // no name yet
        dialog->nameEdit()->setText(QStringLiteral("live"));
        dialog->versionBox()->setCurrentIndex(comboIndex(dialog->versionBox(), QStringLiteral("1")));
        QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
        dialog->accept();
        QVERIFY(untilAlias(QStringLiteral("live"),
                           [](const FunctionAlias &a) { return a.functionVersion == QLatin1String("1"); }));
        RoutingBar *bar = m_page->barOf(QStringLiteral("live"));
        QVERIFY(bar);
        QCOMPARE(bar->primaryPercent(), 100);
        QCOMPARE(bar->secondaryPercent(), 0);

        dialog = m_page->openDialog(QStringLiteral("live"));
        QVERIFY(!dialog->isNew());
        QVERIFY(dialog->nameEdit()->isReadOnly());
        dialog->splitBox()->setChecked(true);
        dialog->secondBox()->setCurrentIndex(comboIndex(dialog->secondBox(), QStringLiteral("2")));
        dialog->weightSlider()->setValue(30);
        QCOMPARE(dialog->bar()->secondaryPercent(), 30);
        // $LATEST can't be weighted: the dialog says so and refuses.
        dialog->versionBox()->setCurrentIndex(comboIndex(dialog->versionBox(), QStringLiteral("$LATEST")));
        QVERIFY(dialog->problem().contains(QStringLiteral("$LATEST")));
        dialog->versionBox()->setCurrentIndex(comboIndex(dialog->versionBox(), QStringLiteral("1")));
        dialog->accept();
        QVERIFY(untilAlias(QStringLiteral("live"), [](const FunctionAlias &a) { return a.isWeighted(); }));
        const auto stored = backendAlias(QStringLiteral("live"));
        QVERIFY(stored);
        QCOMPARE(stored->additionalVersion, QStringLiteral("2"));
        QCOMPARE(stored->additionalWeight, 0.3);

        bar = m_page->barOf(QStringLiteral("live"));
        QVERIFY(bar);
        QCOMPARE(bar->primaryPercent(), 70);
        QCOMPARE(bar->secondaryPercent(), 30);
        QVERIFY(bar->text().contains(QStringLiteral("version 2: 30 %")));
        bar->resize(400, bar->sizeHint().height());
        const auto [first, second] = colouredPixels(bar);
        QVERIFY2(first > 0 && second > 0, qPrintable(QStringLiteral("%1/%2").arg(first).arg(second)));
        // Text drawn in white on both parts takes a few pixels; the shares hold within them.
        const double share = double(second) / (first + second);
        QVERIFY2(std::abs(share - 0.3) < 0.08, qPrintable(QString::number(share)));

        // Delete.
        QVERIFY(m_page->selectAlias(QStringLiteral("live")));
        QSignalSpy answered(m_page.get(), &AliasesPage::changeAnswered);
        m_page->deleteSelected();
        QVERIFY(answered.wait(30000));
        QVERIFY(widgettestsupport::Waiter().on(m_page.get(), &AliasesPage::aliasesLoaded).until([&] {
            return m_page->aliases().isEmpty();
        }));
    }

    // Shift traffic, linear: each step of the (external) clock moves 10 % more to the new
    // version; Stop holds; Roll back sends everything to the old one.
    void shiftTrafficStepsStopsAndRollsBack()
    {
        QVERIFY(callAndWait(*m_host->host, [](Backend &b) {
                    return b.createAlias(kFn, QStringLiteral("live"), QStringLiteral("1")).ok();
                }).value_or(false));
        QVERIFY(untilAlias(QStringLiteral("live"), [](const FunctionAlias &) { return true; }));
        QVERIFY(m_page->selectAlias(QStringLiteral("live")));
        m_page->shift()->useExternalClock();
        m_page->targetBox()->setCurrentIndex(comboIndex(m_page->targetBox(), QStringLiteral("2")));
        m_page->presetBox()->setCurrentIndex(m_page->presetBox()->findData(int(TrafficShift::Preset::Linear10Percent)));
        QVERIFY(m_page->startButton()->isEnabled());
        QTest::mouseClick(m_page->startButton(), Qt::LeftButton);
        QVERIFY(m_page->shift()->isShifting());
        QVERIFY(!m_page->startButton()->isEnabled());
        const auto weightIs = [](double w) {
            return [w](const FunctionAlias &a) {
                return a.functionVersion == QLatin1String("1") && a.additionalVersion == QLatin1String("2")
                    && std::abs(a.additionalWeight - w) < 1e-9;
            };
        };
        QVERIFY(untilBackendAlias(QStringLiteral("live"), weightIs(0.1)));
        m_page->shift()->tick();
        QVERIFY(untilBackendAlias(QStringLiteral("live"), weightIs(0.2)));
        QVERIFY2(m_page->shiftStatus()->text().contains(QStringLiteral("20 %")),
                 qPrintable(m_page->shiftStatus()->text()));
        QTest::mouseClick(m_page->stopButton(), Qt::LeftButton);
        m_page->shift()->tick();
        QCOMPARE(m_page->shift()->state(), TrafficShift::State::Stopped);
        QVERIFY(m_page->rollBackButton()->isEnabled());
        QTest::mouseClick(m_page->rollBackButton(), Qt::LeftButton);
        QVERIFY(untilBackendAlias(QStringLiteral("live"), [](const FunctionAlias &a) {
            return a.functionVersion == QLatin1String("1") && !a.isWeighted();
        }));
        QVERIFY(m_page->shiftStatus()->text().startsWith(QStringLiteral("Rolled back")));

        // Canary: 10 %, then everything on the next step.
        m_page->presetBox()->setCurrentIndex(m_page->presetBox()->findData(int(TrafficShift::Preset::Canary10Percent)));
        QTest::mouseClick(m_page->startButton(), Qt::LeftButton);
        QVERIFY(untilBackendAlias(QStringLiteral("live"), weightIs(0.1)));
        m_page->shift()->tick();
        QVERIFY(untilBackendAlias(QStringLiteral("live"), [](const FunctionAlias &a) {
            return a.functionVersion == QLatin1String("2") && !a.isWeighted();
        }));
        QCOMPARE(m_page->shift()->state(), TrafficShift::State::Done);
    }

    // An alias that already sends most of its traffic to version 2 (and 30 % to version 1):
    // shifting to version 2 moves the rest, from 70 % on, and never takes traffic back.
    void shiftGoesOnFromTheShareTheVersionHas()
    {
        QVERIFY(callAndWait(*m_host->host, [](Backend &b) {
                    Backend::AliasUpdate u;
                    u.function = kFn;
                    u.name = QStringLiteral("live");
                    u.functionVersion = QStringLiteral("2");
                    u.routing = QMap<QString, double>{{QStringLiteral("1"), 0.3}};
                    return b.createAlias(kFn, QStringLiteral("live"), QStringLiteral("2")).ok()
                        && b.updateAlias(u).ok();
                }).value_or(false));
        QVERIFY(untilAlias(QStringLiteral("live"), [](const FunctionAlias &a) { return a.isWeighted(); }));
        QVERIFY(m_page->selectAlias(QStringLiteral("live")));
        m_page->shift()->useExternalClock();
        m_page->targetBox()->setCurrentIndex(comboIndex(m_page->targetBox(), QStringLiteral("2")));
        m_page->presetBox()->setCurrentIndex(m_page->presetBox()->findData(int(TrafficShift::Preset::Linear10Percent)));
        QVERIFY(m_page->startShift());
        QCOMPARE(m_page->shift()->plan().fromVersion, QStringLiteral("1"));
        QVERIFY(untilBackendAlias(QStringLiteral("live"), [](const FunctionAlias &a) {
            return a.functionVersion == QLatin1String("1") && a.additionalVersion == QLatin1String("2")
                && std::abs(a.additionalWeight - 0.8) < 1e-9;
        }));
        QCOMPARE(m_page->shift()->stepCount(), 3); // 80 %, 90 %, 100 %
    }

    // The new version fails: invocations of the alias (real ones, through the console's
    // channel) that ran it push its error rate past the threshold, and the shift rolls back by
    // itself.
    void rollsBackByItselfWhenTheNewVersionFails()
    {
        QVERIFY(callAndWait(*m_host->host, [](Backend &b) {
                    return b.createAlias(kFn, QStringLiteral("live"), QStringLiteral("1")).ok();
                }).value_or(false));
        QVERIFY(untilAlias(QStringLiteral("live"), [](const FunctionAlias &) { return true; }));
        QVERIFY(m_page->selectAlias(QStringLiteral("live")));
        m_page->shift()->useExternalClock();
        m_page->targetBox()->setCurrentIndex(comboIndex(m_page->targetBox(), QStringLiteral("2")));
        m_page->presetBox()->setCurrentIndex(m_page->presetBox()->findData(int(TrafficShift::Preset::Linear10Percent)));
        m_page->thresholdBox()->setValue(20);
        QVERIFY(m_page->startShift());
        for (int i = 0; i < 8; ++i)
            m_page->shift()->tick(); // 90 % to version 2
        QVERIFY(untilBackendAlias(QStringLiteral("live"), [](const FunctionAlias &a) {
            return a.additionalVersion == QLatin1String("2") && std::abs(a.additionalWeight - 0.9) < 1e-9;
        }));
        InvocationController *controller = m_host->invocations.get();
        for (int i = 0; i < 100 && m_page->shift()->isShifting(); ++i) {
            QSignalSpy finished(controller, &InvocationController::invocationFinished);
            controller->invoke(kFn, "{}", QStringLiteral("live"));
            QVERIFY(finished.wait(60000));
        }
        QCOMPARE(m_page->shift()->state(), TrafficShift::State::RolledBack);
        QVERIFY(m_page->shift()->errors() * 5 > m_page->shift()->invocations());
        QVERIFY2(m_page->shiftStatus()->text().contains(QStringLiteral("failed")),
                 qPrintable(m_page->shiftStatus()->text()));
        QVERIFY(untilBackendAlias(QStringLiteral("live"), [](const FunctionAlias &a) {
            return a.functionVersion == QLatin1String("1") && !a.isWeighted();
        }));
    }
};

QTEST_MAIN(TestAliasesPage)
#include "tst_aliasespage.moc"
