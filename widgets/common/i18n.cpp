#include "i18n.h"

#include "settings.h"

#include <QActionGroup>
#include <QBoxLayout>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTranslator>

#include <memory>
#include <vector>

namespace lambdesk::i18n {

namespace {
// The translators install() put on the application, removed by the next install().
std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}
QString &installedCode()
{
    static QString code;
    return code;
}
bool &restartFlag()
{
    static bool flag = false;
    return flag;
}

// Loads `file` from `dir` into a new translator installed on the application; false if missing.
bool add(const QString &file, const QString &dir)
{
    auto t = std::make_unique<QTranslator>();
    if (!t->load(file, dir))
        return false;
    QCoreApplication::installTranslator(t.get());
    installed().push_back(std::move(t));
    return true;
}

// The language of ours that a BCP 47 / POSIX name ("de-AT", "zh-Hans-CN", "zh_CN", "en") is in.
QString match(const QString &name)
{
    const QLocale l(QString(name).replace(u'-', u'_'));
    switch (l.language()) {
    case QLocale::English: return QStringLiteral("en");
    case QLocale::German: return QStringLiteral("de");
    case QLocale::Chinese:
        // Simplified script only (zh-Hant, zh-TW, zh-HK read Traditional characters).
        return l.script() == QLocale::TraditionalChineseScript ? QString() : QStringLiteral("zh_CN");
    default: return {};
    }
}
} // namespace

QList<Language> languages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

QString resolve(const QString &setting, const QStringList &uiLanguages)
{
    for (const Language &l : languages()) {
        if (l.code == setting)
            return l.code;
    }
    for (const QString &ui : uiLanguages) {
        const QString code = match(ui);
        if (!code.isEmpty())
            return code;
    }
    return QStringLiteral("en");
}

QLocale localeFor(const QString &code, const QLocale &system)
{
    const QLocale wanted(code == u"en" ? QStringLiteral("en_US") : code);
    // The system's region, in Qt's data for it: QLocale::system() itself answers number formats
    // from LC_NUMERIC, which may say "C" while LANGUAGE says German.
    if (system.language() == wanted.language() && match(system.name()) == code)
        return QLocale(system.language(), system.script(), system.territory());
    return wanted;
}

bool install(const QString &code)
{
    for (auto &t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();
    installedCode() = code;
    // English's plural forms first: any text a language leaves untranslated still reads
    // "1 function" (translators are searched from the last installed).
    const QString ours = QStringLiteral(":/i18n");
    add(QStringLiteral("lambdesk_en"), ours);
    bool ok = code == u"en";
    if (!ok) {
        // Qt's own texts (dialog buttons, context menus) and QScintilla's, where installed.
        const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        const QString lang = code.section(u'_', 0, 0);
        if (!add(QStringLiteral("qtbase_") + code, qtDir))
            add(QStringLiteral("qtbase_") + lang, qtDir);
        add(QStringLiteral("qscintilla_") + code.toLower(), qtDir) || add(QStringLiteral("qscintilla_") + lang, qtDir);
        ok = add(QStringLiteral("lambdesk_") + code, ours);
    }
    QLocale::setDefault(localeFor(code));
    return ok;
}

QString installedLanguage()
{
    return installedCode();
}

QString installFromSettings(const Settings &settings)
{
    const QString code = resolve(settings.value(settings::language), QLocale::system().uiLanguages());
    install(code);
    return code;
}

QString limitsText(const QString &english)
{
    static const QRegularExpression cgroup(QStringLiteral("^Limits: (cgroup v[12]) \\((.*)\\)$"));
    if (const QRegularExpressionMatch m = cgroup.match(english); m.hasMatch()) {
        QStringList parts;
        for (const QString &part : m.captured(2).split(QStringLiteral(", "))) {
            if (part == QLatin1String("memory"))
                parts << QCoreApplication::translate("lambdesk::i18n", "memory");
            else if (part == QLatin1String("CPU quota"))
                parts << QCoreApplication::translate("lambdesk::i18n", "CPU quota");
            else if (part == QLatin1String("pids"))
                parts << QCoreApplication::translate("lambdesk::i18n", "pids");
            else
                parts << part;
        }
        return QCoreApplication::translate("lambdesk::i18n", "Limits: %1 (%2)")
            .arg(m.captured(1), parts.join(QCoreApplication::translate("lambdesk::i18n", ", ")));
    }
    const QLatin1String watchdog("Limits: watchdog (memory sampled every 20 ms, no CPU quota)");
    if (!english.startsWith(watchdog))
        return english;
    QString why = english.mid(watchdog.size()); // why the watchdog, where core says
    if (why == u" — chosen by LAMBDESK_LIMITS")
        why = QCoreApplication::translate("lambdesk::i18n", " — chosen by LAMBDESK_LIMITS");
    else if (why == u" — cgroups are not writable here")
        why = QCoreApplication::translate("lambdesk::i18n", " — cgroups are not writable here");
    return QCoreApplication::translate("lambdesk::i18n", "Limits: watchdog (memory sampled every 20 ms, no CPU quota)")
        + why;
}

QList<QLabel *> addSentence(QBoxLayout *row, const QString &sentence, const QList<QWidget *> &fields, QWidget *parent)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d)"));
    QList<QLabel *> labels;
    const auto addWords = [&](QStringView words) {
        const QString text = words.trimmed().toString();
        if (text.isEmpty())
            return;
        labels << new QLabel(text, parent);
        row->addWidget(labels.last());
    };
    qsizetype from = 0;
    for (QRegularExpressionMatchIterator it = placeholder.globalMatch(sentence); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        addWords(QStringView(sentence).sliced(from, m.capturedStart() - from));
        if (const qsizetype field = m.captured(1).toInt() - 1; field >= 0 && field < fields.size())
            row->addWidget(fields.at(field));
        from = m.capturedEnd();
    }
    addWords(QStringView(sentence).sliced(from));
    return labels;
}

