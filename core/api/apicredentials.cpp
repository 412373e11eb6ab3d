#include "apicredentials.h"

#include "settings.h"

#include <QFile>
#include <QRandomGenerator>

namespace lambdesk::api::credentials {

namespace {

QString randomString(QLatin1StringView alphabet, int length)
{
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out += QChar(alphabet[QRandomGenerator::system()->bounded(int(alphabet.size()))]);
    return out;
}

} // namespace

sigv4::Credentials generate()
{
    return {QStringLiteral("AKIA") + randomString(QLatin1StringView("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), 16),
            randomString(QLatin1StringView("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"), 40)};
}

sigv4::Credentials ensure(Settings &settings)
{
    sigv4::Credentials c{settings.value(settings::apiAccessKeyId), settings.value(settings::apiSecretAccessKey)};
    if (c.accessKeyId.size() == 20 && c.secretAccessKey.size() == 40)
        return c;
    c = generate();
    settings.setValue(settings::apiAccessKeyId, c.accessKeyId);
    settings.setValue(settings::apiSecretAccessKey, c.secretAccessKey);
    settings.sync();
    // The secret guards only this machine's API, but still: nobody else needs to read it.
    QFile::setPermissions(settings.fileName(), QFile::ReadOwner | QFile::WriteOwner);
    return c;
}

QString awsConfigProfile(const sigv4::Credentials &credentials, const QString &endpoint, const QString &region,
                         const QString &profile)
{
    return QStringLiteral(
               "[profile %1]\n"
               "region = %2\n"
               "aws_access_key_id = %3\n"
               "aws_secret_access_key = %4\n"
               "# endpoint_url needs AWS CLI 2.13+ or a recent SDK; with older clients pass --endpoint-url %5\n"
               "endpoint_url = %5\n")
        .arg(profile, region, credentials.accessKeyId, credentials.secretAccessKey, endpoint);
}

} // namespace lambdesk::api::credentials
