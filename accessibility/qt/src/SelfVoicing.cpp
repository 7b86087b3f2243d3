#include "tingdu/accessibility/qt/SelfVoicing.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QTextStream>
#include <QTimer>
#include <QWidget>
#include <atomic>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>

#include "tingdu/accessibility/qt/Announcer.h"
#include "tingdu/accessibility/qt/QtAudioSink.h"
#include "tingdu/accessibility/qt/ScreenReaderWatcher.h"

namespace tingdu::accessibility::qt {

namespace {

SelfVoicing* g_instance = nullptr;

struct Pcm {
    media::AudioFormat format;
    std::vector<std::int16_t> samples;
};

quint32 le32(const QByteArray& b, qsizetype at)
{
    return static_cast<quint32>(static_cast<unsigned char>(b[at])) |
           static_cast<quint32>(static_cast<unsigned char>(b[at + 1])) << 8 |
           static_cast<quint32>(static_cast<unsigned char>(b[at + 2])) << 16 |
           static_cast<quint32>(static_cast<unsigned char>(b[at + 3])) << 24;
}

// The 16-bit PCM of a WAV file as tingdu-cli writes it; false for anything else.
bool readWav(const QString& path, Pcm& pcm)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray b = file.readAll();
    if (b.size() < 12 || !b.startsWith("RIFF") || b.mid(8, 4) != "WAVE")
        return false;
    bool haveFormat = false;
    for (qsizetype at = 12; at + 8 <= b.size();) {
        const QByteArray id = b.mid(at, 4);
        const qsizetype size = std::min<qsizetype>(le32(b, at + 4), b.size() - at - 8);
        if (id == "fmt " && size >= 16) {
            pcm.format.channels = static_cast<unsigned char>(b[at + 10]);
            pcm.format.sampleRate = static_cast<int>(le32(b, at + 12));
            haveFormat = static_cast<unsigned char>(b[at + 22]) == 16 && pcm.format.channels > 0;
        } else if (id == "data" && haveFormat) {
            pcm.samples.resize(static_cast<std::size_t>(size) / 2);
            std::memcpy(pcm.samples.data(), b.constData() + at + 8, pcm.samples.size() * 2);
            return true;
        }
        at += 8 + size + (size & 1);
    }
    return false;
}

}  // namespace

// Synthesises and plays utterances one after another; interrupt() drops the queue and silences.
struct SelfVoicing::Worker {
    struct Utterance {
        QString text;
        VoiceSettings voice;
    };

    std::mutex mutex;
    std::condition_variable wake;
    std::deque<Utterance> queue;
    std::atomic<unsigned> generation{0};
    bool quit = false;
    // Interface speech: a station's visitor hearing it is not listening to a book.
    SinkFactory sinkFactory = [] { return makeQtAudioSink(QtAudioSink::Purpose::Interface); };
    QString program;        // tingdu-cli: one process per utterance, when there is no server
    QString serverProgram;  // tingdu-voice: one process for all of them (VoiceServer.cpp)
    std::unique_ptr<QProcess> server;  // worker thread only
    std::thread thread;

    Worker() : thread([this] { run(); }) {}
    ~Worker()
    {
        {
            std::lock_guard lock(mutex);
            quit = true;
            ++generation;
        }
        wake.notify_all();
        thread.join();
    }

    void push(Utterance u, bool interrupt)
    {
        {
            std::lock_guard lock(mutex);
            if (interrupt) {
                queue.clear();
                ++generation;
            }
            queue.push_back(std::move(u));
        }
        wake.notify_all();
    }
    void interrupt()
    {
        {
            std::lock_guard lock(mutex);
            queue.clear();
            ++generation;
        }
        wake.notify_all();
    }

