#include "AppSettings.h"

#include "AppPaths.h"

namespace tingdu::client {

std::unique_ptr<QSettings> openSettings()
{
    return std::make_unique<QSettings>(settingsFilePath(), QSettings::IniFormat);
}

}  // namespace tingdu::client
