#include "settings.h"

#include "model/validation.h"

#include <QSettings>

namespace lambdesk {

Settings::Settings(const QString &path, QObject *parent)
    : QObject(parent),
      m_settings(path.isEmpty() ? std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                                              QStringLiteral("Lambdesk"), QStringLiteral("lambdesk"))
                                : std::make_unique<QSettings>(path, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QString Settings::region(QString *problem) const
{
    const QString stored = value(settings::region);
    if (const auto e = validation::region(stored)) {
        if (problem)
            *problem = QStringLiteral("%1 (setting %2 in %3); using %4")
                           .arg(e->message, settings::region.key, fileName(), settings::region.defaultValue);
        return settings::region.defaultValue;
    }
    return stored;
}

int Settings::apiPort(QString *problem) const
{
    bool ok = false;
    const int port = read(settings::apiPort.key, settings::apiPort.defaultValue).toInt(&ok);
    if (ok && port >= 0 && port <= 65535)
        return port;
    if (problem)
        *problem = QStringLiteral("The API port must be a whole number from 0 to 65535 (0 picks a free port); got '%1' "
                                  "(setting %2 in %3); using %4")
                       .arg(read(settings::apiPort.key, {}).toString(), settings::apiPort.key, fileName())
                       .arg(settings::apiPort.defaultValue);
    return settings::apiPort.defaultValue;
}

int Settings::concurrencyLimit(QString *problem) const
{
    bool ok = false;
    const int limit = read(settings::concurrencyLimit.key, settings::concurrencyLimit.defaultValue).toInt(&ok);
    if (ok && limit >= 1 && limit <= 10000)
        return limit;
    if (problem)
        *problem = QStringLiteral("The account concurrency limit must be a whole number from 1 to 10000; got '%1' "
                                  "(setting %2 in %3); using %4")
                       .arg(read(settings::concurrencyLimit.key, {}).toString(), settings::concurrencyLimit.key,
                            fileName())
                       .arg(settings::concurrencyLimit.defaultValue);
    return settings::concurrencyLimit.defaultValue;
}

int Settings::debugExternalPort(QString *problem) const
{
    bool ok = false;
    const int port = read(settings::debugExternalPort.key, settings::debugExternalPort.defaultValue).toInt(&ok);
    if (ok && port >= 1024 && port <= 65535)
        return port;
    if (problem)
        *problem = QStringLiteral("The debugger's port must be a whole number from 1024 to 65535; got '%1' "
                                  "(setting %2 in %3); using %4")
                       .arg(read(settings::debugExternalPort.key, {}).toString(), settings::debugExternalPort.key,
                            fileName())
                       .arg(settings::debugExternalPort.defaultValue);
    return settings::debugExternalPort.defaultValue;
}

QVariant Settings::read(const QString &key, const QVariant &fallback) const
{
    return m_settings->value(key, fallback);
}

void Settings::write(const QString &key, const QVariant &value)
{
    if (m_settings->value(key) == value)
        return;
    m_settings->setValue(key, value);
    if (SettingNotifier *n = m_notifiers.value(key))
        Q_EMIT n->changed(value);
}

SettingNotifier *Settings::notifier(const QString &key)
{
    SettingNotifier *&n = m_notifiers[key];
    if (!n)
        n = new SettingNotifier(this);
    return n;
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

} // namespace lambdesk
