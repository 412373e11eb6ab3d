#include "breakpointmargin.h"

#include "codeeditor.h"

#include <QAction>
#include <QCursor>
#include <QEvent>
#include <QImage>
#include <QInputDialog>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace lambdesk {

namespace {

constexpr int kSize = 14; // the symbols' box, in pixels (the margin is a little wider)

QColor breakpointRed(bool dark)
{
    return dark ? QColor(0xf1, 0x4c, 0x4c) : QColor(0xd3, 0x1b, 0x1b);
}

QImage canvas()
{
    QImage image(kSize, kSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    return image;
}

QImage circle(const QColor &fill, const QColor &outline)
{
    QImage image = canvas();
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(outline, 1.5));
    p.setBrush(fill);
    p.drawEllipse(QRectF(2, 2, kSize - 4, kSize - 4));
    return image;
}

// A circle with "=" in it: it stops only when its condition is true.
QImage conditional(const QColor &fill, const QColor &mark)
{
    QImage image = circle(fill, fill);
    QPainter p(&image);
    p.setPen(QPen(mark, 1.5));
    const qreal c = kSize / 2.0;
    p.drawLine(QPointF(c - 2.5, c - 1.5), QPointF(c + 2.5, c - 1.5));
    p.drawLine(QPointF(c - 2.5, c + 1.5), QPointF(c + 2.5, c + 1.5));
    return image;
}

// A diamond: it writes a message and never stops (VS Code's and PyCharm's logpoint shape).
QImage diamond(const QColor &fill)
{
    QImage image = canvas();
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal c = kSize / 2.0, r = kSize / 2.0 - 1.5;
    QPainterPath path;
    path.moveTo(c, c - r);
    path.lineTo(c + r, c);
    path.lineTo(c, c + r);
    path.lineTo(c - r, c);
    path.closeSubpath();
    p.fillPath(path, fill);
    return image;
}

// The execution point: an arrow pointing at the line.
QImage arrow(const QColor &fill, const QColor &outline)
{
    QImage image = canvas();
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    const qreal m = kSize / 2.0;
    path.moveTo(1, m - 2.5);
    path.lineTo(7, m - 2.5);
    path.lineTo(7, 1.5);
    path.lineTo(kSize - 1, m);
    path.lineTo(7, kSize - 1.5);
    path.lineTo(7, m + 2.5);
    path.lineTo(1, m + 2.5);
    path.closeSubpath();
    p.setPen(QPen(outline, 1));
    p.setBrush(fill);
    p.drawPath(path);
    return image;
}

} // namespace

BreakpointMargin::BreakpointMargin(CodeEditor *editor) : QObject(editor), m_editor(editor)
{
    for (int &marker : m_markers)
        marker = m_editor->markerDefine(QsciScintilla::Circle);
    m_arrow = m_editor->markerDefine(QsciScintilla::RightArrow);
    m_background = m_editor->markerDefine(QsciScintilla::Background);
    drawSymbols();
    // The symbol margin (LineMarker's arrow shares it): wide enough for a symbol, clickable.
    m_editor->setMarginType(kMargin, QsciScintilla::SymbolMargin);
    m_editor->setMarginWidth(kMargin, kSize + 4);
    int mask = m_editor->marginMarkerMask(kMargin);
    for (int marker : m_markers)
        mask |= 1 << marker;
    mask |= 1 << m_arrow;
    m_editor->setMarginMarkerMask(kMargin, mask);
    m_editor->setMarginSensitivity(kMargin, true);
    m_editor->setMarginOptions(m_editor->marginOptions() | QsciScintilla::MoSublineSelect);

    m_prompt = [this](const QString &title, const QString &label, const QString &text) -> std::optional<QString> {
        bool ok = false;
        const QString answer =
            QInputDialog::getText(m_editor, title, label, QLineEdit::Normal, text, &ok);
        if (!ok)
            return std::nullopt;
        return answer;
    };

    connect(m_editor, &QsciScintilla::marginClicked, this, [this](int margin, int line, Qt::KeyboardModifiers) {
        if (margin == kMargin)
            toggle(line + 1);
    });
    connect(m_editor, &QsciScintilla::marginRightClicked, this, [this](int margin, int line, Qt::KeyboardModifiers) {
        if (margin == kMargin)
            showMenu(line + 1);
    });
    // Edits move the markers with their lines: report the new lines.
    connect(m_editor, &QsciScintilla::textChanged, this, [this] {
        if (!m_holding && syncLines())
            Q_EMIT changed();
    });
    m_editor->installEventFilter(this);
}

void BreakpointMargin::setFile(const QString &file)
{
    m_file = file;
    for (Entry &e : m_entries)
        e.breakpoint.file = file;
}

BreakpointMargin::Symbol BreakpointMargin::symbolFor(const debug::Breakpoint &bp) const
{
    if (!bp.enabled)
        return Symbol::Disabled;
    if (bp.isLogpoint())
        return Symbol::Logpoint;
    if (!bp.condition.isEmpty())
        return Symbol::Conditional;
    return Symbol::Enabled;
}

