#include "SettingsPlace.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QSpinBox>

#include "AppSettings.h"
#include "tingdu/accessibility/qt/Announcer.h"
#include "tingdu/accessibility/qt/Themes.h"

namespace tingdu::client {

namespace aqt = tingdu::accessibility::qt;

SettingsPlace::SettingsPlace(QWidget* parent) : Place(parent)
{
    auto settings = openSettings();
    auto* form = new QFormLayout(this);

    m_theme = new QComboBox(this);
    m_theme->setAccessibleName(tr("Theme"));
    for (const auto& t : aqt::themes())
        m_theme->addItem(t.name, t.id);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(settings->value(QLatin1String(keys::kTheme)))));
    form->addRow(tr("&Theme:"), m_theme);

    m_textSize = new QSpinBox(this);
    m_textSize->setAccessibleName(tr("Text size"));
    m_textSize->setRange(10, 48);
    m_textSize->setSuffix(tr(" pt"));
    m_textSize->setValue(settings->value(QLatin1String(keys::kTextSize), 16).toInt());
    form->addRow(tr("Text &size:"), m_textSize);

    connect(m_theme, &QComboBox::currentIndexChanged, this, &SettingsPlace::applyAppearance);
    connect(m_textSize, &QSpinBox::valueChanged, this, &SettingsPlace::applyAppearance);
}

QWidget* SettingsPlace::initialFocus()
{
    return m_theme;
}

void SettingsPlace::applyAppearance()
{
    auto settings = openSettings();
    settings->setValue(QLatin1String(keys::kTheme), m_theme->currentData());
    settings->setValue(QLatin1String(keys::kTextSize), m_textSize->value());
    aqt::applyTheme(*qApp, aqt::themeById(m_theme->currentData().toString()), m_textSize->value());
    if (auto* a = aqt::Announcer::instance())
        a->announce(tr("Theme %1, text size %2 points").arg(m_theme->currentText()).arg(m_textSize->value()));
}

}  // namespace tingdu::client
