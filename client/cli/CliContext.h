#pragma once
// What every command gets: its arguments and the two output streams, kept apart
// (JSON or data on stdout, human messages on stderr).
#include <QStringList>
#include <QTextStream>

#include "tingdu/media/Result.h"

namespace tingdu::cli {

struct CliContext {
    QStringList args;  ///< after the command name
    QTextStream& out;
    QTextStream& err;

    /// Prints "tingdu-cli: MESSAGE" on stderr and returns the exit code for failures (1).
    int fail(const QString& message) const;
    /// Words a library error (naming the file and the reason) and fails with it.
    int fail(const media::Error& error) const;
    /// Exit code 2: the command line itself was wrong.
    int usage(const QString& message) const;
};

/// One `tingdu-cli NAME ...` command.
struct Command {
    const char* name;
    const char* synopsis;  ///< untranslated, shown by --help through tr()
    int (*run)(CliContext&);
};

}  // namespace tingdu::cli
