#pragma once

// For the widget tests that follow a link out of the console: catches what
// QDesktopServices::openUrl would hand to the browser (the test installs it as the scheme's
// handler, QDesktopServices::setUrlHandler(scheme, &catcher, "open")). A source of the tests
// that use it (tests/CMakeLists.txt), so that moc sees it.

#include <QList>
#include <QObject>
#include <QUrl>

class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url)
    {
        urls.append(url);
        Q_EMIT opened();
    }
Q_SIGNALS:
    void opened();
};
