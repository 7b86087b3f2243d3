#pragma once
// Settings › Keys: every command with its key; pick one and press the new key.
#include <QWidget>

class QLineEdit;
class QPushButton;
class QListWidget;

namespace tingdu::client {

class KeymapEditor : public QWidget {
    Q_OBJECT
public:
    explicit KeymapEditor(QWidget* parent = nullptr);
    QWidget* list() const;

private:
    void reload();
    void assign();
    QListWidget* m_list = nullptr;
    QLineEdit* m_edit = nullptr;
    QPushButton* m_assign = nullptr;
};

}  // namespace tingdu::client