    void run()
    {
        std::unique_ptr<media::AudioSink> sink;
        media::AudioFormat openFormat{0, 0};
        const QString wav = QDir::temp().filePath(
            QStringLiteral("tingdu-voice-%1.wav").arg(QCoreApplication::applicationPid()));
        for (;;) {
            Utterance u;
            unsigned gen = 0;
            SinkFactory factory;
            QString cli;
            QString serverPath;
            {
                std::unique_lock lock(mutex);
                wake.wait(lock, [this] { return quit || !queue.empty(); });
                if (quit)
                    break;
                u = std::move(queue.front());
                queue.pop_front();
                gen = generation;
                factory = sinkFactory;
                cli = program;
                serverPath = serverProgram;
            }
            Pcm pcm;
            const bool made = !serverPath.isEmpty() ? askServer(serverPath, u, pcm)
                                                    : synthesise(cli, u, wav, gen) && readWav(wav, pcm);
            if (!made || generation != gen || pcm.samples.empty())
                continue;
            if (!sink || !(openFormat == pcm.format)) {
                if (!sink)
                    sink = factory();
                else
                    sink->close();
                openFormat = {0, 0};
                if (!sink || !sink->open(pcm.format))
                    continue;
                openFormat = pcm.format;
            }
            // Small pieces, so an interruption is heard within ~20 ms.
            const std::size_t frames = pcm.samples.size() / static_cast<std::size_t>(pcm.format.channels);
            const std::size_t step = static_cast<std::size_t>(pcm.format.sampleRate) / 50;
            for (std::size_t at = 0; at < frames; at += step) {
                if (generation != gen) {
                    sink->reset();
                    break;
                }
                const std::size_t n = std::min(step, frames - at);
                if (!sink->write(pcm.samples.data() + at * static_cast<std::size_t>(pcm.format.channels), n))
                    break;
            }
        }
        QFile::remove(wav);
        if (sink)
            sink->close();
        if (server) {  // it ends at the end of its input
            server->closeWriteChannel();
            if (!server->waitForFinished(1000))
                server->kill();
            server.reset();
        }
    }

    // Synthesises U with the speech server (started on first use, again after it died). The
    // answer is always read to its end, so the next one starts in step even after an interruption.
    bool askServer(const QString& path, const Utterance& u, Pcm& pcm)
    {
        if (!server || server->state() != QProcess::Running) {
            server = std::make_unique<QProcess>();
            server->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            server->start(path, {});
            if (!server->waitForStarted(3000)) {
                server.reset();
                return false;
            }
        }
        const QByteArray tab("\t");
        server->write(QByteArray::number(std::clamp(u.voice.rate, 80, 500)) + tab +
                      QByteArray::number(std::clamp(u.voice.pitch, 0, 100)) + tab + u.voice.voice.toUtf8() + tab +
                      u.voice.language.toUtf8() + tab + u.text.toUtf8() + '\n');
        auto fail = [this] {
            server->kill();
            server->waitForFinished(1000);
            server.reset();
            return false;
        };
        while (!server->canReadLine())
            if (!server->waitForReadyRead(5000))
                return fail();
        const QList<QByteArray> head = server->readLine().trimmed().split(' ');
        if (head.value(0) != "PCM")
            return false;  // "ERR …": nothing to say for this one, the server goes on
        if (head.size() != 4)
            return fail();
        pcm.format.sampleRate = head[1].toInt();
        pcm.format.channels = head[2].toInt();
        const qint64 bytes = head[3].toLongLong();
        if (pcm.format.sampleRate <= 0 || pcm.format.channels <= 0 || bytes < 0 || bytes % 2 != 0)
            return fail();
        QByteArray data;
        data.reserve(bytes);
        while (data.size() < bytes) {
            if (server->bytesAvailable() == 0 && !server->waitForReadyRead(5000))
                return fail();
            data += server->read(bytes - data.size());
        }
        pcm.samples.resize(static_cast<std::size_t>(bytes / 2));
        std::memcpy(pcm.samples.data(), data.constData(), static_cast<std::size_t>(bytes));
        return true;
    }

    // Runs tingdu-cli speak into WAV; false when it failed or the utterance was interrupted.
    bool synthesise(const QString& cli, const Utterance& u, const QString& wav, unsigned gen)
    {
        QStringList args{QStringLiteral("speak"), QStringLiteral("--text"), u.text, QStringLiteral("--out"), wav,
                         QStringLiteral("--rate"), QString::number(std::clamp(u.voice.rate, 80, 500))};
        if (!u.voice.voice.isEmpty())
            args << QStringLiteral("--voice") << u.voice.voice;
        else
            args << QStringLiteral("--lang") << u.voice.language;
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(cli, args, QIODevice::ReadOnly);
        if (!process.waitForStarted(3000))
            return false;
        while (!process.waitForFinished(20)) {
            if (generation != gen || process.state() == QProcess::NotRunning) {
                process.kill();
                process.waitForFinished(1000);
                return false;
            }
        }
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0 && generation == gen;
    }
};

