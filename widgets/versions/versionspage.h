#pragma once

#include "common/functionpage.h"
#include "model/functionversion.h"

#include <QMap>
#include <QMessageBox>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace lambdesk {

class CallGuard;
class DiffView;

// The Versions tab: the published versions (number, description, date, CodeSha256, runtime,
// memory), Publish with a description (the git work off the GUI thread), Delete (refused,
// naming the aliases, while an alias uses the version), and a read-only view of a version's
// code and configuration, side by side with another version or $LATEST, changed lines marked.
class VersionsPage : public FunctionPage
{
    Q_OBJECT
public:
    // What a side shows: "$LATEST" or a version number.
    static inline const QString kLatest = QStringLiteral("$LATEST");
    // The configuration, shown as one more file.
    static QString configurationEntry();

    explicit VersionsPage(const ConsoleContext &context, QWidget *parent = nullptr);

    void publish();
    void deleteSelected();
    void setPrompt(std::function<QMessageBox::StandardButton(const QString &)> prompt) { m_prompt = std::move(prompt); }

    // Shows `left` alone (right empty) or beside `right`; the file chosen in the file list.
    void compare(const QString &left, const QString &right = {});
    bool selectFile(const QString &file);

    const QList<FunctionVersion> &versions() const { return m_versions; }
    QTreeWidget *list() const { return m_list; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QPushButton *publishButton() const { return m_publish; }
    QPushButton *deleteButton() const { return m_delete; }
    QComboBox *leftBox() const { return m_leftBox; }
    QComboBox *rightBox() const { return m_rightBox; }
    QComboBox *fileBox() const { return m_fileBox; }
    DiffView *diffView() const { return m_diff; }
    QLabel *message() const { return m_message; }
    bool isPublishing() const { return m_publishing; }

Q_SIGNALS:
    void versionsLoaded();
    // A publish or delete was answered; message() says how.
    void actionAnswered(bool ok);
    // The view shows what compare() asked for.
    void viewShown();

protected:
    void functionChanged(bool otherFunction) override;

private:
    struct Tree
    {
        QString title;
        QMap<QString, QByteArray> files; // relative path -> bytes, and the configuration
    };
    void buildUi();
    void reload();
    void showVersions();
    void fillSides();
    void loadView();
    void showFile();
    void setMessage(const QString &text, bool error);
    void updateButtons();

    CallGuard *m_calls;
    CallGuard *m_views;
    QList<FunctionVersion> m_versions;
    QTreeWidget *m_list;
    QLineEdit *m_description;
    QPushButton *m_publish;
    QPushButton *m_delete;
    QLabel *m_message;
    QComboBox *m_leftBox;
    QComboBox *m_rightBox;
    QComboBox *m_fileBox;
    DiffView *m_diff;
    bool m_publishing = false;
    bool m_filling = false;
    Tree m_leftTree;
    Tree m_rightTree;
    bool m_hasRight = false;
    QString m_selectAfterLoad; // a version just published, selected when the list has it
    std::function<QMessageBox::StandardButton(const QString &)> m_prompt;
};

} // namespace lambdesk
