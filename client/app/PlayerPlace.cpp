#include "PlayerPlace.h"

#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

#include "AppSettings.h"
#include "ErrorText.h"
#include "FlowLayout.h"
#include "KeyMap.h"
#include "PlayerEngine.h"
#include "PlayerTimeline.h"
#include "Services.h"
#include "tingdu/accessibility/qt/Announcer.h"
#include "tingdu/media/DaisyNavigation.h"

namespace tingdu::client {

PlayerPlace::PlayerPlace(Services& services, QWidget* parent) : Place(parent), m_services(services)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(buildTransport(scroll));
    outer->addWidget(scroll);

    m_engine = new PlayerEngine(this);
    connect(m_engine, &PlayerEngine::position, this, &PlayerPlace::onPosition);
    connect(m_engine, &PlayerEngine::stateChanged, this, &PlayerPlace::onState);
    connect(m_engine, &PlayerEngine::chapterChanged, this, &PlayerPlace::onChapter);
    connect(m_engine, &PlayerEngine::error, this, &PlayerPlace::message);
    connect(m_engine, &PlayerEngine::finished, this, [this] { announce(tr("End of the book")); });
    m_saveTimer = new QTimer(this);
    m_saveTimer->setInterval(5000);
    connect(m_saveTimer, &QTimer::timeout, this, &PlayerPlace::savePosition);
    m_saveTimer->start();
    buildActions();
}

PlayerPlace::~PlayerPlace()
{
    savePosition();
}

