#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>
#include <utility>

#include "BookOpener.h"
#include "CatalogPlace.h"
#include "KeyMap.h"
#ifdef TINGDU_HAVE_MPRIS
#include "MediaKeys.h"
#endif
#include "PlayerPlace.h"
#include "ReaderPlace.h"
#include "Services.h"
#include "SettingsPlace.h"
#include "ShelfPlace.h"
#include "tingdu/Version.h"
#include "tingdu/accessibility/qt/Announcer.h"

namespace tingdu::client {

namespace {

// A place in a scroll area of its own: at 200% or 400% a place can be wider or taller than the
// screen, and its controls must then scroll into view (Tab does that) rather than lie off its
// edge. Not a focus stop: the place's controls are.
QScrollArea* scrollable(QWidget* place)
{
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(place);
    return scroll;
}

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    qRegisterMetaType<OpenedBook>();
    setWindowTitle(tr("Tingdu"));
    setAccessibleName(tr("Tingdu"));
    m_announcer = new accessibility::qt::Announcer(this);
    m_services = new Services(this);
    m_opener = new BookOpener(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Places"));
    m_tabs->setDocumentMode(true);
    // The tab bar itself takes focus; a focusable tab widget around it would be a second,
    // generic "filler" stop for screen readers.
    m_tabs->setFocusPolicy(Qt::NoFocus);
    m_shelf = new ShelfPlace(*m_services, this);
    m_catalog = new CatalogPlace(*m_services, this);
    m_reader = new ReaderPlace(*m_services, this);
    m_player = new PlayerPlace(*m_services, this);
    m_settings = new SettingsPlace(*m_services, this);
    m_places = {m_shelf, m_catalog, m_reader, m_player, m_settings};
    for (Place* place : m_places) {
        place->setAccessibleName(place->title());
        m_tabs->addTab(scrollable(place), place->title());
    }
    setCentralWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        enableCommandsOf(index);
        if (index >= 0 && index < m_places.size())
            m_places[index]->initialFocus()->setFocus(Qt::TabFocusReason);
    });

    connect(m_shelf, &ShelfPlace::openRequested, this, &MainWindow::openBook);
    connect(m_catalog, &CatalogPlace::openRequested, this, &MainWindow::openBook);
    for (Place* place : m_places)
        connect(place, &Place::message, this, &MainWindow::report);
    connect(m_opener, &BookOpener::opened, this, &MainWindow::bookOpened);
    connect(m_opener, &BookOpener::failed, this, [this](const QString&, const QString& message) { report(message); });
    connect(m_settings, &SettingsPlace::readerStyleChanged, m_reader, &ReaderPlace::applyStyle);
    connect(m_settings, &SettingsPlace::speechChanged, m_reader, &ReaderPlace::applySpeechSettings);

    buildMenus();
    enableCommandsOf(m_tabs->currentIndex());
    statusBar()->setAccessibleName(tr("Status"));
    // A label, not showMessage(): painted messages are invisible to screen readers and tests.
    m_message = new QLabel(statusBar());
    m_message->setAccessibleDescription(tr("Last message"));
    m_message->setWordWrap(true);
    statusBar()->addWidget(m_message, 1);
    // At 200% or 400% the usual first size is larger than the screen, and controls would
    // start off its edge: never start larger than the screen's free area.
    const QScreen* display = screen() ? screen() : QGuiApplication::primaryScreen();
    resize(display ? QSize(1000, 700).boundedTo(display->availableSize()) : QSize(1000, 700));
    if (!m_services->openError().isEmpty())
        report(m_services->openError());
    m_shelf->addGuideBooks();
    coordinatePlayback();
    installMediaKeys();
}

void MainWindow::coordinatePlayback()
{
    NowPlaying::Source player;
    player.playing = [this] { return m_player->playing(); };
    player.pause = [this] { m_player->pause(); };
    player.playPause = [this] { m_player->togglePlay(); };
    player.stop = [this] { m_player->pause(); };
    player.next = [this] { m_player->nextChapter(); };
    player.previous = [this] { m_player->previousChapter(); };
    NowPlaying::Source reader;
    reader.playing = [this] { return m_reader->reading(); };
    reader.pause = [this] { m_reader->pauseReading(); };
    reader.playPause = [this] { m_reader->togglePlay(); };
    reader.stop = [this] { m_reader->stopReading(); };
    reader.next = [this] { m_reader->nextChapter(); };
    reader.previous = [this] { m_reader->previousChapter(); };
    m_playerSound = m_nowPlaying.add(std::move(player));
    m_readerSound = m_nowPlaying.add(std::move(reader));
    for (auto [place, id] : {std::pair<Place*, NowPlaying::Id>{m_player, m_playerSound}, {m_reader, m_readerSound}})
        connect(place, &Place::playbackChanged, this, [this, id = id](bool playing) {
            playing ? m_nowPlaying.started(id) : m_nowPlaying.stopped(id);
        });
}

void MainWindow::installMediaKeys()
{
#ifdef TINGDU_HAVE_MPRIS
    // Whatever played last; before anything has played, the player when it has a book and is in
    // front, else read-aloud.
    auto target = [this]() -> const NowPlaying::Source& {
        if (const auto current = m_nowPlaying.current())
            return m_nowPlaying.source(*current);
        const bool player = m_player->hasBook() && (m_tabs->currentIndex() == Player || !m_reader->hasBook());
        return m_nowPlaying.source(player ? m_playerSound : m_readerSound);
    };
    MediaTarget keys;
    keys.playPause = [target] { target().playPause(); };
    keys.stop = [target] { target().stop(); };
    keys.next = [target] { target().next(); };
    keys.previous = [target] { target().previous(); };
    keys.raise = [this] { raise(); activateWindow(); };
    keys.playing = [this] { return m_nowPlaying.anyPlaying(); };
    MediaKeys::install(this, keys);
#endif
}

