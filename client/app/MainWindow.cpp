#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

#include "CatalogPlace.h"
#include "PlayerPlace.h"
#include "ReaderPlace.h"
#include "SettingsPlace.h"
#include "ShelfPlace.h"
#include "tingdu/Version.h"
#include "tingdu/accessibility/qt/Announcer.h"

namespace tingdu::client {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Tingdu"));
    setAccessibleName(tr("Tingdu"));
    m_announcer = new accessibility::qt::Announcer(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Places"));
    m_tabs->setDocumentMode(true);
    // The tab bar itself takes focus; a focusable tab widget around it would be a second,
    // generic "filler" stop for screen readers.
    m_tabs->setFocusPolicy(Qt::NoFocus);
    m_places = {new ShelfPlace(this), new CatalogPlace(this), new ReaderPlace(this), new PlayerPlace(this),
                new SettingsPlace(this)};
    for (Place* place : m_places) {
        place->setAccessibleName(place->title());
        m_tabs->addTab(place, place->title());
    }
    setCentralWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index >= 0 && index < m_places.size())
            m_places[index]->initialFocus()->setFocus(Qt::TabFocusReason);
    });

    buildMenus();
    statusBar()->setAccessibleName(tr("Status"));
    resize(1000, 700);
}

void MainWindow::showPlace(PlaceId id)
{
    m_tabs->setCurrentIndex(id);
    m_places[id]->initialFocus()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    quit->setMenuRole(QAction::QuitRole);

    // Ctrl+1..5 go to a place: desktop convention, and clear of Orca's and NVDA's keys.
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_places.size(); ++i) {
        QAction* a = go->addAction(m_places[i]->title());
        a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { showPlace(static_cast<PlaceId>(i)); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), QKeySequence::HelpContents, this, &MainWindow::showKeyboardHelp);
    help->addAction(tr("&About Tingdu"), this, &MainWindow::showAbout);
}

void MainWindow::showKeyboardHelp()
{
    const QString text = tr("Ctrl+1 Shelf, Ctrl+2 Catalog, Ctrl+3 Reader, Ctrl+4 Player, Ctrl+5 Settings. "
                            "Tab and Shift+Tab move between controls; F1 shows these keys; Ctrl+Q quits.");
    m_announcer->announce(text);
    // No icon: a decorative image would be one more unnamed object for the screen reader.
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard shortcuts"), text, QMessageBox::Close, this);
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox box(QMessageBox::NoIcon, tr("About Tingdu"),
                    tr("Tingdu %1 — listen and read library books.").arg(QStringLiteral(TINGDU_VERSION)),
                    QMessageBox::Close, this);
    box.exec();
}

}  // namespace tingdu::client
