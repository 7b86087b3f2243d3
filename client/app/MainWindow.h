#pragma once
#include <QMainWindow>
#include <QVector>

class QTabWidget;

namespace tingdu::accessibility::qt {
class Announcer;
}

namespace tingdu::client {

class Place;

/// The window: five places in tabs, a menu bar with every command and its shortcut.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    enum PlaceId { Shelf, Catalog, Reader, Player, Settings };
    void showPlace(PlaceId id);

private:
    void buildMenus();
    void showKeyboardHelp();
    void showAbout();

    QTabWidget* m_tabs = nullptr;
    QVector<Place*> m_places;
    accessibility::qt::Announcer* m_announcer = nullptr;
};

}  // namespace tingdu::client
