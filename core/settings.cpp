#include "settings.h"

#include <QSettings>

namespace lambdesk {

Settings::Settings(const QString &path, QObject *parent)
    : QObject(parent),
      m_settings(path.isEmpty() ? std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                                              QStringLiteral("Lambdesk"), QStringLiteral("lambdesk"))
                                : std::make_unique<QSettings>(path, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

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
