#pragma once
// Every tingdu-cli command, one function each; main.cpp holds the one explicit list.
#include "CliContext.h"

namespace tingdu::cli {

int runInfo(CliContext&);         // InfoCommand.cpp
int runText(CliContext&);         // TextCommand.cpp
int runPlay(CliContext&);         // PlayCommand.cpp
int runSpeak(CliContext&);        // SpeechCommands.cpp
int runVoices(CliContext&);       // SpeechCommands.cpp
int runExportAudio(CliContext&);  // SpeechCommands.cpp
int runCatalog(CliContext&);      // CatalogCommands.cpp
int runBorrow(CliContext&);
int runReturn(CliContext&);
int runRenew(CliContext&);
int runHold(CliContext&);
int runCancelHold(CliContext&);
int runLoans(CliContext&);
int runLibraries(CliContext&);
int runDeliver(CliContext&);

}  // namespace tingdu::cli
