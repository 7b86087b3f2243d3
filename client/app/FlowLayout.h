#pragma once
// A row of controls that wraps onto the next line when the place is too narrow for it (Qt's
// "Flow Layout" example). At 200% and 400% a fixed row would make the place scroll sideways,
// and a magnifier user panning sideways loses the row; wrapped rows keep everything in view.
// Items keep the order they were added in, so the tab order stays the reading order.
#include <QLayout>
#include <QList>

namespace tingdu::client {

class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    /// Adds a group that never wraps inside, such as a label and its field; takes ownership.
    void addLayout(QLayout* group);
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    /// Places the items in RECT (or only measures, when TEST_ONLY); returns the height used.
    int arrange(const QRect& rect, bool testOnly) const;
    int gap(const QLayoutItem* item, Qt::Orientation orientation) const;

    QList<QLayoutItem*> m_items;
};

}  // namespace tingdu::client
