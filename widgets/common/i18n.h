#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

class QBoxLayout;
class QLabel;
class QMenu;
class QWidget;

namespace lambdesk {

class Settings;

// The console's languages (translations/README.md): the translators compiled into the program
// (":/i18n/lambdesk_<code>.qm"), Qt's own (qtbase_<lang>.qm, QScintilla's) where installed, and
// the default QLocale, so that the console's own numbers and dates follow the language. AWS's
// texts (REPORT lines, logs, payloads, API output) are never translated or localised.
namespace i18n {

struct Language
{
    QString code;       // "en", "de", "zh_CN": the setting's value and the .qm file's suffix
    QString nativeName; // the language's name in itself ("Deutsch"), as the menu shows it
};

// The languages the console comes in, English first.
QList<Language> languages();

// The language to use: `setting` when it is one of languages(); otherwise ("" = follow the
// system) the first of `uiLanguages` (QLocale::uiLanguages() order, "de-DE", "zh-Hans-CN") that
// one of them matches; English when none does.
QString resolve(const QString &setting, const QStringList &uiLanguages);

// The locale the console formats its numbers and dates in for `code`: the system's region when
// the system is of that language (de_AT), else the language's own (de -> de_DE, zh_CN).
QLocale localeFor(const QString &code, const QLocale &system = QLocale::system());

// Installs the translators of `code` on the application (replacing ones this function installed
// before) and makes localeFor(code) the default QLocale. English installs only the plural forms
// ("1 function", "2 functions"). False when the program has no translation for `code`.
bool install(const QString &code);
// The code install() installed last ("" before the first call).
QString installedLanguage();

// Core's one line on how limits are enforced ("Limits: cgroup v1 (memory, CPU quota, pids)",
// English as `lambdesk runtimes` and the benchmarks print it) in the installed language; its
// mechanism's name (cgroup v1) stays as the kernel calls it, and a line it does not know is
// returned as it is.
QString limitsText(const QString &english);

// A sentence with fields in it ("Roll back past %1 errors", a spin box for %1), laid out in
// `row` as its words and its fields, in the order the translation puts them: %1 is fields[0],
// %2 fields[1]. The words become labels of `parent`, returned in order; a field whose
// placeholder the sentence lacks is left out of the row.
QList<QLabel *> addSentence(QBoxLayout *row, const QString &sentence, const QList<QWidget *> &fields, QWidget *parent);

// At start (main.cpp, before the main window): install(resolve(the setting, the system's)).
// Returns the language installed.
QString installFromSettings(const Settings &settings);

// View › Language: System default and each language, checked as the setting says. Choosing one
// saves it; it takes effect on the next start, which the user may do at once ("Restart now":
// the window closes normally, so nothing is lost, and main() starts the program again).
QMenu *languageMenu(Settings *settings, QWidget *window);

// "Restart now": main() calls restartIfRequested() once the window is gone (and with it the
// workspace's lock), which starts the same program with the same arguments again.
void requestRestart(bool on);
bool restartRequested();
bool restartIfRequested();

} // namespace i18n
} // namespace lambdesk