QWidget* PlayerPlace::buildTransport(QWidget* parent)
{
    // Parented from the start: a parentless page keeps a focus chain of its own (a Tab trap).
    auto* page = new QWidget(parent);
    auto* layout = new QVBoxLayout(page);
    m_nowPlaying = new QLabel(tr("Nothing is playing. Open an audiobook from the Shelf."), page);
    m_nowPlaying->setWordWrap(true);
    m_nowPlaying->setAccessibleDescription(tr("Now playing"));
    m_time = new QLabel(page);
    m_time->setAccessibleDescription(tr("Time"));
    m_position = new QSlider(Qt::Horizontal, page);
    m_position->setAccessibleName(tr("Position"));
    m_position->setAccessibleDescription(tr("Seconds into the book; arrow keys move 10 seconds, Page keys a minute"));
    m_position->setSingleStep(10);
    m_position->setPageStep(60);
    connect(m_position, &QSlider::actionTriggered, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (m_ready && m_engine->player()) {
                m_engine->player()->seek(m_position->value());
                keepSleepAtChapterEnd();
            }
        });
    });

    auto* transport = new FlowLayout;
    auto button = [&](const QString& text, auto&& slot) {
        auto* b = new QPushButton(text, page);
        connect(b, &QPushButton::clicked, this, slot);
        transport->addWidget(b);
        return b;
    };
    button(tr("Previous chapter"), [this] { previousChapter(); });
    button(tr("Skip back"), [this] { skip(false); });
    m_play = button(tr("Play"), [this] { togglePlay(); });
    button(tr("Skip forward"), [this] { skip(true); });
    button(tr("Next chapter"), [this] { nextChapter(); });

    // The settings side by side keep the page within the window at 100% (no scrolling needed);
    // at 200% and 400% they wrap, each label beside its field (above it when even that is too wide).
    auto* form = new FlowLayout;
    auto addRow = [&](const QString& label, QWidget* field) {
        auto* l = new QLabel(label, page);
        l->setBuddy(field);
        auto* pair = new FlowLayout;
        pair->addWidget(l);
        pair->addWidget(field);
        form->addLayout(pair);
    };
    auto settings = openSettings();
    m_speed = new QDoubleSpinBox(page);
    m_speed->setRange(0.5, 3.0);
    m_speed->setSingleStep(0.1);
    m_speed->setDecimals(1);
    m_speed->setSuffix(tr("×"));
    m_speed->setAccessibleName(tr("Speed"));
    m_speed->setValue(settings->value(QLatin1String(keys::kSpeed), 1.0).toDouble());
    connect(m_speed, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        openSettings()->setValue(QLatin1String(keys::kSpeed), v);
        if (m_engine->player())
            m_engine->player()->setSpeed(v);
    });
    addRow(tr("Sp&eed:"), m_speed);
    m_volume = new QSpinBox(page);
    m_volume->setRange(0, 100);
    m_volume->setSuffix(tr(" %"));
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setValue(settings->value(QLatin1String(keys::kVolume), 100).toInt());
    connect(m_volume, &QSpinBox::valueChanged, this, [this](int v) {
        openSettings()->setValue(QLatin1String(keys::kVolume), v);
        m_engine->setVolume(v / 100.0);
    });
    addRow(tr("&Volume:"), m_volume);
    m_sleep = new QComboBox(page);
    m_sleep->setAccessibleName(tr("Sleep timer"));
    m_sleep->addItems({tr("Off"), tr("5 minutes"), tr("15 minutes"), tr("30 minutes"), tr("45 minutes"),
                       tr("60 minutes"), tr("End of chapter")});
    connect(m_sleep, &QComboBox::activated, this, &PlayerPlace::setSleepTimer);
    addRow(tr("S&leep timer:"), m_sleep);
    m_level = new QComboBox(page);
    m_level->setAccessibleName(tr("Step by"));
    m_level->setAccessibleDescription(tr("What Alt+Up and Alt+Down move by"));
    m_level->addItem(tr("Heading"), static_cast<int>(media::NavigationLevel::AnyHeading));
    for (int l = 1; l <= 3; ++l)
        m_level->addItem(tr("Heading level %1").arg(l), l);
    m_level->addItem(tr("Page"), static_cast<int>(media::NavigationLevel::Page));
    m_level->addItem(tr("Phrase"), static_cast<int>(media::NavigationLevel::Phrase));
    addRow(tr("Step &by:"), m_level);

    auto* chaptersLabel = new QLabel(tr("&Chapters"), page);
    m_chapters = new QListWidget(page);
    m_chapters->setAccessibleName(tr("Chapters"));
    chaptersLabel->setBuddy(m_chapters);
    connect(m_chapters, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (m_engine->player()) {
            m_engine->player()->goToChapter(m_chapters->row(item));
            keepSleepAtChapterEnd();
        }
    });

    auto* marks = new FlowLayout;
    auto* add = new QPushButton(tr("Add book&mark…"), page);
    auto* list = new QPushButton(tr("Bookmar&ks…"), page);
    connect(add, &QPushButton::clicked, this, &PlayerPlace::addBookmark);
    connect(list, &QPushButton::clicked, this, &PlayerPlace::showBookmarks);
    marks->addWidget(add);
    marks->addWidget(list);

    layout->addWidget(m_nowPlaying);
    layout->addWidget(m_position);
    layout->addWidget(m_time);
    layout->addLayout(transport);
    layout->addLayout(form);
    layout->addWidget(chaptersLabel);
    layout->addWidget(m_chapters, 1);
    layout->addLayout(marks);
    return page;
}