int BreakpointMargin::markerNumber(Symbol symbol) const
{
    return m_markers[int(symbol)];
}

int BreakpointMargin::executionMarkers() const
{
    return (1 << m_arrow) | (1 << m_background);
}

void BreakpointMargin::drawSymbols()
{
    // Redefined in place (same numbers): the markers on lines take the new look.
    const bool dark = m_editor->isDark();
    const QColor red = breakpointRed(dark);
    const QColor paper = m_editor->palette().color(QPalette::Base);
    const QColor grey = dark ? QColor(0x9a, 0x9a, 0x9a) : QColor(0x80, 0x80, 0x80);
    m_editor->markerDefine(circle(red, red), m_markers[int(Symbol::Enabled)]);
    m_editor->markerDefine(circle(Qt::transparent, grey), m_markers[int(Symbol::Disabled)]);
    m_editor->markerDefine(conditional(red, paper), m_markers[int(Symbol::Conditional)]);
    m_editor->markerDefine(diamond(red), m_markers[int(Symbol::Logpoint)]);
    const QColor yellow = m_stale ? grey : QColor(0xff, 0xc8, 0x00);
    const QColor outline = m_stale ? grey.darker(130) : QColor(0x8a, 0x6d, 0x00);
    m_editor->markerDefine(arrow(yellow, outline), m_arrow);
    QColor line;
    if (m_stale)
        line = dark ? QColor(0x3a, 0x3a, 0x3a) : QColor(0xec, 0xec, 0xec);
    else
        line = dark ? QColor(0x4d, 0x44, 0x12) : QColor(0xff, 0xf4, 0xbf);
    m_editor->setMarkerBackgroundColor(line, m_background);
}

bool BreakpointMargin::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::PaletteChange)
        drawSymbols(); // light/dark switched
    return QObject::eventFilter(watched, event);
}

void BreakpointMargin::place(Entry &entry, int line0)
{
    unplace(entry);
    entry.handle = m_editor->markerAdd(line0, markerNumber(symbolFor(entry.breakpoint)));
    entry.breakpoint.line = line0 + 1;
}

void BreakpointMargin::unplace(Entry &entry)
{
    if (entry.handle >= 0)
        m_editor->markerDeleteHandle(entry.handle);
    entry.handle = -1;
}

void BreakpointMargin::setBreakpoints(const QList<debug::Breakpoint> &breakpoints)
{
    for (Entry &e : m_entries)
        unplace(e);
    m_entries.clear();
    const int lines = std::max(1, m_editor->lines());
    for (const debug::Breakpoint &bp : breakpoints) {
        if (bp.file != m_file || bp.line < 1)
            continue;
        const int line = std::min(bp.line, lines);
        if (indexAt(line) >= 0)
            continue;
        Entry e{bp, -1};
        e.breakpoint.file = m_file;
        place(e, line - 1);
        m_entries.append(e);
    }
}

void BreakpointMargin::keepLinesWhile(const std::function<void()> &change)
{
    const QList<debug::Breakpoint> kept = breakpoints();
    const int execution = executionLine();
    m_holding = true;
    change();
    m_holding = false;
    setBreakpoints(kept);
    if (execution > 0) {
        const int first = m_editor->firstVisibleLine();
        setExecutionLine(execution);
        m_editor->setFirstVisibleLine(first);
    }
}

bool BreakpointMargin::syncLines()
{
    bool moved = false;
    QList<int> taken;
    for (qsizetype i = 0; i < m_entries.size();) {
        Entry &e = m_entries[i];
        const int line = m_editor->markerLine(e.handle) + 1;
        if (line <= 0 || taken.contains(line)) {
            // Its line was deleted into another breakpoint's: one breakpoint a line.
            unplace(e);
            m_entries.removeAt(i);
            moved = true;
            continue;
        }
        taken.append(line);
        if (line != e.breakpoint.line) {
            e.breakpoint.line = line;
            moved = true;
        }
        ++i;
    }
    return moved;
}

QList<debug::Breakpoint> BreakpointMargin::breakpoints() const
{
    QList<debug::Breakpoint> out;
    for (const Entry &e : m_entries) {
        debug::Breakpoint bp = e.breakpoint;
        if (e.handle >= 0)
            bp.line = m_editor->markerLine(e.handle) + 1;
        out.append(bp);
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.line < b.line; });
    return out;
}

int BreakpointMargin::indexAt(int line) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        const int at = e.handle >= 0 ? m_editor->markerLine(e.handle) + 1 : e.breakpoint.line;
        if (at == line)
            return int(i);
    }
    return -1;
}

std::optional<debug::Breakpoint> BreakpointMargin::breakpointAt(int line) const
{
    const int i = indexAt(line);
    if (i < 0)
        return std::nullopt;
    debug::Breakpoint bp = m_entries.at(i).breakpoint;
    bp.line = line;
    return bp;
}

