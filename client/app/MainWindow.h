#pragma once
#include <QHash>
#include <QMainWindow>
#include <QVector>

#include "NowPlaying.h"

class QLabel;
class QTabWidget;

namespace tingdu::accessibility::qt {
class Announcer;
}

namespace tingdu::client {

class BookOpener;
class CatalogPlace;
class Place;
class PlayerPlace;
class ReaderPlace;
class Services;
class SettingsPlace;
class ShelfPlace;
struct OpenedBook;

/// The window: five places in tabs, a menu bar with every command and its shortcut.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    enum PlaceId { Shelf, Catalog, Reader, Player, Settings };
    void showPlace(PlaceId id);
    /// Shows TEXT in the status bar and announces it (errors and state changes).
    void report(const QString& text);
    /// Opens PATH (a command-line argument) in the reader or the player.
    void openFile(const QString& path);
    /// Grabs every place into DIR as PNG files (screenshots for the documentation).
    void saveScreenshots(const QString& dir, const QString& suffix);

private:
    void buildMenus();
    /// Only the current place's commands are live: the Reader and the Player both bind F5,
    /// Ctrl+B, ... and Qt would find a key bound twice in one window ambiguous and do nothing.
    void enableCommandsOf(int placeIndex);
    /// One place plays at a time (NowPlaying.h); the media keys go to the one that played last.
    void coordinatePlayback();
    void installMediaKeys();
    void showKeyboardHelp();
    void showAbout();
    void openBook(const QString& id, const QString& path);
    void bookOpened(const OpenedBook& book);

    Services* m_services = nullptr;
    BookOpener* m_opener = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_message = nullptr;
    ShelfPlace* m_shelf = nullptr;
    CatalogPlace* m_catalog = nullptr;
    ReaderPlace* m_reader = nullptr;
    PlayerPlace* m_player = nullptr;
    SettingsPlace* m_settings = nullptr;
    QVector<Place*> m_places;
    QHash<Place*, QAction*> m_placeMenus;  // the Book and Audio menus
    accessibility::qt::Announcer* m_announcer = nullptr;
    NowPlaying m_nowPlaying;
    NowPlaying::Id m_playerSound = 0;
    NowPlaying::Id m_readerSound = 0;
};

}  // namespace tingdu::client
