#include "SettingsPlace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QListWidget>
#include <QMediaDevices>
#include <QStackedWidget>
#include <QHBoxLayout>
#include <QVBoxLayout>

#include "AppSettings.h"
#include "KeymapEditor.h"
#include "SettingsAccounts.h"
#include "Services.h"
#include "VoicePerLanguage.h"
#include "tingdu/accessibility/qt/Announcer.h"
#include "tingdu/accessibility/qt/AudioOutput.h"
#include "tingdu/accessibility/qt/SystemAppearance.h"
#include "tingdu/accessibility/qt/Themes.h"

namespace tingdu::client {

namespace aqt = tingdu::accessibility::qt;

SettingsPlace::SettingsPlace(Services& services, QWidget* parent) : Place(parent), m_services(services)
{
    auto* outer = new QHBoxLayout(this);
    // Sections chosen from a list (a second tab bar would confuse the places' own tabs); each
    // section fits the window at 100% and scrolls at 400%, so nothing is ever cut off.
    auto* sectionsBox = new QVBoxLayout;
    auto* sectionsLabel = new QLabel(tr("Sectio&ns"), this);
    auto* sections = new QListWidget(this);
    sections->setAccessibleName(tr("Settings sections"));
    sectionsLabel->setBuddy(sections);
    sectionsBox->addWidget(sectionsLabel);
    sectionsBox->addWidget(sections);
    auto* stack = new QStackedWidget(this);
    auto addPage = [sections, stack](QWidget* content, const QString& title) {
        auto* scroll = new QScrollArea(stack);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setFocusPolicy(Qt::NoFocus);
        content->setParent(scroll);
        scroll->setWidget(content);
        stack->addWidget(scroll);
        sections->addItem(title);
    };
    addPage(buildAppearance(), tr("Appearance"));
    addPage(buildSpeech(), tr("Speech and audio"));
    auto* keys = new QWidget(this);
    auto* keysLayout = new QVBoxLayout(keys);
    keysLayout->addWidget(new KeymapEditor(keys));
    addPage(keys, tr("Keys"));
    addPage(buildAccounts(), tr("Accounts"));
    connect(sections, &QListWidget::currentRowChanged, stack, &QStackedWidget::setCurrentIndex);
    sections->setCurrentRow(0);
    sections->setMaximumWidth(sections->sizeHintForColumn(0) + 40);
    outer->addLayout(sectionsBox);
    outer->addWidget(stack, 1);
    setTabOrder(sections, m_theme);
    disableAdministered();
    // This window's sounds and interface speech follow these settings from the start.
    applyAudioOutput();
    applyInterfaceSpeech();
}

QWidget* SettingsPlace::initialFocus()
{
    return m_theme;
}

QSpinBox* SettingsPlace::spin(const char* key, int def, int min, int max, const QString& suffix, const QString& name)
{
    auto* box = new QSpinBox(this);
    box->setRange(min, max);
    box->setSuffix(suffix);
    box->setAccessibleName(name);
    box->setProperty("settingsKey", QLatin1String(key));
    box->setValue(openSettings()->value(QLatin1String(key), def).toInt());
    connect(box, &QSpinBox::valueChanged, this, [key](int v) { openSettings()->setValue(QLatin1String(key), v); });
    return box;
}

QCheckBox* SettingsPlace::check(const char* key, bool def, const QString& text)
{
    auto* box = new QCheckBox(text, this);
    box->setProperty("settingsKey", QLatin1String(key));
    box->setChecked(openSettings()->value(QLatin1String(key), def).toBool());
    connect(box, &QCheckBox::toggled, this, [this, key](bool on) {
        openSettings()->setValue(QLatin1String(key), on);
        Q_EMIT speechChanged();
    });
    return box;
}

QWidget* SettingsPlace::buildAppearance()
{
    auto settings = openSettings();
    auto* group = new QGroupBox(tr("Appearance and text"), this);
    auto* form = new QFormLayout(group);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_theme = new QComboBox(this);
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->setProperty("settingsKey", QLatin1String(keys::kTheme));
    // First: follow the desktop's high-contrast setting (the default), naming what that gives now.
    m_theme->addItem(tr("As the desktop asks (%1)").arg(aqt::themeById(aqt::resolveThemeId(QLatin1String(aqt::kSystemThemeId))).name),
                     QLatin1String(aqt::kSystemThemeId));
    for (const auto& t : aqt::themes())
        m_theme->addItem(t.name, t.id);
    const QVariant inForce = qApp->property("tingduTheme");
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(inForce.isValid() ? inForce : settings->value(QLatin1String(keys::kTheme)))));
    form->addRow(tr("&Theme:"), m_theme);

    m_textSize = new QSpinBox(this);
    m_textSize->setAccessibleName(tr("Text size"));
    m_textSize->setProperty("settingsKey", QLatin1String(keys::kTextSize));
    m_textSize->setRange(10, 48);
    m_textSize->setSuffix(tr(" pt"));
    m_textSize->setValue(settings->value(QLatin1String(keys::kTextSize), aqt::defaultTextPointSize()).toInt());
    form->addRow(tr("Text &size:"), m_textSize);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &SettingsPlace::applyAppearance);
    connect(m_textSize, &QSpinBox::valueChanged, this, &SettingsPlace::applyAppearance);

    auto* font = new QFontComboBox(this);
    font->setEditable(false);  // an editable combo brings an unnamed text field
    font->setAccessibleName(tr("Book font"));
    const QString family = settings->value(QLatin1String(keys::kReaderFont)).toString();
    if (!family.isEmpty())
        font->setCurrentFont(QFont(family));
    connect(font, &QFontComboBox::currentFontChanged, this, [this](const QFont& f) {
        openSettings()->setValue(QLatin1String(keys::kReaderFont), f.family());
        Q_EMIT readerStyleChanged();
    });
    form->addRow(tr("Boo&k font:"), font);
    const std::tuple<const char*, int, int, int, QString, QString> readerSpins[] = {
        {keys::kReaderTextSize, 18, 10, 72, tr(" pt"), tr("Book text size")},
        {keys::kLineSpacing, 150, 100, 300, tr(" %"), tr("Line spacing")},
        {keys::kLetterSpacing, 100, 80, 200, tr(" %"), tr("Letter spacing")},
    };
    const QString labels[] = {tr("Book te&xt size:"), tr("&Line spacing:"), tr("L&etter spacing:")};
    int i = 0;
    for (const auto& [key, def, min, max, suffix, name] : readerSpins) {
        QSpinBox* box = spin(key, def, min, max, suffix, name);
        connect(box, &QSpinBox::valueChanged, this, &SettingsPlace::readerStyleChanged);
        form->addRow(labels[i++], box);
    }
    QCheckBox* highlight = check(keys::kHighlight, true, tr("Highl&ight the sentence being read aloud"));
    form->addRow(highlight);
    return group;
}