SelfVoicing::SelfVoicing(QObject* parent)
    : QObject(parent), m_worker(std::make_unique<Worker>()), m_watcher(new ScreenReaderWatcher(this))
{
    g_instance = this;
    const QString here = QCoreApplication::applicationDirPath();
    m_worker->program = here + QStringLiteral("/tingdu-cli");
    // The build tree has it next to the app; an installation out of PATH, in libexec.
    for (const QString& candidate : {here + QStringLiteral("/tingdu-voice"), here + QStringLiteral("/../libexec/tingdu/tingdu-voice")})
        if (QFileInfo(candidate).isExecutable() && m_worker->serverProgram.isEmpty())
            m_worker->serverProgram = QFileInfo(candidate).canonicalFilePath();
    m_logPath = qEnvironmentVariable("TINGDU_SPEECH_LOG");
    // Several runs may share one log: each starts with a line a reader can find by its pid.
    log(QStringLiteral("-- self-voicing started (pid %1)").arg(QCoreApplication::applicationPid()));
    connect(m_watcher, &ScreenReaderWatcher::runningChanged, this, &SelfVoicing::updateActive);
    updateActive();
}

SelfVoicing::~SelfVoicing()
{
    if (g_instance == this)
        g_instance = nullptr;
}

SelfVoicing* SelfVoicing::instance()
{
    return g_instance;
}

SelfVoicing::Mode SelfVoicing::mode() const
{
    return m_mode;
}

void SelfVoicing::setMode(Mode mode)
{
    m_mode = mode;
    updateActive();
}

void SelfVoicing::setVoiceSettings(const VoiceSettings& settings)
{
    std::lock_guard lock(m_worker->mutex);
    m_voice = settings;
}

void SelfVoicing::setSinkFactory(SinkFactory factory)
{
    std::lock_guard lock(m_worker->mutex);
    m_worker->sinkFactory = std::move(factory);
}

void SelfVoicing::setSpeechProgram(const QString& path)
{
    std::lock_guard lock(m_worker->mutex);
    m_worker->program = path;
    m_worker->serverProgram.clear();
}

bool SelfVoicing::active() const
{
    return m_active;
}

void SelfVoicing::updateActive()
{
    const bool screenReader = m_watcher->screenReaderRunning();
    const bool active = m_mode == Mode::Always || (m_mode == Mode::Auto && !screenReader);
    if (active == m_active)
        return;
    m_active = active;
    if (!active) {
        stop();
        log(screenReader ? QStringLiteral("-- stepped aside: a screen reader is running (%1)").arg(m_watcher->reason())
                         : QStringLiteral("-- stepped aside: self-voicing is off"));
    } else {
        log(QStringLiteral("-- speaking: no screen reader is running"));
    }
    Q_EMIT activeChanged(active);
}

void SelfVoicing::log(const QString& line) const
{
    if (m_logPath.isEmpty())
        return;
    QFile file(m_logPath);
    if (file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        file.write(QString(line).replace(QLatin1Char('\n'), QLatin1Char(' ')).toUtf8() + '\n');
}

void SelfVoicing::say(const QString& text, bool interrupt)
{
    const QString clean = text.simplified();
    if (!m_active || clean.isEmpty())
        return;
    log(clean);
    m_worker->push({clean, m_voice}, interrupt);
}

void SelfVoicing::speakAnnouncement(const QString& message)
{
    say(message, false);
}

void SelfVoicing::stop()
{
    m_worker->interrupt();
}

void SelfVoicing::attach()
{
    if (m_attached)
        return;
    m_attached = true;
    qApp->installEventFilter(this);
    connect(qApp, &QApplication::focusChanged, this, &SelfVoicing::focusChanged);
}

void SelfVoicing::follow(Announcer* announcer)
{
    if (announcer)
        connect(announcer, &Announcer::announced, this, &SelfVoicing::speakAnnouncement, Qt::UniqueConnection);
}

bool SelfVoicing::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && watched->isWidgetType()) {
        // A press not taken by the focus widget travels on to its parents: act on the first
        // delivery only, or the second would silence what the first made us say.
        QWidget* focus = QApplication::focusWidget();
        if (!focus || watched == focus || qobject_cast<QMenu*>(watched)) {
            stop();
            QTimer::singleShot(0, this, &SelfVoicing::speakChangedFocusChild);
        }
    } else if (event->type() == QEvent::Show) {
        if (auto* menu = qobject_cast<QMenu*>(watched)) {
            const QString title = menu->title().remove(QLatin1Char('&'));
            say(title.isEmpty() ? tr("menu") : tr("%1 menu").arg(title));
            connect(menu, &QMenu::hovered, this, [this](QAction* action) {
                QString text = action->text().remove(QLatin1Char('&'));
                if (!action->shortcut().isEmpty())
                    text += QStringLiteral(", ") + action->shortcut().toString(QKeySequence::NativeText);
                say(text);
            }, Qt::UniqueConnection);
        }
    }
    return QObject::eventFilter(watched, event);
}