void PlayerPlace::buildActions()
{
    auto& k = KeyMap::instance();
    auto add = [&](const char* id, const QString& text, const QKeySequence& key, auto&& slot) {
        connect(k.create(this, QString::fromLatin1(id), text, key), &QAction::triggered, this, slot);
    };
    add("player.playPause", tr("Play or pause"), Qt::Key_F5, [this] { togglePlay(); });
    add("player.skipBack", tr("Skip back"), Qt::CTRL | Qt::Key_Left, [this] { skip(false); });
    add("player.skipForward", tr("Skip forward"), Qt::CTRL | Qt::Key_Right, [this] { skip(true); });
    add("player.previousChapter", tr("Previous chapter"), Qt::CTRL | Qt::Key_PageUp, [this] { previousChapter(); });
    add("player.nextChapter", tr("Next chapter"), Qt::CTRL | Qt::Key_PageDown, [this] { nextChapter(); });
    add("player.faster", tr("Faster"), Qt::CTRL | Qt::Key_BracketRight, [this] {
        m_speed->stepUp();
        announce(tr("Speed %1").arg(m_speed->text()), AnnouncementKind::Speed);
    });
    add("player.slower", tr("Slower"), Qt::CTRL | Qt::Key_BracketLeft, [this] {
        m_speed->stepDown();
        announce(tr("Speed %1").arg(m_speed->text()), AnnouncementKind::Speed);
    });
    add("player.louder", tr("Louder"), Qt::CTRL | Qt::Key_Up, [this] {
        m_volume->setValue(m_volume->value() + 10);
        announce(tr("Volume %1").arg(m_volume->text()), AnnouncementKind::Volume);
    });
    add("player.quieter", tr("Quieter"), Qt::CTRL | Qt::Key_Down, [this] {
        m_volume->setValue(m_volume->value() - 10);
        announce(tr("Volume %1").arg(m_volume->text()), AnnouncementKind::Volume);
    });
    add("player.sleepTimer", tr("Sleep timer"), Qt::CTRL | Qt::SHIFT | Qt::Key_S, [this] { m_sleep->setFocus(Qt::ShortcutFocusReason); });
    add("player.chapters", tr("Chapter list"), Qt::CTRL | Qt::Key_T, [this] {
        // The list is entered at the chapter playing (it does not follow playback by itself);
        // focused first, so the screen reader hears the move to that chapter.
        m_chapters->setFocus(Qt::ShortcutFocusReason);
        if (m_chapter < 0 || m_chapter >= m_chapters->count())
            return;
        const bool moves = m_chapters->currentRow() != m_chapter;
        m_chapters->setCurrentRow(m_chapter);
        if (!moves) {  // Qt tells the screen reader of a new current item only
            QAccessibleEvent event(m_chapters, QAccessible::Focus);
            event.setChild(m_chapter);
            QAccessible::updateAccessibility(&event);
        }
    });
    add("player.nextUnit", tr("Next heading, page or phrase (as chosen in Step by)"), Qt::ALT | Qt::Key_Down, [this] { stepUnit(true); });
    add("player.previousUnit", tr("Previous heading, page or phrase"), Qt::ALT | Qt::Key_Up, [this] { stepUnit(false); });
    add("player.goToPage", tr("Go to page…"), Qt::CTRL | Qt::Key_G, [this] { goToPage(); });
    add("player.whereAmI", tr("Say the position"), Qt::CTRL | Qt::Key_I, [this] { speakPosition(); });
    add("player.addBookmark", tr("Add bookmark…"), Qt::CTRL | Qt::Key_B, [this] { addBookmark(); });
    add("player.bookmarks", tr("Bookmarks…"), Qt::CTRL | Qt::SHIFT | Qt::Key_B, [this] { showBookmarks(); });
    add("player.skippable", tr("Page numbers and notes played or skipped"), Qt::CTRL | Qt::SHIFT | Qt::Key_K,
        [this] { toggleSkippable(); });
}

void PlayerPlace::announce(const QString& text, AnnouncementKind kind)
{
    // A short wait gathers what the engine reports just after a move (its chapter change).
    if (m_pendingAnnouncements.isEmpty())
        QTimer::singleShot(80, this, [this] {
            QStringList texts;
            for (const auto& pending : std::as_const(m_pendingAnnouncements))
                texts.append(pending.second);
            Place::announce(texts.join(QLatin1Char(' ')));
            m_pendingAnnouncements.clear();
        });
    // Each part a sentence of its own when they are joined ("Chapter: X" has no full stop).
    const bool ends = !text.isEmpty() && text.back().isPunct() && text.back() != QLatin1Char('\'');
    const QString sentence = ends || text.isEmpty() ? text : text + QLatin1Char('.');
    // Ten quick presses of Faster say the speed reached, not ten speeds.
    if (kind != AnnouncementKind::Other)
        for (auto& pending : m_pendingAnnouncements)
            if (pending.first == kind) {
                pending.second = sentence;
                return;
            }
    m_pendingAnnouncements.append({kind, sentence});
}

