#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSettings;

namespace lambdesk {

// A typed setting: its key and its default. Declared once below; read and written only
// through Settings, so widgets never touch QSettings.
template<typename T>
struct Setting
{
    const char *key;
    T defaultValue;
};

namespace settings {
inline const Setting<int> apiPort{"api/port", 9001};
inline const Setting<QString> apiHost{"api/host", QStringLiteral("127.0.0.1")};
inline const Setting<bool> apiRequireSignature{"api/requireSignature", false};
// Local SigV4 credentials, generated once (api/apicredentials.h); empty until then.
inline const Setting<QString> apiAccessKeyId{"api/accessKeyId", QString()};
inline const Setting<QString> apiSecretAccessKey{"api/secretAccessKey", QString()};
// Browser origins allowed to call the API (exact origins such as http://localhost:3000).
inline const Setting<QStringList> apiAllowedOrigins{"api/allowedOrigins", QStringList()};
// The region in local ARNs, AWS_REGION of handlers and the printed profile.
inline const Setting<QString> region{"backend/region", QStringLiteral("us-east-1")};
inline const Setting<int> idleTimeoutMinutes{"environments/idleTimeoutMinutes", 10};
inline const Setting<int> maxEnvironments{"environments/max", 64};
inline const Setting<QString> theme{"ui/theme", QStringLiteral("system")}; // system, light, dark
inline const Setting<QString> lastFunction{"ui/lastFunction", QString()};
inline const Setting<QByteArray> windowGeometry{"ui/windowGeometry", QByteArray()};
inline const Setting<QByteArray> windowState{"ui/windowState", QByteArray()};
} // namespace settings

class Settings : public QObject
{
    Q_OBJECT
public:
    // path empty: the user's configuration (~/.config/Lambdesk/lambdesk.ini);
    // tests pass a file of their own.
    explicit Settings(const QString &path = {}, QObject *parent = nullptr);
    ~Settings() override;

    template<typename T>
    T value(const Setting<T> &s) const
    {
        return raw(s.key, QVariant::fromValue(s.defaultValue)).template value<T>();
    }
    template<typename T>
    void setValue(const Setting<T> &s, const T &v)
    {
        setRaw(s.key, QVariant::fromValue(v));
    }
    // The region setting when it is valid; otherwise the default, and `problem` says why.
    QString region(QString *problem = nullptr) const;
    // Free-form keys for per-item state (splitter sizes of a page, and the like).
    QVariant raw(const char *key, const QVariant &fallback) const;
    void setRaw(const char *key, const QVariant &value);
    void sync();
    // The file the settings live in (the local API credentials are kept there, owner-only).
    QString fileName() const;

Q_SIGNALS:
    void changed(const QString &key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace lambdesk