void SelfVoicing::focusChanged(QWidget* old, QWidget* now)
{
    if (!now)
        return;
    QStringList parts;
    QWidget* window = now->window();
    if (window != m_lastWindow) {
        m_lastWindow = window;
        if (auto* box = qobject_cast<QMessageBox*>(window))
            parts << box->windowTitle() << box->text();
        else if (window->isWindow() && window->windowType() == Qt::Dialog)
            parts << window->windowTitle() << tr("dialog");
    }
    m_lastFocusText = describeFocus(now);
    parts << m_lastFocusText;
    parts.removeAll(QString());
    // Focus arriving from outside the app (the window was activated) does not cut off what
    // is being said, such as the welcome.
    say(parts.join(QStringLiteral(", ")), old != nullptr);
}

void SelfVoicing::speakChangedFocusChild()
{
    QWidget* focus = QApplication::focusWidget();
    if (!focus)
        return;
    const QString text = describeFocus(focus);
    if (text != m_lastFocusText) {
        m_lastFocusText = text;
        say(text);
    }
}

QString SelfVoicing::describeFocus(QWidget* widget) const
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
    // The deepest focused child: the current list item, tab or table cell.
    // Not into a combo box: its focus child is the current choice, and the box's own name
    // ("Theme", with the choice as its value) would be lost.
    for (int depth = 0; iface && depth < 8 && iface->role() != QAccessible::ComboBox; ++depth) {
        QAccessibleInterface* child = iface->focusChild();
        if (!child || child == iface)
            break;
        iface = child;
    }
    return describe(iface);
}

QString SelfVoicing::describe(QAccessibleInterface* iface) const
{
    if (!iface || !iface->isValid())
        return {};
    const QAccessible::State state = iface->state();
    const QAccessible::Role role = iface->role();
    QStringList parts;
    QString name = iface->text(QAccessible::Name);
    if (role == QAccessible::ComboBox) {
        // On Linux Qt names a combo box by its current text (screen readers take the label
        // from a relation): the box's own name or its label's, and the choice as the value.
        QString label;
        if (auto* widget = qobject_cast<QWidget*>(iface->object()))
            label = widget->accessibleName();
        const auto labels = iface->relations(QAccessible::Label);
        if (label.isEmpty() && !labels.isEmpty())
            label = labels.front().first->text(QAccessible::Name);
        if (!label.isEmpty())
            name = label;
    }
    parts << name.remove(QLatin1Char('&'));
    parts << (state.passwordEdit ? tr("password text") : roleWord(role));
    // The value of editable text changes with every typed letter: not repeated.
    if (role != QAccessible::EditableText && !state.passwordEdit) {
        const QString value = iface->text(QAccessible::Value);
        if (!value.isEmpty() && value != parts.front())
            parts << value;
    }
    if (state.checkable)
        parts << (state.checked ? tr("checked") : tr("not checked"));
    if (state.expandable)
        parts << (state.expanded ? tr("expanded") : tr("collapsed"));
    if (state.disabled)
        parts << tr("unavailable");
    const QString description = iface->text(QAccessible::Description);
    if (!description.isEmpty())
        parts << description;
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

QString SelfVoicing::roleWord(int role) const
{
    switch (static_cast<QAccessible::Role>(role)) {
    case QAccessible::Button: return tr("button");
    case QAccessible::CheckBox: return tr("check box");
    case QAccessible::RadioButton: return tr("radio button");
    case QAccessible::ComboBox: return tr("combo box");
    case QAccessible::EditableText: return tr("edit text");
    case QAccessible::SpinBox: return tr("spin box");
    case QAccessible::Slider: return tr("slider");
    case QAccessible::List: return tr("list");
    case QAccessible::ListItem: return tr("list item");
    case QAccessible::Table: return tr("table");
    case QAccessible::Cell: return tr("cell");
    case QAccessible::Tree: return tr("tree");
    case QAccessible::TreeItem: return tr("tree item");
    case QAccessible::PageTab: return tr("tab");
    case QAccessible::PageTabList: return tr("tab list");
    case QAccessible::MenuItem: return tr("menu item");
    case QAccessible::Link: return tr("link");
    case QAccessible::Dialog: return tr("dialog");
    case QAccessible::ProgressBar: return tr("progress bar");
    case QAccessible::Document: return tr("document");
    case QAccessible::Heading: return tr("heading");
    default: return {};
    }
}

}  // namespace tingdu::accessibility::qt