QWidget* SettingsPlace::buildSpeech()
{
    auto* group = new QGroupBox(tr("Speech and audio"), this);
    auto* form = new QFormLayout(group);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    // Which voice reads each language (the book's and its passages in other languages).
    auto* voices = new VoicePerLanguage(form, this);
    connect(voices, &VoicePerLanguage::changed, this, &SettingsPlace::speechChanged);
    const std::tuple<const char*, int, int, int, QString, QString, QString> spins[] = {
        {keys::kSpeechRate, 175, 80, 500, tr(" words per minute"), tr("Speech rate"), tr("Speech &rate:")},
        {keys::kSpeechPitch, 50, 0, 100, QString(), tr("Speech pitch"), tr("Speech &pitch:")},
        {keys::kSentencePause, 0, 0, 2000, tr(" ms"), tr("Pause after sentences"), tr("Pause after se&ntences:")},
        {keys::kParagraphPause, 200, 0, 3000, tr(" ms"), tr("Pause after paragraphs"), tr("Pause after p&aragraphs:")},
        {keys::kVolume, 100, 0, 100, tr(" %"), tr("Volume"), tr("V&olume:")},
        {keys::kSkipBack, 10, 1, 600, tr(" s"), tr("Skip back length"), tr("Skip &back:")},
        {keys::kSkipForward, 30, 1, 600, tr(" s"), tr("Skip forward length"), tr("Skip for&ward:")},
    };
    for (const auto& [key, def, min, max, suffix, name, label] : spins) {
        QSpinBox* box = spin(key, def, min, max, suffix, name);
        connect(box, &QSpinBox::valueChanged, this, &SettingsPlace::speechChanged);
        form->addRow(label, box);
    }
    form->addRow(check(keys::kAnnounceHeadings, true, tr("Say \"heading\" before hea&dings when reading aloud")));
    form->addRow(check(keys::kAnnouncePages, true, tr("Say page n&umbers when reading aloud")));
    addOutputAndVoicing(form);
    return group;
}

QWidget* SettingsPlace::buildAccounts()
{
    return new SettingsAccounts(m_services, this);
}

