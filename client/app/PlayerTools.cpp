// PlayerPlace, continued: engine events, stepping, sleep timer, bookmarks and positions.
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFont>
#include <QInputDialog>
#include <QLineEdit>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <utility>

#include "AppSettings.h"
#include "PlayerEngine.h"
#include "PlayerPlace.h"
#include "ReaderDialogs.h"
#include "Services.h"
#include "tingdu/accessibility/qt/Announcer.h"
#include "tingdu/media/DaisyNavigation.h"

namespace tingdu::client {

QString PlayerPlace::timeText(double seconds) const
{
    const int s = static_cast<int>(seconds);
    return s >= 3600 ? QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void PlayerPlace::timelineReady(media::AudioTimeline full, media::AudioTimeline played, double resumeAt)
{
    m_fullTimeline = std::move(full);
    m_timeline = std::move(played);
    if (const QString error = m_engine->ensure(); !error.isEmpty()) {
        m_nowPlaying->setText(error);
        Q_EMIT message(error);
        return;
    }
    timeChapters();
    // Where the book opens is not a chapter change: the engine's first report stays unspoken
    // (it would replace "ready" before the screen reader hears it).
    m_chapter = m_timeline.chapterAt(resumeAt);
    markPlayingChapter(m_chapter);
    m_position->setRange(0, static_cast<int>(m_timeline.duration()));
    auto* player = m_engine->player();
    player->load(m_timeline, resumeAt);
    player->setSpeed(m_speed->value());
    m_engine->setVolume(m_volume->value() / 100.0);
    m_ready = true;
    m_seconds = resumeAt;
    m_nowPlaying->setText(m_book.title);
    onPosition(resumeAt);
    announce(resumeAt > 1 ? tr("“%1” ready at %2. F5 plays.").arg(m_book.title, timeText(resumeAt))
                          : tr("“%1” ready. F5 plays.").arg(m_book.title));
}

// The chapter list, made once per book; its start times follow what is skipped.
void PlayerPlace::timeChapters()
{
    const bool made = m_chapters->count() == static_cast<int>(m_timeline.chapters.size());
    for (std::size_t i = 0; i < m_timeline.chapters.size(); ++i) {
        const auto& c = m_timeline.chapters[i];
        QListWidgetItem* item = made ? m_chapters->item(static_cast<int>(i))
                                     : new QListWidgetItem(QString(std::max(0, c.level - 1) * 2, QLatin1Char(' ')) +
                                                           QString::fromStdString(c.title), m_chapters);
        item->setData(Qt::UserRole, c.start);
        const QString start = timeText(c.start);
        item->setData(Qt::AccessibleDescriptionRole, made && static_cast<int>(i) == m_chapter
                                                         ? tr("playing; starts at %1").arg(start)
                                                         : tr("starts at %1").arg(start));
    }
}

QJsonObject PlayerPlace::locatorAt(double seconds) const
{
    QJsonObject o;
    o[QLatin1String("time")] = seconds;
    if (m_navigator && media::phraseContent(*m_book.publication))
        o[QLatin1String("fullTime")] = m_navigator->toFullTime(seconds);
    return o;
}

double PlayerPlace::timeOf(const QJsonObject& locator) const
{
    const double time = locator.value(QLatin1String("time")).toDouble();
    // Only phrased books (DAISY) skip; an audiobook's clip lengths may be estimates the
    // navigator does not know, so its times are kept as they are.
    if (!m_navigator || !media::phraseContent(*m_book.publication))
        return time;
    // Saved before the Player skipped anything, "time" was on the full timeline.
    return m_navigator->fromFullTime(locator.value(QLatin1String("fullTime")).toDouble(time));
}

void PlayerPlace::togglePlay()
{
    auto* player = m_engine->player();
    if (!m_ready || !player) {
        announce(tr("Nothing to play. Open an audiobook from the Shelf."));
        return;
    }
    if (player->state() == media::PlaybackState::Playing) {
        m_userPaused = true;
        player->pause();
    } else {
        m_userPaused = false;
        player->play();
    }
}

bool PlayerPlace::playing() const
{
    return m_engine->player() && m_engine->player()->state() == media::PlaybackState::Playing;
}

void PlayerPlace::pause()
{
    m_userPaused = true;
    if (m_engine->player())
        m_engine->player()->pause();
}

void PlayerPlace::nextChapter()
{
    if (m_engine->player()) {
        m_engine->player()->nextChapter();
        keepSleepAtChapterEnd();
    }
}

void PlayerPlace::previousChapter()
{
    if (m_engine->player()) {
        m_engine->player()->previousChapter();
        keepSleepAtChapterEnd();
    }
}

void PlayerPlace::onPosition(double seconds)
{
    m_seconds = seconds;
    if (!m_position->isSliderDown())
        m_position->setValue(static_cast<int>(seconds));
    m_time->setText(tr("%1 of %2").arg(timeText(seconds), timeText(m_timeline.duration())));
}

void PlayerPlace::onState(int state)
{
    const auto s = static_cast<media::PlaybackState>(state);
    m_state = state;
    m_play->setText(s == media::PlaybackState::Playing ? tr("Pause") : tr("Play"));
    Q_EMIT playbackChanged(s == media::PlaybackState::Playing);
    const bool reloaded = std::exchange(m_reloadPause, false) && s == media::PlaybackState::Paused;
    if (s == media::PlaybackState::Paused && m_sleep->currentIndex() > 0 && !m_userPaused && !reloaded) {
        // The engine pauses by itself when the sleep timer ends; the listener's pauses say nothing.
        m_sleep->setCurrentIndex(0);
        announce(tr("Sleep timer ended; playback paused."));
    }
    if (s != media::PlaybackState::Playing)
        savePosition();
}

void PlayerPlace::onChapter(int chapter)
{
    if (chapter == m_chapter)
        return;
    // Playing on into the next chapter with the end-of-chapter timer set is that timer ending:
    // "Sleep timer ended" says so, and the next chapter's title would only confuse.
    const bool sleepBoundary = m_sleep->currentIndex() == kSleepEndOfChapter &&
                               m_state == static_cast<int>(media::PlaybackState::Playing) && chapter == m_chapter + 1;
    const bool alreadySaid = chapter == m_expectedChapter;
    m_expectedChapter = -1;
    markPlayingChapter(chapter);
    m_chapter = chapter;
    if (chapter >= 0 && chapter < m_chapters->count()) {
        const QString title = QString::fromStdString(m_timeline.chapters[static_cast<std::size_t>(chapter)].title);
        m_nowPlaying->setText(tr("%1 — %2").arg(m_book.title, title));
        if (!sleepBoundary && !alreadySaid)
            announce(tr("Chapter: %1").arg(title));
    }
}

// The chapter playing is marked in the list (bold, and "playing" for the screen reader) without
// making it the list's current item: Qt 6.4 reports a new current item as focused even when the
// list is not, and Orca then moves its focus there, away from where the listener is.
void PlayerPlace::markPlayingChapter(int chapter)
{
    for (int row : {m_chapter, chapter}) {
        QListWidgetItem* item = row >= 0 ? m_chapters->item(row) : nullptr;
        if (!item)
            continue;
        const bool playing = row == chapter;
        QFont font = item->font();
        font.setBold(playing);
        item->setFont(font);
        const QString start = timeText(item->data(Qt::UserRole).toDouble());
        item->setData(Qt::AccessibleDescriptionRole,
                      playing ? tr("playing; starts at %1").arg(start) : tr("starts at %1").arg(start));
    }
}

void PlayerPlace::skip(bool forward)
{
    if (!m_ready)
        return;
    auto settings = openSettings();
    const int seconds = forward ? settings->value(QLatin1String(keys::kSkipForward), 30).toInt()
                                : settings->value(QLatin1String(keys::kSkipBack), 10).toInt();
    m_engine->player()->seekRelative(forward ? seconds : -seconds);
    keepSleepAtChapterEnd();
}

void PlayerPlace::stepUnit(bool forward)
{
    if (!m_ready || !m_navigator)
        return;
    const auto level = static_cast<media::NavigationLevel>(m_level->currentData().toInt());
    const auto target = forward ? m_navigator->next(level, m_seconds) : m_navigator->previous(level, m_seconds);
    if (!target) {
        announce(forward ? tr("No next %1.").arg(m_level->currentText().toLower())
                         : tr("No previous %1.").arg(m_level->currentText().toLower()));
        return;
    }
    const auto where = m_navigator->whereAmI(*target);
    if (level == media::NavigationLevel::Page)
        seekAndSay(*target, tr("Page %1").arg(QString::fromStdString(where.pageLabel)));
    else if (level != media::NavigationLevel::Phrase)
        seekAndSay(*target, QString::fromStdString(where.sectionTitle));
    else
        seekAndSay(*target, {});
}

// A move the listener asked for, said once: what they moved to, and the chapter when it changes
// (the engine's own chapter report that follows is then not said again). The position is taken
// at once, so a second key press steps on from the target, not from a stale report.
void PlayerPlace::seekAndSay(double target, QString text)
{
    m_engine->player()->seek(target);
    keepSleepAtChapterEnd();
    const int chapter = m_timeline.chapterAt(target);
    if (chapter >= 0 && chapter != m_chapter) {
        const QString title = QString::fromStdString(m_timeline.chapters[static_cast<std::size_t>(chapter)].title);
        if (text.isEmpty())
            text = tr("Chapter: %1").arg(title);
        else if (!text.contains(title))
            text = tr("%1, %2").arg(text, title);
        m_expectedChapter = chapter;
    }
    onPosition(target);
    if (!text.isEmpty())
        announce(text);
}

void PlayerPlace::goToPage()
{
    if (!m_ready || !m_navigator)
        return;
    bool ok = false;
    const QString label = QInputDialog::getText(this, tr("Go to page"), tr("&Page number or label:"),
                                                QLineEdit::Normal, {}, &ok).trimmed();
    if (!ok || label.isEmpty())
        return;
    if (const auto at = m_navigator->page(label.toStdString())) {
        seekAndSay(*at, tr("Page %1").arg(QString::fromStdString(m_navigator->whereAmI(*at).pageLabel)));
    } else {
        announce(tr("There is no page %1 in this book.").arg(label));
    }
}

void PlayerPlace::setSleepTimer(int index)
{
    if (!m_engine->player())
        return;
    static const int minutes[] = {0, 5, 15, 30, 45, 60};
    media::SleepTimer timer;
    if (index == kSleepEndOfChapter) {
        timer.mode = media::SleepTimer::Mode::EndOfChapter;
    } else if (index > 0) {
        timer.mode = media::SleepTimer::Mode::AfterSeconds;
        // A test may shorten the minutes (TINGDU_SLEEP_MINUTE_SECONDS=2) to hear the end.
        const int minute = qEnvironmentVariableIsSet("TINGDU_SLEEP_MINUTE_SECONDS")
            ? qEnvironmentVariableIntValue("TINGDU_SLEEP_MINUTE_SECONDS") : 60;
        timer.seconds = minutes[index] * minute;
    }
    m_engine->player()->setSleepTimer(timer);
    announce(index == 0 ? tr("Sleep timer off") : tr("Sleep timer: %1").arg(m_sleep->currentText()));
}

// The engine fixes the chapter's end when the timer is set; after the listener moves, the timer
// must end with the chapter they are in now (not at once, nor a chapter later). The engine takes
// commands in order, so it computes the end from the new position.
void PlayerPlace::keepSleepAtChapterEnd()
{
    if (m_sleep->currentIndex() != kSleepEndOfChapter || !m_engine->player())
        return;
    media::SleepTimer timer;
    timer.mode = media::SleepTimer::Mode::EndOfChapter;
    m_engine->player()->setSleepTimer(timer);
}

void PlayerPlace::speakPosition()
{
    if (!m_ready) {
        announce(tr("Nothing is playing."));
        return;
    }
    QString text = tr("%1 of %2").arg(timeText(m_seconds), timeText(m_timeline.duration()));
    if (m_chapter >= 0 && m_chapter < static_cast<int>(m_timeline.chapters.size()))
        text = tr("%1, %2").arg(QString::fromStdString(m_timeline.chapters[static_cast<std::size_t>(m_chapter)].title), text);
    if (m_navigator) {
        const auto where = m_navigator->whereAmI(m_seconds);
        if (!where.pageLabel.empty())
            text += tr(", page %1").arg(QString::fromStdString(where.pageLabel));
    }
    announce(text);
}

void PlayerPlace::addBookmark()
{
    auto* shelf = m_services.shelf();
    if (!m_ready || !shelf)
        return;
    bool ok = false;
    // One line: Enter saves at once, as in the Reader.
    const QString note = QInputDialog::getText(this, tr("Add bookmark"), tr("&Note for the bookmark (optional):"),
                                               QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    catalog::Bookmark mark;
    mark.publicationId = m_book.id.toStdString();
    mark.locator = QJsonDocument(locatorAt(m_seconds)).toJson(QJsonDocument::Compact).toStdString();
    QString label = timeText(m_seconds);
    if (m_chapter >= 0 && m_chapter < static_cast<int>(m_timeline.chapters.size()))
        label = tr("%1, %2").arg(QString::fromStdString(m_timeline.chapters[static_cast<std::size_t>(m_chapter)].title), label);
    mark.label = label.toStdString();
    mark.note = note.toStdString();
    if (shelf->addBookmark(mark))
        announce(tr("Bookmark added: %1").arg(label));
}

void PlayerPlace::showBookmarks()
{
    auto* shelf = m_services.shelf();
    if (!m_ready || !shelf)
        return;
    BookmarksDialog dialog(*shelf, m_book.id, this);
    if (dialog.exec() == QDialog::Accepted) {
        const double t = timeOf(QJsonDocument::fromJson(dialog.chosenLocator().toUtf8()).object());
        m_engine->player()->seek(t);
        keepSleepAtChapterEnd();
    }
}

void PlayerPlace::savePosition()
{
    auto* shelf = m_services.shelf();
    if (!m_ready || !shelf || m_timeline.duration() <= 0)
        return;
    catalog::ReadingPosition position;
    position.publicationId = m_book.id.toStdString();
    position.locator = QJsonDocument(locatorAt(m_seconds)).toJson(QJsonDocument::Compact).toStdString();
    position.progression = m_seconds / m_timeline.duration();
    (void)shelf->savePosition(position);  // retried at the next save
}

}  // namespace tingdu::client
