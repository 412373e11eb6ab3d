// The Configuration tab's "Function URL" section against a real backend and the console's
// Lambda API server: creating a URL through the dialog (the backend's errors shown under the
// field they name), the address with Copy and Open and its path form (which answers with the
// function's response), editing CORS, deleting after a confirmation, and the line under the
// function's header.
#include "api/apiservercontroller.h"
#include "backendhost.h"
#include "config/configurationpage.h"
#include "config/functionurlform.h"
#include "io/samtemplate.h"
#include "samimport.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

#include "widgettestsupport.h"

using namespace lambdesk;
using widgettestsupport::backendStartMs;
using widgettestsupport::callAndWait;
using widgettestsupport::StartedHost;

class tst_FunctionUrlForm : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StartedHost> m_env;
    std::unique_ptr<ApiServerController> m_api;
    std::unique_ptr<ConfigurationPage> m_page;

    FunctionUrlForm *form() const { return m_page->functionUrlForm(); }
    // Where the API listens (its setting is 0 here: any free port).
    quint16 apiPort() const { return quint16(QUrl(m_api->endpoint()).port()); }
    QList<FunctionUrlConfig> stored()
    {
        auto r = callAndWait(*m_env->host, [](Backend &b) { return b.listFunctionUrlConfigs(QStringLiteral("web")); });
        return r && r->ok() ? r->value() : QList<FunctionUrlConfig>{};
    }
    bool waitLoaded()
    {
        if (form()->isLoaded())
            return true;
        QSignalSpy loaded(form(), &FunctionUrlForm::loaded);
        return loaded.wait(30000);
    }
    // Clicks Save in the open dialog and waits for the backend's answer.
    bool submit(FunctionUrlDialog *dialog, bool expectSaved)
    {
        QSignalSpy saved(form(), &FunctionUrlForm::saved);
        QSignalSpy failed(form(), &FunctionUrlForm::saveFailed);
        dialog->saveButton()->click();
        return expectSaved ? saved.wait(30000) : failed.wait(30000);
    }
    // Creates the $LATEST URL with CORS for http://localhost:3000 through the dialog.
    void createThroughDialog()
    {
        FunctionUrlDialog *dialog = form()->openCreate();
        QVERIFY(dialog);
        dialog->corsBox()->setChecked(true);
        dialog->allowOriginsEdit()->setText(QStringLiteral("http://localhost:3000"));
        dialog->allowMethodsEdit()->setText(QStringLiteral("GET, POST"));
        QSignalSpy loaded(form(), &FunctionUrlForm::loaded);
        QVERIFY(submit(dialog, true));
        QVERIFY(loaded.wait(30000));
    }

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<StartedHost>(StartedHost::Options{false, false});
        QVERIFY2(m_env->host->runtimes().preferred(RuntimeFamily::Python), "these tests need python3");
        FunctionConfig c;
        c.name = QStringLiteral("web");
        c.runtime = m_env->host->runtimes().preferred(RuntimeFamily::Python)->id;
        auto created = callAndWait(*m_env->host, [c](Backend &b) { return b.createFunction(c, CodeSource::blank()); });
        QVERIFY(created && created->ok());
        m_api = std::make_unique<ApiServerController>(m_env->host.get(), m_env->settings.get());
        QSignalSpy started(m_api.get(), &ApiServerController::started);
        m_api->start();
        QVERIFY(started.wait(backendStartMs()));
        ConsoleContext ctx = m_env->context();
        ctx.api = m_api.get();
        m_page = std::make_unique<ConfigurationPage>(ctx);
        m_page->resize(1000, 900);
        m_page->show();
        m_page->setFunction(created->value());
        QVERIFY(waitLoaded());
    }
    // A function imported from a SAM template with Api/HttpApi events: its URL serves them, and
    // the section names them (method and path) under the address.
    void showsImportedRoutes()
    {
        QTemporaryDir project;
        QVERIFY(project.isValid());
        QVERIFY(QDir(project.path()).mkpath(QStringLiteral("src")));
        QFile code(project.filePath(QStringLiteral("src/app.py")));
        QVERIFY(code.open(QIODevice::WriteOnly));
        code.write("def handler(event, context):\n    return event['rawPath']\n");
        code.close();
        const QByteArray yaml = "Transform: AWS::Serverless-2016-10-31\n"
                                "Resources:\n"
                                "  Routed:\n"
                                "    Type: AWS::Serverless::Function\n"
                                "    Properties:\n"
                                "      CodeUri: src/\n"
                                "      Handler: app.handler\n"
                                "      Runtime: "
            + m_env->host->runtimes().preferred(RuntimeFamily::Python)->id.toUtf8()
            + "\n"
              "      Events:\n"
              "        List:\n"
              "          Type: HttpApi\n"
              "          Properties: {Path: /items, Method: get}\n"
              "        Put:\n"
              "          Type: HttpApi\n"
              "          Properties: {Path: '/items/{id}', Method: put}\n";
        const QString templatePath = project.filePath(QStringLiteral("template.yaml"));
        auto parsed = samtemplate::parseText(yaml, templatePath);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        const sam::Project p = parsed.value();
        auto report = callAndWait(*m_env->host, [p](Backend &b) { return samimport::importProject(b, p); });
        QVERIFY(report && report->failed() == 0);
        auto config = callAndWait(*m_env->host, [](Backend &b) { return b.getFunction(QStringLiteral("Routed")); });
        QVERIFY(config && config->ok());
        QSignalSpy loaded(form(), &FunctionUrlForm::loaded);
        m_page->setFunction(config->value());
        QVERIFY(loaded.wait(30000));
        const auto *routes = form()->findChild<QLabel *>(QStringLiteral("functionUrlRoutes"));
        QVERIFY(routes);
        QVERIFY(!routes->isHidden());
        QVERIFY2(routes->text().contains(QStringLiteral("GET /items")), qPrintable(routes->text()));
        QVERIFY2(routes->text().contains(QStringLiteral("PUT /items/{id}")), qPrintable(routes->text()));
        QVERIFY(routes->text().contains(QStringLiteral("template.yaml")));
        QCOMPARE(form()->urls().size(), 1);
        // A function made in the console has no template routes.
        auto web = callAndWait(*m_env->host, [](Backend &b) { return b.getFunction(QStringLiteral("web")); });
        QSignalSpy loadedAgain(form(), &FunctionUrlForm::loaded);
        m_page->setFunction(web->value());
        QVERIFY(loadedAgain.wait(30000));
        QVERIFY(routes->isHidden());
    }

    void cleanup()
    {
        m_page.reset();
        m_api.reset();
        m_env.reset();
    }

    void startsEmpty()
    {
        QVERIFY(m_page->findChild<QGroupBox *>(QStringLiteral("functionUrlBox")));
        QVERIFY(form()->urls().isEmpty());
        QVERIFY(form()->list()->isHidden());
        QVERIFY(form()->createButton()->isEnabled());
        QVERIFY(!form()->editButton()->isEnabled());
        QVERIFY(!form()->deleteButton()->isEnabled());
        QVERIFY(form()->addressText().isEmpty());
    }

    // Wrong inputs: the backend's rule, shown under the field it names; nothing is saved and
    // the dialog stays open with what was typed.
    void validationErrorsNameTheField_data()
    {
        QTest::addColumn<QString>("origins");
        QTest::addColumn<QString>("methods");
        QTest::addColumn<QString>("field");
        QTest::newRow("origin not a URL") << QStringLiteral("not a url") << QStringLiteral("GET")
                                          << QStringLiteral("Cors.AllowOrigins");
        QTest::newRow("unknown method") << QStringLiteral("*") << QStringLiteral("FETCH")
                                        << QStringLiteral("Cors.AllowMethods");
    }
    void validationErrorsNameTheField()
    {
        QFETCH(QString, origins);
        QFETCH(QString, methods);
        QFETCH(QString, field);
        FunctionUrlDialog *dialog = form()->openCreate();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->qualifierBox()->currentText(), QStringLiteral("$LATEST"));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("authTypeNote"))->text().contains(QLatin1String("NONE")));
        dialog->corsBox()->setChecked(true);
        dialog->allowOriginsEdit()->setText(origins);
        dialog->allowMethodsEdit()->setText(methods);
        QVERIFY(submit(dialog, false));
        const QString error = dialog->fieldError(field);
        QVERIFY2(!error.isEmpty(), qPrintable(QStringLiteral("no error under %1; general: %2")
                                                   .arg(field, dialog->generalError())));
        // The message names the field (AWS's name for it).
        const QString bare = field.section(u'.', -1);
        QVERIFY2(error.contains(bare, Qt::CaseInsensitive), qPrintable(error));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->allowOriginsEdit()->text(), origins);
        QVERIFY(stored().isEmpty());
        dialog->reject();
    }

    void createShowsTheUrlWithCopyAndOpen()
    {
        createThroughDialog();
        const QList<FunctionUrlConfig> urls = stored();
        QCOMPARE(urls.size(), 1);
        const FunctionUrlConfig url = urls.first();
        QVERIFY(url.qualifier.isEmpty());
        QCOMPARE(url.authType, FunctionUrlAuthType::None);
        QVERIFY(url.cors);
        QCOMPARE(url.cors->allowOrigins, QStringList{QStringLiteral("http://localhost:3000")});
        QCOMPARE(url.cors->allowMethods, (QStringList{QStringLiteral("GET"), QStringLiteral("POST")}));
        QVERIFY(!form()->dialog()); // closed on success

        QCOMPARE(form()->list()->topLevelItemCount(), 1);
        QCOMPARE(form()->list()->topLevelItem(0)->text(0), QStringLiteral("$LATEST"));
        QCOMPARE(form()->list()->topLevelItem(0)->text(1), QStringLiteral("NONE"));
        QCOMPARE(form()->list()->topLevelItem(0)->text(2), QStringLiteral("http://localhost:3000"));
        const quint16 port = apiPort();
        const QString hostUrl = functionurl::hostUrl(url.urlId, port);
        QCOMPARE(form()->addressText(), hostUrl);
        QVERIFY(hostUrl.contains(QStringLiteral(".lambda-url.localhost:%1").arg(port)));
        QVERIFY(form()->copyButton()->isVisible());
        QVERIFY(form()->openLink()->text().contains(QStringLiteral("href=\"%1\"").arg(hostUrl)));
        QApplication::clipboard()->clear();
        form()->copyButton()->click();
        QCOMPARE(QApplication::clipboard()->text(), hostUrl);
        // The path form, for clients that cannot resolve *.localhost.
        const QString pathUrl = form()->pathText();
        QCOMPARE(pathUrl, functionurl::pathUrl(url.urlId, QStringLiteral("127.0.0.1"), port));
        // Only one URL per qualifier, and there are no aliases: nothing left to create.
        QVERIFY(!form()->createButton()->isEnabled());
        QVERIFY(form()->editButton()->isEnabled());

        // The address shown answers with the function's response (the real Python handler).
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy); // loopback, whatever the environment says
        std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(QUrl(pathUrl))));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(60000));
        QVERIFY2(reply->error() == QNetworkReply::NoError, qPrintable(reply->errorString()));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->readAll(), QByteArray("\"Hello from Lambda!\""));
    }

    void apiNotRunningSaysSo()
    {
        createThroughDialog();
        FunctionUrlForm other(m_env->host.get());
        other.setFunction(QStringLiteral("web")); // no API server: nothing listens
        QSignalSpy loaded(&other, &FunctionUrlForm::loaded);
        QVERIFY(other.isLoaded() || loaded.wait(30000));
        QVERIFY2(other.addressText().contains(QLatin1String("not running")), qPrintable(other.addressText()));
        QVERIFY(!other.copyButton()->isEnabled());
        QVERIFY(other.openLink()->text().isEmpty());
    }

    void editCors()
    {
        createThroughDialog();
        FunctionUrlDialog *dialog = form()->openEdit();
        QVERIFY(dialog);
        QVERIFY(!dialog->qualifierBox()->isEnabled());
        QVERIFY(dialog->corsBox()->isChecked());
        QCOMPARE(dialog->allowOriginsEdit()->text(), QStringLiteral("http://localhost:3000"));
        dialog->allowOriginsEdit()->setText(QStringLiteral("https://example.com, http://localhost:3000"));
        dialog->allowHeadersEdit()->setText(QStringLiteral("content-type"));
        dialog->exposeHeadersEdit()->setText(QStringLiteral("x-request-id"));
        dialog->maxAgeBox()->setValue(600);
        dialog->allowCredentialsBox()->setChecked(true);
        dialog->authBox()->setCurrentIndex(dialog->authBox()->findText(QStringLiteral("AWS_IAM")));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("authTypeNote"))->text().contains(QLatin1String("signed")));
        const QString urlId = stored().first().urlId;
        QSignalSpy loaded(form(), &FunctionUrlForm::loaded);
        QVERIFY(submit(dialog, true));
        QVERIFY(loaded.wait(30000));
        const FunctionUrlConfig url = stored().first();
        QCOMPARE(url.urlId, urlId); // the address stays
        QCOMPARE(url.authType, FunctionUrlAuthType::AwsIam);
        QVERIFY(url.cors);
        QCOMPARE(url.cors->allowOrigins,
                 (QStringList{QStringLiteral("https://example.com"), QStringLiteral("http://localhost:3000")}));
        QCOMPARE(url.cors->allowHeaders, QStringList{QStringLiteral("content-type")});
        QCOMPARE(url.cors->exposeHeaders, QStringList{QStringLiteral("x-request-id")});
        QCOMPARE(url.cors->maxAge, 600);
        QVERIFY(url.cors->allowCredentials);
        QCOMPARE(form()->list()->topLevelItem(0)->text(1), QStringLiteral("AWS_IAM"));

        // CORS off again: no CORS configuration at all.
        dialog = form()->openEdit();
        dialog->corsBox()->setChecked(false);
        QSignalSpy loadedAgain(form(), &FunctionUrlForm::loaded);
        QVERIFY(submit(dialog, true));
        QVERIFY(loadedAgain.wait(30000));
        QVERIFY(!stored().first().cors);
    }

    void deleteAsksFirst()
    {
        createThroughDialog();
        QMessageBox *box = form()->requestDelete();
        QVERIFY(box);
        QVERIFY(box->text().contains(QLatin1String("web")));
        box->button(QMessageBox::Cancel)->click();
        QCOMPARE(stored().size(), 1);
        QCOMPARE(form()->list()->topLevelItemCount(), 1);

        box = form()->requestDelete();
        QSignalSpy deleted(form(), &FunctionUrlForm::deleted);
        QSignalSpy loaded(form(), &FunctionUrlForm::loaded);
        box->button(QMessageBox::Yes)->click();
        QVERIFY(deleted.wait(30000));
        QCOMPARE(deleted.first().first().toString(), QStringLiteral("$LATEST"));
        QVERIFY(loaded.wait(30000));
        QVERIFY(stored().isEmpty());
        QVERIFY(form()->list()->isHidden());
        QVERIFY(form()->addressText().isEmpty());
        QVERIFY(form()->createButton()->isEnabled());
    }

    // An alias gets its own URL: the qualifier box offers it next to $LATEST.
    void aliasUrl()
    {
        auto published = callAndWait(*m_env->host, [](Backend &b) {
            Backend::PublishRequest p;
            p.function = QStringLiteral("web");
            auto v = b.publishVersion(p);
            if (!v)
                return false;
            return bool(b.createAlias(QStringLiteral("web"), QStringLiteral("live"),
                                      QString::number(v->version.number)));
        });
        QVERIFY(published && *published);
        QSignalSpy loaded(form(), &FunctionUrlForm::loaded);
        QVERIFY(loaded.wait(30000)); // aliasesChanged reloads it
        FunctionUrlDialog *dialog = form()->openCreate();
        QCOMPARE(dialog->qualifierBox()->count(), 2);
        dialog->qualifierBox()->setCurrentText(QStringLiteral("live"));
        QSignalSpy loadedAgain(form(), &FunctionUrlForm::loaded);
        QVERIFY(submit(dialog, true));
        QVERIFY(loadedAgain.wait(30000));
        const QList<FunctionUrlConfig> urls = stored();
        QCOMPARE(urls.size(), 1);
        QCOMPARE(urls.first().qualifier, QStringLiteral("live"));
        QCOMPARE(form()->list()->topLevelItem(0)->text(0), QStringLiteral("live"));
    }

    // The line under the function's header (AWS's Function overview).
    void summaryUnderTheHeader()
    {
        FunctionUrlSummary summary(m_env->host.get());
        summary.setApiServer(m_api.get());
        summary.show();
        QSignalSpy updated(&summary, &FunctionUrlSummary::updated);
        summary.setFunction(QStringLiteral("web"));
        QVERIFY(updated.wait(30000));
        QVERIFY(summary.text().isEmpty());
        createThroughDialog();
        QVERIFY(widgettestsupport::Waiter().on(&summary, &FunctionUrlSummary::updated).until([&] {
            return !summary.text().isEmpty();
        }));
        const QString hostUrl = functionurl::hostUrl(stored().first().urlId, apiPort());
        QVERIFY2(summary.text().contains(hostUrl), qPrintable(summary.text()));
        QApplication::clipboard()->clear();
        summary.copyButton()->click();
        QCOMPARE(QApplication::clipboard()->text(), hostUrl);
    }
};

QTEST_MAIN(tst_FunctionUrlForm)
#include "tst_functionurlform.moc"