void SettingsPlace::applyAppearance()
{
    auto settings = openSettings();
    settings->setValue(QLatin1String(keys::kTheme), m_theme->currentData());
    settings->setValue(QLatin1String(keys::kTextSize), m_textSize->value());
    aqt::applyTheme(*qApp, aqt::themeById(aqt::resolveThemeId(m_theme->currentData().toString())), m_textSize->value());
    announce(tr("Theme %1, text size %2 points").arg(m_theme->currentText()).arg(m_textSize->value()));
    Q_EMIT readerStyleChanged();
}

}  // namespace tingdu::client

namespace tingdu::client {

void SettingsPlace::addOutputAndVoicing(QFormLayout* form)
{
    m_output = new QComboBox(this);
    m_output->setAccessibleName(tr("Sound output"));
    m_output->setProperty("settingsKey", QLatin1String(keys::kAudioDevice));
    fillOutputs();
    connect(m_output, &QComboBox::activated, this, [this] {
        openSettings()->setValue(QLatin1String(keys::kAudioDevice), m_output->currentData());
        applyAudioOutput();
        showOutputState();
        announce(tr("Sound output: %1").arg(m_output->currentText()));
    });
    form->addRow(tr("&Sound output:"), m_output);
    m_outputNote = new QLabel(this);
    m_outputNote->setWordWrap(true);
    form->addRow(m_outputNote);
    // Headphones plugged in or out: the list follows; a missing choice is said when sound plays.
    auto* devices = new QMediaDevices(this);
    connect(devices, &QMediaDevices::audioOutputsChanged, this, &SettingsPlace::fillOutputs);
    connect(aqt::AudioOutputWatch::instance(), &aqt::AudioOutputWatch::chosenOutputMissing, this, [this] {
        showOutputState();
        if (!m_outputNote->text().isEmpty())
            Q_EMIT message(m_outputNote->text());
    });

    auto* voicing = new QComboBox(this);
    voicing->setAccessibleName(tr("Speak the interface"));
    voicing->setProperty("settingsKey", QLatin1String(keys::kSelfVoicing));
    voicing->addItem(tr("Automatic: when no screen reader runs"), QStringLiteral("auto"));
    voicing->addItem(tr("Always"), QStringLiteral("always"));
    voicing->addItem(tr("Never"), QStringLiteral("never"));
    const QString mode = openSettings()->value(QLatin1String(keys::kSelfVoicing), QStringLiteral("auto")).toString();
    voicing->setCurrentIndex(std::max(0, voicing->findData(mode == QLatin1String("off") ? QStringLiteral("never") : mode)));
    connect(voicing, &QComboBox::currentIndexChanged, this, [voicing] {
        openSettings()->setValue(QLatin1String(keys::kSelfVoicing), voicing->currentData());
        applyInterfaceSpeech();
    });
    form->addRow(tr("Speak the &interface:"), voicing);
    connect(this, &SettingsPlace::speechChanged, this, [] { applyInterfaceSpeech(); });
}

void SettingsPlace::fillOutputs()
{
    const QString stored = openSettings()->value(QLatin1String(keys::kAudioDevice)).toString();
    const QByteArray chosen = stored.isEmpty() ? QByteArray() : aqt::findOutput(stored);
    const QSignalBlocker quiet(m_output);
    m_output->clear();
    m_output->addItem(tr("The system's default output"), QString());
    for (const QAudioDevice& device : aqt::availableOutputs())
        m_output->addItem(device.description(), QString::fromUtf8(device.id()));
    int index = m_output->findData(QString::fromUtf8(chosen));
    if (!stored.isEmpty() && chosen.isEmpty()) {
        m_output->addItem(tr("%1 (not connected)").arg(stored), stored);
        index = m_output->count() - 1;
    }
    m_output->setCurrentIndex(std::max(0, index));
    if (m_outputNote)
        showOutputState();
}

void SettingsPlace::showOutputState()
{
    const QString stored = openSettings()->value(QLatin1String(keys::kAudioDevice)).toString();
    const bool missing = !stored.isEmpty() && aqt::findOutput(stored).isEmpty();
    m_outputNote->setText(missing ? tr("The sound output %1 is not connected; sound plays on the system's default "
                                       "output until it is back.").arg(stored)
                                  : QString());
    m_outputNote->setVisible(missing);
}

void SettingsPlace::disableAdministered()
{
    // A library station's administrator may lock settings (client/station sets the property).
    const QStringList locked = qApp->property("tingduLockedSettings").toStringList();
    if (locked.isEmpty())
        return;
    for (QWidget* control : findChildren<QWidget*>()) {
        const QString key = control->property("settingsKey").toString();
        if (!key.isEmpty() && locked.contains(key)) {
            control->setEnabled(false);
            control->setAccessibleDescription(tr("Set by the library"));
        }
    }
}

}  // namespace tingdu::client
