#pragma once
#include "Place.h"

class QListWidget;
class QPushButton;

namespace tingdu::client {

/// Local books and loans. For now: the built-in guide books.
class ShelfPlace : public Place {
    Q_OBJECT
public:
    explicit ShelfPlace(QWidget* parent = nullptr);
    QString title() const override { return tr("Shelf"); }
    QWidget* initialFocus() override;

private:
    void reload();
    QListWidget* m_books = nullptr;
};

}  // namespace tingdu::client
