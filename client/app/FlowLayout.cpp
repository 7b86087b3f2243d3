#include "FlowLayout.h"

#include <QStyle>
#include <QWidget>
#include <algorithm>
#include <utility>

namespace tingdu::client {

FlowLayout::FlowLayout(QWidget* parent) : QLayout(parent)
{
    // A nested row adds no margin of its own, as a QHBoxLayout inside a place does not.
    if (!parent)
        setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem* item)
{
    m_items.append(item);
}

void FlowLayout::addLayout(QLayout* group)
{
    addChildLayout(group);
    addItem(group);
}

int FlowLayout::count() const
{
    return static_cast<int>(m_items.size());
}

QLayoutItem* FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem* FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), true);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest item: anything wider wraps rather than widening the place.
    QSize size(0, 0);
    for (const QLayoutItem* item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // All on one line, so a flow nested in a flow (a label and its field) stays whole when it fits.
    QSize size(0, 0);
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        size.rwidth() += hint.width() + (size.width() > 0 ? gap(item, Qt::Horizontal) : 0);
        size.rheight() = std::max(size.height(), hint.height());
    }
    const QMargins m = contentsMargins();
    return size.expandedTo(minimumSize() - QSize(m.left() + m.right(), m.top() + m.bottom())) +
           QSize(m.left() + m.right(), m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, false);
}

int FlowLayout::arrange(const QRect& rect, bool testOnly) const
{
    const QMargins m = contentsMargins();
    const QRect area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom());
    int x = area.x();
    int y = area.y();
    int lineHeight = 0;
    QList<std::pair<QLayoutItem*, QRect>> line;
    // Items of a line are centred on it, as a QHBoxLayout centres a label beside its field.
    auto placeLine = [&] {
        if (!testOnly) {
            for (auto& [item, geometry] : line)
                item->setGeometry(geometry.translated(0, (lineHeight - geometry.height()) / 2));
        }
        line.clear();
    };
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        const int gapX = gap(item, Qt::Horizontal);
        if (x + hint.width() > area.right() + 1 && !line.isEmpty()) {
            placeLine();
            x = area.x();
            y += lineHeight + gap(item, Qt::Vertical);
            lineHeight = 0;
        }
        const int width = std::min(hint.width(), area.width());
        // A nested flow narrower than it would like wraps too, and is as tall as that needs.
        const int height = item->hasHeightForWidth() ? item->heightForWidth(width) : hint.height();
        line.append({item, QRect(x, y, width, height)});
        x += hint.width() + gapX;
        lineHeight = std::max(lineHeight, height);
    }
    placeLine();
    return y + lineHeight - rect.y() + m.bottom();
}

// The layout's spacing, or the style's spacing between push buttons as a QHBoxLayout would use.
int FlowLayout::gap(const QLayoutItem* item, Qt::Orientation orientation) const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget* widget = item->widget() ? item->widget() : parentWidget();
    if (!widget)
        return 6;
    return widget->style()->layoutSpacing(QSizePolicy::PushButton, QSizePolicy::PushButton, orientation,
                                          nullptr, widget);
}

}  // namespace tingdu::client