void BreakpointMargin::toggle(int line)
{
    if (line < 1 || line > std::max(1, m_editor->lines()))
        return;
    if (const int i = indexAt(line); i >= 0) {
        unplace(m_entries[i]);
        m_entries.removeAt(i);
    } else {
        Entry e;
        e.breakpoint.file = m_file;
        place(e, line - 1);
        m_entries.append(e);
    }
    Q_EMIT changed();
}

void BreakpointMargin::remove(int line)
{
    if (const int i = indexAt(line); i >= 0) {
        unplace(m_entries[i]);
        m_entries.removeAt(i);
        Q_EMIT changed();
    }
}

int BreakpointMargin::indexMaking(int line)
{
    if (const int i = indexAt(line); i >= 0)
        return i;
    toggle(line);
    return indexAt(line);
}

void BreakpointMargin::setCondition(int line, const QString &condition)
{
    const int i = indexMaking(line);
    if (i < 0)
        return;
    Entry &e = m_entries[i];
    e.breakpoint.condition = condition.trimmed();
    place(e, line - 1);
    Q_EMIT changed();
}

void BreakpointMargin::setLogMessage(int line, const QString &message)
{
    const int i = indexMaking(line);
    if (i < 0)
        return;
    Entry &e = m_entries[i];
    e.breakpoint.logMessage = message.trimmed();
    place(e, line - 1);
    Q_EMIT changed();
}

void BreakpointMargin::setEnabled(int line, bool enabled)
{
    const int i = indexAt(line);
    if (i < 0)
        return;
    Entry &e = m_entries[i];
    e.breakpoint.enabled = enabled;
    place(e, line - 1);
    Q_EMIT changed();
}

void BreakpointMargin::edit(int line, bool logMessage)
{
    const std::optional<debug::Breakpoint> bp = breakpointAt(line);
    if (logMessage) {
        const auto text = m_prompt(tr("Logpoint on line %1").arg(line),
                                   tr("Message to log when line %1 runs (it never stops there); "
                                      "{expression} parts are evaluated, e.g. id={event['id']}:")
                                       .arg(line),
                                   bp ? bp->logMessage : QString());
        if (!text)
            return;
        if (text->trimmed().isEmpty() && bp && bp->isLogpoint()) {
            setLogMessage(line, QString()); // an empty message: a plain breakpoint again
            return;
        }
        if (!text->trimmed().isEmpty())
            setLogMessage(line, *text);
        return;
    }
    const auto text = m_prompt(tr("Condition on line %1").arg(line),
                               tr("Stop on line %1 only when this expression is true (empty: always):").arg(line),
                               bp ? bp->condition : QString());
    if (text)
        setCondition(line, *text);
}

QMenu *BreakpointMargin::contextMenu(int line, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    const auto add = [menu](const QString &text, const char *name, auto slot) {
        QAction *a = menu->addAction(text);
        a->setObjectName(QLatin1String(name));
        connect(a, &QAction::triggered, menu, slot);
        return a;
    };
    const std::optional<debug::Breakpoint> bp = breakpointAt(line);
    if (!bp) {
        add(tr("Add breakpoint"), "addBreakpoint", [this, line] { toggle(line); });
        add(tr("Add conditional breakpoint…"), "addConditional", [this, line] { edit(line, false); });
        add(tr("Add logpoint…"), "addLogpoint", [this, line] { edit(line, true); });
        return menu;
    }
    add(tr("Edit condition…"), "editCondition", [this, line] { edit(line, false); });
    add(tr("Edit log message…"), "editLogMessage", [this, line] { edit(line, true); });
    add(bp->enabled ? tr("Disable breakpoint") : tr("Enable breakpoint"), "toggleEnabled",
        [this, line, on = !bp->enabled] { setEnabled(line, on); });
    menu->addSeparator();
    add(tr("Remove breakpoint"), "remove", [this, line] { remove(line); });
    return menu;
}

void BreakpointMargin::showMenu(int line)
{
    QMenu *menu = contextMenu(line, m_editor);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(QCursor::pos());
}

void BreakpointMargin::setExecutionLine(int line)
{
    m_editor->markerDeleteAll(m_arrow);
    m_editor->markerDeleteAll(m_background);
    m_executionHandle = -1;
    if (line < 1)
        return;
    const int target = std::clamp(line, 1, std::max(1, m_editor->lines())) - 1;
    m_executionHandle = m_editor->markerAdd(target, m_arrow);
    m_editor->markerAdd(target, m_background);
    m_editor->goToLine(target + 1);
}

int BreakpointMargin::executionLine() const
{
    return m_executionHandle < 0 ? 0 : m_editor->markerLine(m_executionHandle) + 1;
}

void BreakpointMargin::setExecutionStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    drawSymbols();
}

} // namespace lambdesk
