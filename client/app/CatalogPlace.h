#pragma once
#include "Place.h"

class QLineEdit;
class QListWidget;

namespace tingdu::client {

/// Library catalogs: the province's, public OPDS catalogs, the built-in offline one.
class CatalogPlace : public Place {
    Q_OBJECT
public:
    explicit CatalogPlace(QWidget* parent = nullptr);
    QString title() const override { return tr("Catalog"); }
    QWidget* initialFocus() override;

private:
    QListWidget* m_libraries = nullptr;
    QLineEdit* m_address = nullptr;
};

}  // namespace tingdu::client
