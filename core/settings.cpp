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
                           .arg(e->message, QString::fromLatin1(settings::region.key), fileName(),
                                settings::region.defaultValue);
        return settings::region.defaultValue;
    }
    return stored;
}

QVariant Settings::raw(const char *key, const QVariant &fallback) const
{
    return m_settings->value(QLatin1StringView(key), fallback);
}

void Settings::setRaw(const char *key, const QVariant &value)
{
    const QString k = QLatin1StringView(key);
    if (m_settings->value(k) == value)
        return;
    m_settings->setValue(k, value);
    Q_EMIT changed(k);
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
