#pragma once

#include "model/functionalias.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;

namespace lambdesk {

class RoutingBar;

// Create or edit an alias: its name (fixed once made), its version, and optionally a second
// version with a weight set on a slider (1..99 %), shown as the bar the list draws.
class AliasDialog : public QDialog
{
    Q_OBJECT
public:
    // versions: "$LATEST" and the published numbers. `alias` empty (no name): a new one.
    AliasDialog(const QStringList &versions, const FunctionAlias &alias, QWidget *parent = nullptr);

    bool isNew() const { return m_new; }
    // What the dialog describes now (revisionId kept from the alias it edits).
    FunctionAlias alias() const;
    // The rule the input breaks (empty when OK may be pressed).
    QString problem() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *versionBox() const { return m_version; }
    QCheckBox *splitBox() const { return m_split; }
    QComboBox *secondBox() const { return m_second; }
    QSlider *weightSlider() const { return m_weight; }
    RoutingBar *bar() const { return m_bar; }
    QLineEdit *descriptionEdit() const { return m_description; }

private:
    void update();

    bool m_new;
    QString m_revisionId;
    QLineEdit *m_name;
    QComboBox *m_version;
    QCheckBox *m_split;
    QComboBox *m_second;
    QSlider *m_weight;
    QLabel *m_weightLabel;
    RoutingBar *m_bar;
    QLineEdit *m_description;
    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
};

} // namespace lambdesk