MainWindow::~MainWindow()
{
    // The places save positions as they go; they must go before the services they save into.
    delete takeCentralWidget();
}

void MainWindow::showPlace(PlaceId id)
{
    m_tabs->setCurrentIndex(id);
    m_places[id]->initialFocus()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::report(const QString& text)
{
    m_message->setText(text);
    m_announcer->announce(text);
}

void MainWindow::enableCommandsOf(int placeIndex)
{
    for (int i = 0; i < m_places.size(); ++i) {
        const bool current = i == placeIndex;
        for (QAction* action : m_places[i]->actions())
            action->setEnabled(current);
        if (QAction* menu = m_placeMenus.value(m_places[i]))
            menu->setVisible(current);
    }
}

void MainWindow::buildMenus()
{
    auto& keys = KeyMap::instance();
    QMenu* file = menuBar()->addMenu(tr("&File"));
    connect(keys.add(file->addAction(tr("&Import books…")), QStringLiteral("app.import"), QKeySequence::Open),
            &QAction::triggered, this, [this] { showPlace(Shelf); m_shelf->importFiles(); });
    connect(keys.add(file->addAction(tr("Import a &folder…")), QStringLiteral("app.importFolder"),
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)),
            &QAction::triggered, this, [this] { showPlace(Shelf); m_shelf->importFolder(); });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    keys.add(quit, QStringLiteral("app.quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    // Ctrl+1..5 go to a place: desktop convention, and clear of Orca's and NVDA's keys.
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_places.size(); ++i) {
        QAction* a = go->addAction(m_places[i]->title());
        keys.add(a, QStringLiteral("app.place%1").arg(i + 1), QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { showPlace(static_cast<PlaceId>(i)); });
    }

    // The reader's and the player's commands, also in menus (for discovery and mouse users).
    for (Place* place : {static_cast<Place*>(m_reader), static_cast<Place*>(m_player)}) {
        QMenu* menu = menuBar()->addMenu(place == m_reader ? tr("Book") : tr("Audio"));
        menu->addActions(place->actions());
        m_placeMenus.insert(place, menu->menuAction());
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    keys.add(help->addAction(tr("&Keys of this place"), this, &MainWindow::showKeyboardHelp),
             QStringLiteral("app.help"), QKeySequence::HelpContents);
    help->addAction(tr("&About Tingdu"), this, &MainWindow::showAbout);
}

void MainWindow::showKeyboardHelp()
{
    Place* place = m_places.value(m_tabs->currentIndex());
    QStringList lines;
    if (place && !place->helpPrefix().isEmpty())
        lines = KeyMap::instance().describe(place->helpPrefix());
    const QString general = tr("Ctrl+1 Shelf, Ctrl+2 Catalog, Ctrl+3 Reader, Ctrl+4 Player, Ctrl+5 Settings. "
                               "Tab and Shift+Tab move between controls; F1 shows these keys; Ctrl+Q quits.");
    const QString title = place ? tr("Keys of the %1").arg(place->title()) : tr("Keyboard shortcuts");
    const QString text = lines.isEmpty() ? general : lines.join(QStringLiteral(". ")) + QStringLiteral(". ") + general;
    m_announcer->announce(text);
    // A dialog whose text scrolls: a message box grows with the text, and at 400% the keys of
    // the Reader made it taller than the screen, its Close button off the edge.
    QDialog box(this);
    box.setWindowTitle(title);
    auto* layout = new QVBoxLayout(&box);
    auto* label = new QLabel(lines.isEmpty() ? general : lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + general);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* scroll = new QScrollArea(&box);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(label);
    layout->addWidget(scroll);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &box);
    connect(buttons, &QDialogButtonBox::rejected, &box, &QDialog::reject);
    layout->addWidget(buttons);
    const QScreen* display = screen() ? screen() : QGuiApplication::primaryScreen();
    const QSize wanted = box.sizeHint().expandedTo(QSize(480, 360));
    box.resize(display ? wanted.boundedTo(display->availableSize()) : wanted);
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox box(QMessageBox::NoIcon, tr("About Tingdu"),
                    tr("Tingdu %1 — listen and read library books.").arg(QStringLiteral(TINGDU_VERSION)),
                    QMessageBox::Close, this);
    box.exec();
}

void MainWindow::openBook(const QString& id, const QString& path)
{
    report(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    m_opener->open(id, path);
}

void MainWindow::openFile(const QString& path)
{
    openBook(Services::localId(path), QFileInfo(path).absoluteFilePath());
}

void MainWindow::bookOpened(const OpenedBook& book)
{
    m_message->setText(tr("Opened “%1”.").arg(book.title));  // the place itself announces it
    // BookOpener decided (BookPlacement.h): text, narrated or not, to the reader; audio to the player.
    if (book.placement.place == BookPlace::Reader) {
        m_reader->openBook(book);
        showPlace(Reader);
    } else if (book.placement.place == BookPlace::Player) {
        m_player->openBook(book);
        showPlace(Player);
    } else {
        report(tr("“%1” has neither text nor audio Tingdu can present.").arg(book.title));
    }
}

void MainWindow::saveScreenshots(const QString& dir, const QString& suffix)
{
    QDir().mkpath(dir);
    // Without a window manager nothing activates the window; do it, so the focus ring shows.
    activateWindow();
    QApplication::processEvents();
    const char* names[] = {"shelf", "catalog", "reader", "player", "settings"};
    for (int i = 0; i < m_places.size(); ++i) {
        showPlace(static_cast<PlaceId>(i));
        QApplication::processEvents();
        grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(QLatin1String(names[i]), suffix)));
    }
}

}  // namespace tingdu::client
