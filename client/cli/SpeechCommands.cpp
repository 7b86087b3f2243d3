// tingdu-cli speak | voices | export-audio — arrive with speech (issue 5).
#include <QCoreApplication>

#include "Commands.h"

namespace tingdu::cli {

namespace {
int notYet(CliContext& ctx, const char* name)
{
    return ctx.fail(QCoreApplication::translate("tingdu-cli", "“%1” is not available in this build yet")
                        .arg(QLatin1String(name)));
}
}  // namespace

int runSpeak(CliContext& ctx) { return notYet(ctx, "speak"); }
int runVoices(CliContext& ctx) { return notYet(ctx, "voices"); }
int runExportAudio(CliContext& ctx) { return notYet(ctx, "export-audio"); }

}  // namespace tingdu::cli
