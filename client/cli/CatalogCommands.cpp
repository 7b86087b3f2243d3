// tingdu-cli catalog | borrow | return | ... — arrive with the catalog (issue 6).
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

int runCatalog(CliContext& ctx) { return notYet(ctx, "catalog"); }
int runBorrow(CliContext& ctx) { return notYet(ctx, "borrow"); }
int runReturn(CliContext& ctx) { return notYet(ctx, "return"); }
int runRenew(CliContext& ctx) { return notYet(ctx, "renew"); }
int runHold(CliContext& ctx) { return notYet(ctx, "hold"); }
int runCancelHold(CliContext& ctx) { return notYet(ctx, "cancel-hold"); }
int runLoans(CliContext& ctx) { return notYet(ctx, "loans"); }
int runLibraries(CliContext& ctx) { return notYet(ctx, "libraries"); }
int runDeliver(CliContext& ctx) { return notYet(ctx, "deliver"); }

}  // namespace tingdu::cli
