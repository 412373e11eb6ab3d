#pragma once

// The AWS CLI model that Debian 12's /usr/bin/aws (2.9.19) lacks for Lambda's LoggingConfig, for
// the e2e tests that drive that CLI (tst_awscli, tst_awslogs).
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace e2e {

// Debian 12's CLI (2.9.19) predates Lambda's LoggingConfig (late 2023): its model has neither
// --logging-config nor the field in answers. Given a model that has it in ~/.aws/models (what
// `aws configure add-model` does), the same CLI sends and prints it. This is that model: the
// CLI's own Lambda model with AWS's LoggingConfig shapes added, as AWS's current model has them.
// Empty when nothing is needed; otherwise what went wrong, or "" after writing it under `home`.
inline QString addLoggingConfigModel(const QString &home)
{
    const QString bundled = QStringLiteral("/usr/lib/python3/dist-packages/awscli/botocore/data/lambda/2015-03-31/"
                                           "service-2.json");
    QFile in(bundled);
    if (!in.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read the CLI's Lambda model %1").arg(bundled);
    QJsonObject model = QJsonDocument::fromJson(in.readAll()).object();
    QJsonObject shapes = model.value(u"shapes").toObject();
    if (shapes.contains(u"LoggingConfig"))
        return {}; // a CLI that knows it already
    const auto enumeration = [](const QStringList &values) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                           {QStringLiteral("enum"), QJsonArray::fromStringList(values)}};
    };
    shapes.insert(QStringLiteral("LogFormat"), enumeration({QStringLiteral("JSON"), QStringLiteral("Text")}));
    shapes.insert(QStringLiteral("ApplicationLogLevel"),
                  enumeration({QStringLiteral("TRACE"), QStringLiteral("DEBUG"), QStringLiteral("INFO"),
                               QStringLiteral("WARN"), QStringLiteral("ERROR"), QStringLiteral("FATAL")}));
    shapes.insert(QStringLiteral("SystemLogLevel"),
                  enumeration({QStringLiteral("DEBUG"), QStringLiteral("INFO"), QStringLiteral("WARN")}));
    shapes.insert(QStringLiteral("LogGroup"),
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                              {QStringLiteral("max"), 512},
                              {QStringLiteral("min"), 1},
                              {QStringLiteral("pattern"), QStringLiteral("[\\.\\-_/#A-Za-z0-9]+")}});
    QJsonObject members;
    for (const char *name : {"LogFormat", "ApplicationLogLevel", "SystemLogLevel", "LogGroup"})
        members.insert(QLatin1StringView(name), QJsonObject{{QStringLiteral("shape"), QLatin1StringView(name)}});
    shapes.insert(
        QStringLiteral("LoggingConfig"),
        QJsonObject{{QStringLiteral("type"), QStringLiteral("structure")}, {QStringLiteral("members"), members}});
    for (const char *owner : {"CreateFunctionRequest", "UpdateFunctionConfigurationRequest", "FunctionConfiguration"}) {
        QJsonObject shape = shapes.value(QLatin1StringView(owner)).toObject();
        QJsonObject m = shape.value(u"members").toObject();
        m.insert(QStringLiteral("LoggingConfig"),
                 QJsonObject{{QStringLiteral("shape"), QStringLiteral("LoggingConfig")}});
        shape.insert(QStringLiteral("members"), m);
        shapes.insert(QLatin1StringView(owner), shape);
    }
    model.insert(QStringLiteral("shapes"), shapes);
    const QString dir = home + QStringLiteral("/.aws/models/lambda/2015-03-31");
    QFile out(dir + QStringLiteral("/service-2.json"));
    if (!QDir().mkpath(dir) || !out.open(QIODevice::WriteOnly)
        || out.write(QJsonDocument(model).toJson(QJsonDocument::Compact)) <= 0)
        return QStringLiteral("cannot write %1").arg(out.fileName());
    return {};
}

} // namespace e2e
