#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSettings;

namespace lambdesk {

// A typed setting: its key and its default. Declared once below; read, written and watched only
// through Settings, so nobody spells a key twice and widgets never touch QSettings.
template<typename T>
struct Setting
{
    QString key;
    T defaultValue;
};

// One setting per item (a function, a page): the item's key is prefix/item.
template<typename T>
struct SettingFamily
{
    QString prefix;
    T defaultValue;

    Setting<T> of(const QString &item) const { return {prefix + u'/' + item, defaultValue}; }
};

namespace settings {
inline const Setting<int> apiPort{QStringLiteral("api/port"), 9001};
inline const Setting<QString> apiHost{QStringLiteral("api/host"), QStringLiteral("127.0.0.1")};
inline const Setting<bool> apiRequireSignature{QStringLiteral("api/requireSignature"), false};
// Local SigV4 credentials, generated once (api/apicredentials.h); empty until then.
inline const Setting<QString> apiAccessKeyId{QStringLiteral("api/accessKeyId"), QString()};
inline const Setting<QString> apiSecretAccessKey{QStringLiteral("api/secretAccessKey"), QString()};
// Browser origins allowed to call the API (exact origins such as http://localhost:3000).
inline const Setting<QStringList> apiAllowedOrigins{QStringLiteral("api/allowedOrigins"), QStringList()};
// The region in local ARNs, AWS_REGION of handlers and the printed profile.
inline const Setting<QString> region{QStringLiteral("backend/region"), QStringLiteral("us-east-1")};
// The account concurrency limit: what every function's invocations in flight share (AWS: 1000).
inline const Setting<int> concurrencyLimit{QStringLiteral("backend/concurrencyLimit"), 10};
inline const Setting<int> idleTimeoutMinutes{QStringLiteral("environments/idleTimeoutMinutes"), 10};
inline const Setting<int> maxEnvironments{QStringLiteral("environments/max"), 64};
inline const Setting<QString> theme{QStringLiteral("ui/theme"), QStringLiteral("system")}; // system, light, dark
inline const Setting<QString> lastFunction{QStringLiteral("ui/lastFunction"), QString()};
inline const Setting<QByteArray> windowGeometry{QStringLiteral("ui/windowGeometry"), QByteArray()};
inline const Setting<QByteArray> windowState{QStringLiteral("ui/windowState"), QByteArray()};
inline const Setting<QByteArray> mainSplitter{QStringLiteral("ui/mainSplitter"), QByteArray()};
inline const Setting<QByteArray> testSplitter{QStringLiteral("test/splitter"), QByteArray()};
// Results panels follow invocations from the API, the CLI and the Event queue too, not only the console's.
inline const Setting<bool> resultsFollowAllSources{QStringLiteral("ui/resultsFollowAllSources"), false};
// The test event a function had open last (EventRef::key()).
// The Monitor tab's cost estimate: prices (US dollars) default to AWS's published us-east-1 ones.
inline const Setting<QString> costArchitecture{QStringLiteral("monitor/architecture"), QStringLiteral("x86_64")};
inline const Setting<double> priceX86GbSecond{QStringLiteral("monitor/priceX86GbSecond"), 0.0000166667};
inline const Setting<double> priceArm64GbSecond{QStringLiteral("monitor/priceArm64GbSecond"), 0.0000133334};
inline const Setting<double> priceMillionRequests{QStringLiteral("monitor/priceMillionRequests"), 0.20};
inline const Setting<int> costWhatIfMemory{QStringLiteral("monitor/whatIfMemoryMb"), 512};
// The sandbox (runtime/sandbox.h): false runs handlers with the host's filesystem; true shares
// ~/.aws read-only with handlers inside it (HOME=/home/sbx_user1051).
inline const Setting<bool> sandboxEnabled{QStringLiteral("sandbox/enabled"), true};
inline const Setting<bool> sandboxShareAwsConfig{QStringLiteral("sandbox/shareAwsConfig"), false};
// The debugger (Debug, Ctrl+F5): stop where an exception escapes the handler; start a new
// environment so init runs under the debugger; let an outside debugger (VS Code, PyCharm,
// Chrome DevTools) attach on a port instead of the console's panes.
inline const Setting<bool> debugBreakOnUncaught{QStringLiteral("debug/breakOnUncaught"), true};
inline const Setting<bool> debugColdStart{QStringLiteral("debug/coldStart"), false};
inline const Setting<bool> debugWaitForExternal{QStringLiteral("debug/waitForExternal"), false};
inline const Setting<int> debugExternalPort{QStringLiteral("debug/externalPort"), 5678};
inline const Setting<QByteArray> debugPanelSplitter{QStringLiteral("debug/panelSplitter"), QByteArray()};
// Teaching and demos (issue 17): the console's language ("" follows the system; "en", "de",
// "zh_CN"), taking effect on the next start; lesson progress (JSON: lesson id -> done step ids);
// presenter mode's zoom in percent.
inline const Setting<QString> language{QStringLiteral("ui/language"), QString()};
inline const Setting<QByteArray> learnProgress{QStringLiteral("learn/progress"), QByteArray()};
inline const Setting<QString> learnCurrentLesson{QStringLiteral("learn/currentLesson"), QString()};
inline const Setting<int> presenterZoomPercent{QStringLiteral("presenter/zoomPercent"), 150};
inline const SettingFamily<QString> lastTestEvent{QStringLiteral("test/lastEvent"), QString()};
} // namespace settings

// Carries the changes of one key (Settings::onChanged connects to it).
class SettingNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void changed(const QVariant &value);
};

class Settings : public QObject
{
    Q_OBJECT
public:
    // path empty: the user's configuration ($XDG_CONFIG_HOME/Lambdesk/lambdesk.ini);
    // tests pass a file of their own.
    explicit Settings(const QString &path = {}, QObject *parent = nullptr);
    ~Settings() override;

    template<typename T>
    T value(const Setting<T> &s) const
    {
        return read(s.key, QVariant::fromValue(s.defaultValue)).template value<T>();
    }
    template<typename T>
    void setValue(const Setting<T> &s, const T &v)
    {
        write(s.key, QVariant::fromValue(v));
    }
    // Calls f(newValue) on context's thread each time the setting is changed through this object.
    template<typename T, typename F>
    QMetaObject::Connection onChanged(const Setting<T> &s, const QObject *context, F f)
    {
        return connect(notifier(s.key), &SettingNotifier::changed, context,
                       [f = std::move(f)](const QVariant &v) { f(v.template value<T>()); });
    }
    // The region setting when it is valid; otherwise the default, and `problem` says why.
    QString region(QString *problem = nullptr) const;
    // The API port setting when it is a port (0 to 65535, 0: any free one); otherwise the
    // default, and `problem` says why.
    int apiPort(QString *problem = nullptr) const;
    // The account concurrency limit setting when it is 1 to 10000; otherwise the default, and
    // `problem` says why.
    int concurrencyLimit(QString *problem = nullptr) const;
    // The external debugger's port setting when it is 1024 to 65535; otherwise the default, and
    // `problem` says why.
    int debugExternalPort(QString *problem = nullptr) const;
    void sync();
    // The file the settings live in (the local API credentials are kept there, owner-only).
    QString fileName() const;

private:
    QVariant read(const QString &key, const QVariant &fallback) const;
    void write(const QString &key, const QVariant &value);
    SettingNotifier *notifier(const QString &key);

    std::unique_ptr<QSettings> m_settings;
    QHash<QString, SettingNotifier *> m_notifiers;
};

} // namespace lambdesk
