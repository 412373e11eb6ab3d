#pragma once

#include "debug/debugtypes.h"

#include <QTreeWidget>

namespace lambdesk {

// The call stack of a stop: the function's own frames first (handler, helpers, module code),
// then the runtime's and libraries' frames folded into one expandable "N runtime frames" row.
// Selecting a frame emits frameSelected with its index in Stop::frames.
class CallStackView : public QTreeWidget
{
    Q_OBJECT
public:
    enum Role { FrameIndexRole = Qt::UserRole + 1 };

    explicit CallStackView(QWidget *parent = nullptr);

    // Shows the frames and selects the innermost frame of the function's code (else the
    // innermost one): frameSelected() follows.
    void setFrames(const QList<debug::Frame> &frames);
    void clearFrames();
    // Index in the frames of the selected row; -1 when none (or the fold row).
    int selectedFrame() const;
    void selectFrame(int frameIndex);
    // The fold row (nullptr when every frame is the function's).
    QTreeWidgetItem *foldRow() const { return m_fold; }

Q_SIGNALS:
    void frameSelected(int frameIndex);

private:
    QTreeWidgetItem *itemFor(int frameIndex) const;

    QTreeWidgetItem *m_fold = nullptr;
};

} // namespace lambdesk
