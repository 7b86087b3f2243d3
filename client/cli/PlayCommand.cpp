// tingdu-cli play SRC --out FILE.wav ... — arrives with the audiobook engine (issue 3).
#include <QCoreApplication>

#include "Commands.h"

namespace tingdu::cli {

int runPlay(CliContext& ctx)
{
    return ctx.fail(QCoreApplication::translate("tingdu-cli", "“play” is not available in this build yet"));
}

}  // namespace tingdu::cli
