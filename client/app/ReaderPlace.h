#pragma once
#include "Place.h"

class QTextBrowser;

namespace tingdu::client {

/// The open e-book, rendered from the content model and read aloud.
class ReaderPlace : public Place {
    Q_OBJECT
public:
    explicit ReaderPlace(QWidget* parent = nullptr);
    QString title() const override { return tr("Reader"); }
    QWidget* initialFocus() override;

private:
    QTextBrowser* m_text = nullptr;
};

}  // namespace tingdu::client
