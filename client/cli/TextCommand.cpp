// tingdu-cli text BOOK [--chapter N] — arrives with the EPUB reader (issue 4).
#include <QCoreApplication>

#include "Commands.h"

namespace tingdu::cli {

int runText(CliContext& ctx)
{
    return ctx.fail(QCoreApplication::translate("tingdu-cli", "“text” is not available in this build yet"));
}

}  // namespace tingdu::cli
