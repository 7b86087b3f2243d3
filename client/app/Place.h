#pragma once
// A place of the app (Shelf, Catalog, Reader, Player, Settings): one page of the main window.
#include <QWidget>

namespace tingdu::client {

class Place : public QWidget {
public:
    using QWidget::QWidget;
    /// The translated name shown on the tab and given to the screen reader.
    virtual QString title() const = 0;
    /// The control that should have focus when the place is entered.
    virtual QWidget* initialFocus() { return this; }
};

}  // namespace tingdu::client