QWidget* PlayerPlace::initialFocus()
{
    return m_play->isEnabled() ? static_cast<QWidget*>(m_play) : static_cast<QWidget*>(m_chapters);
}

void PlayerPlace::openBook(const OpenedBook& book)
{
    savePosition();
    if (m_engine->player())
        m_engine->player()->pause();
    m_book = book;
    m_ready = false;
    m_chapter = -1;
    m_chapters->clear();
    m_nowPlaying->setText(tr("Opening “%1”…").arg(book.title));
    QJsonObject saved;
    if (auto* shelf = m_services.shelf())
        if (auto pos = shelf->position(book.id.toStdString()); pos && pos.value())
            saved = QJsonDocument::fromJson(QByteArray::fromStdString(pos.value()->locator)).object();
    // A saved place on the full timeline: the skip set may have changed since it was saved.
    const double resumeFull =
        saved.value(QLatin1String("fullTime")).toDouble(saved.value(QLatin1String("time")).toDouble());
    const bool readAll = openSettings()->value(QLatin1String(keys::kNarrateSkippable), false).toBool();
    // Probing the clips' lengths reads every file header: a worker's job.
    auto publication = book.publication;
    QPointer<PlayerPlace> self(this);
    QThreadPool::globalInstance()->start([self, publication, resumeFull, readAll] {
        auto timeline = media::makeAudioTimeline(*publication);
        auto navigator = std::make_shared<media::TimelineNavigator>(*publication);
        const QString error = timeline ? QString() : describeError(timeline.error());
        auto full = std::make_shared<media::AudioTimeline>(timeline ? std::move(timeline.value()) : media::AudioTimeline{});
        auto played = std::make_shared<PlayedTimeline>(
            skipOnTimeline(*full, *publication, *navigator, playerStartSkipped(*publication, readAll), 0));
        const double resumeAt =
            media::phraseContent(*publication) ? navigator->fromFullTime(resumeFull) : resumeFull;
        QMetaObject::invokeMethod(qApp, [self, publication, full, played, navigator, error, resumeAt] {
            if (!self || self->m_book.publication != publication)
                return;
            if (!error.isEmpty()) {
                self->m_nowPlaying->setText(error);
                Q_EMIT self->message(error);
                return;
            }
            self->m_navigator = navigator;
            self->timelineReady(std::move(*full), std::move(played->timeline), resumeAt);
        }, Qt::QueuedConnection);
    });
}

// Ctrl+Shift+K, the Reader's key and setting: page numbers and notes (and sidebars, producer
// notes) played or skipped, from the phrase the listener is at.
void PlayerPlace::toggleSkippable()
{
    if (!m_ready || !m_navigator || !m_book.publication || !m_engine->player()) {
        announce(tr("Nothing is playing."));
        return;
    }
    const auto& book = *m_book.publication;
    if (!hasSkippable(book, playerSkippedKinds(book))) {
        announce(tr("This book has no page numbers or notes to skip."));
        return;
    }
    const bool readAll = media::any(m_navigator->skipped());
    openSettings()->setValue(QLatin1String(keys::kNarrateSkippable), readAll);
    const auto kinds = readAll ? media::Skippable::None : playerSkippedKinds(book);
    const bool wasPlaying = playing();
    PlayedTimeline played = skipOnTimeline(m_fullTimeline, book, *m_navigator, kinds, m_seconds);
    m_timeline = std::move(played.timeline);
    auto* player = m_engine->player();
    m_reloadPause = wasPlaying;
    player->load(m_timeline, played.position);
    if (wasPlaying)
        player->play();
    keepSleepAtChapterEnd();
    m_position->setRange(0, static_cast<int>(m_timeline.duration()));
    timeChapters();
    onPosition(played.position);
    // The Reader's sentences: one thing to learn, already translated.
    announce(readAll ? QCoreApplication::translate("ReaderPlace", "The narration reads page numbers and notes.")
                     : QCoreApplication::translate("ReaderPlace", "The narration skips page numbers and notes."));
}

}  // namespace tingdu::client
