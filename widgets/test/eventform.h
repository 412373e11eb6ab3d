#pragma once

#include "model/error.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace lambdesk {

class SavedEventCombo;
class TemplatePicker;

// The top of the Test tab, as the Lambda console lays it out: the event action (create new /
// edit saved) with the template picker or the saved events next to it, the event name (its
// rule shown under it while it is broken) and the sharing (private n of 10 / shareable).
// Only widgets: the Test page owns what they mean.
class EventForm : public QWidget
{
    Q_OBJECT
public:
    explicit EventForm(QWidget *parent = nullptr);

    // Shows the template picker (creating) or the saved events (editing).
    void setCreating(bool creating);
    // Updates what depends on the saved events and the name: the private count, whether
    // "Edit saved event" can be chosen, the name's message.
    void refresh();
    QString name() const;
    // The name breaks the rule (an empty name is only refused on Save).
    std::optional<Error> nameError() const;
    bool isShared() const;
    void setShared(bool shared);

    QRadioButton *createButton() const { return m_createMode; }
    QRadioButton *editButton() const { return m_editMode; }
    SavedEventCombo *events() const { return m_events; }
    TemplatePicker *templates() const { return m_templates; }
    QLineEdit *nameEdit() const { return m_name; }
    QRadioButton *privateButton() const { return m_private; }
    QRadioButton *shareableButton() const { return m_shareable; }

    // Two label-field pairs a row when wide; one a row when the Test tab is narrower than that
    // (a projector's 1024 px), so the form never widens the window.
    QSize minimumSizeHint() const override;
    bool isStacked() const { return m_stacked; }

Q_SIGNALS:
    // The name or the sharing changed.
    void changed();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrange(bool stacked);
    int leastWidth(bool stacked) const;

    QGridLayout *m_grid;
    QList<QWidget *> m_cells; // label, field, label, field, ..., the name's message last
    bool m_stacked = false;
    QRadioButton *m_createMode;
    QRadioButton *m_editMode;
    QLabel *m_pickerLabel;
    SavedEventCombo *m_events;
    TemplatePicker *m_templates;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QRadioButton *m_private;
    QRadioButton *m_shareable;
};

// A red message label, hidden until it has something to say.
QLabel *makeErrorLabel(QWidget *parent);

} // namespace lambdesk
