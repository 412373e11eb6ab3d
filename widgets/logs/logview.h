#pragma once

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace lambdesk {

class BackendHost;
class LogFilterProxy;
class LogModel;

// The live log stream of every function: filter by function, version, level, time, request or
// text (JSON fields too: "level=ERROR"), follow the tail (scrolling up pauses it, scrolling to the
// end resumes), copy lines, export the visible lines. JSON lines show folded: a summary that
// expands to the line's fields.
class LogView : public QWidget
{
    Q_OBJECT
public:
    explicit LogView(LogModel *model, QWidget *parent = nullptr);

    // The newest lines of earlier sessions shown at start.
    static constexpr int kEarlierLines = 1000;

    // Optional: lets the view read lines of earlier sessions from the log database: the newest
    // kEarlierLines once the backend has started (a restart does not begin with an empty log),
    // and a request's lines for showRequest().
    void setHost(BackendHost *host);
    // Limits the view to one function when "Selected function" is chosen.
    void setSelectedFunction(const QString &name);
    // Shows only this request's lines (START to REPORT), pauses following and scrolls to them.
    void showRequest(const QString &requestId);
    void clearRequestFilter();
    void setFollowing(bool follow);
    bool isFollowing() const;
    // The selected lines' messages, one per line (what Ctrl+C copies); with details:
    // time, function and request id before each message, tab-separated.
    QString selectedText(bool details = false) const;
    void copySelection(bool details = false) const;

    // Writes the visible lines (after every filter), one per line as they were printed, to
    // `path`; with details, time, function and request id before each, tab-separated.
    // Returns an empty string, or what went wrong.
    QString exportVisible(const QString &path, bool details = false) const;
    void exportWithDialog();
    // Shows the lines from `from` to `to` (the time filter's "Custom…", which asks for them).
    void setTimeRange(const QDateTime &from, const QDateTime &to);
    // Folds out (or in) the fields of the JSON line at the view's `row`.
    void setExpanded(int row, bool expanded);
    bool isExpanded(int row) const;

    int visibleRows() const;
    LogFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *scopeCombo() const { return m_scope; }
    QComboBox *levelCombo() const { return m_level; }
    QComboBox *versionCombo() const { return m_version; }
    QComboBox *timeCombo() const { return m_time; }

Q_SIGNALS:
    // showRequest() was called: the dock holding this view should come to the front.
    void revealRequested();

protected:
    // The table's arrow clicks and Right/Left keys fold JSON lines, as in a tree view.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void loadEarlierLines();
    void applyFilter();
    void addFunction(const QString &name);
    void addVersion(const QString &version);
    void applyTimeRange();
    void askTimeRange();
    void showContextMenu(const QPoint &pos);
    void updateCount();
    void scrollToEnd();

    LogModel *m_model;
    LogFilterProxy *m_proxy;
    BackendHost *m_host = nullptr;
    QTableView *m_table;
    QComboBox *m_scope;
    QComboBox *m_version;
    QComboBox *m_level;
    QComboBox *m_time;
    int m_timeIndex = 0; // the time range in force (a cancelled "Custom…" goes back to it)
    QDateTime m_customFrom, m_customTo;
    QLineEdit *m_filter;
    QToolButton *m_requestChip;
    QCheckBox *m_follow;
    QLabel *m_count;
    QString m_selected;
    bool m_scrollPending = false;
    struct Before
    {
        int scope = 0;
        int level = 0;
        bool following = true;
    } m_before; // the filters showRequest() replaced
};

} // namespace lambdesk