QMenu *languageMenu(Settings *settings, QWidget *window)
{
    auto *menu = new QMenu(QCoreApplication::translate("lambdesk::i18n", "&Language"), window);
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    QList<std::pair<QString, QString>> entries{
        {QString(), QCoreApplication::translate("lambdesk::i18n", "&System default")}};
    for (const Language &l : languages())
        entries.append({l.code, l.nativeName});
    const QString current = settings->value(settings::language);
    for (const auto &[code, label] : entries) {
        QAction *a = menu->addAction(label);
        a->setCheckable(true);
        a->setChecked(code == current);
        a->setData(code);
        group->addAction(a);
        QObject::connect(a, &QAction::triggered, menu, [settings, window, code, label] {
            if (settings->value(settings::language) == code)
                return;
            settings->setValue(settings::language, code);
            settings->sync();
            const QString next = resolve(code, QLocale::system().uiLanguages());
            if (next == installedLanguage())
                return; // "System default" that is the language already shown
            QString name = label;
            for (const Language &l : languages()) {
                if (l.code == next)
                    name = l.nativeName;
            }
            QMessageBox box(
                QMessageBox::Information, QCoreApplication::translate("lambdesk::i18n", "Language"),
                QCoreApplication::translate("lambdesk::i18n", "The console will be in %1 from its next start.")
                    .arg(name),
                QMessageBox::NoButton, window);
            box.setObjectName(QStringLiteral("languageRestartBox"));
            QPushButton *restart = box.addButton(QCoreApplication::translate("lambdesk::i18n", "&Restart now"),
                                                 QMessageBox::AcceptRole);
            box.addButton(QCoreApplication::translate("lambdesk::i18n", "&Later"), QMessageBox::RejectRole);
            box.setDefaultButton(restart);
            box.exec();
            if (box.clickedButton() != restart)
                return;
            // The window closes as on File › Quit (it may ask about unsaved changes and stay).
            requestRestart(true);
            if (!window->close())
                requestRestart(false);
        });
    }
    return menu;
}

void requestRestart(bool on)
{
    restartFlag() = on;
}

bool restartRequested()
{
    return restartFlag();
}

bool restartIfRequested()
{
    if (!restartFlag())
        return false;
    restartFlag() = false;
    return QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
}

} // namespace lambdesk::i18n
